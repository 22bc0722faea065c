"""What the plan page says to a user: names they know (titles, rows), never internal IDs; a zone name of any length
or content in the heading; typed text that is not a date is answered, not dropped."""

from __future__ import annotations

import dataclasses
import html
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from desktop.models.analysis import Analysis
from desktop.models.knowledge.types import KnowledgeBase
from desktop.views.plan import PlanPage
from desktop.views.plan.date_field import DateField
from desktop.views.plan.table_model import Column
from tests.helpers.plan_page import Interactions

EDIT = Qt.ItemDataRole.EditRole
LONG_NAME = "临江" * 49 + "新区"  # 100 characters, the longest name a profile may have


def _named(analysis: Analysis, name: str) -> Analysis:
    return dataclasses.replace(analysis, profile=analysis.profile.with_changes(name=name))


def test_a_refused_date_order_names_the_action_by_title_and_row(page: PlanPage, analysis: Analysis) -> None:
    page.set_analysis(analysis)
    row = 4
    action = page.model.action_at(row)
    page.model.setData(page.model.index(row, Column.START), date(2027, 3, 1), EDIT)

    assert page.model.setData(page.model.index(row, Column.END), date(2026, 12, 1), EDIT) is False

    notice = page.notice.text()
    assert action.title.zh in notice and "第 5 行" in notice and "早于" in notice
    assert action.id not in notice and "rec." not in notice


def test_the_detail_panel_shows_what_an_action_draws_on_by_title_with_the_ids_in_the_tooltip(
    page: PlanPage, analysis: Analysis, kb: KnowledgeBase
) -> None:
    page.set_analysis(analysis)
    row = next(r for r, a in enumerate(analysis.actions) if len(a.draws_on) >= 2)
    action = analysis.actions[row]
    page.select_row(row)

    shown = html.unescape(page.details.draws_on_label.text())
    for item_id in action.draws_on:
        assert kb.items[item_id].title.zh in shown
        assert item_id in page.details.draws_on_label.toolTip()
    recommendation = html.unescape(page.details.recommendation_label.text())
    assert kb.items[action.basis].title.zh in recommendation
    assert action.basis in page.details.recommendation_label.toolTip()
    for text in (shown, recommendation):
        assert not any(prefix in text for prefix in ("case.", "practice.", "rec."))


@pytest.mark.qt_log_ignore("This plugin does not support")  # showing a window on the offscreen platform
def test_a_long_zone_name_is_shortened_in_the_heading_and_never_widens_the_page(
    qtbot: QtBot, page: PlanPage, analysis: Analysis
) -> None:
    page.set_analysis(_named(analysis, "短名区"))
    short_hint = page.minimumSizeHint().width(), page.sizeHint().width()

    page.set_analysis(_named(analysis, LONG_NAME))
    assert (page.minimumSizeHint().width(), page.sizeHint().width()) == short_hint  # the name asks for no width
    assert page.heading.minimumSizeHint().width() < 50

    page.resize(700, 600)
    page.show()
    qtbot.waitExposed(page)
    assert page.heading.width() <= page.width()
    assert page.heading.text().endswith(LONG_NAME)  # the whole heading is kept…
    assert page.heading.shown_text().endswith("…")  # …and drawn shortened
    assert LONG_NAME in page.heading.toolTip()


def test_a_zone_name_with_markup_reads_as_typed(page: PlanPage, analysis: Analysis) -> None:
    page.set_analysis(_named(analysis, "<b>x</b> 园区"))

    assert page.heading.textFormat() == Qt.TextFormat.PlainText
    assert page.heading.text().endswith("<b>x</b> 园区")


def _type_date(qtbot: QtBot, page: PlanPage, row: int, column: Column, text: str) -> None:
    """Through the table's own editor, as a user does: open it, type, press Enter."""
    index = page.model.index(row, column)
    page.table.setCurrentIndex(index)
    page.table.edit(index)
    editor = page.table.viewport().findChild(DateField)
    assert editor is not None
    line = editor.findChild(QLineEdit)
    assert line is not None
    line.selectAll()
    QTest.keyClicks(line, text)
    QTest.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.table.viewport().findChild(DateField) is None)  # the editor closed


def test_an_invalid_date_typed_in_the_table_keeps_the_date_and_says_so(
    qtbot: QtBot, page: PlanPage, analysis: Analysis, asked: Interactions
) -> None:
    page.set_analysis(analysis)
    _type_date(qtbot, page, 3, Column.START, "2026-01-05")
    assert page.model.action_at(3).start == date(2026, 1, 5)
    assert not asked.errors

    _type_date(qtbot, page, 3, Column.START, "2026-13-45")

    assert page.model.action_at(3).start == date(2026, 1, 5)  # kept
    qtbot.waitUntil(lambda: bool(asked.errors))
    assert len(asked.errors) == 1
    message = asked.errors[0]
    assert "2026-13-45" in message and "2026-01-05" in message and "4" in message
    assert "YYYY-MM-DD" in message


def test_an_invalid_date_in_an_empty_cell_says_it_stays_empty(
    qtbot: QtBot, page: PlanPage, analysis: Analysis, asked: Interactions
) -> None:
    page.set_analysis(analysis)
    _type_date(qtbot, page, 0, Column.END, "2026-02-30")

    assert page.model.action_at(0).end is None
    qtbot.waitUntil(lambda: bool(asked.errors))
    assert "2026-02-30" in asked.errors[0] and "1" in asked.errors[0]
