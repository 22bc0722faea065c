"""Words the plan page shows for plan values: choice labels, dates, departments, paragraph marks."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.models.knowledge.types import Department
from desktop.models.plan.types import Phase, Priority, Status
from desktop.models.text import Lang

_CONTEXT = "PlanLabels"

# The same words as the exported workbook, so a printed plan and the screen agree.
_CHOICES: dict[StrEnum, object] = {  # QT_TRANSLATE_NOOP marks the text for lupdate; it returns it as is
    Priority.HIGH: QT_TRANSLATE_NOOP("PlanLabels", "High"),
    Priority.MEDIUM: QT_TRANSLATE_NOOP("PlanLabels", "Medium"),
    Priority.LOW: QT_TRANSLATE_NOOP("PlanLabels", "Low"),
    Phase.NEAR: QT_TRANSLATE_NOOP("PlanLabels", "Near term (within 1 year)"),
    Phase.MID: QT_TRANSLATE_NOOP("PlanLabels", "Mid term (1–3 years)"),
    Phase.LONG: QT_TRANSLATE_NOOP("PlanLabels", "Long term (3–5 years)"),
    Status.NOT_STARTED: QT_TRANSLATE_NOOP("PlanLabels", "Not started"),
    Status.IN_PROGRESS: QT_TRANSLATE_NOOP("PlanLabels", "In progress"),
    Status.DONE: QT_TRANSLATE_NOOP("PlanLabels", "Done"),
    Status.SHELVED: QT_TRANSLATE_NOOP("PlanLabels", "Shelved"),
}

# Department groups of resources/departments.toml, in the order the choosers list them.
GROUPS: tuple[str, ...] = ("committee", "government", "partner")
_GROUP_LABELS = {
    "committee": QT_TRANSLATE_NOOP("PlanLabels", "Management committee"),
    "government": QT_TRANSLATE_NOOP("PlanLabels", "Government departments"),
    "partner": QT_TRANSLATE_NOOP("PlanLabels", "External partners"),
}
_OTHER_GROUP = QT_TRANSLATE_NOOP("PlanLabels", "Other units")
_LIST_SEPARATOR = QT_TRANSLATE_NOOP("PlanLabels", ", ")


def choice_label(value: StrEnum) -> str:
    """Label of a priority, phase or status in the UI language."""
    return QCoreApplication.translate(_CONTEXT, str(_CHOICES[value]))


def choices(enum: type[StrEnum]) -> list[tuple[str, str]]:
    """``(value, label)`` pairs of an enumeration, in declaration order, for a combo box."""
    return [(member.value, choice_label(member)) for member in enum]


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
    """``¶25, ¶29–31``: consecutive paragraphs folded into ranges."""
    numbers = sorted(set(paragraphs))
    spans: list[list[int]] = []
    for number in numbers:
        if spans and number == spans[-1][1] + 1:
            spans[-1][1] = number
        else:
            spans.append([number, number])
    return ", ".join(f"¶{a}" if a == b else f"¶{a}–{b}" for a, b in spans)
