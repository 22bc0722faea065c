"""The judged profiles: what a careful analyst expects from the article's logic is what the ranking and plan show.

Each case's reasoning is written beside its profile in ``judged_profiles.py``; a failure message repeats it.
"""

from __future__ import annotations

import pytest

from desktop.models.analysis import Analysis, Analyzer
from desktop.models.knowledge.types import KnowledgeBase
from desktop.models.matching.types import CriterionStatus, MatchKind
from desktop.models.plan.templates import load_action_templates
from desktop.models.vocabulary import Kind, Level, Stage
from tests.helpers.builders import vocabulary_ids
from tests.helpers.judged_profiles import JUDGED, Judged, is_high, listing, selects


@pytest.fixture(params=JUDGED, ids=[j.profile.name for j in JUDGED])
def judged(request: pytest.FixtureRequest) -> Judged:
    return request.param  # type: ignore[no-any-return]


def analyse(analyzer: Analyzer, judged: Judged) -> Analysis:
    return analyzer.analyse(judged.profile)


def test_the_judged_zones_cover_every_kind_level_stage_and_stated_problem() -> None:
    profiles = [j.profile for j in JUDGED]
    assert len(profiles) >= 25
    assert len({p.name for p in profiles}) == len(profiles)
    assert {p.kind for p in profiles} >= set(Kind)
    assert {p.level for p in profiles} >= set(Level)
    assert {p.stage for p in profiles} == set(Stage)
    assert {problem for p in profiles for problem in p.problems} == vocabulary_ids("problems.toml", "problem")
    # Format v2's other novelties are exercised too: unknown ratings and flags, targets with and without a base.
    assert any(p.unknown_endowments() for p in profiles) and any(p.unknown_conditions() for p in profiles)
    assert any(t.base is None for p in profiles for t in p.targets)
    assert any(t.base is not None for p in profiles for t in p.targets)


def test_every_expectation_names_things_that_exist(judged: Judged, kb: KnowledgeBase) -> None:
    """A typo in an expectation must fail here, not pass silently as an absent action or item."""
    action_ids = {t.action_id for t in load_action_templates(kb).templates}
    selectors = (*judged.actions, *judged.high, *judged.must_not_high, *judged.not_near)
    named_actions = [
        *judged.no_actions,
        *judged.phases,
        *judged.kpi_pending,
        *(s for s in selectors if "/" in s),
        *(a for pair in judged.before for a in pair),
    ]
    assert set(named_actions) <= action_ids, set(named_actions) - action_ids
    named_items = [
        *(x for x in (judged.best_case, judged.best_trait, judged.best_practice) if x),
        *judged.top_measures,
        *judged.below,
        *judged.above,
        *judged.basis_expected,
        *judged.basis_absent,
        *judged.not_best_case,
        *judged.top_cases,
        *judged.not_read,
        *(s for s in selectors if "/" not in s),
    ]
    assert set(named_items) <= set(kb.items), set(named_items) - set(kb.items)
    assert set(judged.absent_leads) <= set(kb.departments)
    assert set(judged.limits_noted) <= set(judged.profile.problems)


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
    plan = analyse(analyzer, judged).actions
    actions = {a.id: a for a in plan}
    message = f"{judged.expectation}\nplan: {listing(plan)}"
    for selector in judged.actions:
        assert any(selects(a, selector) for a in plan), f"{selector} not proposed\n{message}"
    for action_id in judged.no_actions:
        assert action_id not in actions, f"{action_id} proposed\n{message}"
    for selector in judged.high:
        assert any(selects(a, selector) and is_high(a) for a in plan), f"{selector} not high\n{message}"
    for action_id, phase in judged.phases.items():
        assert action_id in actions and actions[action_id].phase is phase, f"{action_id} not {phase}\n{message}"
    if judged.none_high:
        assert not any(is_high(a) for a in plan), message


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
