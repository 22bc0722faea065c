"""What every sheet needs to know: the inputs, the language, and how to name things in it."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from desktop.models.formatting import LIST_SEPARATOR, paragraphs_text
from desktop.models.knowledge.types import KnowledgeBase
from desktop.models.matching.types import MatchResult
from desktop.models.plan.types import Action
from desktop.models.plan.units import ZoneUnits
from desktop.models.profile import Profile
from desktop.models.text import Lang, Text


@dataclass(frozen=True, slots=True)
class ExportContext:
    profile: Profile
    result: MatchResult
    actions: Sequence[Action]
    kb: KnowledgeBase
    lang: Lang
    generated_on: date

    def t(self, text: Text) -> str:
        return text.get(self.lang)

    def join(self, parts: Iterable[str]) -> str:
        return self.t(LIST_SEPARATOR).join(part for part in parts if part)

    def department(self, department_id: str) -> str:
        """The name the zone uses for the unit (plan/units.py); an unknown reference is shown as it is."""
        return ZoneUnits.of(self.profile, self.kb.departments).name(department_id, self.lang)

    def item_title(self, item_id: str) -> str:
        item = self.kb.items.get(item_id)
        return item.title.get(self.lang) if item else item_id

    def paragraphs(self, numbers: Iterable[int]) -> str:
        """Citations as everywhere else in the application: "¶7、¶29–31" / "¶7, ¶29–31"."""
        return paragraphs_text(numbers, self.lang)
