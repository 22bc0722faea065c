"""The progress overview's overdue tab: a task nobody ever reported on says no return came, rather than "0%, problems
not stated" as if its unit had said so (acceptance of #15.4)."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from desktop.models.plan.plan import ActionPlan
from desktop.models.plan.types import Status
from desktop.views.ledger.progress_dialog import ProgressDialog
from tests.helpers.progress_plan import FINANCE, LAND, report
from tests.helpers.workbook_inputs import make_action


def test_an_overdue_task_without_any_return_says_so_in_the_overview(qtbot: QtBot) -> None:
    plan = ActionPlan(
        [
            make_action(1, id="f1", lead=FINANCE, end=date(2027, 4, 30), status=Status.IN_PROGRESS),
            make_action(2, id="l1", lead=LAND, end=date(2027, 5, 31), status=Status.NOT_STARTED),
        ]
    )
    plan.add_report("f1", report(date(2027, 6, 2), FINANCE, status=Status.IN_PROGRESS, percent=40, problems="缺钱"))
    dialog = ProgressDialog(plan, lambda unit: unit, "zh", date(2027, 6, 30))
    qtbot.addWidget(dialog)
    table = dialog.overdue
    rows = {
        table.item(r, 0).text(): [table.item(r, c).text() for c in range(table.columnCount())]  # type: ignore[union-attr]
        for r in range(table.rowCount())
    }
    assert rows["设立集群创投基金1"][-2:] == ["40%", "缺钱"]
    silent = rows["设立集群创投基金2"]
    assert silent[-1] == "尚未报送进展" and silent[-2] == "—"
