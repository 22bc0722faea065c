"""Words for the plan's columns and closed values, in both languages (window, workbook and command line share them)."""

from __future__ import annotations

from enum import StrEnum

from desktop.models.plan.types import Phase, Priority, Status
from desktop.models.text import Text

PRIORITY_LABELS: dict[Priority, Text] = {
    Priority.HIGH: Text("高", "High"),
    Priority.MEDIUM: Text("中", "Medium"),
    Priority.LOW: Text("低", "Low"),
}

PHASE_LABELS: dict[Phase, Text] = {
    Phase.NEAR: Text("近期（1年内）", "Near term (within 1 year)"),
    Phase.MID: Text("中期（1–3年）", "Mid term (1–3 years)"),
    Phase.LONG: Text("远期（3–5年）", "Long term (3–5 years)"),
}

# A KPI's time frame, by the phase of its action: the {horizon} of the KPI templates (resources/rules/actions.toml).
# Lower case in English: it never starts a sentence.
HORIZONS: dict[Phase, Text] = {
    Phase.NEAR: Text("一年内", "within a year"),
    Phase.MID: Text("三年内", "within three years"),
    Phase.LONG: Text("五年内", "within five years"),
}


def retime(kpi: Text, old: Phase, new: Phase) -> Text:
    """A generated KPI with its time frame moved from ``old``'s to ``new``'s (text without it is left as it is)."""
    if old is new:
        return kpi
    before, after = HORIZONS[old], HORIZONS[new]
    return Text(kpi.zh.replace(before.zh, after.zh, 1), kpi.en.replace(before.en, after.en, 1))


STATUS_LABELS: dict[Status, Text] = {
    Status.NOT_STARTED: Text("未开始", "Not started"),
    Status.IN_PROGRESS: Text("进行中", "In progress"),
    Status.DONE: Text("已完成", "Done"),
    Status.SHELVED: Text("已搁置", "Shelved"),
}


class PlanColumn(StrEnum):
    """The things a plan table can show in a column; the window and the workbook pick and order their own."""

    NUMBER = "number"
    TITLE = "title"
    DESCRIPTION = "description"
    RECOMMENDATION = "recommendation"
    DRAWS_ON = "draws_on"
    LEAD = "lead"
    PARTNERS = "partners"
    PHASE = "phase"
    DATES = "dates"  # start and end in one cell (the workbook)
    START = "start"
    END = "end"
    PRIORITY = "priority"
    KPI = "kpi"
    STATUS = "status"
    OWNER = "owner"
    NOTES = "notes"
    PARAGRAPHS = "paragraphs"


# The one place that names the plan's columns: the window's table and the workbook's sheet both read it.
COLUMN_LABELS: dict[PlanColumn, Text] = {
    PlanColumn.NUMBER: Text("序号", "No."),
    PlanColumn.TITLE: Text("行动", "Action"),
    PlanColumn.DESCRIPTION: Text("具体举措", "Measures"),
    PlanColumn.RECOMMENDATION: Text("对应建议", "Recommendation"),
    PlanColumn.DRAWS_ON: Text("借鉴经验", "Draws on"),
    PlanColumn.LEAD: Text("牵头单位", "Lead unit"),
    PlanColumn.PARTNERS: Text("配合单位", "Partner units"),
    PlanColumn.PHASE: Text("阶段", "Phase"),
    PlanColumn.DATES: Text("计划起止", "Planned dates"),
    PlanColumn.START: Text("开始日期", "Start date"),
    PlanColumn.END: Text("结束日期", "End date"),
    PlanColumn.PRIORITY: Text("优先级", "Priority"),
    PlanColumn.KPI: Text("考核指标", "KPI"),
    PlanColumn.STATUS: Text("状态", "Status"),
    PlanColumn.OWNER: Text("责任人", "Owner"),
    PlanColumn.NOTES: Text("备注", "Notes"),
    PlanColumn.PARAGRAPHS: Text("依据（¶）", "Source (¶)"),
}
