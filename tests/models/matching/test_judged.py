"""The judged profiles: what a careful analyst expects from the article's logic is what the ranking and plan show.

Each case's reasoning is written beside its profile in ``judged_profiles.py``; a failure message repeats it.
"""

from __future__ import annotations

import pytest

from desktop.models.analysis import Analysis, Analyzer
from desktop.models.matching.types import CriterionStatus, MatchKind
from desktop.models.plan.types import Priority
from tests.helpers.judged_profiles import JUDGED, Judged


@pytest.fixture(params=JUDGED, ids=[j.profile.name for j in JUDGED])
def judged(request: pytest.FixtureRequest) -> Judged:
    return request.param  # type: ignore[no-any-return]


def analyse(analyzer: Analyzer, judged: Judged) -> Analysis:
    return analyzer.analyse(judged.profile)


def test_there_are_at_least_twelve_judged_zones_of_different_kinds_and_stages() -> None:
    assert len(JUDGED) >= 12
    assert len({j.profile.stage for j in JUDGED}) == 4
    assert len({j.profile.kind for j in JUDGED if j.profile.kind}) >= 4
    assert len({j.profile.name for j in JUDGED}) == len(JUDGED)


def test_best_items_are_the_expected_ones(analyzer: Analyzer, judged: Judged) -> None:
    result = analyse(analyzer, judged).result
    for kind, expected in (
        (MatchKind.CASE, judged.best_case),
        (MatchKind.TRAIT, judged.best_trait),
        (MatchKind.PRACTICE, judged.best_practice),
    ):
        if expected is not None:
            ranking = [(m.id, m.score) for m in result.of_kind(kind)]
            assert ranking[0][0] == expected, f"{judged.expectation}\n{kind}: {ranking}"


def test_top_measures_are_the_expected_ones(analyzer: Analyzer, judged: Judged) -> None:
    measures = analyse(analyzer, judged).result.of_kind(MatchKind.RECOMMENDATION)
    top3 = [m.id for m in measures[:3]]
    for measure in judged.top_measures:
        assert measure in top3, f"{judged.expectation}\nmeasures: {[(m.id, m.score) for m in measures]}"


def test_score_bounds_are_as_expected(analyzer: Analyzer, judged: Judged) -> None:
    result = analyse(analyzer, judged).result
    for item_id, limit in judged.below.items():
        assert result.get(item_id).score < limit, f"{judged.expectation}\n{item_id}: {result.get(item_id).score}"
    for item_id, limit in judged.above.items():
        assert result.get(item_id).score >= limit, f"{judged.expectation}\n{item_id}: {result.get(item_id).score}"


def test_the_plan_holds_the_expected_actions(analyzer: Analyzer, judged: Judged) -> None:
    actions = {a.id: a for a in analyse(analyzer, judged).actions}
    listing = [(a.id, a.priority.value, a.phase.value) for a in actions.values()]
    for action_id in judged.actions:
        assert action_id in actions, f"{judged.expectation}\nplan: {listing}"
    for action_id in judged.no_actions:
        assert action_id not in actions, f"{judged.expectation}\nplan: {listing}"
    for action_id in judged.high:
        assert actions[action_id].priority is Priority.HIGH, f"{judged.expectation}\nplan: {listing}"
    for action_id, phase in judged.phases.items():
        assert actions[action_id].phase is phase, f"{judged.expectation}\nplan: {listing}"
    if judged.none_high:
        assert all(a.priority is not Priority.HIGH for a in actions.values()), f"{judged.expectation}\n{listing}"


def test_unknown_values_are_reported_as_cannot_judge_not_as_failures(analyzer: Analyzer) -> None:
    """The zone that filled in no figures, level or kind: those criteria are 'unknown' gaps, never 'missing'."""
    judged = next(j for j in JUDGED if not j.profile.figures and j.profile.level is None)
    result = analyse(analyzer, judged).result
    unknown = [g for m in result.matches for g in m.gaps if g.status is CriterionStatus.UNKNOWN]
    assert {g.field for g in unknown} >= {"figures.universities", "figures.enterprises", "kind", "level"}
    for gap in unknown:
        assert "无法判断" in gap.text.zh and "cannot judge" in gap.text.en
    missing_fields = {g.field for m in result.matches for g in m.gaps if g.status is CriterionStatus.MISSING}
    assert not missing_fields & {"figures.universities", "figures.enterprises", "kind", "level"}
