"""Words of progress tracking (台账): the reporting period, overdue and silent actions, the report's fields.

Read by the window's progress views, the 进展通报 (Word and workbook) and the command line alike.
"""

from __future__ import annotations

from enum import StrEnum

from desktop.models.text import Text


class PeriodKind(StrEnum):
    """How often the units report: what "silent" (no report in the last period) is measured against."""

    MONTH = "month"  # 月报
    QUARTER = "quarter"  # 季报


PERIOD_KIND: dict[PeriodKind, Text] = {
    PeriodKind.MONTH: Text("按月", "Monthly"),
    PeriodKind.QUARTER: Text("按季度", "Quarterly"),
}
LAST_PERIOD: dict[PeriodKind, Text] = {
    PeriodKind.MONTH: Text("近一个月", "the last month"),
    PeriodKind.QUARTER: Text("近一个季度", "the last quarter"),
}

OVERDUE = Text("逾期", "Overdue")
SILENT = Text("未报送", "No report")
OVERDUE_TIP = Text("完成时限已过但尚未完成", "The time limit has passed and the action is not done")
SILENT_TIP = Text("{period}内没有报送进展", "No progress reported in {period}")

# The fields of a unit's return: the 台账填报表's input columns (models/ledger/words.py reads these), the window and
# the bulletin.
REPORTED_ON = Text("填报日期", "Date reported")
UNIT = Text("填报单位", "Reporting unit")
REPORTER = Text("填报人", "Reported by")
STATUS = Text("完成状态", "Status")
PERCENT = Text("完成进度（%）", "Progress (%)")
PROGRESS = Text("进展情况", "Progress made")
PROBLEMS = Text("存在问题", "Problems")
NEXT_STEPS = Text("下步计划", "Next steps")
SOURCE = Text("来源文件", "Returned file")

# Completion by unit: the columns of the table the window, the bulletin and the workbook show.
LEAD_UNIT = Text("牵头单位", "Lead unit")
TASKS = Text("牵头任务", "Tasks led")
DONE = Text("已完成", "Done")
IN_PROGRESS = Text("进行中", "In progress")
NOT_STARTED = Text("未开始", "Not started")
SHELVED = Text("已搁置", "Shelved")
RATE = Text("完成率", "Share done")
AVERAGE = Text("平均进度", "Average %")
REPORTS = Text("本期报送", "Reports this period")
LATEST = Text("最近报送", "Last report")
TIME_LIMIT = Text("完成时限", "Time limit")
ACTION = Text("任务", "Task")
NONE_YET = Text("尚无", "None yet")
NOT_STATED = Text("未说明", "Not stated")
NO_RETURN = Text("尚未报送进展", "No return yet")
