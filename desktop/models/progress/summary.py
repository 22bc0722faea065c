"""A period's summary, what a 进展通报 says: the overview, by unit, overdue items with their problems, next steps."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop.models.plan.plan import ActionPlan
from desktop.models.plan.types import Action, Status
from desktop.models.progress.periods import Period
from desktop.models.progress.state import (
    CLOSED,
    is_overdue,
    is_silent,
    latest_until,
    percent_on,
    reports_until,
    status_on,
)
from desktop.models.progress.units import UnitCompletion, completion_by_unit


@dataclass(frozen=True, slots=True)
class ActionState:
    action: Action
    status: Status
    percent: int | None
    overdue: bool
    silent: bool
    problems: str  # the latest problems the unit stated up to the period's end ("" when it never stated any)
    next_steps: str  # the next steps of its latest return within the period ("" when none came)
    reported_on: date | None  # the latest return up to the period's end


@dataclass(frozen=True, slots=True)
class PeriodSummary:
    period: Period
    states: tuple[ActionState, ...]  # every action of the plan, in the plan's order
    units: tuple[UnitCompletion, ...]
    reports: int  # returns filed within the period
    finished: tuple[Action, ...]  # reported done within the period (not done before it)

    def count(self, status: Status) -> int:
        return sum(1 for state in self.states if state.status is status)

    @property
    def total(self) -> int:
        return len(self.states)

    @property
    def overdue(self) -> tuple[ActionState, ...]:
        return tuple(state for state in self.states if state.overdue)

    @property
    def silent(self) -> tuple[ActionState, ...]:
        return tuple(state for state in self.states if state.silent)

    @property
    def with_next_steps(self) -> tuple[ActionState, ...]:
        return tuple(state for state in self.states if state.next_steps)

    @property
    def rate(self) -> float | None:
        pursued = self.total - self.count(Status.SHELVED)
        return self.count(Status.DONE) / pursued if pursued else None

    @property
    def reporting_units(self) -> int:
        return sum(1 for unit in self.units if unit.reports)


def summarise(plan: ActionPlan, period: Period) -> PeriodSummary:
    day = period.end
    states: list[ActionState] = []
    finished: list[Action] = []
    count = 0
    for action in plan.actions:
        reports = plan.reports(action.id)
        within = [r for r in reports if r.reported_on in period]
        count += len(within)
        status = status_on(action, reports, day)
        latest = latest_until(reports, day)
        problems = next((r.problems.strip() for r in reversed(reports_until(reports, day)) if r.problems.strip()), "")
        next_steps = next((r.next_steps.strip() for r in reversed(within) if r.next_steps.strip()), "")
        states.append(
            ActionState(
                action,
                status,
                percent_on(action, reports, day),
                is_overdue(action, reports, day),
                is_silent(action, reports, period),
                problems if status not in CLOSED else "",
                next_steps,
                latest.reported_on if latest else None,
            )
        )
        before = [r.status for r in reports if r.reported_on < period.start and r.status is not None]
        was_done = bool(before) and before[-1] is Status.DONE
        if status is Status.DONE and within and not was_done and any(r.status is Status.DONE for r in within):
            finished.append(action)
    return PeriodSummary(period, tuple(states), tuple(completion_by_unit(plan, period)), count, tuple(finished))
