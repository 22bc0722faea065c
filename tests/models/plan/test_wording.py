"""Titles and KPIs an official can circulate as written, and KPIs that can be checked."""

from __future__ import annotations

import itertools
import json
import re
from pathlib import Path

import pytest

from desktop.models.analysis import Analyzer
from desktop.models.analysis_report import match_report
from desktop.models.knowledge.types import KnowledgeBase
from desktop.models.plan.generator import may_propose, wording
from desktop.models.plan.plan import ActionPlan
from desktop.models.plan.templates import load_action_templates
from desktop.models.profile import Target
from desktop.models.vocabulary import Condition
from tests.helpers.plan_profiles import make_profile
from tests.models.plan.test_generator import VARIED
from tests.models.plan.test_triage import SAMPLES

# What a title would assert about the zone, by condition (an analyst's reading, written out here): a title with
# these words says the condition holds, so it must not appear where the profile says it does not.
ASSERTS = {
    Condition.TALENT_BARRIERS: ("破除户籍", "户籍等人才流动壁垒"),
    Condition.CHEAP_LAND_RELIANCE: ("替代低价供地", "低价供地招商", "停止"),
    Condition.EXCESS_COMPETITION: ("同质化竞争",),
    Condition.COLOCATED_ONLY: ("仅空间集聚",),
}
CHECKING = ("核查", "梳理")
# IDs, paragraph signs and points belong in the reason and the annexes, never in what is circulated.
INTERNAL = re.compile(r"\b(?:rec|practice|case|trait)\.[a-z0-9.-]+|¶|\d+(?:\.\d+)?\s*分(?![钟类工])|\bpoints?\b")


def test_no_title_asserts_what_the_profile_denies_or_does_not_know(kb: KnowledgeBase) -> None:
    """Walk every template × every condition true, false and unknown."""
    templates = load_action_templates(kb)
    base = make_profile(conditions=())
    walked = 0
    for template, condition, value in itertools.product(templates.templates, Condition, (True, False, None)):
        profile = base.with_changes(conditions={**base.conditions, condition: value})
        if not may_propose(template, profile):
            continue
        title, _ = wording(template, profile)
        walked += 1
        if value is False:
            for phrase in ASSERTS.get(condition, ()):
                assert phrase not in title.zh, f"{template.action_id}: “{title.zh}” though {condition} is false"
        checked = {c.field for c in template.when} | {f"conditions.{v.condition}" for v in template.variants}
        if value is None and f"conditions.{condition}" in checked:
            assert any(word in title.zh for word in CHECKING), f"{template.action_id}: “{title.zh}” ({condition} ?)"
            assert "check" in title.en.lower() or "review" in title.en.lower(), title.en
    assert walked > 400


def test_household_registration_barriers_are_removed_only_where_they_exist(analyzer: Analyzer) -> None:
    def title(value: bool | None) -> str:
        base = make_profile(ratings=(1, 2, 2, 1, 2, 1, 2, 2), conditions=())
        profile = base.with_changes(conditions={**base.conditions, Condition.TALENT_BARRIERS: value})
        return next(a.title.zh for a in analyzer.analyse(profile).actions if a.id == "rec.1.4/talent-mobility")

    assert "破除户籍" in title(True)
    assert "户籍" not in title(False)
    assert "核查" in title(None)


def all_actions(analyzer: Analyzer):  # type: ignore[no-untyped-def]
    for profile in [*SAMPLES, *VARIED]:
        yield from analyzer.analyse(profile).actions


def test_titles_and_kpis_carry_no_ids_paragraph_signs_or_points(analyzer: Analyzer) -> None:
    for action in all_actions(analyzer):
        for text in (action.title.zh, action.title.en, action.kpi.zh, action.kpi.en):
            assert not INTERNAL.search(text), f"{action.id}: {text}"


def test_wording_passes_an_official_reading(analyzer: Analyzer, kb: KnowledgeBase) -> None:
    """No admission of an illegal land practice, 职业技能培训 rather than 劳动教育, procurement on fair terms."""
    for template in load_action_templates(kb).templates:
        texts = (template.title.zh, template.description.zh, template.kpi.zh)
        assert not any("劳动教育" in t for t in texts), template.action_id
        assert not any("低于成本" in t or "停止以" in t for t in texts), template.action_id
        if "政府采购" in template.description.zh:
            assert "公平竞争" in template.description.zh and "依法" in template.description.zh
    titles = {a.id: a.title.zh for a in all_actions(analyzer)}
    assert "严格执行工业用地出让最低价标准" in titles["rec.1.2/land-criteria"]
    assert "职业技能培训" in titles["rec.1.5/skills-training"]


def test_the_zone_s_targets_become_checkable_kpis(analyzer: Analyzer) -> None:
    targets = (
        Target("cluster_revenue", 800.0, 2028, 560.0, 2025),
        Target("local_supply_rate", 60.0, 2028),  # base not given
        Target("above_scale_firms", 120.0, 2029, 80.0, 2025),
    )
    profile = make_profile("growth", ("automotive",), (2, 4, 3, 3, 3, 4, 4, 3)).with_changes(targets=targets)
    actions = analyzer.analyse(profile).actions
    measured = {a.indicator.indicator_id: a for a in actions if a.indicator and a.indicator.indicator_id}
    kpis = "；".join(a.kpi.zh for a in actions)
    for target in targets:  # every target the zone gave is a KPI, with its own figures and years
        assert f"到{target.target_year}年" in kpis
        assert f"达到{target.target:g}" in kpis
    revenue = measured["cluster_revenue"].indicator
    assert revenue is not None
    assert (revenue.base, revenue.base_year, revenue.target, revenue.target_year) == (560.0, 2025, 800.0, 2028)
    assert "2025年为560亿元" in measured["cluster_revenue"].kpi.zh
    supply = measured["local_supply_rate"]
    assert supply.indicator is not None and supply.indicator.base is None
    assert "待填" in supply.kpi.zh and "to be filled in" in supply.kpi.en  # never a silent default


