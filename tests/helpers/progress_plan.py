"""A plan of five actions led by three units, with returns over three months, for the progress tests."""

from __future__ import annotations

from datetime import date

from desktop.models.plan.plan import ActionPlan
from desktop.models.plan.progress import ProgressReport
from desktop.models.plan.types import Status
from tests.helpers.workbook_inputs import make_action

TODAY = date(2027, 6, 30)
FINANCE, SCIENCE, LAND = "committee.finance", "committee.science", "committee.land"


def report(day: date, unit: str, **values: object) -> ProgressReport:
    return ProgressReport(reported_on=day, unit=unit, **values)  # type: ignore[arg-type]


def sample_plan() -> ActionPlan:
    actions = [
        # a: done in May
        make_action(1, id="a", lead=FINANCE, end=date(2027, 5, 31), status=Status.DONE),
        # b: time limit passed in April, still in progress: overdue, with a problem stated
        make_action(2, id="b", lead=FINANCE, end=date(2027, 4, 30), status=Status.IN_PROGRESS),
        # c: under way, no return for two months: silent by the month, not by the quarter
        make_action(3, id="c", lead=SCIENCE, status=Status.IN_PROGRESS),
        # d: shelved long ago, past its time limit: neither overdue nor silent
        make_action(4, id="d", lead=SCIENCE, end=date(2027, 1, 31), status=Status.SHELVED),
        # e: starts next year: nothing is expected yet
        make_action(5, id="e", lead=LAND, start=date(2028, 1, 1)),
    ]
    plan = ActionPlan(actions)
    plan.add_report("a", report(date(2027, 4, 5), FINANCE, status=Status.IN_PROGRESS, percent=60))
    plan.add_report("a", report(date(2027, 5, 28), FINANCE, status=Status.DONE, percent=100, progress="已设立"))
    plan.add_report(
        "b",
        report(
            date(2027, 6, 10),
            FINANCE,
            status=Status.IN_PROGRESS,
            percent=40,
            problems="用地指标未落实",
            next_steps="7月底前完成用地报批",
        ),
    )
    plan.add_report("c", report(date(2027, 4, 20), SCIENCE, status=Status.IN_PROGRESS, percent=30))
    return plan
