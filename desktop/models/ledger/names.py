"""How the ledger names a unit: the zone's own name for it when the profile gives one, else the catalogue's."""

from __future__ import annotations

from collections.abc import Callable

from desktop.models.knowledge.types import KnowledgeBase
from desktop.models.plan.units import ZoneUnits
from desktop.models.profile import Profile
from desktop.models.text import Text

UnitNames = Callable[[str], Text]


def unit_names(profile: Profile, kb: KnowledgeBase) -> UnitNames:
    """A unit reference → its name, by the one resolver of unit names (``plan/units.py``): the zone's own name, a
    unit of its own by its name, an ID nobody knows as it is rather than dropped."""
    return ZoneUnits.of(profile, kb.departments).text
