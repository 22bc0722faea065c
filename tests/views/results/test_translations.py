"""The results, knowledge and comparison pages speak Chinese with the application's one catalogue installed.

That the catalogue holds every string of desktop/views, all translated, is checked once for all pages in
tests/views/test_translations.py.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, Qt, QTranslator

from desktop.resources import resource_path
from desktop.views.i18n import APP_CATALOGUE
from desktop.views.knowledge.page import KnowledgePage
from desktop.views.results.page import MatchesPage


def test_installed_catalogue_turns_the_pages_chinese(qtbot, analyzer, kb, samples) -> None:
    translator = QTranslator()
    assert translator.load(APP_CATALOGUE, str(resource_path("translations")))
    QCoreApplication.installTranslator(translator)
    try:
        matches = MatchesPage(analyzer, "zh")
        qtbot.addWidget(matches)
        matches.show_analysis(analyzer.analyse(samples["hitech-hubei"]))
        assert matches.title.text() == f"{samples['hitech-hubei'].name} · 对标结果"
        # The workbook's word for the score: similarity for cases, relevance for the rest (no longer 匹配度).
        assert matches.model.headerData(1, Qt.Orientation.Horizontal) == "相似度/适用度"
        cases = matches.model.index(1, 0).data()  # the group of US cluster cases, with its count
        assert re.fullmatch(r"美国集群案例（\d+）", cases)  # full-width brackets, as Chinese writes them
        knowledge = KnowledgePage(kb, "zh")
        qtbot.addWidget(knowledge)
        assert knowledge.search.placeholderText() == "搜索标题、摘要、事实和术语"
    finally:
        QCoreApplication.removeTranslator(translator)


def test_pages_follow_a_language_change_in_place_keeping_what_they_show(qtbot, analyzer, kb, store, samples) -> None:
    from desktop.views.compare.page import ComparePage
    from desktop.views.i18n import Language

    language = Language("zh")
    try:
        matches = MatchesPage(analyzer, "zh")
        knowledge = KnowledgePage(kb, "zh")
        compare = ComparePage(store, analyzer, "zh")  # type: ignore[arg-type]
        for page in (matches, knowledge, compare):
            qtbot.addWidget(page)
        matches.show_analysis(analyzer.analyse(samples["hitech-hubei"]))
        assert matches.select("rec.2.3")
        knowledge.set_query("硅谷")
        assert knowledge.select_item("case.silicon-valley")
        ids = [row.id for row in compare.choices.rows()][:2]  # the store starts with the sample profiles
        compare.choose(ids)
        assert knowledge.detail.toPlainText().splitlines()[1].startswith("美国集群案例")

        language.set("en")
        for page in (matches, knowledge, compare):
            page.set_language("en")

        assert matches.selected_id() == "rec.2.3" and matches.model.index(3, 0).data().startswith("Recommendations")
        # A recommendation's score is its relevance.
        assert matches.detail.toPlainText().splitlines()[1].startswith("Recommendation · Relevance")
        assert knowledge.search.text() == "硅谷" and knowledge.selected_key() == "item:case.silicon-valley"
        assert knowledge.detail.toPlainText().splitlines()[1].startswith("US cluster case")
        assert knowledge.search.placeholderText() == "Search titles, summaries, facts and terms"
        assert compare.chosen() == ids
        assert compare.table_model.headerData(0, Qt.Orientation.Vertical) == "Stage"
    finally:
        language.uninstall()
