"""The engine's mechanics on a tiny knowledge base whose numbers can be worked out by hand."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.models.analysis import Analyzer
from desktop.models.matching.types import CriterionStatus, MatchKind
from desktop.models.plan.types import Phase, Priority
from tests.helpers.builders import endowments, zone
from tests.helpers.tiny import tiny_kb, write_rules


@pytest.fixture
def tiny(tmp_path: Path) -> Analyzer:
    kb = tiny_kb()
    return Analyzer.load(kb, write_rules(tmp_path))


def research_zone(**figures: float) -> object:
    return zone("样例区", "growth", ["ict"], endowments(0, 0, 5, 4, 3, 3, 3, 3), [], figures)


def test_similarity_is_the_share_of_the_case_covered_with_its_points_rounded_once(tiny: Analyzer) -> None:
    # Zone covers min(zone, case) = 0+0+5+4+3+3+3+3 = 21 of the case's 24: 33.3 × 21/24 = 29.1375 → 29.1 points,
    # and the 4.2 not earned show up as a gap naming the biggest shortfalls first.
    match = tiny.matcher.match(research_zone()).get("case.alpha")  # type: ignore[arg-type]
    similarity = match.reasons[0]
    # The fact now says on how many stated endowments it rests (all eight here); the words changed, not the points.
    assert similarity.text.zh == "资源禀赋覆盖Alpha的 88%（21/24，基于 8/8 项原文述及的禀赋）：+29.1"
    assert similarity.text.en == (
        "endowments cover 88% of Alpha's (21/24, based on 8/8 endowments the article states): +29.1"
    )
    assert similarity.points == pytest.approx(29.1)
    gap = match.gaps[0]
    assert gap.status is CriterionStatus.MISSING
    # Reworded: points a criterion did not add are "not counted", never "not earned" (a failure).
    assert gap.text.zh == "差距：交通区位 0/5（案例 2/5）、自然资源 0/5（案例 1/5）（此项 4.2 分不计）"
    assert gap.points_possible == pytest.approx(4.2)


def test_each_reason_names_the_fact_and_the_points_and_they_add_up_to_the_score(tiny: Analyzer) -> None:
    match = tiny.matcher.match(research_zone()).get("case.alpha")  # type: ignore[arg-type]
    assert match.reasons[1].text.zh == "高校与科研院所 5/5 ≥ 4，科研强：+46.7"
    assert match.reasons[1].text.en == "Universities and research institutes 5/5 ≥ 4: strong research: +46.7"
    assert match.reasons[1].field == "endowments.research_base"
    assert match.score == 75.8
    assert round(sum(r.points for r in match.reasons), 1) == match.score
    assert match.paragraphs == (4,)
    assert match.kind is MatchKind.CASE


def test_an_unknown_figure_is_a_gap_that_cannot_be_judged(tiny: Analyzer) -> None:
    match = tiny.matcher.match(research_zone()).get("case.alpha")  # type: ignore[arg-type]
    unknown = [g for g in match.gaps if g.status is CriterionStatus.UNKNOWN]
    assert len(unknown) == 1
    assert unknown[0].field == "figures.universities"
    # Reworded: an unknown value is 待核实, with the most it could move the score.
    assert unknown[0].text.zh == "高校数未填写，不知道有几所高校（待核实：无法判断，最多影响 20 分）"
    assert unknown[0].text.en == (
        "Universities not given: nobody knows how many (to verify: cannot judge; up to 20 points at stake)"
    )
    known = tiny.matcher.match(research_zone(universities=4)).get("case.alpha")  # type: ignore[arg-type]
    assert known.score == pytest.approx(95.8)
    assert "高校数 4所 ≥ 3：+20" in [r.text.zh for r in known.reasons]


def test_matches_are_ranked_by_score_and_parents_are_not_scored(tiny: Analyzer) -> None:
    result = tiny.matcher.match(research_zone())  # type: ignore[arg-type]
    assert [(m.id, m.score) for m in result.matches] == [("case.beta", 93.8), ("case.alpha", 75.8), ("rec.9.1", 40.0)]
    assert result.get("rec.9.1").kind is MatchKind.RECOMMENDATION
    with pytest.raises(KeyError):
        result.get("rec.9")


def test_a_measure_at_the_threshold_proposes_its_action_with_a_target_to_fill_in_it_explains(tiny: Analyzer) -> None:
    analysis = tiny.analyse(research_zone())  # type: ignore[arg-type]
    [action] = analysis.actions
    assert action.id == "rec.9.1/fund"
    assert action.recommendation == "rec.9.1"
    assert action.title.zh == "为样例区设立基金"
    assert action.description.en == "for Electronics, ICT and software"
    # The output is not given: the target is left to fill in, never a silent default. Near: within a year.
    assert action.kpi.zh == "一年内基金不低于 待填 亿元"
    assert action.kpi.en == "a fund of at least to be filled in within a year"
    assert "年产值未填写，目标值待填" in action.why.zh
    assert "Annual output not given, so the target is left to fill in." in action.why.en
    assert action.priority is Priority.LOW  # 40 points: proposed, but below the medium band
    assert action.phase is Phase.NEAR  # innovation in a growing cluster
    assert (action.lead, action.partners, action.draws_on, action.paragraphs) == (
        "committee.finance",
        ("partner.bank",),
        ("case.alpha",),
        (28,),
    )


@pytest.mark.parametrize(("output", "target"), [(560.0, "3"), (100.0, "1"), (50.0, "1"), (3000.0, "15")])
def test_the_fund_target_is_half_a_percent_of_output_rounded_with_a_floor(
    tiny: Analyzer, output: float, target: str
) -> None:
    [action] = tiny.analyse(research_zone(output_100m_cny=output)).actions  # type: ignore[arg-type]
    assert action.kpi.zh == f"一年内基金不低于 {target} 亿元"
    assert "推算" in action.why.zh


def test_priority_follows_the_score_and_a_severe_gap_raises_it(tiny: Analyzer) -> None:
    weak = zone("弱区", "nascent", ["ict"], endowments(0, 0, 5, 4, 1, 3, 3, 3))
    [action] = tiny.analyse(weak).actions
    assert action.priority is Priority.HIGH  # 100 points
    assert action.phase is Phase.MID  # innovation waits a little in a nascent cluster
    middling = zone("中区", "transforming", ["ict"], endowments(0, 0, 5, 4, 2, 3, 3, 3), ["guidance_fund"])
    [action] = tiny.analyse(middling).actions
    assert action.priority is Priority.MEDIUM  # 60 points
    assert action.phase is Phase.LONG
    broke = zone("穷区", "growth", ["ict"], endowments(0, 0, 5, 4, 0, 3, 3, 3), ["guidance_fund"])
    [action] = tiny.analyse(broke).actions
    assert action.priority is Priority.HIGH  # 60 points, raised one level by capital 0
    assert "列为优先的原因：资本与金融 0/5 ≤ 0" in action.why.zh


def test_a_measure_below_the_threshold_proposes_nothing(tiny: Analyzer) -> None:
    rich = zone("富区", "growth", ["ict"], endowments(0, 0, 5, 4, 3, 3, 3, 3), ["guidance_fund"])
    assert tiny.analyse(rich).actions == []
