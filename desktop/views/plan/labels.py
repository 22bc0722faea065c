"""Words the plan page shows for plan values: choice labels, dates, departments, paragraph marks."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.models.knowledge.display import paragraph_runs
from desktop.models.knowledge.types import Department
from desktop.models.plan.labels import PHASE_LABELS, PRIORITY_LABELS, STATUS_LABELS
from desktop.models.text import Lang, Text

_CONTEXT = "PlanLabels"

# Priority, phase and status read as in the workbook and on the command line: one bilingual table in the domain.
_CHOICES: dict[StrEnum, Text] = {}
for _table in (PRIORITY_LABELS, PHASE_LABELS, STATUS_LABELS):
    _CHOICES.update(_table.items())

# Department groups of resources/departments.toml, in the order the choosers list them.
GROUPS: tuple[str, ...] = ("committee", "government", "partner")
_GROUP_LABELS = {
    "committee": QT_TRANSLATE_NOOP("PlanLabels", "Management committee"),
    "government": QT_TRANSLATE_NOOP("PlanLabels", "Government departments"),
    "partner": QT_TRANSLATE_NOOP("PlanLabels", "External partners"),
}
_OTHER_GROUP = QT_TRANSLATE_NOOP("PlanLabels", "Other units")
_LIST_SEPARATOR = QT_TRANSLATE_NOOP("PlanLabels", ", ")


def choice_label(value: StrEnum, lang: Lang) -> str:
    """Label of a priority, phase or status."""
    return _CHOICES[value].get(lang)


def choices(enum: type[StrEnum], lang: Lang) -> list[tuple[str, str]]:
    """``(value, label)`` pairs of an enumeration, in declaration order, for a combo box."""
    return [(member.value, choice_label(member, lang)) for member in enum]


def group_label(group: str) -> str:
    return QCoreApplication.translate(_CONTEXT, str(_GROUP_LABELS.get(group, _OTHER_GROUP)))


def list_separator() -> str:
    """Separator between names in one cell: "、" in Chinese, ", " in English."""
    return QCoreApplication.translate(_CONTEXT, str(_LIST_SEPARATOR))


def department_name(departments: Mapping[str, Department], department_id: str, lang: Lang) -> str:
    """A department's name; an ID the catalogue no longer knows is shown as is rather than hidden."""
    department = departments.get(department_id)
    return department.name.get(lang) if department else department_id


def department_names(departments: Mapping[str, Department], ids: Iterable[str], lang: Lang) -> str:
    return list_separator().join(department_name(departments, i, lang) for i in ids)


def grouped_departments(departments: Mapping[str, Department]) -> list[tuple[str, list[Department]]]:
    """Departments by group (committee, government, partner, then any other), catalogue order within a group."""
    known = [(group, [d for d in departments.values() if d.group == group]) for group in GROUPS]
    others = [d for d in departments.values() if d.group not in GROUPS]
    groups = [*known, ("other", others)]
    return [(group, members) for group, members in groups if members]


def date_text(value: date | None) -> str:
    return value.isoformat() if value else ""


def paragraphs_text(paragraphs: Iterable[int]) -> str:
    """``¶25、¶29–31`` / ``¶25, ¶29–31``: the domain's citation (as in the workbook and on the command line), joined
    with the interface language's list separator."""
    return list_separator().join(paragraph_runs(paragraphs))
