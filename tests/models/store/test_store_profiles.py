"""Profiles in the store: create, load, rename, delete, unique names, import conflicts, transactions."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

import pytest

from desktop.models.errors import ProfileErrors, StoreError
from desktop.models.profile import Profile
from desktop.models.store import ProfileStore
from desktop.models.vocabulary import Endowment, Stage

MakeProfile = Callable[..., Profile]


def test_created_profile_loads_back_equal_and_is_listed(store: ProfileStore, make_profile: MakeProfile) -> None:
    profile = make_profile(name="东湖高新区", stage="mature")
    profile_id = store.create(profile)

    assert store.load(profile_id) == profile
    (summary,) = store.list_summaries()
    assert (summary.id, summary.name, summary.stage, summary.revision_count) == (
        profile_id,
        "东湖高新区",
        Stage.MATURE,
        1,
    )
    assert summary.updated_at.tzinfo is not None


def test_names_are_unique_after_trimming(store: ProfileStore, make_profile: MakeProfile) -> None:
    store.create(make_profile(name="东湖高新区"))
    duplicate = make_profile(name="东湖高新区").with_changes(name="  东湖高新区 ")

    with pytest.raises(StoreError) as raised:
        store.create(duplicate)

    assert "东湖高新区" in raised.value.message.zh and "东湖高新区" in raised.value.message.en
    assert [s.name for s in store.list_summaries()] == ["东湖高新区"]
    assert store.find_id(" 东湖高新区\t") == store.find_id("东湖高新区") is not None
    assert store.find_id("东湖") is None  # exact comparison, no prefix matching


def test_update_keeps_a_revision_and_allows_a_unique_rename(store: ProfileStore, make_profile: MakeProfile) -> None:
    profile_id = store.create(make_profile(name="甲区"))
    store.update(profile_id, make_profile(name="乙区", notes="改名"))

    assert store.load(profile_id).name == "乙区"
    assert store.find_id("甲区") is None
    assert [r.name for r in store.revisions(profile_id)] == ["乙区", "甲区"]


def test_rename_onto_another_profile_is_refused_and_changes_nothing(
    store: ProfileStore, make_profile: MakeProfile
) -> None:
    first = store.create(make_profile(name="甲区", notes="原样"))
    store.create(make_profile(name="乙区"))

    with pytest.raises(StoreError, match="乙区"):
        store.update(first, make_profile(name="乙区", notes="不该保存"))

    assert store.load(first) == make_profile(name="甲区", notes="原样")
    assert len(store.revisions(first)) == 1


def test_unknown_ids_raise_store_errors(store: ProfileStore, make_profile: MakeProfile) -> None:
    with pytest.raises(StoreError, match="42"):
        store.load(42)
    with pytest.raises(StoreError, match="新区"):  # the message names the profile being saved
        store.update(42, make_profile(name="新区"))
    with pytest.raises(StoreError):
        store.delete(42)
    with pytest.raises(StoreError):
        store.load_revision(42)
    assert store.list_summaries() == []


def test_delete_removes_the_profile_its_revisions_and_its_plan(store: ProfileStore, make_profile: MakeProfile) -> None:
    doomed = store.create(make_profile(name="甲区"), plan_data={"actions": [{"id": "a1"}]})
    kept = store.create(make_profile(name="乙区"), plan_data={"actions": []})
    (revision,) = store.revisions(doomed)

    store.delete(doomed)

    assert [s.name for s in store.list_summaries()] == ["乙区"]
    with pytest.raises(StoreError):
        store.load_revision(revision.id)
    with pytest.raises(StoreError):
        store.load_plan(doomed)
    assert store.load_plan(kept) == {"actions": []}
    # The name is free again.
    store.create(make_profile(name="甲区"))
    assert [s.name for s in store.list_summaries()] == ["乙区", "甲区"]


def test_bad_names_are_refused(store: ProfileStore, make_profile: MakeProfile) -> None:
    with pytest.raises(StoreError):
        store.create(make_profile().with_changes(name="   "))
    with pytest.raises(StoreError):
        store.create(make_profile().with_changes(name="长" * 101))
    assert store.list_summaries() == []


def test_import_conflicts_error_replace_and_keep_both(store: ProfileStore, make_profile: MakeProfile) -> None:
    original = store.create(make_profile(name="东湖高新区", notes="本地"))
    incoming = make_profile(name="东湖高新区", notes="来自文件")

    with pytest.raises(StoreError, match="东湖高新区"):
        store.import_profile(incoming)  # on_conflict="error" is the default: never silently overwritten
    assert store.load(original).notes == "本地"

    assert store.import_profile(incoming, on_conflict="replace") == original
    assert store.load(original).notes == "来自文件"
    assert len(store.revisions(original)) == 2  # the replaced content is still in the history

    second = store.import_profile(incoming, on_conflict="keep_both")
    third = store.import_profile(incoming, on_conflict="keep_both")
    assert store.load(second).name == "东湖高新区 (2)"
    assert store.load(third).name == "东湖高新区 (3)"
    assert store.load(third).notes == "来自文件"
    assert len(store.list_summaries()) == 3


def test_keep_both_stays_within_the_name_limit(store: ProfileStore, make_profile: MakeProfile) -> None:
    long_name = "区" * 100
    store.create(make_profile(name=long_name))

    renamed = store.load(store.import_profile(make_profile(name=long_name), on_conflict="keep_both")).name

    assert len(renamed) == 100 and renamed.endswith(" (2)")


def test_import_of_a_new_name_simply_adds_it(store: ProfileStore, make_profile: MakeProfile) -> None:
    for mode in ("error", "replace", "keep_both"):
        store.import_profile(make_profile(name=f"新区-{mode}"), on_conflict=mode)  # type: ignore[arg-type]
    assert [s.name for s in store.list_summaries()] == ["新区-error", "新区-keep_both", "新区-replace"]


@pytest.mark.parametrize(
    "text",
    [
        "中文名称：东湖高新区（光谷）",
        "emoji 🚀🏭🧪 and 𠀀 outside the BMP",
        "quotes \" ' “” ‘’ and backslash \\ and {braces}",
        "line one\nline two\r\nline three\ttabbed",
        "control \x00 \x01 \x1f \x7f \u2028 \u200b characters",
        "O'Brien; DROP TABLE profiles; --",
    ],
)
def test_text_round_trips_through_the_store(store: ProfileStore, make_profile: MakeProfile, text: str) -> None:
    # A name may not hold control characters or line breaks (the format refuses them): those become spaces there.
    name = "".join(" " if unicodedata.category(ch) in ("Cc", "Zl", "Zp") else ch for ch in text)[:100]
    profile = make_profile(name=name, notes=text, goals=text)

    profile_id = store.create(profile)
    store.update(profile_id, profile)

    assert store.load(profile_id) == profile
    assert store.load(profile_id).notes == text
    assert store.find_id(name) == profile_id
    assert store.load_revision(store.revisions(profile_id)[-1].id).goals == text
    assert store.list_summaries()[0].name == profile.name


def test_a_profile_that_breaks_the_format_is_not_stored(store: ProfileStore, make_profile: MakeProfile) -> None:
    good = make_profile()
    broken = good.with_changes(endowments={**good.endowments, Endowment.TALENT: 9})
    profile_id = store.create(good)

    with pytest.raises(ProfileErrors) as raised:
        store.update(profile_id, broken)  # it could never be loaded again
    assert raised.value.errors[0].field == "endowments.talent"
    with pytest.raises(ProfileErrors):
        store.create(broken.with_changes(name="另一个"))

    assert store.load(profile_id) == good
    assert [s.name for s in store.list_summaries()] == [good.name]
