"""The plan the user edits: add, remove, reorder, change; regenerate without losing edits; store and reload."""

from __future__ import annotations

import dataclasses
import json
from datetime import date

import pytest

from desktop.models.analysis import Analyzer
from desktop.models.plan.plan import ActionPlan, PlanError
from desktop.models.plan.types import Phase, Priority, Status
from desktop.models.text import Text
from tests.helpers.plan_profiles import make_profile

BEFORE = make_profile(ratings=(1, 4, 5, 4, 1, 2, 3, 2), conditions=("colocated_only", "talent_barriers"))
# The zone then sets up a guidance fund and its firms start cooperating, but now compete with each other; talent
# barriers remain.
AFTER = make_profile(
    ratings=(1, 4, 5, 4, 1, 2, 3, 2), conditions=("guidance_fund", "talent_barriers", "excess_competition")
)


@pytest.fixture
def plan(analyzer: Analyzer) -> ActionPlan:
    return ActionPlan(analyzer.analyse(BEFORE).actions)


def ids(plan: ActionPlan) -> list[str]:
    return [a.id for a in plan.actions]


def test_user_actions_get_the_next_free_number(plan: ActionPlan) -> None:
    first = plan.add_custom("走访重点企业")
    second = plan.add_custom("编制年度报告")
    assert (first.id, second.id) == ("user.1", "user.2")
    assert first.user_added and first.title == Text.same("走访重点企业")
    assert ids(plan)[-2:] == ["user.1", "user.2"]
    plan.remove("user.1")
    assert plan.add_custom("再次走访").id == "user.1"
    with pytest.raises(PlanError):
        plan.add_custom("   ")


def test_adding_an_action_twice_is_refused(plan: ActionPlan) -> None:
    with pytest.raises(PlanError) as raised:
        plan.add(plan.actions[0])
    assert plan.actions[0].id in raised.value.message.en


def test_remove_and_move(plan: ActionPlan) -> None:
    first, second = ids(plan)[:2]
    plan.move(first, 1)
    assert ids(plan)[:2] == [second, first]
    removed = plan.remove(second)
    assert removed.id == second and second not in ids(plan)
    with pytest.raises(PlanError):
        plan.remove(second)
    with pytest.raises(PlanError):
        plan.move(first, len(plan))


def test_update_records_edited_generated_fields_and_types_user_text(plan: ActionPlan) -> None:
    action_id = "rec.2.1/venture-fund"
    updated = plan.update(action_id, title="设立 5 亿元生物医药基金", priority="medium", partners=["partner.bank"])
    assert updated.title == Text.same("设立 5 亿元生物医药基金")
    assert updated.priority is Priority.MEDIUM and updated.partners == ("partner.bank",)
    assert updated.edited == {"title", "priority", "partners"}
    updated = plan.update(action_id, status=Status.IN_PROGRESS, owner="张三", start="2025-01-01", end=date(2025, 6, 30))
    assert updated.edited == {"title", "priority", "partners"}  # user-only fields are always kept anyway
    assert (updated.start, updated.end) == (date(2025, 1, 1), date(2025, 6, 30))
    assert plan.get(action_id) == updated


def test_setting_a_field_to_its_current_value_is_not_an_edit(plan: ActionPlan) -> None:
    action = plan.actions[0]
    assert plan.update(action.id, phase=action.phase.value).edited == frozenset()


@pytest.mark.parametrize(
    ("changes", "words"),
    [
        ({"priority": "urgent"}, "urgent"),
        ({"recommendation": "rec.1.1"}, "recommendation"),
        ({"start": "2025-13-01"}, "2025-13-01"),
        ({"start": "2025-06-01", "end": "2025-01-01"}, "before"),
        ({"title": ""}, "title"),
        ({"partners": "partner.bank"}, "partners"),
    ],
)
def test_bad_edits_are_refused_naming_the_field(plan: ActionPlan, changes: dict[str, object], words: str) -> None:
    before = plan.actions
    with pytest.raises(PlanError) as raised:
        plan.update(before[0].id, **changes)
    assert words in raised.value.message.en
    assert plan.actions == before


def test_regenerating_keeps_edits_order_and_user_actions_and_reports_changes(
    plan: ActionPlan, analyzer: Analyzer
) -> None:
    plan.update("rec.1.4/talent-mobility", title="人才新政", status="in_progress", notes="已报市政府")
    plan.move("rec.1.4/talent-mobility", 0)
    plan.add_custom("自定义行动")
    kept_before = [i for i in ids(plan) if i in {a.id for a in analyzer.analyse(AFTER).actions}]

    report = plan.regenerate(analyzer.analyse(AFTER).actions)

    talent = plan.get("rec.1.4/talent-mobility")
    assert ids(plan)[0] == "rec.1.4/talent-mobility"  # the user's order
    assert (
        talent.title == Text.same("人才新政") and talent.status is Status.IN_PROGRESS and talent.notes == "已报市政府"
    )
    assert "title" in talent.edited
    assert "user.1" in ids(plan)
    dropped = {a.id for a in report.dropped}
    assert "rec.2.1/venture-fund" in dropped  # the zone has a fund now
    assert not dropped & set(ids(plan))
    assert [i for i in ids(plan) if i in set(kept_before)] == kept_before
    assert report.kept == len(kept_before)
    assert "rec.3.3/avoid-duplication" in {a.id for a in report.added}  # new: excess competition
    assert ids(plan)[-len(report.added) :] == [a.id for a in report.added]  # appended after the user's order


