"""Words for the plan's closed values, in both languages (the window, the workbook and the command line share them)."""

from __future__ import annotations

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

STATUS_LABELS: dict[Status, Text] = {
    Status.NOT_STARTED: Text("未开始", "Not started"),
    Status.IN_PROGRESS: Text("进行中", "In progress"),
    Status.DONE: Text("已完成", "Done"),
    Status.SHELVED: Text("已搁置", "Shelved"),
}
