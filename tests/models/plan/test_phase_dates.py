"""Phase and dates agree: the vocabulary's spans decide, measured in months after the plan starts."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from desktop.models.analysis import Analyzer
from desktop.models.plan.phase_dates import follow_dates, months_after, phase_mismatch, plan_start
from desktop.models.plan.plan import ActionPlan
from desktop.models.plan.types import Action, Phase
from desktop.models.vocabulary.plan import PHASE_MONTHS
from tests.helpers.plan_profiles import make_profile

START = date(2026, 1, 1)
PROFILE = make_profile(ratings=(1, 4, 5, 4, 1, 2, 3, 2), conditions=("colocated_only", "talent_barriers"))


@pytest.fixture
def near(analyzer: Analyzer) -> Action:
    action = ActionPlan(analyzer.analyse(PROFILE).actions).actions[0]
    return replace(action, phase=Phase.NEAR, edited=frozenset())


def test_months_are_counted_by_the_month_a_day_falls_in() -> None:
    assert months_after(START, date(2026, 12, 31)) == 12
    assert months_after(START, date(2027, 1, 1)) == 12
    assert months_after(START, date(2027, 1, 2)) == 13
    assert months_after(START, date(2025, 6, 1)) == 0


def test_a_near_term_action_ending_two_years_out_is_flagged_with_its_reason(near: Action) -> None:
    dated = replace(near, start=date(2026, 3, 1), end=date(2027, 12, 31))
    problem = phase_mismatch(dated, START)
    assert problem is not None and problem.expected is Phase.MID and problem.months == 24
    assert "结束日期 2027-12-31" in problem.reason.zh and "近期（1年内）" in problem.reason.zh
    assert "中期（1–3年）" in problem.reason.zh and "beyond the 12 months" in problem.reason.en
    assert phase_mismatch(replace(near, end=date(2026, 11, 30)), START) is None
    assert phase_mismatch(near, START) is None  # no dates: nothing to judge


def test_the_rule_is_the_vocabulary(near: Action, monkeypatch: pytest.MonkeyPatch) -> None:
    dated = replace(near, end=date(2027, 6, 30))  # month 18
    assert phase_mismatch(dated, START) is not None
    monkeypatch.setitem(PHASE_MONTHS, Phase.NEAR, (0, 18))
    assert phase_mismatch(dated, START) is None


def test_setting_the_end_date_moves_a_proposed_phase_but_not_one_the_user_chose(near: Action) -> None:
    assert follow_dates(near, {"end": date(2027, 12, 31)}, START) == {"end": date(2027, 12, 31), "phase": "mid"}
    chosen = replace(near, edited=frozenset({"phase"}))  # the user picked 近期 with no dates to go by
    assert follow_dates(chosen, {"end": date(2027, 12, 31)}, START) == {"end": date(2027, 12, 31)}
    # A phase that followed the dates before follows them again.
    followed = replace(near, phase=Phase.MID, end=date(2027, 12, 31), edited=frozenset({"phase"}))
    assert follow_dates(followed, {"end": date(2030, 6, 30)}, START)["phase"] == "long"
    # A start date alone moves it only when the phase cannot hold it.
    assert "phase" not in follow_dates(replace(near, phase=Phase.LONG), {"start": date(2026, 2, 1)}, START)
    assert follow_dates(near, {"start": date(2027, 6, 1)}, START)["phase"] == "mid"


def test_the_plan_starts_when_its_document_is_issued(near: Action) -> None:
    plan = ActionPlan([near], report={"date": "2026-07-01"})
    assert plan_start(plan, START) == date(2026, 7, 1)
    assert plan_start(ActionPlan([near], report={"date": "bad"}), START) == START
    assert plan_start(None, START) == START
