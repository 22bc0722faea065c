"""The plan's columns, defined once: what each is called, which action field it shows, whether a user may edit it,
and how wide it is on paper. The window's table, the workbook's action sheet (and any later listing of the plan)
pick their columns from here, in their own order.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from desktop.models.formatting import PARAGRAPHS_HEADING
from desktop.models.text import Text


class PlanColumn(StrEnum):
    NUMBER = "number"
    TITLE = "title"
    DESCRIPTION = "description"
    RECOMMENDATION = "recommendation"
    BASIS = "basis"  # what the action implements: a recommendation, a US practice or a case's lesson (by title)
    DEPENDS_ON = "depends_on"
    DRAWS_ON = "draws_on"
    LEAD = "lead"
    PARTNERS = "partners"
    PHASE = "phase"
    DATES = "dates"  # start and end in one cell (on paper)
    START = "start"
    END = "end"
    PRIORITY = "priority"
    KPI = "kpi"
    STATUS = "status"
    OWNER = "owner"
    NOTES = "notes"
    PARAGRAPHS = "paragraphs"


@dataclass(frozen=True, slots=True)
class ColumnSpec:
    key: PlanColumn
    label: Text
    field: str | None  # the Action field it shows; None for one made up from several (the number, the dates)
    editable: bool  # a user may change it in a table
    width: int  # on paper, in Excel's character units (a Chinese character takes two)
    centred: bool = False  # numbers, dates and short choices sit in the middle of the cell
    tip: Text | None = None  # what the column means, where the label alone may not say


def _spec(
    key: PlanColumn,
    label: Text,
    width: int,
    *,
    editable: bool,
    derived: bool = False,
    centred: bool = False,
    tip: Text | None = None,
) -> ColumnSpec:
    """A column that shows the action field of its own name, unless ``derived`` from several."""
    return ColumnSpec(key, label, None if derived else key.value, editable, width, centred, tip)


COLUMNS: dict[PlanColumn, ColumnSpec] = {
    spec.key: spec
    for spec in (
        _spec(PlanColumn.NUMBER, Text("序号", "No."), 5, editable=False, derived=True, centred=True),
        _spec(PlanColumn.TITLE, Text("行动", "Action"), 18, editable=True),
        _spec(PlanColumn.DESCRIPTION, Text("具体举措", "Measures"), 34, editable=False),
        _spec(
            PlanColumn.RECOMMENDATION,
            Text("对应建议", "Recommendation"),
            20,
            editable=False,
            tip=Text("本行动落实的原文启示建议", "The article's recommendation this action implements"),
        ),
        _spec(
            PlanColumn.BASIS,
            Text("借鉴依据", "Basis"),
            20,
            editable=False,
            tip=Text(
                "本行动落实的原文启示建议、美国做法或案例经验",
                "The article's recommendation, US practice or case lesson",
            ),
        ),
        _spec(
            PlanColumn.DEPENDS_ON,
            Text("前置行动", "Comes after"),
            16,
            editable=False,
            tip=Text("需先完成或先启动的行动", "Actions that must come first"),
        ),
        _spec(PlanColumn.DRAWS_ON, Text("借鉴经验", "Draws on"), 16, editable=False),
        _spec(
            PlanColumn.LEAD,
            Text("牵头单位", "Lead unit"),
            13,
            editable=True,
            tip=Text("牵头的一个单位（“1+N”中的“1”）", "The one unit that leads (the “1” of “1+N”)"),
        ),
        _spec(
            PlanColumn.PARTNERS,
            Text("配合单位", "Partner units"),
            18,
            editable=True,
            tip=Text("参与配合的单位（“1+N”中的“N”）", "The units that take part (the “N” of “1+N”)"),
        ),
        _spec(PlanColumn.PHASE, Text("阶段", "Phase"), 10, editable=True, centred=True),
        _spec(PlanColumn.DATES, Text("计划起止", "Planned dates"), 12, editable=False, derived=True, centred=True),
        _spec(PlanColumn.START, Text("开始日期", "Start date"), 12, editable=True, centred=True),
        _spec(PlanColumn.END, Text("结束日期", "End date"), 12, editable=True, centred=True),
        _spec(PlanColumn.PRIORITY, Text("优先级", "Priority"), 7, editable=True, centred=True),
        _spec(PlanColumn.KPI, Text("考核指标", "KPI"), 24, editable=True),
        _spec(PlanColumn.STATUS, Text("状态", "Status"), 8, editable=True, centred=True),
        _spec(PlanColumn.OWNER, Text("责任人", "Owner"), 9, editable=True),
        _spec(PlanColumn.NOTES, Text("备注", "Notes"), 16, editable=True),
        _spec(
            PlanColumn.PARAGRAPHS,
            PARAGRAPHS_HEADING,
            12,
            editable=False,
            centred=True,
            tip=Text("所依据的原文段落", "Paragraphs of the source article"),
        ),
    )
}

# The reason an action was proposed: shown beside the table (detail pane, command line), never as a column.
WHY = Text("提出理由", "Why")

# Every column's label by key, for messages that name a field as the tables do.
COLUMN_LABELS: dict[PlanColumn, Text] = {key: spec.label for key, spec in COLUMNS.items()}
