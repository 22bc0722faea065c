"""The progress strip counts done / in progress / not started / overdue and follows status edits."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from desktop.models.analysis import Analysis
from desktop.views.plan import PlanPage
from desktop.views.plan.table_model import Column
from tests.helpers.plan_page import TODAY

EDIT = Qt.ItemDataRole.EditRole


def test_progress_counts_follow_status_edits(page: PlanPage, analysis: Analysis) -> None:
    page.set_analysis(analysis)
    total = len(analysis.actions)
    counts = page.progress.counts()
    assert (counts.done, counts.in_progress, counts.not_started, counts.overdue) == (0, 0, total, 0)

    page.model.setData(page.model.index(0, Column.STATUS), "done", EDIT)
    page.model.setData(page.model.index(1, Column.STATUS), "in_progress", EDIT)
    page.model.setData(page.model.index(2, Column.END), date(2025, 1, 31), EDIT)  # before TODAY, not done
    counts = page.progress.counts()
    # Each action counts once: an overdue one is no longer among those not started.
    assert (counts.done, counts.in_progress, counts.not_started, counts.overdue) == (1, 1, total - 3, 1)
    assert page.model.index(2, Column.END).data(Qt.ItemDataRole.ForegroundRole) is not None

    page.model.setData(page.model.index(2, Column.STATUS), "done", EDIT)  # done late is no longer overdue
    counts = page.progress.counts()
    assert (counts.done, counts.overdue) == (2, 0)
    assert page.model.index(2, Column.END).data(Qt.ItemDataRole.ForegroundRole) is None
    assert date(2025, 1, 31) < TODAY
