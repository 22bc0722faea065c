"""What the office sees of a plan's progress: overdue and silent actions, completion by unit, a timeline, a period."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.models.errors import ZonePlannerError
from desktop.models.plan.plan import ActionPlan
from desktop.models.plan.types import Status
from desktop.models.progress.periods import Period, last_period, months_before
from desktop.models.progress.state import is_overdue, is_silent, percent_on, status_on
from desktop.models.progress.summary import summarise
from desktop.models.progress.timeline import timeline
from desktop.models.progress.units import completion_by_unit
from desktop.models.vocabulary.progress import PeriodKind
from tests.helpers.progress_plan import FINANCE, LAND, SCIENCE, TODAY


def _flags(plan: ActionPlan, period: Period) -> tuple[set[str], set[str]]:
    overdue = {a.id for a in plan.actions if is_overdue(a, plan.reports(a.id), period.end)}
    silent = {a.id for a in plan.actions if is_silent(a, plan.reports(a.id), period)}
    return overdue, silent


def test_overdue_is_a_time_limit_passed_on_an_action_neither_done_nor_shelved(plan: ActionPlan) -> None:
    overdue, _ = _flags(plan, last_period(TODAY, PeriodKind.MONTH))
    assert overdue == {"b"}


def test_silent_depends_on_the_period_the_units_report_in(plan: ActionPlan) -> None:
    _, by_month = _flags(plan, last_period(TODAY, PeriodKind.MONTH))
    _, by_quarter = _flags(plan, last_period(TODAY, PeriodKind.QUARTER))
    assert by_month == {"c"}  # last return on 20 April; a, d are closed and e has not started
    assert by_quarter == set()


def test_the_state_on_an_earlier_day_is_what_the_returns_said_up_to_then(plan: ActionPlan) -> None:
    a = plan.get("a")
    assert status_on(a, plan.reports("a"), date(2027, 5, 1)) is Status.IN_PROGRESS
    assert percent_on(a, plan.reports("a"), date(2027, 5, 1)) == 60
    assert status_on(a, plan.reports("a"), TODAY) is Status.DONE
    assert percent_on(a, plan.reports("a"), TODAY) == 100
    # Nothing reported: the plan's own status; not started means 0 %.
    assert percent_on(plan.get("e"), (), TODAY) == 0


def test_completion_by_unit_counts_each_lead_units_tasks(plan: ActionPlan) -> None:
    rows = {row.unit: row for row in completion_by_unit(plan, last_period(TODAY, PeriodKind.MONTH))}
    assert list(rows) == [FINANCE, SCIENCE, LAND]
    finance, science, land = rows[FINANCE], rows[SCIENCE], rows[LAND]
    assert (finance.total, finance.done, finance.in_progress, finance.overdue) == (2, 1, 1, 1)
    assert finance.rate == 0.5 and finance.average_percent == 70
    assert finance.reports == 1 and finance.last_report == date(2027, 6, 10)
    assert (science.total, science.shelved, science.silent, science.rate) == (2, 1, 1, 0.0)
    assert science.average_percent == 30  # the shelved task is left out
    assert land.last_report is None and land.rate == 0.0


def test_an_actions_timeline_shows_what_each_return_changed(plan: ActionPlan) -> None:
    first, second = timeline(plan, "a")
    assert first.status_before is None and first.status_changed
    assert (second.status_before, second.report.status) == (Status.IN_PROGRESS, Status.DONE)
    assert second.percent_change == 40
    assert timeline(plan, "e") == []


def test_a_period_summary_has_the_overview_the_late_items_and_the_next_steps(plan: ActionPlan) -> None:
    summary = summarise(plan, Period(date(2027, 4, 1), TODAY))
    assert summary.reports == 4 and summary.reporting_units == 2
    assert (summary.total, summary.count(Status.DONE), summary.count(Status.SHELVED)) == (5, 1, 1)
    assert summary.rate == 0.25
    assert [a.id for a in summary.finished] == ["a"]
    (late,) = summary.overdue
    assert late.action.id == "b" and late.problems == "用地指标未落实" and late.percent == 40
    assert [(s.action.id, s.next_steps) for s in summary.with_next_steps] == [("b", "7月底前完成用地报批")]
    # A period before the returns: nothing finished in it, nothing reported.
    early = summarise(plan, Period(date(2027, 1, 1), date(2027, 3, 31)))
    assert early.reports == 0 and early.finished == ()


def test_periods_count_calendar_months_and_refuse_an_end_before_the_start() -> None:
    assert months_before(date(2027, 5, 31), 1) == date(2027, 4, 30)
    assert months_before(date(2027, 3, 31), 3) == date(2026, 12, 31)
    assert last_period(date(2027, 6, 30), PeriodKind.QUARTER) == Period(date(2027, 3, 31), date(2027, 6, 30))
    with pytest.raises(ZonePlannerError, match="2027-01-01"):
        Period(date(2027, 2, 1), date(2027, 1, 1))
