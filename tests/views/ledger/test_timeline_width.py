"""进展记录 on a 1024-pixel screen in English: what the unit reported gets the room, and every column is on
screen without scrolling sideways, even with a long unit name and file name (acceptance of #15.4)."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from desktop.models.plan.plan import ActionPlan
from desktop.models.plan.types import Status
from desktop.views.ledger.timeline_dialog import TimelineDialog
from tests.helpers.progress_plan import FINANCE, report
from tests.helpers.workbook_inputs import make_action

LONG_UNIT = "Human Resources and Social Security Bureau"


def test_the_reported_progress_has_room_and_nothing_scrolls_sideways(qtbot: QtBot) -> None:
    plan = ActionPlan([make_action(1, id="f1", lead=FINANCE, status=Status.IN_PROGRESS)])
    plan.add_report(
        "f1",
        report(
            date(2026, 11, 28),
            FINANCE,
            reporter="张三",
            status=Status.IN_PROGRESS,
            percent=40,
            progress="已召开联盟筹备会，32家企业和3所高校签署意向，章程草案已征求意见",
            problems="龙头企业出资意愿不强",
            next_steps="年底前召开成立大会",
            source="楚川科学城高新技术产业开发区-台账填报表-人力资源和社会保障局.xlsx",
        ),
    )
    dialog = TimelineDialog(plan, "f1", lambda _unit: LONG_UNIT, "en")
    qtbot.addWidget(dialog)
    dialog.resize(1024 - 40, 440)  # as the dialog sizes itself on a 1024-pixel screen
    dialog.show()
    qtbot.waitExposed(dialog)
    table = dialog.table
    assert not table.horizontalScrollBar().isVisible()
    assert table.columnWidth(4) >= table.columnWidth(5)  # 进展情况, read first, no narrower than 存在问题
    assert "人力资源和社会保障局.xlsx" in table.item(0, 0).toolTip()  # type: ignore[union-attr]  # the file, on hovering
