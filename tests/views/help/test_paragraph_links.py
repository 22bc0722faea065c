"""A ¶ reference in the matches' detail and in the knowledge browser is a link: hovering tells, clicking opens our own
summary of that paragraph (never the article's text), in the window's language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.models.analysis import Analyzer
from desktop.models.formatting import paragraphs_text
from desktop.models.knowledge.paragraphs import load_paragraph_summaries
from desktop.models.profile import Profile
from desktop.models.text import Lang
from desktop.resources import resource_path
from desktop.views.knowledge.page import KnowledgePage
from desktop.views.results.page import MatchesPage
from tests.helpers.kb_article import article_text_of
from tests.views.help.links import click_link, links


@pytest.fixture
def translated(qapp: QApplication, lang: Lang):  # type: ignore[no-untyped-def]
    translator = QTranslator()
    if lang == "zh":
        assert translator.load(str(resource_path("translations", "zoneplanner_zh_CN.qm")))
        QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_paragraph_in_the_match_detail_opens_our_summary_of_it(
    qtbot: QtBot, analyzer: Analyzer, samples: dict[str, Profile], lang: Lang, translated: None
) -> None:
    analysis = analyzer.analyse(samples["hitech-hubei"])
    match = next(m for m in analysis.result.matches if m.paragraphs)
    page = MatchesPage(analyzer, lang)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    page.show_analysis(analysis)
    assert page.select(match.id)
    shown = links(page.detail)
    paragraph_links = [(href, text) for href, text in shown if href.startswith("paragraph:")]
    assert paragraph_links and "".join(text for _, text in paragraph_links[:1]).startswith("¶")
    assert paragraphs_text(match.paragraphs, lang) in page.detail.toPlainText()  # reads as everywhere else

    first = min(match.paragraphs)
    href = next(href for href, _ in paragraph_links if href.startswith(f"paragraph:{first}-"))
    click_link(page.detail, href)
    dialog = page.detail.paragraph_links.dialog
    assert dialog is not None and dialog.isVisible()
    summary = load_paragraph_summaries().get(first)
    assert summary is not None
    assert summary.summary.get(lang) in dialog.shown_text() and summary.topic.get(lang) in dialog.shown_text()
    assert article_text_of(first) not in dialog.shown_text()
    assert f"¶{first}" in dialog.windowTitle()
    assert summary.topic.get(lang) in page.detail.paragraph_links.tooltip(href)  # what hovering shows
    dialog.close()


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_paragraph_range_in_the_knowledge_browser_opens_every_summary_and_stays_on_the_entry(
    qtbot: QtBot, analyzer: Analyzer, lang: Lang, translated: None
) -> None:
    page = KnowledgePage(analyzer.kb, lang)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    item = next(item for item in analyzer.kb.items.values() if len(item.paragraphs) > 1)
    assert page.select_item(item.id)
    cited = [href for href, _ in links(page.detail) if href.startswith("paragraph:")]
    assert len(cited) >= 1 + len([fact for fact in item.facts if fact.paragraphs])  # the heading's and each fact's
    href = cited[0]
    click_link(page.detail, href)
    dialog = page.detail.paragraph_links.dialog
    assert dialog is not None and dialog.isVisible()
    low, _, high = href.removeprefix("paragraph:").partition("-")
    for number in range(int(low), int(high) + 1):
        summary = load_paragraph_summaries().get(number)
        assert summary is not None and summary.summary.get(lang) in dialog.shown_text()
    assert page.selected_key() == f"item:{item.id}"  # the browser did not take the ¶ for an entry
    assert item.title.get(lang) in page.detail.toPlainText()
    dialog.close()


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_plan_details_paragraphs_open_our_summary(
    qtbot: QtBot, analyzer: Analyzer, samples: dict[str, Profile], lang: Lang, translated: None
) -> None:
    from desktop.views.plan import PlanPage

    page = PlanPage(analyzer.kb, lang)
    qtbot.addWidget(page)
    page.show()
    page.load_plan(None, analyzer.analyse(samples["hitech-hubei"]))
    page.select_row(0)
    action = page.model.action_at(0)
    label = page.details.paragraphs_label
    first = min(action.paragraphs)
    assert f"href='paragraph:{first}-" in label.text()  # shown as a link...
    assert paragraphs_text(action.paragraphs, lang) in QTextDocumentFragment.fromHtml(label.text()).toPlainText()
    href = label.text().split("href='", 1)[1].split("'", 1)[0]
    label.linkActivated.emit(href)  # ...which the user clicks
    dialog = page.details.paragraph_links.dialog
    summary = load_paragraph_summaries().get(first)
    assert dialog is not None and dialog.isVisible() and summary is not None
    assert summary.summary.get(lang) in dialog.shown_text()
    dialog.close()