def test_an_effort_target_that_needs_an_unknown_figure_is_left_to_fill_in(analyzer: Analyzer) -> None:
    actions = {a.id: a for a in analyzer.analyse(make_profile(figures={})).actions}
    database = actions["rec.1.3/baseline-platform"]
    assert database.indicator is not None and database.indicator.target is None
    assert "待填" in database.kpi.zh and "企业数未填写" in database.why.zh
    known = {a.id: a for a in analyzer.analyse(make_profile(figures={"enterprises": 500})).actions}
    assert known["rec.1.3/baseline-platform"].indicator.target == 400  # type: ignore[union-attr]


def test_every_action_has_an_indicator_with_a_unit(analyzer: Analyzer) -> None:
    for action in all_actions(analyzer):
        assert action.indicator is not None, action.id
        assert action.indicator.name.zh and action.indicator.unit.zh, action.id


def test_match_json_carries_basis_dependencies_and_indicator(analyzer: Analyzer, kb: KnowledgeBase) -> None:
    profile = make_profile().with_changes(targets=(Target("hitech_firms", 300.0, 2028),))
    report = match_report(analyzer.analyse(profile), "zh", kb)
    actions = report["actions"]
    assert isinstance(actions, list)
    for action in actions:
        assert action["basis"] in kb.items
        assert action["recommendation"] is None or str(action["recommendation"]).startswith("rec.")
        assert isinstance(action["depends_on"], list)
        assert set(action["indicator"]) == {"name", "unit", "base", "base_year", "target", "target_year"}
    one_plus_n = next(a for a in actions if a["id"] == "rec.1.3/one-plus-n")
    assert (one_plus_n["basis"], one_plus_n["recommendation"]) == ("practice.one-plus-n", None)
    hitech = next(a for a in actions if a["indicator"]["name"] == "高新技术企业数")
    assert (hitech["indicator"]["base"], hitech["indicator"]["target"], hitech["indicator"]["target_year"]) == (
        None,
        300.0,
        2028,
    )


def test_a_plan_saved_by_the_previous_version_still_loads_and_regenerates(analyzer: Analyzer) -> None:
    """Written by the code before basis, depends_on and indicator existed (the hitech sample, with edits)."""
    data = json.loads((Path(__file__).parent / "data" / "plan-saved-before-basis.json").read_text(encoding="utf-8"))
    plan = ActionPlan.from_data(data)
    edited = plan.get("rec.1.3/one-plus-n")
    assert edited.title.zh == "建立生物医药集群“1+N”工作专班" and edited.owner == "王主任"
    assert edited.basis == "rec.1.3" and edited.indicator is None  # as it was saved
    assert plan.get("user.1").user_added
    hubei = next(p for p in SAMPLES if p.kind is not None and p.kind.value == "hitech")
    plan.regenerate(analyzer.analyse(hubei).actions)
    kept = plan.get("rec.1.3/one-plus-n")
    assert kept.title.zh == "建立生物医药集群“1+N”工作专班" and kept.owner == "王主任"  # the user's work stays
    assert kept.basis == "practice.one-plus-n" and kept.indicator is not None  # the fresh proposal's fields
    assert ActionPlan.from_data(json.loads(json.dumps(plan.to_data()))) == plan


@pytest.mark.parametrize(
    ("action_id", "not_cited"),
    [
        ("rec.1.5/skills-training", "case.boston-biotech"),  # MIT's incubator trains scientists, not a workforce
        ("rec.1.2/land-criteria", "case.houston-petrochem"),  # land prices are ¶25 alone
        ("rec.3.1/cluster-body", "case.michigan-hybrid"),  # Michigan had no cluster body
        ("rec.1.4/exemplary-firms", "case.michigan-hybrid"),
    ],
)
def test_actions_cite_only_cases_that_say_what_they_are_cited_for(
    kb: KnowledgeBase, action_id: str, not_cited: str
) -> None:
    template = next(t for t in load_action_templates(kb).templates if t.action_id == action_id)
    assert not_cited not in template.draws_on
    assert not set(kb.items[not_cited].paragraphs) & set(template.paragraphs)


def test_practice_derived_actions_have_the_practice_as_basis_and_no_recommendation(kb: KnowledgeBase) -> None:
    templates = {t.action_id: t for t in load_action_templates(kb).templates}
    for action_id, practice in (
        ("rec.1.3/one-plus-n", "practice.one-plus-n"),
        ("rec.1.3/baseline-platform", "practice.info-platform"),
    ):
        assert (templates[action_id].basis, templates[action_id].measure) == (practice, None)
        assert set(templates[action_id].paragraphs) <= set(kb.items[practice].paragraphs)
