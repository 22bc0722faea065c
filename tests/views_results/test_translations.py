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
        assert matches._title.text() == f"{samples['hitech-hubei'].name} · 对标结果"
        assert matches.model.headerData(1, Qt.Orientation.Horizontal) == "契合度"
        cases = matches.model.index(1, 0).data()  # the group of US cluster cases, with its count
        assert re.fullmatch(r"美国集群案例（\d+）", cases)  # full-width brackets, as Chinese writes them
        knowledge = KnowledgePage(kb, "zh")
        qtbot.addWidget(knowledge)
        assert knowledge.search.placeholderText() == "搜索标题、摘要、事实和术语"
    finally:
        QCoreApplication.removeTranslator(translator)