def test_regenerating_refreshes_fields_the_user_did_not_touch(plan: ActionPlan, analyzer: Analyzer) -> None:
    plan.update("rec.1.4/talent-mobility", kpi="每年引进 300 人")
    richer = make_profile(
        ratings=(1, 4, 5, 4, 1, 2, 3, 2), conditions=("colocated_only", "talent_barriers"), figures={"employees": 80000}
    )
    fresh = {a.id: a for a in analyzer.analyse(richer).actions}
    plan.regenerate(list(fresh.values()))
    assert plan.get("rec.1.4/talent-mobility").kpi == Text.same("每年引进 300 人")
    assert plan.get("rec.1.4/exemplary-firms").why == fresh["rec.1.4/exemplary-firms"].why  # untouched: refreshed


def test_an_action_the_user_removed_is_not_proposed_again(plan: ActionPlan, analyzer: Analyzer) -> None:
    plan.remove("rec.1.3/staged-goals")
    report = plan.regenerate(analyzer.analyse(BEFORE).actions)
    assert "rec.1.3/staged-goals" not in ids(plan) and report.added == [] and report.dropped == []
    plan.forget_removed()
    report = plan.regenerate(analyzer.analyse(BEFORE).actions)
    assert [a.id for a in report.added] == ["rec.1.3/staged-goals"]


def test_the_plan_survives_a_round_trip_through_json(plan: ActionPlan) -> None:
    plan.update("rec.2.1/venture-fund", title="改过的标题", start="2025-03-01", status="done", owner="李四")
    plan.add_custom("自定义行动")
    plan.remove("rec.1.3/staged-goals")
    data = json.loads(json.dumps(plan.to_data(), ensure_ascii=False))
    assert data["format"] == "zoneplanner-plan" and data["version"] == 1
    assert ActionPlan.from_data(data) == plan


@pytest.mark.parametrize(
    ("path", "value", "words"),
    [
        ("priority", "urgent", "actions[0].priority"),
        ("start", "tomorrow", "actions[0].start"),
        ("title", "just text", "actions[0].title"),
        ("user_added", "yes", "actions[0].user_added"),
    ],
)
def test_broken_stored_plans_are_refused_naming_the_field(
    plan: ActionPlan, path: str, value: object, words: str
) -> None:
    data = plan.to_data()
    actions = data["actions"]
    assert isinstance(actions, list)
    actions[0][path] = value
    with pytest.raises(PlanError) as raised:
        ActionPlan.from_data(data)
    assert words in raised.value.message.en


def test_other_data_is_not_taken_for_a_plan() -> None:
    for data in ({}, {"format": "zoneplanner-plan", "version": 99, "actions": []}, [], None):
        with pytest.raises(PlanError):
            ActionPlan.from_data(data)


def test_progress_counts_each_action_once(plan: ActionPlan) -> None:
    first, second, third, fourth = ids(plan)[:4]
    plan.update(first, status="done", end="2024-01-01")
    plan.update(second, status="in_progress", end="2024-01-01")  # overdue
    plan.update(third, status="in_progress", end="2030-01-01")
    plan.update(fourth, status="shelved")
    progress = plan.progress(date(2025, 1, 1))
    assert (progress.done, progress.overdue, progress.in_progress, progress.shelved) == (1, 1, 1, 1)
    assert progress.not_started == len(plan) - 4 and progress.total == len(plan)


def test_a_new_plan_has_generated_defaults(plan: ActionPlan) -> None:
    for action in plan.actions:
        assert action.status is Status.NOT_STARTED and action.start is None and not action.user_added
        assert action.edited == frozenset() and action.phase in set(Phase)


@pytest.mark.parametrize(
    "work",
    [
        {"status": "in_progress"},
        {"status": "shelved"},
        {"owner": "王主任"},
        {"start": "2025-03-01"},
        {"end": "2025-12-31"},
        {"notes": "已报管委会"},
        {"title": "设立 5 亿元生物医药基金"},
        {"kpi": "基金规模≥5亿元"},
        {"lead": "committee.office"},
    ],
)
def test_an_action_no_longer_proposed_is_kept_if_the_user_worked_on_it(
    plan: ActionPlan, analyzer: Analyzer, work: dict[str, object]
) -> None:
    worked = plan.update("rec.2.1/venture-fund", **work)  # the zone now has a fund: no longer proposed
    plan.move("rec.2.1/venture-fund", 0)
    untouched = plan.get("rec.3.2/market-operation")  # no longer proposed either, never touched

    report = plan.regenerate(analyzer.analyse(AFTER).actions)

    kept = plan.get("rec.2.1/venture-fund")
    assert kept == dataclasses.replace(worked, user_added=True)  # everything the user put in is still there
    assert ids(plan)[0] == "rec.2.1/venture-fund"  # and where the user put it
    assert report.kept_by_user == [kept]
    assert untouched in report.dropped and "rec.3.2/market-operation" not in ids(plan)
    assert all(not a.user_added and a.status is Status.NOT_STARTED for a in report.dropped)


