"""Judged zones, triage and feasibility: what an office can push this year, in what order, and who can lead it.

Each test reads one expectation of ``judged_profiles.py`` and runs only for the zones that state it; a failure
message repeats the analyst's reasoning and shows the plan as (ID, basis, priority, phase).
"""

from __future__ import annotations

import pytest

from desktop.models.analysis import Analyzer
from desktop.models.plan.types import Phase
from tests.helpers.judged_profiles import JUDGED, Judged, is_high, judged_with, listing, selects


@pytest.mark.parametrize("judged", judged_with("must_not_high"))
def test_what_must_not_be_high_priority_is_not(analyzer: Analyzer, judged: Judged) -> None:
    actions = analyzer.analyse(judged.profile).actions
    for selector in judged.must_not_high:
        wrong = [a.id for a in actions if selects(a, selector) and is_high(a)]
        assert not wrong, f"{selector} is high: {wrong}\n{judged.expectation}\nplan: {listing(actions)}"


@pytest.mark.parametrize("judged", judged_with("not_near"))
def test_what_cannot_be_done_within_a_year_is_not_due_within_a_year(analyzer: Analyzer, judged: Judged) -> None:
    actions = analyzer.analyse(judged.profile).actions
    for selector in judged.not_near:
        wrong = [a.id for a in actions if selects(a, selector) and a.phase is Phase.NEAR]
        assert not wrong, f"{selector} due within a year: {wrong}\n{judged.expectation}\nplan: {listing(actions)}"


@pytest.mark.parametrize("judged", [pytest.param(j, id=j.profile.name) for j in JUDGED])
def test_no_more_high_priority_actions_than_an_office_can_push(analyzer: Analyzer, judged: Judged) -> None:
    actions = analyzer.analyse(judged.profile).actions
    high = [a.id for a in actions if is_high(a)]
    assert len(high) <= judged.max_high, f"{len(high)} high: {high}\n{judged.expectation}\nplan: {listing(actions)}"


@pytest.mark.parametrize("judged", judged_with("before"))
def test_groundwork_comes_before_what_depends_on_it(analyzer: Analyzer, judged: Judged) -> None:
    actions = analyzer.analyse(judged.profile).actions
    position = {a.id: i for i, a in enumerate(actions)}
    phase_rank = {phase: i for i, phase in enumerate(Phase)}
    by_id = {a.id: a for a in actions}
    for first, then in judged.before:
        message = f"{first} before {then}\n{judged.expectation}\nplan: {listing(actions)}"
        assert first in position and then in position, message
        assert position[first] < position[then], message
        assert phase_rank[by_id[first].phase] <= phase_rank[by_id[then].phase], message


@pytest.mark.parametrize("judged", judged_with("absent_leads"))
def test_no_action_is_led_by_a_unit_the_zone_does_not_have(analyzer: Analyzer, judged: Judged) -> None:
    actions = analyzer.analyse(judged.profile).actions
    wrong = [(a.id, a.lead) for a in actions if a.lead in judged.absent_leads]
    assert not wrong, f"led by a unit this zone has not: {wrong}\n{judged.expectation}"
