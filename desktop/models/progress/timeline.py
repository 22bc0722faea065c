"""An action's timeline: each return on it, oldest first, with what it changed since the one before."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.models.plan.plan import ActionPlan
from desktop.models.plan.progress import ProgressReport
from desktop.models.plan.types import Status


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    report: ProgressReport
    status_before: Status | None  # the status the previous return gave (None: the first, or none was given)
    percent_before: int | None

    @property
    def status_changed(self) -> bool:
        return self.report.status is not None and self.report.status != self.status_before

    @property
    def percent_change(self) -> int | None:
        """Points gained (or lost) since the previous return that gave a percentage; None when either is missing."""
        if self.report.percent is None or self.percent_before is None:
            return None
        return self.report.percent - self.percent_before


def timeline(plan: ActionPlan, action_id: str) -> list[TimelineEntry]:
    entries: list[TimelineEntry] = []
    status: Status | None = None
    percent: int | None = None
    for report in plan.reports(action_id):
        entries.append(TimelineEntry(report, status, percent))
        status = report.status if report.status is not None else status
        percent = report.percent if report.percent is not None else percent
    return entries
