"""The shipped rules are sound, and a broken copy is refused with a message naming file, entry and problem."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desktop.models.errors import KnowledgeError
from desktop.models.knowledge.types import ItemKind, KnowledgeBase
from desktop.models.matching.rules import TOTAL_TENTHS, load_rules, rules_root
from desktop.models.plan.templates import load_action_templates
from desktop.models.rules_check import check_rules, summarize_rules
from desktop.models.text import Text


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    """A copy of the shipped resources' rules under ``tmp_path/resources/rules``; returns the resources folder."""
    shutil.copytree(rules_root(), tmp_path / "resources" / "rules")
    return tmp_path / "resources"


def edit(resources: Path, file: str, old: str, new: str) -> None:
    path = resources / "rules" / file
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} is no longer in {file}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def one_problem(kb: KnowledgeBase, resources: Path) -> Text:
    problems = check_rules(kb, resources)
    assert len(problems) == 1, [p.en for p in problems]
    return problems[0]


def test_the_shipped_rules_have_no_problem(kb: KnowledgeBase) -> None:
    assert check_rules(kb) == []
    assert "24" in summarize_rules(kb).en


def test_every_scored_item_has_rules_whose_points_add_up_to_100(kb: KnowledgeBase) -> None:
    rules = load_rules(kb)
    scored = {i.id for i in kb.items.values() if i.kind is not ItemKind.RECOMMENDATION}
    assert {item.id for item in rules.items} == scored
    assert len(scored) == 24
    for item in rules.items:
        assert sum(c.points for c in item.criteria) == TOTAL_TENTHS, item.id


def test_every_measure_has_an_action_template_with_valid_units(kb: KnowledgeBase) -> None:
    templates = load_action_templates(kb)
    measures = {i.id for i in kb.of_kind(ItemKind.MEASURE)}
    assert {t.measure for t in templates.templates if t.measure} == measures  # practice and case lessons have none
    for template in templates.templates:
        assert template.lead in kb.departments
        assert template.partners and all(p in kb.departments for p in template.partners)
        assert all(kb.items[ref].kind in (ItemKind.CASE, ItemKind.PRACTICE) for ref in template.draws_on)


def test_a_misspelt_endowment_names_file_item_criterion_and_value(kb: KnowledgeBase, copy: Path) -> None:
    edit(copy, "cases.toml", 'endowment = "research_base"', 'endowment = "reserch_base"')
    problem = one_problem(kb, copy)
    for words in (problem.en, problem.zh):
        assert "rules/cases.toml" in words and "case.california-it" in words and "reserch_base" in words
    assert "criterion 3" in problem.en


def test_points_that_do_not_add_up_to_100_are_refused(kb: KnowledgeBase, copy: Path) -> None:
    edit(copy, "measures.toml", "points = 60\n", "points = 59\n")
    problem = one_problem(kb, copy)
    assert "rules/measures.toml" in problem.en and "rec.1.2" in problem.en and "99" in problem.en


def test_an_item_without_rules_is_reported(kb: KnowledgeBase, copy: Path) -> None:
    edit(copy, "traits.toml", 'id = "trait.iur-innovation"', 'id = "trait.nonexistent"')
    problems = [p.en for p in check_rules(kb, copy)]
    assert any("trait.nonexistent" in p and "no such item" in p for p in problems)
    assert any("trait.iur-innovation has no rules" in p for p in problems)


def test_an_unknown_criterion_kind_or_key_is_reported(kb: KnowledgeBase, copy: Path) -> None:
    edit(copy, "practices.toml", 'kind = "industry_count_at_least"', 'kind = "industry_count_at_lest"')
    edit(copy, "traits.toml", "threshold = 3\npoints = 15", "threshold = 3\npoint = 15\npoints = 15")
    problems = [p.en for p in check_rules(kb, copy)]
    assert any("practice.policy-system" in p and "industry_count_at_lest" in p for p in problems)
    assert any("trait.regional-advantage" in p and "unknown field “point”" in p for p in problems)