def test_an_action_kept_for_the_users_work_is_never_dropped_later_and_returns_when_proposed(
    plan: ActionPlan, analyzer: Analyzer
) -> None:
    plan.update("rec.2.1/venture-fund", status="in_progress", notes="已设立")
    plan.regenerate(analyzer.analyse(AFTER).actions)

    again = plan.regenerate(analyzer.analyse(AFTER).actions)  # the same proposal once more
    assert again.dropped == [] and again.kept_by_user == []  # now the user's own: not reported again, not dropped
    stored = ActionPlan.from_data(json.loads(json.dumps(plan.to_data(), ensure_ascii=False)))
    assert stored == plan and stored.get("rec.2.1/venture-fund").user_added

    back = plan.regenerate(analyzer.analyse(BEFORE).actions)  # the profile goes back: proposed again
    returned = plan.get("rec.2.1/venture-fund")
    assert not returned.user_added and (returned.status, returned.notes) == (Status.IN_PROGRESS, "已设立")
    assert "rec.2.1/venture-fund" not in {a.id for a in back.added}  # still the one row, not a second one

    plan.remove("rec.2.1/venture-fund")
    plan.update("rec.3.2/market-operation", owner="李娜")
    plan.regenerate(analyzer.analyse(AFTER).actions)
    plan.remove("rec.3.2/market-operation")  # kept as the user's own, then removed by the user
    plan.regenerate(analyzer.analyse(BEFORE).actions)
    assert {"rec.2.1/venture-fund", "rec.3.2/market-operation"}.isdisjoint(ids(plan))  # removing is an edit too


def test_a_plan_saved_by_an_earlier_version_keeps_the_users_work_on_regeneration(analyzer: Analyzer) -> None:
    saved = {  # a plan as stored before actions were kept for the user's work: the same version 1 form
        "format": "zoneplanner-plan",
        "version": 1,
        "removed": [],
        "actions": [
            {
                "id": "rec.2.1/venture-fund",
                "recommendation": "rec.2.1",
                "draws_on": [],
                "title": {"zh": "设立集群创投基金", "en": "Set up a cluster venture fund"},
                "description": {"zh": "", "en": ""},
                "kpi": {"zh": "", "en": ""},
                "why": {"zh": "", "en": ""},
                "priority": "high",
                "phase": "near",
                "lead": "committee.finance",
                "partners": [],
                "paragraphs": [28],
                "status": "done",
                "start": None,
                "end": "2025-05-01",
                "owner": "",
                "notes": "",
                "user_added": False,
                "edited": [],
            }
        ],
    }
    plan = ActionPlan.from_data(saved)

    report = plan.regenerate(analyzer.analyse(AFTER).actions)

    kept = plan.get("rec.2.1/venture-fund")
    assert report.kept_by_user == [kept] and kept.status is Status.DONE and kept.end == date(2025, 5, 1)
    assert ActionPlan.from_data(plan.to_data()) == plan


def test_messages_name_fields_with_the_tables_words(plan: ActionPlan) -> None:
    action_id = plan.actions[0].id
    for changes, words in (
        ({"end": "明天"}, "结束日期"),
        ({"status": "finished"}, "状态"),
        ({"phase": "soon"}, "阶段"),
    ):
        with pytest.raises(PlanError) as raised:
            plan.update(action_id, **changes)
        assert words in raised.value.message.zh
        assert all(old not in raised.value.message.zh for old in ("完成日期", "进展状态", "实施期限"))


def test_a_user_action_is_added_with_its_lead_partners_and_kpi_and_survives_the_store_form() -> None:
    plan = ActionPlan()
    action = plan.add_custom(
        "建设检测中心", lead="gov.commerce", partners=("汽车产业链办", "gov.customs"), kpi="年服务企业100家"
    )
    again = ActionPlan.from_data(plan.to_data()).get(action.id)
    assert (again.lead, again.partners) == ("gov.commerce", ("汽车产业链办", "gov.customs"))
    assert again.kpi.zh == "年服务企业100家"


def test_a_user_action_with_a_partner_twice_is_refused_and_nothing_is_added() -> None:
    plan = ActionPlan()
    with pytest.raises(PlanError):
        plan.add_custom("建设检测中心", partners=("gov.customs", "gov.customs"))
    assert len(plan) == 0
