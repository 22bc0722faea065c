"""The columns of a progress form, in order: what was sent (protected), what the unit fills in, the hidden ID.

The protected columns come from the plan's one column spec (``plan/columns.py``); the input columns are the
``ProgressReport`` fields. The reader finds columns by their headers (in either language), so a unit that moves a
column does not break the form.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.models.ledger import words
from desktop.models.ledger.types import InputField
from desktop.models.plan.columns import COLUMNS, PlanColumn
from desktop.models.text import Text


@dataclass(frozen=True, slots=True)
class FormColumn:
    key: str  # a PlanColumn value, an InputField value, "previous" or "id"
    label: Text
    width: int
    kind: str  # "protected", "input" or "id"
    centred: bool = False


def _plan(key: PlanColumn) -> FormColumn:
    spec = COLUMNS[key]
    return FormColumn(key.value, spec.label, spec.width, "protected", spec.centred)


PROTECTED: tuple[FormColumn, ...] = (
    _plan(PlanColumn.TITLE),
    _plan(PlanColumn.DESCRIPTION),
    _plan(PlanColumn.LEAD),
    _plan(PlanColumn.PARTNERS),
    _plan(PlanColumn.DATES),
    _plan(PlanColumn.KPI),
    FormColumn("previous", words.PREVIOUS, 16, "protected"),
)
INPUTS: tuple[FormColumn, ...] = tuple(
    FormColumn(
        field.value,
        words.INPUT_LABELS[field],
        words.INPUT_WIDTHS[field],
        "input",
        field in (InputField.STATUS, InputField.PERCENT, InputField.REPORTED_ON),
    )
    for field in InputField
)
NUMBER = FormColumn(PlanColumn.NUMBER.value, COLUMNS[PlanColumn.NUMBER].label, 5, "number", True)
ID = FormColumn("id", words.ID_HEADER, 24, "id")
FORM_COLUMNS: tuple[FormColumn, ...] = (NUMBER, *PROTECTED, *INPUTS, ID)
# The protected texts the hidden sheet keeps, to tell a changed cell ("previous" is information, not checked).
CHECKED: tuple[str, ...] = tuple(c.key for c in PROTECTED if c.key != "previous")
TITLE_KEY = PlanColumn.TITLE.value
AT: dict[str, int] = {column.key: number for number, column in enumerate(FORM_COLUMNS, start=1)}
LABELS: dict[str, Text] = {column.key: column.label for column in FORM_COLUMNS}
