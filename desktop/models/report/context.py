"""What every part of the document needs: the inputs, the language, the wording, and how to name things."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from desktop.models.formatting import LIST_SEPARATOR, number_text, paragraphs_text
from desktop.models.knowledge.types import KnowledgeBase
from desktop.models.matching.types import MatchResult
from desktop.models.plan.types import Action
from desktop.models.plan.units import ZoneUnits
from desktop.models.profile import Profile
from desktop.models.report.settings import ReportSettings
from desktop.models.report.timing import Timing
from desktop.models.report.wording import Wording
from desktop.models.text import Lang, Text
from desktop.models.vocabulary import label

# A reason's points at its end ("…：+35" / "…: +35"): the body speaks in plain words; points belong in 附件3.
_POINTS = re.compile(r"\s*[：:]\s*[+-]?\d+(?:\.\d+)?\s*$")


@dataclass(frozen=True, slots=True)
class ReportContext:
    profile: Profile
    result: MatchResult
    actions: Sequence[Action]
    kb: KnowledgeBase
    lang: Lang
    settings: ReportSettings
    issued: date
    timing: Timing
    words: Wording

    def t(self, key: str, **values: object) -> str:
        template = self.words(key).get(self.lang)
        return template.format(**values) if values else template

    def text(self, text: Text) -> str:
        return text.get(self.lang)

    def join(self, parts: Iterable[str]) -> str:
        return self.text(LIST_SEPARATOR).join(part for part in parts if part)

    def industries(self) -> str:
        names = [self.text(label(industry)) for industry in self.profile.industries]
        return self.t("title.industries_joiner").join(names)

    def unit(self, department_id: str) -> str:
        """The zone's own name for a unit when it gave one, else the catalogue's; an unknown ID as it is."""
        return ZoneUnits.of(self.profile, self.kb.departments).name(department_id, self.lang)

    def unit_group(self, department_id: str) -> str:
        """Internal ("committee"), higher-level ("government"), partner, or "other": as the zone placed the unit."""
        return ZoneUnits.of(self.profile, self.kb.departments).group(department_id)

    def number(self, value: float) -> str:
        return number_text(value)

    def paragraphs(self, numbers: Iterable[int]) -> str:
        return paragraphs_text(numbers, self.lang)


def plain_reason(text: str) -> str:
    """A matching reason without the points it earned."""
    return _POINTS.sub("", text)


def field_of(value: object, name: str) -> object:
    """A field of an object or a mapping (the plan's indicator may be either), None when absent."""
    if isinstance(value, dict):
        return value.get(name)
    return getattr(value, name, None)


_DIGITS = "零一二三四五六七八九"


def chinese_number(n: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 25 → 二十五 (headings count up to 99)."""
    if n < 10:
        return _DIGITS[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else _DIGITS[tens]) + "十" + (_DIGITS[ones] if ones else "")
