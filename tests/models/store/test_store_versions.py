"""No lost updates: every save names the version it was based on; a save over a newer one is refused as a conflict."""

from __future__ import annotations

import getpass
import itertools
from collections.abc import Callable

import pytest

from desktop.models.errors import StoreError
from desktop.models.profile import Profile
from desktop.models.store import ProfileStore
from desktop.models.store.conflict import ConflictError, differences

MakeProfile = Callable[..., Profile]


def test_a_save_based_on_an_older_version_is_refused_and_names_what_is_stored(
    store: ProfileStore, make_profile: MakeProfile
) -> None:
    profile_id = store.create(make_profile(name="甲区", notes="原稿"))
    _, opened_at = store.load_versioned(profile_id)
    # Someone else saves first, from the same version.
    assert store.update(profile_id, make_profile(name="甲区", notes="他们的"), expected_version=opened_at) == 2

    with pytest.raises(ConflictError) as caught:
        store.update(profile_id, make_profile(name="甲区", notes="我的"), expected_version=opened_at)

    assert "甲区" in caught.value.message.zh and "甲区" in caught.value.message.en
    theirs = caught.value.theirs
    assert theirs.version == 2
    assert theirs.profile == make_profile(name="甲区", notes="他们的")
    assert theirs.saved_by == store.user()
    # Nothing of the refused save was stored.
    assert store.load_versioned(profile_id) == (make_profile(name="甲区", notes="他们的"), 2)
    assert len(store.revisions(profile_id)) == 2


def test_saving_the_plan_moves_the_version_on_so_a_stale_profile_save_conflicts(
    store: ProfileStore, make_profile: MakeProfile
) -> None:
    profile_id = store.create(make_profile(name="乙区"))
    assert store.save_plan(profile_id, {"actions": []}, expected_version=1) == 2
    with pytest.raises(ConflictError):
        store.save_plan(profile_id, {"actions": ["x"]}, expected_version=1)
    with pytest.raises(ConflictError):
        store.update(profile_id, make_profile(name="乙区", notes="旧版本上改的"), expected_version=1)
    assert store.load_plan(profile_id) == {"actions": []}


def test_deleting_a_profile_someone_changed_since_is_refused(store: ProfileStore, make_profile: MakeProfile) -> None:
    profile_id = store.create(make_profile(name="丙区"))
    store.update(profile_id, make_profile(name="丙区", notes="新"), expected_version=1)
    with pytest.raises(ConflictError):
        store.delete(profile_id, expected_version=1)
    assert store.find_id("丙区") == profile_id
    store.delete(profile_id, expected_version=2)
    assert store.find_id("丙区") is None


def test_a_save_of_a_deleted_profile_says_it_is_gone_not_a_conflict(
    store: ProfileStore, make_profile: MakeProfile
) -> None:
    profile_id = store.create(make_profile(name="丁区"))
    store.delete(profile_id)
    with pytest.raises(StoreError) as caught:
        store.update(profile_id, make_profile(name="丁区"), expected_version=1)
    assert not isinstance(caught.value, ConflictError)
    assert "丁区" in caught.value.message.zh


def test_revisions_record_who_saved(store: ProfileStore, make_profile: MakeProfile) -> None:
    profile_id = store.create(make_profile(name="戊区"))
    store.update(profile_id, make_profile(name="戊区", notes="二"), expected_version=1)
    expected = "zp_admin" if store.is_shared else getpass.getuser()  # the database user, or the OS user
    assert [r.saved_by for r in store.revisions(profile_id)] == [expected, expected]


def test_the_change_marker_moves_on_every_change_by_anyone_and_not_on_reads(
    store: ProfileStore, make_profile: MakeProfile
) -> None:
    markers = [store.change_marker()]
    profile_id = store.create(make_profile(name="己区"))
    markers.append(store.change_marker())
    store.load(profile_id)
    store.list_profiles()
    assert store.change_marker() == markers[-1]
    store.update(profile_id, make_profile(name="己区", notes="改"), expected_version=1)
    markers.append(store.change_marker())
    store.save_plan(profile_id, {"actions": []})
    markers.append(store.change_marker())
    other = store.create(make_profile(name="庚区"))
    store.delete(profile_id)
    markers.append(store.change_marker())
    # SQLite may give a new profile the ID of the deleted one: the list must still see that something changed.
    store.delete(other)
    markers.append(store.change_marker())
    store.create(make_profile(name="辛区"))
    markers.append(store.change_marker())
    assert all(before != after for before, after in itertools.pairwise(markers))


def test_differences_list_each_field_that_differs(make_profile: MakeProfile) -> None:
    mine = make_profile(name="甲区", notes="我的", stage="growth")
    theirs = make_profile(name="甲区", notes="他们的", stage="mature")
    assert differences(mine, theirs) == [("notes", "我的", "他们的"), ("stage", "growth", "mature")]
