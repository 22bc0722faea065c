"""How the ledger names a unit: the zone's own name for it when the profile gives one, else the catalogue's."""

from __future__ import annotations

from collections.abc import Callable

from desktop.models.knowledge.types import KnowledgeBase
from desktop.models.profile import Profile
from desktop.models.text import Text

UnitNames = Callable[[str], Text]


def unit_names(profile: Profile, kb: KnowledgeBase) -> UnitNames:
    """A department ID → its name (an ID nobody knows is shown as it is rather than dropped)."""
    own = {unit.role: unit.name.strip() for unit in profile.units or () if unit.role and unit.name.strip()}

    def name(department_id: str) -> Text:
        if department_id in own:
            return Text.same(own[department_id])
        department = kb.departments.get(department_id)
        return department.name if department else Text.same(department_id)

    return name
