"""The zone's stated problems raise the items that address them; what the article does not cover is said, not cited."""

from __future__ import annotations

from dataclasses import replace

import pytest

from desktop.models.analysis import Analyzer
from desktop.models.matching.context import default_context
from desktop.models.vocabulary import Industry
from tests.helpers.builders import endowments, zone

BASE = zone("问题区", "growth", ["equipment"], endowments(2, 3, 3, 3, 3, 3, 3, 3), [], level="municipal")


@pytest.mark.parametrize(
    ("problem", "raised"),
    [
        ("sme_financing", {"rec.2.1", "practice.fiscal-financial"}),  # ¶18–¶19, ¶28
        ("weak_conversion", {"rec.2.3", "trait.iur-innovation"}),  # ¶6, ¶29
        ("scattered_industries", {"rec.1.1", "practice.policy-system", "practice.info-platform"}),  # ¶13, ¶22–¶25
        ("weak_services", {"rec.1.5", "trait.tripartite-governance", "case.illinois-associations"}),  # ¶9, ¶11, ¶26
        ("talent_outflow", {"rec.1.4"}),  # ¶26
        ("low_local_supply", {"rec.3.3"}),  # ¶31
    ],
)
def test_a_stated_problem_raises_the_items_that_address_it_and_names_it(
    analyzer: Analyzer, problem: str, raised: set[str]
) -> None:
    before = {m.id: m for m in analyzer.matcher.match(BASE).matches}
    after = {m.id: m for m in analyzer.matcher.match(replace(BASE, problems=(problem,))).matches}
    name = default_context().problem_label(problem)
    for item_id in raised:
        assert after[item_id].score > before[item_id].score, item_id
        assert any(name.zh in r.text.zh and name.en in r.text.en for r in after[item_id].reasons), item_id
    for item_id, match in after.items():
        if item_id not in raised and not any(r.field == "problems" for r in match.reasons):
            assert match.score == before[item_id].score, item_id


def test_a_chemical_park_is_told_the_article_does_not_cover_safety(analyzer: Analyzer) -> None:
    chemical = replace(BASE, industries=(Industry.PETROCHEM,))
    notes = analyzer.matcher.match(chemical).outside_article
    assert {n.id for n in notes} == {"safety-environment", "green-low-carbon"}
    for note in notes:
        assert "¶" not in note.note.zh and "¶" not in note.note.en  # said, never cited
        assert "原文" in note.note.zh and "article" in note.note.en
    assert analyzer.matcher.match(BASE).outside_article == ()


@pytest.mark.parametrize(
    ("problem", "limit"), [("digital_lag", "digital"), ("safety_environment", "safety-environment")]
)
def test_a_problem_outside_the_article_is_labelled_as_such(analyzer: Analyzer, problem: str, limit: str) -> None:
    notes = analyzer.matcher.match(replace(BASE, problems=(problem,))).outside_article
    assert [n.id for n in notes] == [limit]
    # No item gains points from a problem the article does not address.
    before = {m.id: m.score for m in analyzer.matcher.match(BASE).matches}
    after = {m.id: m.score for m in analyzer.matcher.match(replace(BASE, problems=(problem,))).matches}
    assert before == after


def test_every_problem_outside_the_article_has_a_note() -> None:
    context = default_context()
    outside = {p.id for p in context.problems.values() if p.outside_article}
    assert outside and outside <= {pid for limit in context.limits for pid in limit.problems}
