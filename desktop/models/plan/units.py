"""The zone's implementing units: the one place that says what a plan's unit reference is called and who is there.

A plan names a unit by a *reference*: the ID of a catalogue unit (``resources/departments.toml``), or, for a unit of
the zone's own (format v2 ``units`` with ``role`` null, an "汽车产业链办"), its name. ``ZoneUnits`` turns references
into the names the zone uses — in the plan table, the pickers, the workbook, the Word document and ``match`` — and
lists the units the zone has, grouped internal / higher-level / partners, for the pickers.

A catalogue unit the zone renamed is called by the zone's name; one it kept the catalogue's name for is called in
the language asked (so an English workbook reads "Finance Bureau", not the Chinese it was listed under).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache

from desktop.models.knowledge.types import Department
from desktop.models.plan.context import Context
from desktop.models.profile import Profile, Unit
from desktop.models.text import Lang, Text
from desktop.models.vocabulary.plan import UNIT_GROUPS

INTERNAL = "committee"  # the zone's own bureaus, centres and companies: a committee document tasks them
HIGHER = "government"  # city or county departments: the zone asks for their support
PARTNER = "partner"
OTHER = "other"
_EMPTY = Text("", "")


@dataclass(frozen=True, slots=True)
class ZoneUnit:
    """A unit the zone can name in its plan: ``ref`` is what an action stores."""

    ref: str
    name: Text
    group: str
    duties: Text = _EMPTY
    role: str | None = None  # the catalogue ID it stands for (None: the zone's own)


class ZoneUnits:
    """The units of one zone over the catalogue. ``units`` None: the catalogue's default set (less ``absent``)."""

    def __init__(
        self,
        departments: Mapping[str, Department],
        units: Sequence[Unit] | None = None,
        absent: Iterable[str] | Callable[[], Iterable[str]] = (),
    ) -> None:
        self._departments = departments
        self._listed = tuple(units) if units is not None else None
        # Asked only when someone needs to know who is there: naming units never reads the action rules.
        self._absent_source = absent
        self._absent_cache: frozenset[str] | None = None
        self._by_role: dict[str, Unit] = {}
        self._own: dict[str, Unit] = {}
        for unit in self._listed or ():
            if unit.role:
                self._by_role.setdefault(unit.role, unit)
            else:
                self._own.setdefault(unit.name.strip(), unit)

    @classmethod
    def of(cls, profile: Profile | None, departments: Mapping[str, Department]) -> ZoneUnits:
        """The units of ``profile`` (None: the whole catalogue). A zone that did not list its units gets the
        catalogue's default set for its kind of zone (the action rules' contexts say which units it lacks)."""
        if profile is None:
            return cls(departments)
        return cls(departments, profile.units, lambda: default_absent(profile) if profile.units is None else ())

    @property
    def listed(self) -> tuple[Unit, ...] | None:
        return self._listed

    # --- names ---------------------------------------------------------------------------------------------------
    def name(self, ref: str, lang: Lang) -> str:
        """The name the zone uses; a reference nobody knows is shown as it is rather than hidden."""
        ref = ref.strip()
        department = self._departments.get(ref)
        if department is None:
            own = self._own.get(ref)
            return own.name.strip() if own is not None else ref
        listed = self._by_role.get(ref)
        if listed is not None and listed.name.strip() and listed.name.strip() != department.name.zh:
            return listed.name.strip()
        return department.name.get(lang)

    def text(self, ref: str) -> Text:
        """The name in both languages (for words built before the language is chosen: a diff, a form)."""
        return Text(self.name(ref, "zh"), self.name(ref, "en"))

    def names(self, refs: Iterable[str], lang: Lang) -> list[str]:
        return [self.name(ref, lang) for ref in refs]

    def group(self, ref: str) -> str:
        department = self._departments.get(ref)
        if department is not None:
            return department.group
        own = self._own.get(ref.strip())
        if own is not None:
            return own.group or INTERNAL
        return OTHER

    def department(self, ref: str) -> Department | None:
        """The catalogue unit of a reference (None for a unit of the zone's own or an unknown reference)."""
        return self._departments.get(ref)

    def is_own(self, ref: str) -> bool:
        """A unit of the zone's own (not in the catalogue)."""
        return ref.strip() in self._own

    # --- who is there --------------------------------------------------------------------------------------------
    def lacks(self, ref: str) -> bool:
        """The zone does not have this catalogue unit: it left it out of its list (a group the list names at all is
        decided by the list; committee bureaus always are), or its kind of zone lacks it by default."""
        department = self._departments.get(ref)
        if department is None:
            return False
        if self._listed is None:
            return ref in self._absent()
        if ref in self._by_role:
            return False
        listed_groups = {INTERNAL} | {self._departments[r].group for r in self._by_role if r in self._departments}
        return department.group in listed_groups

    def present(self) -> list[ZoneUnit]:
        """Every unit the zone can task or ask, catalogue order, its own units after the catalogue's."""
        units = [
            ZoneUnit(ref, Text.same(name) if (name := self._renamed(ref)) else d.name, d.group, d.duties, ref)
            for ref, d in self._departments.items()
            if not self.lacks(ref)
        ]
        units += [ZoneUnit(name, Text.same(name), unit.group or INTERNAL) for name, unit in self._own.items()]
        return units

    def offers(self, ref: str) -> bool:
        """The zone has this unit: the pickers offer it."""
        return any(unit.ref == ref for unit in self.present())

    def grouped(self) -> list[tuple[str, list[ZoneUnit]]]:
        """The present units by group: internal, higher-level, partners, then any other; empty groups left out."""
        units = self.present()
        placed = [(u.group if u.group in UNIT_GROUPS else OTHER, u) for u in units]
        groups = [(group, [u for g, u in placed if g == group]) for group in (*UNIT_GROUPS, OTHER)]
        return [(group, members) for group, members in groups if members]

    def find(self, typed: str) -> str | None:
        """The reference of the unit called ``typed`` (in either language, or by the zone's name), if any."""
        wanted = typed.strip()
        if not wanted:
            return None
        for unit in self.present():
            if wanted in (unit.name.zh, unit.name.en, unit.ref):
                return unit.ref
        for ref, department in self._departments.items():
            if wanted in (department.name.zh, department.name.en):
                return ref
        return None

    def _absent(self) -> frozenset[str]:
        if self._absent_cache is None:
            source = self._absent_source
            self._absent_cache = frozenset(source() if callable(source) else source)
        return self._absent_cache

    def _renamed(self, ref: str) -> str | None:
        listed = self._by_role.get(ref)
        department = self._departments.get(ref)
        if listed is None or department is None:
            return None
        name = listed.name.strip()
        return name if name and name != department.name.zh else None


