"""When the plan runs and when each task is due: from the issue date, the tasks' phases and dates, and the targets."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from desktop.models.plan.types import Action, Phase
from desktop.models.profile import Profile

# A phase's horizon in years (near: within a year, mid: 1–3 years, long: 3–5 years; vocabulary/plan.py).
HORIZON_YEARS = {Phase.NEAR: 1, Phase.MID: 3, Phase.LONG: 5}
# A plan issued in the second half of a year is a plan for the next year on: its first year is the following one.
LATE_IN_YEAR = 7


@dataclass(frozen=True, slots=True)
class Timing:
    first_year: int

    def due_year(self, phase: Phase) -> int:
        return self.first_year + HORIZON_YEARS[phase] - 1

    def due(self, action: Action) -> tuple[int, date | None]:
        """The year a task is due, and its exact end date when the official set one."""
        if action.end is not None:
            return action.end.year, action.end
        return self.due_year(action.phase), None


def plan_timing(issued: date) -> Timing:
    return Timing(issued.year + 1 if issued.month >= LATE_IN_YEAR else issued.year)


def year_range(timing: Timing, actions: Sequence[Action], profile: Profile) -> tuple[int, int]:
    """The years of the title: the first year to the last year any task or target reaches."""
    starts = [a.start.year for a in actions if a.start is not None]
    ends = [timing.due(a)[0] for a in actions]
    ends += [t.target_year for t in profile.targets]
    ends += [_indicator_year(a) for a in actions]
    first = min([timing.first_year, *starts])
    last = max([first, *(year for year in ends if year)])
    return first, last


def _indicator_year(action: Action) -> int:
    """The target year of an action's indicator, where the plan has one (0 otherwise)."""
    indicator = getattr(action, "indicator", None)
    year = getattr(indicator, "target_year", None)
    if year is None and isinstance(indicator, dict):
        year = indicator.get("target_year")
    return year if isinstance(year, int) else 0
