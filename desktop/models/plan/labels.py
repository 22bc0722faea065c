"""Words for the plan's closed values, in both languages (the window, the workbook and the command line share them)."""

from __future__ import annotations

from desktop.models.plan.types import Phase, Priority, Status
from desktop.models.text import Text

PRIORITY_LABELS: dict[Priority, Text] = {
    Priority.HIGH: Text("高", "high"),
    Priority.MEDIUM: Text("中", "medium"),
    Priority.LOW: Text("低", "low"),
}

PHASE_LABELS: dict[Phase, Text] = {
    Phase.NEAR: Text("近期（1 年内）", "near term (within a year)"),
    Phase.MID: Text("中期（1–3 年）", "mid term (1–3 years)"),
    Phase.LONG: Text("远期（3–5 年）", "long term (3–5 years)"),
}

STATUS_LABELS: dict[Status, Text] = {
    Status.NOT_STARTED: Text("未开始", "not started"),
    Status.IN_PROGRESS: Text("进行中", "in progress"),
    Status.DONE: Text("已完成", "done"),
    Status.SHELVED: Text("已搁置", "shelved"),
}