def test_an_unknown_placeholder_in_a_reason_is_reported(kb: KnowledgeBase, copy: Path) -> None:
    edit(copy, "cases.toml", 'reason = { zh = "{fact}", en = "{fact}" }', 'reason = { zh = "{fakt}", en = "{fact}" }')
    problem = one_problem(kb, copy)
    assert "case.california-it" in problem.en and "{fakt}" in problem.en


def test_counting_an_endowment_both_for_and_against_an_item_is_refused(kb: KnowledgeBase, copy: Path) -> None:
    # rec.1.4 counts weak talent in its favour; also counting strong talent would break monotonicity.
    edit(
        copy,
        "measures.toml",
        'kind = "endowment_at_most"\nendowment = "leading_firms"',
        'kind = "endowment_at_least"\nendowment = "talent"',
    )
    problem = one_problem(kb, copy)
    assert "rec.1.4" in problem.en and "talent" in problem.en and "for and against" in problem.en


def test_a_case_without_similarity_is_refused(kb: KnowledgeBase, copy: Path) -> None:
    path = copy / "rules" / "cases.toml"
    text = path.read_text(encoding="utf-8")
    start = text.index('kind = "similarity"')
    end = text.index("[[item.criterion]]", start)
    block = text[start:end].replace("{shortfalls}", "{fact}")
    block = block.replace('kind = "similarity"', 'kind = "stage_in"\nstages = ["growth"]')
    path.write_text(text[:start] + block + text[end:], encoding="utf-8")
    problems = [p.en for p in check_rules(kb, copy)]
    assert any("case.california-it" in p and "similarity" in p for p in problems)


def test_broken_toml_names_the_file(kb: KnowledgeBase, copy: Path) -> None:
    edit(
        copy, "traits.toml", '\n[[item]]\nid = "trait.regional-advantage"', '\n[[item]\nid = "trait.regional-advantage"'
    )
    problems = check_rules(kb, copy)
    assert any("rules/traits.toml" in p.en and "not valid TOML" in p.en for p in problems)
    with pytest.raises(KnowledgeError) as raised:
        load_rules(kb, copy / "rules")
    assert "rules/traits.toml" in raised.value.message.zh


def test_an_action_with_an_unknown_unit_or_source_is_refused(kb: KnowledgeBase, copy: Path) -> None:
    edit(copy, "actions.toml", 'lead = "committee.finance"', 'lead = "committee.treasury"')
    edit(copy, "actions.toml", 'draws_on = ["case.silicon-valley"]', 'draws_on = ["case.silicon-vally"]')
    problems = [p.en for p in check_rules(kb, copy)]
    assert any("rules/actions.toml" in p and "committee.treasury" in p for p in problems)
    assert any("rec.1.4/exemplary-firms" in p and "case.silicon-vally" in p for p in problems)


def test_a_kpi_without_a_target_and_a_measure_without_actions_are_refused(kb: KnowledgeBase, copy: Path) -> None:
    edit(copy, "actions.toml", 'measure = "rec.3.2"', 'measure = "rec.3.9"')
    edit(copy, "actions.toml", "不少于 {target} 家初创", "不少于若干家初创")
    problems = [p.en for p in check_rules(kb, copy)]
    assert any("rec.3.9/market-operation" in p and "rec.3.9" in p for p in problems)
    assert any("measure rec.3.2 has no action template" in p for p in problems)
    assert any("rec.2.1/startup-finance" in p and "{target}" in p for p in problems)


def test_a_kpi_with_a_written_out_time_frame_is_refused(kb: KnowledgeBase, copy: Path) -> None:
    # "三年内" written into the text would contradict the phase wherever the action comes in the first year.
    edit(copy, "actions.toml", "{horizon}引进大学分校", "三年内引进大学分校")
    edit(
        copy,
        "actions.toml",
        "of at least CNY {target} hundred million set up {horizon}",
        "of CNY {target} hundred million",
    )
    problems = [p.en for p in check_rules(kb, copy)]
    assert any("rec.2.2/branch-campus" in p and "{horizon}" in p for p in problems)
    assert any("rec.2.1/venture-fund" in p and "{horizon}" in p for p in problems)
