"""Case similarity rests only on what the article states for each case (¶4–¶11), never on placeholder ratings."""

from __future__ import annotations

from desktop.models.analysis import Analyzer
from desktop.models.matching.types import MatchKind
from desktop.models.vocabulary import Endowment, label
from tests.helpers.builders import endowments, zone


def unstated(analyzer: Analyzer, case_id: str) -> list[Endowment]:
    profile = analyzer.kb.item(case_id).endowment_profile or {}
    return [e for e, rating in profile.items() if not rating.stated]


def test_no_case_text_shows_a_rating_the_article_does_not_state(analyzer: Analyzer) -> None:
    """A zone weak everywhere shows the biggest shortfalls; Houston's used to include "高校与科研院所 1/5（案例 3/5）"
    though ¶5 says nothing about Houston's research."""
    weak = zone("薄弱区", "growth", ["petrochem", "automotive"], endowments(1, 1, 1, 1, 1, 1, 1, 1))
    result = analyzer.matcher.match(weak)
    houston = result.get("case.houston-petrochem")
    assert any("（案例 " in g.text.zh for g in houston.gaps), "the stated shortfalls are still shown"
    for match in result.of_kind(MatchKind.CASE):
        texts = [g.text for g in match.gaps] + [r.text for r in match.reasons]
        for which in unstated(analyzer, match.id):
            name = label(which)
            for text in texts:
                assert f"{name.zh} 1/5（案例" not in text.zh, (match.id, text.zh)
                assert f"{name.en} 1/5 (case" not in text.en, (match.id, text.en)


def test_every_case_shows_its_coverage(analyzer: Analyzer) -> None:
    result = analyzer.matcher.match(zone("区", "growth", ["ict"], endowments(3, 3, 3, 3, 3, 3, 3, 3)))
    for match in result.of_kind(MatchKind.CASE):
        stated = 8 - len(unstated(analyzer, match.id))
        assert match.coverage is not None and (match.coverage.stated, match.coverage.of) == (stated, 8), match.id
    assert all(m.coverage is None for m in result.matches if m.kind is not MatchKind.CASE)


def test_a_case_with_one_stated_endowment_cannot_win_on_resemblance_alone(analyzer: Analyzer) -> None:
    """Michigan is described by one endowment (its carmakers, ¶10): a zone identical to it there and sharing nothing
    else earns at most a quarter of the similarity points, so it scores low."""
    strong = zone("龙头强区", "growth", ["agri_food"], endowments(0, 0, 0, 0, 0, 5, 0, 0))
    michigan = analyzer.matcher.match(strong).get("case.michigan-hybrid")
    similarity = [r for r in michigan.reasons if r.field == "endowments"]
    assert similarity and similarity[0].points <= 15 / 4 + 0.05  # one decimal
    assert "基于 1/8 项" in similarity[0].text.zh


def test_illinois_does_not_top_a_petrochemical_and_materials_zone(analyzer: Analyzer) -> None:
    """¶5 states Houston's resources, location, firms and suppliers; ¶11 states nothing comparable for Illinois."""
    coastal = zone(
        "沿海石化新材料园",
        "growth",
        ["petrochem", "materials"],
        endowments(3, 4, 2, 2, 2, 3, 3, 1),
        ["excess_competition", "colocated_only"],
        level="provincial",
        kind="industrial_park",
    )
    cases = analyzer.matcher.match(coastal).of_kind(MatchKind.CASE)
    assert cases[0].id == "case.houston-petrochem", [(m.id, m.score) for m in cases]


def test_detroit_outranks_illinois_for_an_auto_parts_zone(analyzer: Analyzer) -> None:
    """The article's one stated fact that separates them is the industry (¶10): an auto-parts zone with weak
    associations and price competition is still closer to Detroit than to Illinois's business organisations."""
    parts = zone(
        "汽车零部件产业园",
        "growth",
        ["automotive"],
        endowments(1, 4, 2, 3, 2, 3, 4, 2),
        ["excess_competition", "colocated_only"],
        {"enterprises": 600},
        level="municipal",
        kind="industrial_park",
    )
    result = analyzer.matcher.match(parts)
    michigan, illinois = result.get("case.michigan-hybrid"), result.get("case.illinois-associations")
    assert michigan.score > illinois.score, (michigan.score, illinois.score)
    assert result.of_kind(MatchKind.CASE)[0].id == "case.michigan-hybrid"
