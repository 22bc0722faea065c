"""The window cites paragraphs exactly as the workbook and the command line do, in each interface language."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.models.formatting import paragraphs_text
from desktop.models.profile import Profile
from desktop.views.i18n import Language
from desktop.views.results.page import MatchesPage
from desktop.views.results.ranking_model import PARAGRAPHS


def _shown_citations(page: MatchesPage) -> list[str]:
    model = page.model
    return [
        model.index(row, PARAGRAPHS, model.index(group, 0)).data()
        for group in range(model.rowCount())
        for row in range(model.rowCount(model.index(group, 0)))
    ]


def test_the_ranking_cites_as_the_domain_does_in_each_language(qtbot: QtBot, analyzer, samples) -> None:  # type: ignore[no-untyped-def]
    profile: Profile = samples["hitech-hubei"]
    analysis = analyzer.analyse(profile)
    language = Language("en")
    try:
        page = MatchesPage(analyzer, "en")
        qtbot.addWidget(page)
        page.show_analysis(analysis)
        by_rank = [m for kind in page_kinds(analysis) for m in kind]
        english = [paragraphs_text(m.paragraphs, "en") for m in by_rank]
        assert _shown_citations(page) == english
        assert any(", ¶" in text for text in english)  # the sample has matches citing several paragraphs
        language.set("zh")
        page.set_language("zh")
        assert _shown_citations(page) == [paragraphs_text(m.paragraphs, "zh") for m in by_rank]
    finally:
        language.uninstall()


def page_kinds(analysis):  # type: ignore[no-untyped-def]
    from desktop.views.results.kinds import MATCH_GROUPS

    return [analysis.result.of_kind(kind) for kind in MATCH_GROUPS]


def test_hovering_a_citation_in_the_ranking_shows_our_summary_of_it(qtbot: QtBot, analyzer, samples) -> None:  # type: ignore[no-untyped-def]
    """A bare "¶26" in the list said nothing: its tooltip is our summary of the paragraph, in the page's language."""
    from desktop.models.knowledge.paragraphs import load_paragraph_summaries

    summaries = load_paragraph_summaries()
    analysis = analyzer.analyse(samples["hitech-hubei"])
    language = Language("en")
    try:
        for lang in ("en", "zh"):
            language.set(lang)  # type: ignore[arg-type]
            page = MatchesPage(analyzer, lang)  # type: ignore[arg-type]
            qtbot.addWidget(page)
            page.show_analysis(analysis)
            model = page.model
            for kind, group in zip(page_kinds(analysis), range(model.rowCount()), strict=True):
                for row, match in enumerate(kind):
                    tip = str(model.index(row, PARAGRAPHS, model.index(group, 0)).data(Qt.ItemDataRole.ToolTipRole))
                    for summary in summaries.of(match.paragraphs):
                        assert f"¶{summary.number} · {summary.topic.get(lang)}" in tip
                        assert summary.summary.get(lang) in tip
    finally:
        language.uninstall()
