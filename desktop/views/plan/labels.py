"""Plan values as the plan page shows them: choices, dates, groups of units. The words are the domain's vocabulary;
unit names come from the one resolver, ``desktop/models/plan/units.py``."""

from __future__ import annotations

from datetime import date

from desktop.models.formatting import LIST_SEPARATOR
from desktop.models.text import Lang
from desktop.models.vocabulary.plan import Phase, Priority, Status, plan_label, unit_group_label


def choice_label(value: Priority | Phase | Status, lang: Lang) -> str:
    """Label of a priority, phase or status."""
    return plan_label(value).get(lang)


def choices(enum: type[Priority] | type[Phase] | type[Status], lang: Lang) -> list[tuple[str, str]]:
    """``(value, label)`` pairs of an enumeration, in declaration order, for a combo box."""
    return [(member.value, choice_label(member, lang)) for member in enum]


def group_label(group: str, lang: Lang) -> str:
    return unit_group_label(group).get(lang)


def list_separator(lang: Lang) -> str:
    """Separator between names in one cell: "、" in Chinese, ", " in English."""
    return LIST_SEPARATOR.get(lang)


def date_text(value: date | None) -> str:
    return value.isoformat() if value else ""
