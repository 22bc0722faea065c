"""The page speaks Chinese by default and English completely when asked.

Its strings live in the application's one catalogue; that the catalogue is complete is checked once for all of
desktop/views in tests/views/test_translations.py.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from desktop.models.analysis import Analysis
from desktop.models.knowledge.types import KnowledgeBase
from desktop.resources import resource_path
from desktop.views.i18n import APP_CATALOGUE
from desktop.views.plan import PlanPage
from desktop.views.plan.table_model import Column
from tests.helpers.plan_page import Interactions, make_page

CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")


def _page_texts(page: PlanPage) -> list[str]:
    texts: list[str] = []
    for widget in [page, *page.findChildren(QWidget)]:
        texts.append(widget.toolTip())
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit | QPlainTextEdit):
            texts.append(widget.placeholderText())
    model = page.model
    for column in range(model.columnCount()):
        texts.append(str(model.headerData(column, Qt.Orientation.Horizontal) or ""))
        texts.append(str(model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) or ""))
    for row in range(model.rowCount()):  # the words shown for priority, phase and status
        texts.extend(
            str(model.index(row, column).data() or "") for column in (Column.PRIORITY, Column.PHASE, Column.STATUS)
        )
    return [t for t in texts if t]


def test_english_page_has_no_chinese_of_its_own(
    qtbot: QtBot, kb: KnowledgeBase, analysis: Analysis, asked: Interactions
) -> None:
    page = make_page(qtbot, kb, "en", asked)
    empty_texts = _page_texts(page)
    page.set_analysis(analysis)
    page.select_row(0)
    page.add_action()
    page.regenerate()

    offenders = [t for t in [*empty_texts, *_page_texts(page), *asked.messages] if CJK.search(t)]
    # The zone's own name is what the user typed in Chinese; everything else must be English.
    offenders = [t for t in offenders if analysis.profile.name not in t]
    assert offenders == []
    assert page.model.index(0, Column.STATUS).data() == "Not started"
    assert page.model.index(0, Column.LEAD).data() == kb.departments[analysis.actions[0].lead].name.en


def test_chinese_page_is_translated(page: PlanPage, analysis: Analysis) -> None:
    page.set_analysis(analysis)
    headers = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(page.model.columnCount())]
    assert headers[Column.TITLE] == "行动" and headers[Column.LEAD] == "牵头单位"
    assert page.regenerate_button.text() == "从档案重新生成"
    assert page.progress.counts().not_started == len(analysis.actions)


def test_switching_language_on_a_live_page(
    qtbot: QtBot, kb: KnowledgeBase, analysis: Analysis, asked: Interactions
) -> None:
    translator = QTranslator()
    assert translator.load(APP_CATALOGUE, str(resource_path("translations")))  # the application's one catalogue
    QCoreApplication.installTranslator(translator)
    try:
        page = make_page(qtbot, kb, "zh", asked)
        page.set_analysis(analysis)
        page.select_row(0)
        assert page.model.index(0, Column.TITLE).data() == analysis.actions[0].title.zh
        assert page.details.title_edit.text() == analysis.actions[0].title.zh
    finally:
        QCoreApplication.removeTranslator(translator)  # what the window does before telling the views

    page.set_language("en")

    offenders = [t for t in _page_texts(page) if CJK.search(t) and analysis.profile.name not in t]
    assert offenders == []
    assert page.model.index(0, Column.TITLE).data() == analysis.actions[0].title.en
    assert page.details.title_edit.text() == analysis.actions[0].title.en
    assert not page.is_dirty()  # showing another language is not an edit
