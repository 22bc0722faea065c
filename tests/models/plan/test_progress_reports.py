"""Progress reports returned by the units are kept with the plan, in 填报日期 order, and survive the store's form."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from desktop.models.plan.plan import ActionPlan, PlanError
from desktop.models.plan.progress import ProgressReport
from desktop.models.plan.types import Action, Status
from tests.helpers.workbook_inputs import make_action


def action(key: str) -> Action:
    return make_action(ord(key), id=key)


def _report(day: int, **changes: object) -> ProgressReport:
    values: dict[str, object] = {"reported_on": date(2027, 3, day), "unit": "committee.economic-development"}
    values.update(changes)
    return ProgressReport(**values)  # type: ignore[arg-type]


def test_reports_are_ordered_by_the_date_the_unit_filled_them_in_not_by_arrival() -> None:
    plan = ActionPlan([action("a"), action("b")])
    plan.add_report("a", _report(20, progress="第二次"))
    plan.add_report("a", _report(5, progress="第一次"))
    assert [r.progress for r in plan.reports("a")] == ["第一次", "第二次"]
    assert plan.latest_report("a") is not None and plan.latest_report("a").progress == "第二次"  # type: ignore[union-attr]
    assert plan.reports("b") == () and plan.latest_report("b") is None


def test_a_report_on_an_action_the_plan_does_not_have_is_refused_naming_it() -> None:
    plan = ActionPlan([action("a")])
    with pytest.raises(PlanError, match="missing"):
        plan.add_report("missing", _report(1))


def test_reports_round_trip_through_the_stored_plan_document() -> None:
    plan = ActionPlan([action("a")])
    applied = datetime(2027, 4, 1, 8, 30, tzinfo=UTC)
    plan.add_report(
        "a",
        _report(
            9,
            reporter="张三",
            status=Status.IN_PROGRESS,
            percent=40,
            problems="用地未落实",
            applied_at=applied,
            source="经发局.xlsx",
        ),
    )
    again = ActionPlan.from_data(plan.to_data())
    assert again == plan
    report = again.reports("a")[0]
    assert (report.reporter, report.status, report.percent, report.applied_at) == (
        "张三",
        Status.IN_PROGRESS,
        40,
        applied,
    )


def test_a_plan_saved_before_progress_existed_reads_with_no_reports_and_writes_no_progress_key() -> None:
    data = ActionPlan([action("a")]).to_data()
    assert "progress" not in data
    assert ActionPlan.from_data(data).reports("a") == ()


@pytest.mark.parametrize(
    ("field", "value"), [("percent", 150), ("status", "finished"), ("reported_on", "2027-13-01"), ("percent", True)]
)
def test_a_damaged_stored_report_is_named_by_field_and_value(field: str, value: object) -> None:
    plan = ActionPlan([action("a")])
    plan.add_report("a", _report(1))
    data = plan.to_data()
    data["progress"]["a"][0][field] = value  # type: ignore[index]
    with pytest.raises(PlanError) as caught:
        ActionPlan.from_data(data)
    assert field in caught.value.text("en") and repr(value) in caught.value.text("en")


def test_removing_an_action_drops_its_reports_and_regeneration_keeps_an_action_with_reports() -> None:
    plan = ActionPlan([action("a"), action("b")])
    plan.add_report("a", _report(1))
    plan.add_report("b", _report(1))
    plan.remove("b")
    assert "b" not in plan.progress_reports
    report = plan.regenerate([])  # "a" is no longer proposed, but a unit has reported on it: it stays
    assert [a.id for a in plan.actions] == ["a"] and not report.dropped
    assert len(plan.reports("a")) == 1
