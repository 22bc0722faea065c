"""Where one action stands on a given day: its status, its percentage, whether it is overdue or silent.

The status is the one the latest return up to that day gave (a return is how the unit says it); an action nobody
reported on keeps the status the office set in the plan. The time limit is the action's end date: an action without
one is never overdue (the plan's phase alone is too coarse to chase anyone over).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from desktop.models.plan.progress import ProgressReport
from desktop.models.plan.types import Action, Status
from desktop.models.progress.periods import Period

CLOSED = frozenset({Status.DONE, Status.SHELVED})  # nothing more is expected of these
DONE_PERCENT = 100


def reports_until(reports: Sequence[ProgressReport], day: date) -> list[ProgressReport]:
    return [r for r in reports if r.reported_on <= day]


def status_on(action: Action, reports: Sequence[ProgressReport], day: date) -> Status:
    """The latest status reported up to ``day``; the plan's own status when no return up to then gave one."""
    for report in reversed(reports_until(reports, day)):
        if report.status is not None:
            return report.status
    return action.status


def percent_on(action: Action, reports: Sequence[ProgressReport], day: date) -> int | None:
    """How far along the action is on ``day``: 100 when done, the latest reported percentage, 0 when it has not
    started and nobody said otherwise; None when it is under way but no percentage was ever given."""
    status = status_on(action, reports, day)
    if status is Status.DONE:
        return DONE_PERCENT
    for report in reversed(reports_until(reports, day)):
        if report.percent is not None:
            return report.percent
    return 0 if status is Status.NOT_STARTED else None


def is_overdue(action: Action, reports: Sequence[ProgressReport], day: date) -> bool:
    """The time limit passed before ``day`` and the action is neither done nor shelved."""
    return action.end is not None and action.end < day and status_on(action, reports, day) not in CLOSED


def is_silent(action: Action, reports: Sequence[ProgressReport], period: Period) -> bool:
    """Something is expected (not done, not shelved, already due to start) and no return came in ``period``."""
    if status_on(action, reports, period.end) in CLOSED:
        return False
    if action.start is not None and action.start > period.end:
        return False
    return not any(r.reported_on in period for r in reports)


def latest_until(reports: Sequence[ProgressReport], day: date) -> ProgressReport | None:
    earlier = reports_until(reports, day)
    return earlier[-1] if earlier else None
