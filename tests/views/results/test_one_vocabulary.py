"""One thing has one name: the command line, the workbook and the window say the same words in each language."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from pytestqt.qtbot import QtBot

from desktop.cli.match import render_text
from desktop.models.analysis import Analysis
from desktop.models.knowledge.display import fact_value_text
from desktop.models.matching.types import MatchKind
from desktop.models.text import Lang
from desktop.models.workbook.writer import write_workbook
from desktop.views.knowledge.page import KnowledgePage
from desktop.views.results.page import MatchesPage

# The article speaks of its 启示 for China and the 建议 under each; every place calls such a match 启示建议.
RECOMMENDATION = {"zh": "启示建议", "en": "Recommendation"}
SHEET = {"zh": "对标分析", "en": "Matches"}


@pytest.fixture(scope="module")
def analysis(analyzer, samples) -> Analysis:  # type: ignore[no-untyped-def]
    return analyzer.analyse(samples["hitech-hubei"])


def _workbook_kinds(path: Path, lang: Lang, match_id: str) -> str:
    book = load_workbook(path, read_only=True)
    try:
        rows = book[SHEET[lang]].iter_rows(min_row=2, values_only=True)
        return next(str(row[1]) for row in rows if row[0] == match_id)
    finally:
        book.close()  # a read-only workbook keeps its file open until closed


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_recommendation_is_called_the_same_on_the_command_line_in_the_workbook_and_in_the_window(
    qtbot: QtBot, analyzer, analysis: Analysis, tmp_path: Path, lang: Lang
) -> None:  # type: ignore[no-untyped-def]
    word = RECOMMENDATION[lang]
    recommendation = analysis.result.of_kind(MatchKind.RECOMMENDATION)[0]

    cli_line = next(line for line in render_text(analysis, analyzer.kb, lang).splitlines() if recommendation.id in line)
    assert f"[{word}]" in cli_line

    path = tmp_path / "plan.xlsx"
    result, actions = analysis.result, analysis.actions
    write_workbook(path, profile=analysis.profile, result=result, actions=actions, kb=analyzer.kb, lang=lang)
    assert _workbook_kinds(path, lang, recommendation.id) == word

    page = MatchesPage(analyzer, lang)
    qtbot.addWidget(page)
    page.show_analysis(analysis)
    assert page.select(recommendation.id)
    meta = page.detail.toPlainText().splitlines()[1]  # under the title: kind · score · ¶
    assert meta.startswith(f"{word} · ")


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_browser_writes_a_fact_s_figure_as_the_command_line_does(qtbot: QtBot, kb, lang: Lang) -> None:  # type: ignore[no-untyped-def]
    houston = kb.item("case.houston-petrochem")
    over_a_thousand = next(f for f in houston.facts if f.value == 1000)
    page = KnowledgePage(kb, lang)
    qtbot.addWidget(page)
    assert page.select_item(houston.id)
    expected = {"zh": "1000家以上", "en": "over 1,000 "}[lang]
    assert fact_value_text(over_a_thousand, lang).startswith(expected)
    assert expected in page.detail.toPlainText()
