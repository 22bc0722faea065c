"""An action whose dates disagree with its phase is flagged in the table and the detail panel, with the reason; the
fix, or setting the end date of a proposed phase, makes them agree."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from desktop.models.analysis import Analysis
from desktop.models.plan.types import Phase
from desktop.views.plan import PlanPage
from desktop.views.plan.table_model import Column
from tests.helpers.plan_page import TODAY


def _near_row(page: PlanPage) -> int:
    return next(row for row, a in enumerate(page.model.actions()) if a.phase is Phase.NEAR)


def _two_years_out() -> QDate:
    return QDate(TODAY.year + 2, TODAY.month, TODAY.day)


def test_a_near_term_action_with_dates_two_years_out_is_flagged_and_the_fix_sets_the_phase(
    qtbot: QtBot, page: PlanPage, analysis: Analysis
) -> None:
    page.load_plan(None, analysis)
    page.show()
    row = _near_row(page)
    action = page.model.action_at(row)
    # The user picked 近期 on purpose: the end date does not move it, it is flagged instead.
    page.model.setData(page.model.index(row, Column.PHASE), "mid")
    page.model.setData(page.model.index(row, Column.PHASE), "near")
    page.model.setData(page.model.index(row, Column.END), _two_years_out())
    page.select_row(row)

    phase_cell = page.model.index(row, Column.PHASE)
    assert page.model.action_at(row).phase is Phase.NEAR
    tip = phase_cell.data(Qt.ItemDataRole.ToolTipRole)
    assert "近期（1年内）" in tip and "中期（1–3年）" in tip and "第 24 个月" in tip
    assert phase_cell.data(Qt.ItemDataRole.DecorationRole) is not None  # the warning sign
    flag = page.details.phase_flag
    assert flag.isVisible() and "阶段与日期不符" in flag.message.text()
    assert flag.fix_button.text() == "阶段改为中期（1–3年）"

    flag.fix_button.click()

    assert page.model.action_at(row).id == action.id and page.model.action_at(row).phase is Phase.MID
    assert not flag.isVisible() and phase_cell.data(Qt.ItemDataRole.DecorationRole) is None
    assert page.is_dirty()


def test_setting_the_end_date_moves_a_proposed_phase(qtbot: QtBot, page: PlanPage, analysis: Analysis) -> None:
    page.load_plan(None, analysis)
    row = _near_row(page)

    page.model.setData(page.model.index(row, Column.END), _two_years_out())

    assert page.model.action_at(row).phase is Phase.MID
    assert page.model.action_at(row).end == date(TODAY.year + 2, TODAY.month, TODAY.day)
    assert page.model.index(row, Column.PHASE).data(Qt.ItemDataRole.DecorationRole) is None
    page.undo.stack.undo()  # one step: the date and the phase it moved
    assert page.model.action_at(row).phase is Phase.NEAR and page.model.action_at(row).end is None


def test_the_flag_reads_in_english(qtbot: QtBot, page: PlanPage, analysis: Analysis) -> None:
    page.load_plan(None, analysis)
    page.show()
    row = _near_row(page)
    page.model.setData(page.model.index(row, Column.PHASE), "mid")
    page.model.setData(page.model.index(row, Column.PHASE), "near")
    page.model.setData(page.model.index(row, Column.END), _two_years_out())
    page.select_row(row)
    page.set_language("en")

    flag = page.details.phase_flag
    assert "Near term (within 1 year)" in flag.message.text() and "month 24" in flag.message.text()
    assert "Mid term (1–3 years)" in page.model.index(row, Column.PHASE).data(Qt.ItemDataRole.ToolTipRole)