def listed_units(units: ZoneUnits) -> list[Unit]:
    """The zone's list as it would be written if the zone now listed its units: every present unit."""
    if units.listed is not None:
        return list(units.listed)
    return [Unit(u.name.zh, u.role, None if u.role else u.group) for u in units.present()]


def with_named_unit(units: ZoneUnits, name: str) -> list[Unit]:
    """The zone's list with the unit called ``name`` in it: a catalogue unit the zone had left out comes back under
    its catalogue name; any other new name becomes a unit of the zone's own."""
    ref = units.find(name)
    listed = listed_units(units)
    if ref is not None and units.offers(ref):
        return listed
    department = units.department(ref) if ref is not None else None
    if department is not None:
        return [*listed, Unit(department.name.zh, department.id)]
    return with_own_unit(listed, name)


def with_own_unit(units: Sequence[Unit], name: str, group: str = INTERNAL) -> list[Unit]:
    """``units`` with a unit of the zone's own added at the end (unchanged when one of that name is there)."""
    name = name.strip()
    if any(unit.name.strip() == name for unit in units):
        return list(units)
    return [*units, Unit(name, None, group)]


def default_absent(profile: Profile) -> frozenset[str]:
    """The catalogue units a zone of this kind does not have by default (the action rules' contexts)."""
    absent: set[str] = set()
    for context in _contexts():
        if context.absent_units and context.holds(profile):
            absent.update(context.absent_units)
    return frozenset(absent)


@cache
def _contexts() -> tuple[Context, ...]:
    # Read once, on first need (not at start-up): the contexts live with the action rules.
    from desktop.models.knowledge.loader import default_knowledge_base
    from desktop.models.plan.templates import load_action_templates

    return tuple(load_action_templates(default_knowledge_base()).contexts.values())
