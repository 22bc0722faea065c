"""Plan values as the plan page shows them: choices, dates, departments. The words are the domain's vocabulary."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date

from desktop.models.formatting import LIST_SEPARATOR
from desktop.models.knowledge.types import Department
from desktop.models.text import Lang
from desktop.models.vocabulary.plan import UNIT_GROUPS, Phase, Priority, Status, plan_label, unit_group_label


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


def department_name(departments: Mapping[str, Department], department_id: str, lang: Lang) -> str:
    """A department's name; an ID the catalogue no longer knows is shown as is rather than hidden."""
    department = departments.get(department_id)
    return department.name.get(lang) if department else department_id


def department_names(departments: Mapping[str, Department], ids: Iterable[str], lang: Lang) -> str:
    return list_separator(lang).join(department_name(departments, i, lang) for i in ids)


def grouped_departments(departments: Mapping[str, Department]) -> list[tuple[str, list[Department]]]:
    """Departments by group (committee, government, partner, then any other), catalogue order within a group."""
    known = [(group, [d for d in departments.values() if d.group == group]) for group in UNIT_GROUPS]
    others = [d for d in departments.values() if d.group not in UNIT_GROUPS]
    groups = [*known, ("other", others)]
    return [(group, members) for group, members in groups if members]


def date_text(value: date | None) -> str:
    return value.isoformat() if value else ""
