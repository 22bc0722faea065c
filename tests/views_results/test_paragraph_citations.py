"""The window cites paragraphs exactly as the workbook and the command line do, in each interface language."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop.models.knowledge.display import paragraphs_text
from desktop.views.i18n import Language
from desktop.views.plan.labels import paragraphs_text as plan_paragraphs
from desktop.views.results.format import paragraphs_text as results_paragraphs

CITED = (31, 7, 29, 30, 7)


def test_both_pages_fold_sort_and_separate_paragraphs_as_the_domain_does(qtbot: QtBot) -> None:
    language = Language("en")
    try:
        assert plan_paragraphs(CITED) == results_paragraphs(CITED) == paragraphs_text(CITED, "en") == "¶7, ¶29–31"
        language.set("zh")
        assert plan_paragraphs(CITED) == results_paragraphs(CITED) == paragraphs_text(CITED, "zh") == "¶7、¶29–31"
        assert plan_paragraphs(()) == results_paragraphs(()) == ""
    finally:
        language.uninstall()
