"""Reporting periods: a date range (both ends included) and "the last month / quarter" before a day."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

from desktop.models.errors import ZonePlannerError
from desktop.models.text import Text
from desktop.models.vocabulary.progress import PeriodKind

MONTHS_IN = {PeriodKind.MONTH: 1, PeriodKind.QUARTER: 3}


@dataclass(frozen=True, slots=True)
class Period:
    """From ``start`` to ``end``, both days included."""

    start: date
    end: date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ZonePlannerError(
                Text(
                    f"期间的结束日期 {self.end.isoformat()} 早于开始日期 {self.start.isoformat()}",
                    f"The period ends ({self.end.isoformat()}) before it starts ({self.start.isoformat()})",
                )
            )

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.start <= day <= self.end


def months_before(day: date, months: int) -> date:
    """The same day ``months`` calendar months earlier (the month's last day when it is shorter: 31 May → 30 Apr)."""
    month_index = day.year * 12 + day.month - 1 - months
    year, month = divmod(month_index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def last_period(today: date, kind: PeriodKind) -> Period:
    """The month or quarter up to ``today``: a rolling window, so a return filled in on the 1st still counts for
    the month it reports on (units fill their forms after the period, not on its last day)."""
    return Period(months_before(today, MONTHS_IN[kind]) + timedelta(days=1), today)


def bulletin_start(first_report: date | None, end: date) -> date:
    """Where a bulletin ending on ``end`` starts unless told: the last month (the overview's period), or the first
    return when that is later. Not the first return ever: the third monthly bulletin would report the whole year's
    returns as "this period"."""
    month = last_period(end, PeriodKind.MONTH).start
    return min(end, max(month, first_report or end))
