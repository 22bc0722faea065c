"""Proposed actions on the shipped rules: complete "1+N" actions, phases by stage, targets from the zone's figures."""

from __future__ import annotations

import itertools
import re

import pytest

from desktop.models.analysis import Analyzer
from desktop.models.knowledge.types import ItemKind, KnowledgeBase
from desktop.models.plan.templates import load_action_templates
from desktop.models.plan.types import Phase, Priority
from desktop.models.profile import Profile
from desktop.models.vocabulary import Condition, Stage
from tests.helpers.plan_profiles import make_profile

WEAK = (1, 2, 1, 1, 1, 1, 1, 1)
MIXED = (3, 4, 3, 3, 2, 3, 3, 2)
STRONG = (5, 5, 5, 5, 5, 5, 5, 5)
CONDITION_SETS = (
    (),
    ("cheap_land_reliance", "colocated_only", "talent_barriers", "excess_competition"),
    tuple(c.value for c in Condition),
)
VARIED = [
    make_profile(stage.value, ("equipment", "petrochem", "ict"), ratings, conditions, figures, name=f"区{n}")
    for n, (stage, ratings, conditions, figures) in enumerate(
        itertools.product(Stage, (WEAK, MIXED, STRONG), CONDITION_SETS, ({}, {"enterprises": 800, "employees": 5e4}))
    )
]


def test_every_proposed_action_is_a_complete_one_plus_n_action(analyzer: Analyzer, kb: KnowledgeBase) -> None:
    templates = load_action_templates(kb)
    role = {t.action_id: t.role for t in templates.templates}
    highest = max(p for item in kb.items.values() for p in item.paragraphs)
    seen = 0
    for profile in VARIED:
        actions = analyzer.analyse(profile).actions
        assert len({a.id for a in actions}) == len(actions)
        for action in actions:
            seen += 1
            assert kb.items[action.basis].kind in (ItemKind.MEASURE, ItemKind.PRACTICE, ItemKind.CASE)
            assert not action.recommendation or kb.items[action.recommendation].kind is ItemKind.MEASURE
            assert action.lead in kb.departments
            assert action.partners and all(p in kb.departments for p in action.partners)
            assert action.lead not in action.partners
            for text in (action.title, action.description, action.kpi, action.why):
                assert text.zh.strip() and text.en.strip()
            assert re.search(r"\d|待填", action.kpi.zh) and re.search(r"\d|to be filled", action.kpi.en), "a target"
            assert action.paragraphs and all(1 <= p <= highest for p in action.paragraphs)
            assert all(kb.items[ref].kind in (ItemKind.CASE, ItemKind.PRACTICE) for ref in action.draws_on)
            # Never earlier than the stage puts it (triage may move it on, after what it depends on).
            earliest = templates.phases[role[action.id]][profile.stage]
            assert list(Phase).index(action.phase) >= list(Phase).index(earliest)
            assert "分" in action.why.zh and "scores" in action.why.en
    assert seen > 100


def test_plan_by_life_cycle_is_proposed_for_every_zone(analyzer: Analyzer) -> None:
    for profile in VARIED:
        assert "rec.1.3/staged-goals" in {a.id for a in analyzer.analyse(profile).actions}, profile.name


def test_actions_come_most_urgent_first(analyzer: Analyzer) -> None:
    """Most urgent first, except that what an action depends on comes right before it."""
    rank = {Priority.HIGH: 0, Priority.MEDIUM: 1, Priority.LOW: 2}
    phase_rank = {Phase.NEAR: 0, Phase.MID: 1, Phase.LONG: 2}
    for profile in VARIED:
        actions = analyzer.analyse(profile).actions
        needed = {d for a in actions for d in a.depends_on}
        keys = [(rank[a.priority], phase_rank[a.phase]) for a in actions if a.id not in needed]
        assert keys == sorted(keys), profile.name


@pytest.mark.parametrize(
    ("stage", "phase"),
    [("nascent", Phase.LONG), ("growth", Phase.MID), ("mature", Phase.NEAR), ("transforming", Phase.NEAR)],
)
def test_a_cluster_body_is_timed_by_the_cluster_stage(analyzer: Analyzer, stage: str, phase: Phase) -> None:
    """¶25: staged goals by life cycle. A cluster body needs members: long-term when nascent, now when mature."""
    profile = make_profile(stage, conditions=("colocated_only",), ratings=MIXED, figures={"enterprises": 900})
    action = next(a for a in analyzer.analyse(profile).actions if a.id == "rec.3.1/cluster-body")
    assert action.phase is phase


def test_existing_levers_are_not_proposed_again(analyzer: Analyzer) -> None:
    without = {a.id for a in analyzer.analyse(make_profile(ratings=WEAK, conditions=())).actions}
    assert {"rec.2.1/industry-fund", "rec.2.3/iur-alliance", "rec.3.1/cluster-body"} <= without
    assert {"rec.1.3/baseline-platform", "rec.1.3/one-plus-n"} <= without
    everything = tuple(c.value for c in Condition)
    with_all = {a.id for a in analyzer.analyse(make_profile(ratings=WEAK, conditions=everything)).actions}
    assert not {"rec.2.1/industry-fund", "rec.2.3/iur-alliance", "rec.3.1/cluster-body"} & with_all
    assert not {"rec.1.3/baseline-platform", "rec.1.3/one-plus-n"} & with_all


def fund(analyzer: Analyzer, profile: Profile) -> tuple[str, str, str]:
    action = next(a for a in analyzer.analyse(profile).actions if a.id == "rec.2.1/venture-fund")
    return action.kpi.zh, action.kpi.en, action.why.zh


def test_fund_size_is_derived_from_output_when_known(analyzer: Analyzer) -> None:
    zh, en, why = fund(analyzer, make_profile(figures={"output_100m_cny": 400}))
    assert "不低于 1 亿元" in zh and "at least CNY 1 hundred million" in en
    assert "年产值 400亿元的 0.3% 推算" in why


def test_a_fund_is_never_blown_up_from_output_alone(analyzer: Analyzer) -> None:
    """A large output does not make a large venture fund (¶28: a little public money); the cap is said, not hidden."""
    zh, en, why = fund(analyzer, make_profile(figures={"output_100m_cny": 1800}))
    assert "不低于 2 亿元" in zh and "at least CNY 2 hundred million" in en
    assert "年产值 1800亿元的 0.3% 推算，以 2 为上限" in why


def test_fund_size_is_left_to_fill_in_when_output_is_unknown(analyzer: Analyzer) -> None:
    """No silent default: a target that needs a figure the zone has not given is 待填, and the reason says why."""
    zh, en, why = fund(analyzer, make_profile(figures={}))
    assert "不低于 待填 亿元" in zh and "to be filled in" in en
    assert "年产值未填写，目标值待填" in why


def test_targets_stay_within_their_bounds(analyzer: Analyzer) -> None:
    ratings = (1, 2, 1, 1, 1, 1, 3, 1)  # SMEs to invest in: a venture fund, not an industrial one
    huge = make_profile(ratings=ratings, conditions=(), figures={"enterprises": 1_000_000, "output_100m_cny": 1})
    actions = {a.id: a for a in analyzer.analyse(huge).actions}
    assert "不少于 10 家" in actions["rec.1.4/exemplary-firms"].kpi.zh  # 0.5% of firms, at most 10
    assert "不低于 1 亿元" in actions["rec.2.1/venture-fund"].kpi.zh  # 0.3% of output, at least 1
