"""Zone contexts the action rules name: a county park, a bonded zone, a zone with start-ups to invest in...

A context is data (``[context.NAME]`` in resources/rules/actions.toml): the zone's level, kind and stage must each be
one of those listed (when listed), and at least one of the ``any_at_least`` endowments must reach its rating. A value
the zone has not given never satisfies a context: an unknown is not evidence (the plan then does not assume it).
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.models.data_file import Entry, Table
from desktop.models.profile import Profile
from desktop.models.vocabulary import ENDOWMENT_MAX, Endowment, Kind, Level, Stage


@dataclass(frozen=True, slots=True)
class Context:
    name: str
    levels: tuple[Level, ...] = ()
    kinds: tuple[Kind, ...] = ()
    stages: tuple[Stage, ...] = ()
    any_at_least: tuple[tuple[Endowment, int], ...] = ()
    # Units (departments.toml IDs) such a zone normally does not have, and the unit that leads in their place.
    absent_units: tuple[str, ...] = ()
    stand_in: str | None = None

    def holds(self, profile: Profile) -> bool:
        if self.levels and profile.level not in self.levels:
            return False
        if self.kinds and profile.kind not in self.kinds:
            return False
        if self.stages and profile.stage not in self.stages:
            return False
        if self.any_at_least:
            known = [(profile.endowments[e], t) for e, t in self.any_at_least]
            return any(value is not None and value >= t for value, t in known)
        return True


def read_context(entry: Entry, name: str, table: Table) -> Context | None:
    before = len(entry.problems)
    levels = entry.enums("levels", Level) if entry.has("levels") else ()
    kinds = entry.enums("kinds", Kind) if entry.has("kinds") else ()
    stages = entry.enums("stages", Stage) if entry.has("stages") else ()
    absent = entry.strings("absent_units")
    stand_in = entry.string("stand_in", required=bool(absent))
    ratings: list[tuple[Endowment, int]] = []
    raw = entry.subtable("any_at_least")
    if raw is not None:
        sub = entry.child("any_at_least", raw)
        for endowment in Endowment:
            if endowment.value in raw and (value := sub.integer(endowment.value, 0, ENDOWMENT_MAX)) is not None:
                ratings.append((endowment, value))
        sub.finish()
    entry.finish()
    if not (levels or kinds or stages or ratings):
        entry.report("情形至少要有一个条件", "a context needs at least one test")
    if len(entry.problems) > before:
        return None
    return Context(name, levels or (), kinds or (), stages or (), tuple(ratings), absent, stand_in)
