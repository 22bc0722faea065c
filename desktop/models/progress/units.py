"""The plan's completion by lead unit: how many tasks each leads, how many are done, late, silent."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop.models.plan.plan import ActionPlan
from desktop.models.plan.types import Status
from desktop.models.progress.periods import Period
from desktop.models.progress.state import is_overdue, is_silent, latest_until, percent_on, status_on


@dataclass(slots=True)
class UnitCompletion:
    unit: str  # the lead unit's department ID, as the plan holds it
    total: int = 0
    done: int = 0
    in_progress: int = 0
    not_started: int = 0
    shelved: int = 0
    overdue: int = 0  # also counted in in-progress / not-started: overdue is a date passed, not a status
    silent: int = 0
    reports: int = 0  # returns filed within the period
    percent_sum: int = 0
    percent_count: int = 0
    last_report: date | None = None

    @property
    def rate(self) -> float | None:
        """Done out of the tasks still pursued (shelved ones left out); None when none is pursued."""
        pursued = self.total - self.shelved
        return self.done / pursued if pursued else None

    @property
    def average_percent(self) -> float | None:
        """The mean percentage of its pursued tasks with one known (done 100, not started 0); None if none known."""
        return self.percent_sum / self.percent_count if self.percent_count else None


def completion_by_unit(plan: ActionPlan, period: Period) -> list[UnitCompletion]:
    """One row per lead unit, in the order the units first appear in the plan; the state as of the period's end."""
    day = period.end
    rows: dict[str, UnitCompletion] = {}
    for action in plan.actions:
        reports = plan.reports(action.id)
        row = rows.setdefault(action.lead, UnitCompletion(action.lead))
        status = status_on(action, reports, day)
        row.total += 1
        if status is Status.DONE:
            row.done += 1
        elif status is Status.IN_PROGRESS:
            row.in_progress += 1
        elif status is Status.SHELVED:
            row.shelved += 1
        else:
            row.not_started += 1
        row.overdue += is_overdue(action, reports, day)
        row.silent += is_silent(action, reports, period)
        row.reports += sum(r.reported_on in period for r in reports)
        percent = percent_on(action, reports, day)
        if percent is not None and status is not Status.SHELVED:
            row.percent_sum += percent
            row.percent_count += 1
        latest = latest_until(reports, day)
        if latest is not None and (row.last_report is None or latest.reported_on > row.last_report):
            row.last_report = latest.reported_on
    return list(rows.values())
