"""One thing has one name: the command line, the workbook and the window say the same words in each language."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pytestqt.qtbot import QtBot

from desktop.cli.match import render_text
from desktop.models.analysis import Analysis
from desktop.models.analysis_report import match_report
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
        return next(str(row[0]) for row in rows if row[-1] == match_id)  # the ID: the hidden last column
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


# Words that read a score's parts as pass/fail; a similarity or a relevance has reasons, never failures.
PASS_FAIL = ("未满足", "已满足", "未得", "✗", "✓", "not met", "not earned", "Missing", "Met ")


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("sample", ["petrochem-coastal", "county-park", "hitech-hubei"])
def test_no_output_says_met_or_unmet(qtbot: QtBot, analyzer, samples, tmp_path: Path, lang: Lang, sample: str) -> None:  # type: ignore[no-untyped-def]
    analysis = analyzer.analyse(samples[sample])
    outputs = {"cli": render_text(analysis, analyzer.kb, lang)}
    outputs["json"] = json.dumps(match_report(analysis, lang, analyzer.kb), ensure_ascii=False)
    path = tmp_path / "plan.xlsx"
    write_workbook(
        path, profile=analysis.profile, result=analysis.result, actions=analysis.actions, kb=analyzer.kb, lang=lang
    )
    book = load_workbook(path, read_only=True)
    try:
        outputs["workbook"] = "\n".join(
            str(cell)
            for sheet in ("对标分析", "Matches")
            if sheet in book.sheetnames
            for row in book[sheet].iter_rows(values_only=True)
            for cell in row
            if cell is not None
        )
    finally:
        book.close()
    page = MatchesPage(analyzer, lang)
    qtbot.addWidget(page)
    page.show_analysis(analysis)
    shown = []
    for match in analysis.result.matches:
        assert page.select(match.id)
        shown.append(page.detail.toPlainText())
    outputs["window"] = "\n".join(shown)
    for where, text in outputs.items():
        for word in PASS_FAIL:
            assert word not in text, (where, word)
    # The words the score's parts do have, in every place.
    less = {"zh": "适用性较低的原因", "en": "Why it applies less"}[lang]
    assert less in outputs["window"] and less.lower() in outputs["workbook"].lower()
