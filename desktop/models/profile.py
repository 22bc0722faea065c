"""The zone profile: what an official tells ZonePlanner about a development zone."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import TypeVar

from desktop.models.vocabulary import Condition, Endowment, Figure, Industry, Kind, Level, Stage

K = TypeVar("K")
V = TypeVar("V")


def _frozen(mapping: Mapping[K, V]) -> Mapping[K, V]:
    return MappingProxyType(dict(mapping))


@dataclass(frozen=True, slots=True)
class Target:
    """A quantified goal of the zone: an indicator of ``resources/profile/indicators.toml``, from a base to a target.

    ``base`` None means the zone has not given it (a plan writes "待填", never a default).
    """

    indicator: str
    target: float
    target_year: int
    base: float | None = None
    base_year: int | None = None


@dataclass(frozen=True, slots=True)
class Unit:
    """One of the zone's own units: ``role`` is a unit ID of ``resources/departments.toml`` (who it stands for in a
    plan), None for a unit the catalogue does not have (an "汽车产业链办"). ``group`` places a unit of the zone's own
    among the internal units ("committee") or the higher-level departments ("government") or the outside partners
    ("partner"); None reads as internal. A catalogue unit's group is the catalogue's."""

    name: str
    role: str | None = None
    group: str | None = None


@dataclass(frozen=True, slots=True)
class Profile:
    """A validated zone profile. Build it through ``desktop.models.profile_format`` to get the rules checked.

    ``endowments`` always holds all eight ratings and ``conditions`` all nine flags; ``None`` is "not known"
    (未评估 / 不清楚, format v2), which is never read as weak or strong. A condition left out when building a
    Profile in code means false (as in format v1); the v2 reader passes ``None`` for the ones a file leaves out.
    ``figures`` holds only the figures that are known. Industries keep the user's order but compare as a set.
    ``problems`` are IDs of ``resources/profile/problems.toml``; ``units`` None means the catalogue's default set
    for the zone's level and kind.
    """

    name: str
    stage: Stage
    industries: tuple[Industry, ...]
    endowments: Mapping[Endowment, int | None]
    conditions: Mapping[Condition, bool | None] = field(default_factory=lambda: {c: False for c in Condition})
    figures: Mapping[Figure, float] = field(default_factory=dict)
    province: str = ""
    city: str = ""
    level: Level | None = None
    kind: Kind | None = None
    goals: str = ""
    notes: str = ""
    problems: tuple[str, ...] = ()
    targets: tuple[Target, ...] = ()
    units: tuple[Unit, ...] | None = None

    def __post_init__(self) -> None:
        # Freeze the mappings so a Profile can be shared between the window, the matcher and the store safely.
        object.__setattr__(self, "endowments", _frozen(self.endowments))
        full_conditions = {c: _flag(self.conditions.get(c, False)) for c in Condition}
        object.__setattr__(self, "conditions", _frozen(full_conditions))
        object.__setattr__(self, "figures", _frozen(self.figures))
        object.__setattr__(self, "industries", tuple(self.industries))
        object.__setattr__(self, "problems", tuple(self.problems))
        object.__setattr__(self, "targets", tuple(self.targets))
        if self.units is not None:
            object.__setattr__(self, "units", tuple(self.units))

    def endowment(self, which: Endowment) -> int | None:
        """The rating 0–5, or None when it is not known."""
        return self.endowments[which]

    def has(self, condition: Condition) -> bool | None:
        """Whether the condition holds, or None when it is not known."""
        return self.conditions[condition]

    def unknown_endowments(self) -> tuple[Endowment, ...]:
        return tuple(e for e in Endowment if self.endowments[e] is None)

    def unknown_conditions(self) -> tuple[Condition, ...]:
        return tuple(c for c in Condition if self.conditions[c] is None)

    def figure(self, which: Figure) -> float | None:
        return self.figures.get(which)

    def with_changes(self, **changes: object) -> Profile:
        """A copy with some fields replaced (not re-validated: use the format module for user input)."""
        return replace(self, **changes)  # type: ignore[arg-type]

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Profile):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def _key(self) -> tuple[object, ...]:
        return (
            self.name,
            self.stage,
            frozenset(self.industries),
            tuple(sorted(self.endowments.items())),
            tuple(sorted(self.conditions.items())),
            tuple(sorted(self.figures.items())),
            self.province,
            self.city,
            self.level,
            self.kind,
            self.goals,
            self.notes,
            self.problems,
            self.targets,
            self.units,
        )


def _flag(value: bool | None) -> bool | None:
    return None if value is None else bool(value)
