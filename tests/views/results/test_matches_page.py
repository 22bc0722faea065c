"""The matches page shows exactly the engine's ranking, follows edits without freezing, and explains each match."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from desktop.models.formatting import points_text
from desktop.models.matching.types import CriterionStatus, MatchResult
from desktop.models.profile import Profile
from desktop.models.vocabulary import Endowment
from desktop.views.results.kinds import MATCH_GROUPS
from desktop.views.results.page import MatchesPage
from desktop.views.results.ranking_model import ID_ROLE, SCORE, SCORE_ROLE
from tests.helpers.widgets import has_cjk, own_texts

HOUSTON = "case.houston-petrochem"


class CountingAnalyzer:
    """The real analyzer, counting how often the page asks it to match."""

    def __init__(self, analyzer) -> None:  # type: ignore[no-untyped-def]
        self._analyzer = analyzer
        self.kb = analyzer.kb
        self.calls: list[Profile] = []

    def analyse(self, profile: Profile):  # type: ignore[no-untyped-def]
        self.calls.append(profile)
        return self._analyzer.analyse(profile)


def make_page(qtbot, analyzer, lang: str = "zh") -> MatchesPage:  # type: ignore[no-untyped-def]
    page = MatchesPage(analyzer, lang)  # type: ignore[arg-type]
    qtbot.addWidget(page)
    return page


def shown(page: MatchesPage) -> list[list[tuple[str, float]]]:
    """Per group, the (ID, score) pairs the tree shows, top to bottom."""
    model = page.model
    groups = []
    for g in range(model.rowCount()):
        parent = model.index(g, 0)
        groups.append(
            [
                (model.index(r, 0, parent).data(ID_ROLE), model.index(r, SCORE, parent).data(SCORE_ROLE))
                for r in range(model.rowCount(parent))
            ]
        )
    return groups


def expected(result: MatchResult) -> list[list[tuple[str, float]]]:
    return [[(m.id, m.score) for m in result.of_kind(kind)] for kind in MATCH_GROUPS]


def richer(profile: Profile) -> Profile:
    """The same zone with oil, a port and strong firms: the natural-resource cases should move."""
    endowments = dict(profile.endowments)
    endowments.update({Endowment.NATURAL_RESOURCES: 5, Endowment.TRANSPORT_LOCATION: 5, Endowment.LEADING_FIRMS: 5})
    return profile.with_changes(endowments=endowments)


def test_ranking_equals_the_engine_output(qtbot, analyzer, samples) -> None:
    page = make_page(qtbot, analyzer)
    for profile in samples.values():
        analysis = analyzer.analyse(profile)
        page.show_analysis(analysis)
        assert shown(page) == expected(analysis.result)
        assert sum(len(g) for g in shown(page)) == len(analysis.result.matches)
        # The score column reads as the number the detail pane and the workbook use.
        first = page.model.index(0, SCORE, page.model.index(0, 0))
        assert first.data() == points_text(analysis.result.of_kind(MATCH_GROUPS[0])[0].score)


def test_editing_an_endowment_updates_the_ranking(qtbot, analyzer, samples) -> None:
    page = make_page(qtbot, analyzer)
    before = samples["hitech-hubei"]
    after = richer(before)
    assert expected(analyzer.analyse(after).result) != expected(analyzer.analyse(before).result)
    with qtbot.waitSignal(page.analysisChanged, timeout=3000):
        page.set_profile(before)
    assert shown(page) == expected(analyzer.analyse(before).result)

    with qtbot.waitSignal(page.analysisChanged, timeout=3000) as signal:
        page.set_profile(after)

    assert signal.args[0].profile == after
    assert shown(page) == expected(analyzer.analyse(after).result)


def test_a_burst_of_edits_is_matched_once_with_the_last_profile(qtbot, analyzer, samples) -> None:
    counting = CountingAnalyzer(analyzer)
    page = make_page(qtbot, counting)
    base = samples["hitech-hubei"]
    edits = []
    for level in range(6):
        endowments = dict(base.endowments)
        endowments[Endowment.CAPITAL] = level
        edits.append(base.with_changes(endowments=endowments))

    with qtbot.waitSignal(page.analysisChanged, timeout=3000):
        for profile in edits:
            page.set_profile(profile)  # returns at once: nothing is matched on the edit path
            assert counting.calls == []

    assert counting.calls == [edits[-1]]
    assert not page.waiting()  # nothing left to match
    assert page.analysis() is not None and page.analysis().profile == edits[-1]


def test_the_selection_survives_a_rematch(qtbot, analyzer, samples) -> None:
    page = make_page(qtbot, analyzer)
    before = samples["hitech-hubei"]
    page.show_analysis(analyzer.analyse(before))
    assert page.select(HOUSTON)

    with qtbot.waitSignal(page.analysisChanged, timeout=3000):
        page.set_profile(richer(before))

    assert page.selected_id() == HOUSTON
    new_score = analyzer.analyse(richer(before)).result.get(HOUSTON).score
    # A case's score is called its similarity now (相似度), in the page's language.
    assert f"相似度 {points_text(new_score)}/100" in page.detail.toPlainText()


def test_detail_explains_reasons_gaps_facts_and_paragraphs(qtbot, analyzer, kb, samples) -> None:
    page = make_page(qtbot, analyzer)
    analysis = analyzer.analyse(samples["petrochem-coastal"])
    page.show_analysis(analysis)
    match = analysis.result.get(HOUSTON)
    assert match.reasons and match.gaps, "the sample should give Houston both reasons and gaps"
    page.select(HOUSTON)
    text = page.detail.toPlainText()

    assert match.title.zh in text
    for reason in match.reasons:
        # The points stand in their own column, not repeated at the end of the sentence.
        sentence, _, points = reason.text.zh.rpartition("：+")
        assert points == points_text(reason.points)
        assert f"{sentence}\n+{points}" in text or f"{sentence} +{points}" in text
    assert abs(sum(r.points for r in match.reasons) - match.score) < 1e-6
    assert f"Total\n{points_text(match.score)}" in text or f"Total {points_text(match.score)}" in text

    # The parts of a case's similarity are where it is alike, where it differs and what is to verify (no ✓/✗).
    met, missing, unknown = text.index("+ 相似之处"), text.index("− 差异之处"), text.index("? 待核实")
    assert "✓" not in text and "✗" not in text and "未满足" not in text
    summary = text.index("Summary")
    for gap in match.gaps:
        position = text.index(gap.text.zh)
        if gap.status is CriterionStatus.MISSING:
            assert missing < position < unknown
        else:
            assert unknown < position < summary
    for reason in match.reasons:
        assert met < text.index(reason.text.zh.rpartition("：+")[0]) < missing

    item = kb.item(HOUSTON)
    assert item.summary.zh in text
    for fact in item.facts:
        assert fact.label.zh in text
    assert "¶5" in text
    assert kb.source.citation.zh in text


def test_no_profile_clears_the_page(qtbot, analyzer, samples) -> None:
    page = make_page(qtbot, analyzer)
    page.show_analysis(analyzer.analyse(samples["county-park"]))
    with qtbot.waitSignal(page.analysisCleared, timeout=1000):
        page.set_profile(None)
    assert page.model.rowCount() == 0
    assert page.analysis() is None


def test_english_page_has_no_chinese_of_its_own(qtbot, analyzer, samples) -> None:
    page = make_page(qtbot, analyzer, "en")
    assert not any(has_cjk(t) for t in own_texts(page))  # the empty state
    profile = samples["petrochem-coastal"].with_changes(name="Harbour Petrochemical Zone")
    page.show_analysis(analyzer.analyse(profile))
    page.select(HOUSTON)
    texts = own_texts(page)
    assert "Benchmarking results for Harbour Petrochemical Zone" in texts
    assert not any(has_cjk(t) for t in texts)
    headers = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(page.model.columnCount())]
    groups = [page.model.index(g, 0, QModelIndex()).data() for g in range(page.model.rowCount())]
    assert not any(has_cjk(h) for h in headers + groups)
    assert not has_cjk(page.detail.toPlainText())


def test_ranking_model_with_real_matches_passes_the_model_tester(qtbot, qtmodeltester, analyzer, samples) -> None:
    page = make_page(qtbot, analyzer)
    page.show_analysis(analyzer.analyse(samples["hitech-hubei"]))
    qtmodeltester.check(page.model)


def test_a_chemical_park_is_told_beside_the_ranking_what_the_article_does_not_cover(qtbot, analyzer, samples) -> None:
    page = make_page(qtbot, analyzer)
    page.show_analysis(analyzer.analyse(samples["petrochem-coastal"]))
    assert not page.limits.isHidden()
    assert "原文未涉及" in page.limits.text() and "安全" in page.limits.text() and "¶" not in page.limits.text()
    page.show_analysis(analyzer.analyse(samples["hitech-hubei"]))
    assert page.limits.isHidden()
