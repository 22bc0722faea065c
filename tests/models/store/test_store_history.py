"""Revisions, plans and drafts: history is kept and restorable, plans and drafts survive, failures change nothing."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import insert

from desktop.models.errors import StoreError
from desktop.models.profile import Profile
from desktop.models.profile_format import profile_to_data
from desktop.models.store import ProfileStore, open_store
from desktop.models.store.orm import ProfileRow, RevisionRow

MakeProfile = Callable[..., Profile]


def test_revisions_are_listed_newest_first_and_restorable(store: ProfileStore, make_profile: MakeProfile) -> None:
    profile_id = store.create(make_profile(notes="v1"))
    store.update(profile_id, make_profile(notes="v2"))
    store.update(profile_id, make_profile(name="改名后", notes="v3"))

    revisions = store.revisions(profile_id)
    assert [store.load_revision(r.id).notes for r in revisions] == ["v3", "v2", "v1"]
    assert [r.name for r in revisions] == ["改名后", "示例高新区", "示例高新区"]
    assert revisions[0].saved_at >= revisions[1].saved_at >= revisions[2].saved_at

    store.restore_revision(profile_id, revisions[-1].id)

    assert store.load(profile_id) == make_profile(notes="v1")
    after = store.revisions(profile_id)
    assert len(after) == 4  # restoring is itself a save: v3 is still in the history
    assert [store.load_revision(r.id).notes for r in after] == ["v1", "v3", "v2", "v1"]
    assert store.list_summaries()[0].revision_count == 4


def test_a_revision_of_another_profile_cannot_be_restored(store: ProfileStore, make_profile: MakeProfile) -> None:
    first = store.create(make_profile(name="甲区"))
    second = store.create(make_profile(name="乙区"))
    foreign = store.revisions(second)[0].id

    with pytest.raises(StoreError, match="甲区"):
        store.restore_revision(first, foreign)
    assert store.load(first).name == "甲区"


def test_restoring_an_old_name_now_used_by_another_profile_is_refused(
    store: ProfileStore, make_profile: MakeProfile
) -> None:
    first = store.create(make_profile(name="甲区"))
    store.update(first, make_profile(name="丙区"))
    store.create(make_profile(name="甲区"))

    with pytest.raises(StoreError, match="甲区"):
        store.restore_revision(first, store.revisions(first)[-1].id)
    assert store.load(first).name == "丙区"


def test_plans_are_saved_with_their_profile(store: ProfileStore, make_profile: MakeProfile) -> None:
    profile_id = store.create(make_profile())
    assert store.load_plan(profile_id) is None

    plan = {"version": 1, "actions": [{"id": "a1", "title": "成立集群促进机构", "partners": ["x", "y"]}]}
    store.save_plan(profile_id, plan)
    assert store.load_plan(profile_id) == plan

    store.update(profile_id, make_profile(notes="连同计划一起保存"), plan_data={"version": 1, "actions": []})
    assert store.load_plan(profile_id) == {"version": 1, "actions": []}
    assert store.load(profile_id).notes == "连同计划一起保存"

    store.update(profile_id, make_profile(notes="只改档案"))  # no plan_data: the plan is left alone
    assert store.load_plan(profile_id) == {"version": 1, "actions": []}

    with pytest.raises(StoreError):
        store.save_plan(9999, plan)


def test_a_failed_save_leaves_profile_plan_and_history_as_they_were(
    store: ProfileStore, make_profile: MakeProfile
) -> None:
    profile_id = store.create(make_profile(notes="已保存"), plan_data={"actions": ["old"]})

    with pytest.raises(StoreError):
        # The plan cannot be written (a set is not JSON): the profile half of the save must roll back too.
        store.update(profile_id, make_profile(notes="未保存"), plan_data={"actions": {"not", "json"}})

    assert store.load(profile_id).notes == "已保存"
    assert store.load_plan(profile_id) == {"actions": ["old"]}
    assert len(store.revisions(profile_id)) == 1


def test_drafts_keep_raw_json_even_when_it_is_not_a_valid_profile(store: ProfileStore) -> None:
    store.save_draft("new", {"name": "", "endowments": {"talent": "很多"}})
    store.save_draft("profile:1", {"name": "草稿", "notes": "第一版"})
    store.save_draft("profile:1", {"name": "草稿", "notes": "第二版"})

    drafts = {d.key: d for d in store.list_drafts()}
    assert set(drafts) == {"new", "profile:1"}
    assert drafts["new"].data == {"name": "", "endowments": {"talent": "很多"}}
    assert drafts["profile:1"].data["notes"] == "第二版"
    assert store.list_drafts()[0].key == "profile:1"  # newest first

    store.delete_draft("profile:1")
    store.delete_draft("never-existed")
    assert [d.key for d in store.list_drafts()] == ["new"]


def test_data_survives_closing_and_reopening(make_profile: MakeProfile, isolated_data_dir: Path) -> None:
    first, _ = open_store(load_samples=False)
    profile_id = first.create(make_profile(notes="持久"), plan_data={"actions": [1]})
    first.save_draft("k", {"a": 1})
    first.close()

    second, report = open_store(load_samples=False)
    try:
        assert report.messages == []
        assert second.load(profile_id).notes == "持久"
        assert second.load_plan(profile_id) == {"actions": [1]}
        assert [d.key for d in second.list_drafts()] == ["k"]
    finally:
        second.close()


def test_listing_ten_thousand_profiles(store: ProfileStore, make_profile: MakeProfile) -> None:
    # Fill through Core in one transaction: going through create() 10,000 times would test the set-up, not the list.
    document = profile_to_data(make_profile(notes="x" * 5000))  # large documents must not slow the list down
    start = datetime(2025, 1, 1, tzinfo=UTC)
    rows = [
        {
            "id": i,
            "name": f"开发区 {i:05d}",
            "stage": "growth",
            "created_at": start,
            "updated_at": start + timedelta(i),
            "document": {**document, "name": f"开发区 {i:05d}"},
        }
        for i in range(1, 10_001)
    ]
    with store._write.begin() as session:
        session.execute(insert(ProfileRow), rows)
        session.execute(
            insert(RevisionRow),
            [{"profile_id": r["id"], "saved_at": start, "name": r["name"], "document": r["document"]} for r in rows],
        )

    summaries = store.list_summaries()  # its speed: benchmarks/bench_store.py

    assert len(summaries) == 10_000
    assert summaries[0].name == "开发区 00001" and summaries[0].revision_count == 1
    assert summaries[-1].name == "开发区 10000"
