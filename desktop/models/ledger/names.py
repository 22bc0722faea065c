"""How the ledger names a unit: as the plan does everywhere (``plan/units.py``, the one resolver) — the zone's own
name for a catalogue unit it renamed, a unit of its own by its name, else the catalogue's name in the language."""

from __future__ import annotations

from collections.abc import Callable

from desktop.models.knowledge.types import KnowledgeBase
from desktop.models.plan.units import ZoneUnits
from desktop.models.profile import Profile
from desktop.models.text import Text

UnitNames = Callable[[str], Text]


def unit_names(profile: Profile, kb: KnowledgeBase) -> UnitNames:
    """A unit reference of the plan → its name in both languages (a reference nobody knows is shown as it is)."""
    units = ZoneUnits.of(profile, kb.departments)

    def name(ref: str) -> Text:
        return Text(units.name(ref, "zh"), units.name(ref, "en"))

    return name
