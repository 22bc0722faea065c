"""The session tracks the version of the open profile: two sessions on one store, the second save is a conflict."""

from __future__ import annotations

import pytest

from desktop.models.plan.plan import ActionPlan
from desktop.models.profile import Profile
from desktop.models.profile_names import NUMBERED
from desktop.models.session.session import ProfileSession
from desktop.models.store import ProfileStore
from desktop.models.store.conflict import ConflictError


def _two_sessions_on(store: ProfileStore, profile: Profile) -> tuple[ProfileSession, ProfileSession, int]:
    first = ProfileSession(store)
    first.save(profile, None)
    assert first.current_id is not None
    second = ProfileSession(store)
    second.open(first.current_id)
    return first, second, first.current_id


def test_the_second_of_two_saves_from_the_same_version_is_a_conflict_and_the_first_stays(
    store: ProfileStore, profile: Profile
) -> None:
    first, second, profile_id = _two_sessions_on(store, profile)
    first.save(profile.with_changes(notes="第一位保存的"), None)

    with pytest.raises(ConflictError) as caught:
        second.save(profile.with_changes(notes="第二位保存的"), None)

    assert caught.value.theirs.profile == profile.with_changes(notes="第一位保存的")
    assert store.load(profile_id).notes == "第一位保存的"
    # The session that saved first goes on saving: its version followed its own save.
    first.save(profile.with_changes(notes="第一位再次保存"), None)
    assert store.load(profile_id).notes == "第一位再次保存"


def test_keep_mine_saves_over_theirs_once_seen(store: ProfileStore, profile: Profile) -> None:
    first, second, profile_id = _two_sessions_on(store, profile)
    first.save(profile.with_changes(notes="他们的"), None)
    with pytest.raises(ConflictError) as caught:
        second.save(profile.with_changes(notes="我的"), None)

    second.keep_mine(caught.value.theirs.version)
    second.save(profile.with_changes(notes="我的"), None)

    assert store.load(profile_id).notes == "我的"
    assert [r.name for r in store.revisions(profile_id)] == [profile.name] * 3  # theirs is kept in the history


def test_take_theirs_reopens_what_is_stored(store: ProfileStore, profile: Profile) -> None:
    first, second, _ = _two_sessions_on(store, profile)
    first.save(profile.with_changes(notes="他们的"), None)

    reopened, _plan = second.take_theirs()

    assert reopened.notes == "他们的"
    second.save(reopened.with_changes(notes="在他们的基础上"), None)  # based on their version now: no conflict


def test_save_as_copy_keeps_both(store: ProfileStore, profile: Profile, proposed: ActionPlan) -> None:
    first, second, profile_id = _two_sessions_on(store, profile)
    first.save(profile.with_changes(notes="他们的"), None)

    copy_id, name = second.save_as_copy(profile.with_changes(notes="我的"), proposed, NUMBERED)

    assert store.load(profile_id).notes == "他们的"
    assert store.load(copy_id).notes == "我的" and store.load(copy_id).name == name != profile.name
    assert second.current_id == copy_id
    assert ActionPlan.from_data(store.load_plan(copy_id) or {}) == proposed


def test_a_plan_saved_elsewhere_makes_the_next_plan_save_here_a_conflict(
    store: ProfileStore, profile: Profile, proposed: ActionPlan
) -> None:
    first, second, profile_id = _two_sessions_on(store, profile)
    first.baseline.reset(None)
    first.save(None, proposed)
    second.baseline.reset(None)
    with pytest.raises(ConflictError):
        second.save(None, ActionPlan([]))
    assert ActionPlan.from_data(store.load_plan(profile_id) or {}) == proposed
