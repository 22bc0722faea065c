"""What changed in a plan between two versions, told in the plan's own words (history and undo read it)."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.models.analysis import Analyzer
from desktop.models.plan.diff import describe, plan_diff, plan_of
from desktop.models.plan.plan import ActionPlan
from desktop.models.plan.types import Status
from desktop.models.text import Text
from tests.helpers.plan_profiles import make_profile

PROFILE = make_profile(ratings=(1, 4, 5, 4, 1, 2, 3, 2), conditions=("colocated_only", "talent_barriers"))
UNITS = {"committee.office": Text("管委会办公室", "Committee office")}


def unit_name(unit_id: str) -> Text:
    return UNITS.get(unit_id, Text.same(unit_id))


@pytest.fixture
def plan(analyzer: Analyzer) -> ActionPlan:
    return ActionPlan(analyzer.analyse(PROFILE).actions)


def test_added_removed_and_the_followed_fields_are_told(plan: ActionPlan) -> None:
    before = ActionPlan.from_data(plan.to_data())
    first, second = plan.actions[:2]
    plan.remove(second.id)
    plan.add_custom("走访重点企业")
    plan.update(first.id, owner="王科长", end=date(2026, 3, 31), status="in_progress", lead="committee.office")

    diff = plan_diff(before, plan)
    zh = [line.zh for line in describe(diff, unit_name)]
    en = [line.en for line in describe(diff, unit_name)]

    assert "新增行动“走访重点企业”" in zh and f"删除行动“{second.title.zh}”" in zh
    assert f"“{first.title.zh}”的责任人：未填 → 王科长" in zh
    assert f"“{first.title.zh}”的结束日期：未填 → 2026-03-31" in zh
    assert f"“{first.title.zh}”的状态：未开始 → 进行中" in zh
    assert any(line.startswith(f"“{first.title.zh}”的牵头单位：") and line.endswith("→ 管委会办公室") for line in zh)
    assert f"Removed “{second.title.en}”" in en and f"“{first.title.en}”, Status: Not started → In progress" in en
    assert diff.action_ids()[0].startswith("user.")


def test_an_unchanged_plan_has_no_difference_and_an_unreadable_one_is_none(plan: ActionPlan) -> None:
    same = ActionPlan.from_data(plan.to_data())
    assert not plan_diff(same, plan) and describe(plan_diff(same, plan), unit_name) == []
    assert plan_of({"format": "something else"}) is None and plan_of(None) is None
    assert plan_of(plan.to_data()) == plan


def test_a_reorder_and_a_text_edit_are_named(plan: ActionPlan) -> None:
    before = ActionPlan.from_data(plan.to_data())
    first = plan.actions[0]
    plan.move(first.id, 1)
    plan.update(first.id, notes="先调研")
    lines = [line.en for line in describe(plan_diff(before, plan), unit_name)]
    assert lines == [f"Edited “{first.title.en}”", "Changed the order of the actions"]
    assert plan.get(first.id).status is Status.NOT_STARTED
