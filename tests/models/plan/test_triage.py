"""Triage: a plan an official can act on has few high priorities, in an order the work can follow, spread over time."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.models.analysis import Analyzer
from desktop.models.plan.types import Action, Phase, Priority
from desktop.models.profile import Profile
from desktop.models.profile_format import parse_profile
from desktop.models.vocabulary import Condition, Endowment, Figure, Industry, Kind, Level, Stage
from desktop.resources import resource_path
from tests.helpers.judged_profiles import JUDGED
from tests.helpers.plan_profiles import make_profile
from tests.models.plan.test_generator import VARIED

HIGH_MAX = 5  # what an office can push at once (the triage rule)
PHASE_ORDER = list(Phase)
SAMPLES = [
    parse_profile(json.loads(path.read_text(encoding="utf-8")))
    for path in sorted(resource_path("samples").glob("*.json"))
]


def check_triage(actions: list[Action], name: str) -> None:
    highs = [a.id for a in actions if a.priority is Priority.HIGH]
    assert len(highs) <= HIGH_MAX, f"{name}: {len(highs)} high-priority actions {highs}"
    position = {a.id: n for n, a in enumerate(actions)}
    by_id = {a.id: a for a in actions}
    for action in actions:
        for before in action.depends_on:
            assert before in position, f"{name}: {action.id} depends on {before}, which is not in the plan"
            assert position[before] < position[action.id], f"{name}: {before} must come before {action.id}"
            earlier = PHASE_ORDER.index(by_id[before].phase) <= PHASE_ORDER.index(action.phase)
            assert earlier, f"{name}: {action.id} is due before {before}, which it needs"


def test_every_sample_varied_and_judged_zone_gets_at_most_five_high_priorities_in_working_order(
    analyzer: Analyzer,
) -> None:
    for profile in [*SAMPLES, *VARIED, *(j.profile for j in JUDGED)]:
        check_triage(analyzer.analyse(profile).actions, profile.name)


@st.composite
def zones(draw: st.DrawFn) -> Profile:
    """Any zone the format allows, with conditions that may be unknown, stated problems and targets."""
    from desktop.models.profile import Target

    problems = ["single_anchor", "low_local_supply", "talent_outflow", "weak_conversion", "sme_financing"]
    problems += ["scattered_industries", "land_constraints", "weak_services"]
    indicators = ["cluster_revenue", "above_scale_firms", "hitech_firms", "local_supply_rate", "rd_intensity"]
    chosen = draw(st.lists(st.sampled_from(indicators), unique=True, max_size=4))
    return Profile(
        name="生成的开发区",
        stage=draw(st.sampled_from(list(Stage))),
        industries=tuple(draw(st.lists(st.sampled_from(list(Industry)), min_size=1, max_size=5, unique=True))),
        endowments={e: draw(st.integers(0, 5)) for e in Endowment},
        conditions={c: draw(st.sampled_from([True, False, None])) for c in Condition},
        figures={Figure.ENTERPRISES: float(draw(st.integers(0, 5000)))} if draw(st.booleans()) else {},
        level=draw(st.none() | st.sampled_from(list(Level))),
        kind=draw(st.none() | st.sampled_from(list(Kind))),
        problems=tuple(draw(st.lists(st.sampled_from(problems), unique=True, max_size=3))),
        targets=tuple(Target(i, 100.0, 2028, draw(st.none() | st.just(50.0)), 2025) for i in chosen),
    )


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(zones())
def test_any_zone_gets_at_most_five_high_priorities_in_working_order(analyzer: Analyzer, zone: Profile) -> None:
    check_triage(analyzer.analyse(zone).actions, zone.name)


def test_the_first_year_is_not_the_whole_plan(analyzer: Analyzer) -> None:
    """Not 11 of 14 actions due within a year: the first year holds what is urgent, the rest is staged (¶25)."""
    for profile in [*SAMPLES, *VARIED]:
        actions = analyzer.analyse(profile).actions
        near = [a for a in actions if a.phase is Phase.NEAR]
        assert len(near) <= max(6, sum(a.priority is Priority.HIGH for a in near)), profile.name


def test_a_survey_comes_before_targets_and_a_body_before_its_operation(analyzer: Analyzer) -> None:
    profile = make_profile("mature", conditions=("colocated_only",), figures={"enterprises": 900})
    actions = analyzer.analyse(profile).actions
    by_id = {a.id: a for a in actions}
    order = [a.id for a in actions]
    assert "rec.1.3/baseline-platform" in by_id["rec.1.3/staged-goals"].depends_on
    assert order.index("rec.1.3/baseline-platform") < order.index("rec.1.3/staged-goals")
    assert "rec.3.1/cluster-body" in by_id["rec.3.2/market-operation"].depends_on
    assert order.index("rec.3.1/cluster-body") < order.index("rec.3.2/market-operation")


def test_a_venture_fund_comes_after_the_pipeline_of_what_it_would_invest_in(analyzer: Analyzer) -> None:
    profile = make_profile("growth", ratings=(1, 4, 5, 4, 1, 2, 3, 2), conditions=(), figures={"enterprises": 900})
    actions = analyzer.analyse(profile).actions
    order = [a.id for a in actions]
    fund = next(a for a in actions if a.id == "rec.2.1/venture-fund")
    assert "rec.2.1/project-pipeline" in fund.depends_on
    assert order.index("rec.2.1/project-pipeline") < order.index("rec.2.1/venture-fund")


def test_what_a_zone_already_has_is_no_prerequisite(analyzer: Analyzer) -> None:
    """A zone that has its data platform needs no survey before its targets."""
    profile = make_profile(conditions=("information_platform",))
    staged = next(a for a in analyzer.analyse(profile).actions if a.id == "rec.1.3/staged-goals")
    assert staged.depends_on == ()
