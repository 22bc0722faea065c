"""Drafts: the session writes its own draft only when the work changed, removes only its own, and offers the draft
a crash left behind."""

from __future__ import annotations

from desktop.models.plan.plan import ActionPlan
from desktop.models.profile import Profile
from desktop.models.session.drafts import draft_key, draft_parts
from desktop.models.session.session import ProfileSession
from desktop.models.store import ProfileStore


def test_autosave_writes_when_the_work_changed_and_removes_its_draft_once_saved(
    session: ProfileSession, store: ProfileStore, profile: Profile, proposed: ActionPlan
) -> None:
    session.autosave(True, {"name": "新园区"}, None)
    (first,) = store.list_drafts()
    session.autosave(True, {"name": "新园区"}, None)  # nothing new: the database is left alone
    (again,) = store.list_drafts()
    assert again.saved_at == first.saved_at

    session.autosave(True, {"name": "新园区二"}, proposed)
    (changed,) = store.list_drafts()
    assert draft_parts(changed.data) == ({"name": "新园区二"}, proposed.to_data())

    session.save(profile, proposed)
    assert store.list_drafts() == []  # saved: the draft has done its work


def test_autosave_never_removes_a_draft_it_did_not_write(session: ProfileSession, store: ProfileStore) -> None:
    store.save_draft("profile:99", {"form": {"name": "崩溃前的修改"}, "plan": None})

    session.autosave(True, {"name": "新园区"}, None)
    session.autosave(False, {"name": "新园区"}, None)  # nothing unsaved any more: only its own draft goes

    assert [draft.key for draft in store.list_drafts()] == ["profile:99"]


def test_the_newest_draft_is_offered_and_adopted_by_its_profile(
    session: ProfileSession, store: ProfileStore, profile: Profile, proposed: ActionPlan
) -> None:
    profile_id = store.create(profile)
    store.save_draft(draft_key(profile_id), {"form": {"name": "改过的名字"}, "plan": proposed.to_data()})

    offer = session.newest_draft()
    assert offer is not None
    assert (offer.profile_id, offer.name, offer.plan) == (profile_id, "改过的名字", proposed)
    session.open(profile_id)
    assert session.adopt(offer) is None
    session.autosave(False, {}, None)  # adopted: it is the session's own, removed once nothing is unsaved

    assert store.list_drafts() == []


def test_a_draft_of_a_deleted_profile_lives_on_as_a_new_one(session: ProfileSession, store: ProfileStore) -> None:
    store.save_draft("profile:7", {"name": "只有表单的旧草稿"})  # an older version wrote the form alone

    offer = session.newest_draft()
    assert offer is not None and offer.form == {"name": "只有表单的旧草稿"} and offer.plan is None
    session.new()
    session.adopt(offer)  # profile 7 is gone: the work is on screen as a new profile, its old draft forgotten

    assert store.list_drafts() == []
