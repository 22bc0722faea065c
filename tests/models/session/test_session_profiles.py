"""ProfileSession on a real store, with no widget: open, save (profile and plan together), rename, duplicate,
delete, import — what a user of the window relies on, checked in the store itself."""

from __future__ import annotations

import pytest

from desktop.models.errors import StoreError
from desktop.models.plan.plan import ActionPlan
from desktop.models.profile import Profile
from desktop.models.profile_names import NameTemplate
from desktop.models.session.session import ProfileSession
from desktop.models.store import ProfileStore

COPY = NameTemplate(numbered="{name}（副本{number}）", first="{name}（副本）")


def owned(plan: ActionPlan, owner: str = "李娜") -> ActionPlan:
    """``plan`` with the user's work in it: an owner for its first action."""
    edited = ActionPlan.from_data(plan.to_data())
    edited.update(edited.actions[0].id, owner=owner)
    return edited


def test_a_new_profile_is_saved_with_its_plan_in_one_go(
    session: ProfileSession, store: ProfileStore, profile: Profile, proposed: ActionPlan
) -> None:
    assert session.plan_changed(proposed)  # nothing is saved yet

    done = session.save(profile, proposed)

    assert done.kind == "profile" and session.current_id is not None
    assert store.load(session.current_id) == profile
    assert store.load_plan(session.current_id) == proposed.to_data()
    assert not session.plan_changed(proposed)  # the saved plan is the baseline now
    assert session.saved_name == profile.name


def test_a_failed_save_changes_neither_the_profile_nor_the_plan(
    session: ProfileSession, store: ProfileStore, profile: Profile, proposed: ActionPlan
) -> None:
    other_id = store.create(profile.with_changes(name="另一园区"))
    session.save(profile, proposed)
    edited = owned(proposed)

    with pytest.raises(StoreError):  # the name of another profile: the whole save is refused
        session.save(profile.with_changes(name="另一园区", city="黄冈市"), edited)

    assert session.current_id is not None
    assert store.load(session.current_id) == profile
    assert store.load_plan(session.current_id) == proposed.to_data()
    assert store.load(other_id).city == profile.city
    assert session.plan_changed(edited)  # still unsaved: the user can fix the name and save again


def test_an_edited_plan_alone_is_saved_as_a_version_of_the_same_profile_with_the_new_plan(
    session: ProfileSession, store: ProfileStore, profile: Profile, proposed: ActionPlan
) -> None:
    session.save(profile, proposed)
    assert session.current_id is not None
    versions = len(store.revisions(session.current_id))
    edited = owned(proposed)

    assert session.save(None, edited).kind == "plan"

    # Plan edits are history (#13.11): one more version, the same profile, the edited plan recorded with it.
    newest = store.revisions(session.current_id)
    assert len(newest) == versions + 1
    assert store.load_revision(newest[0].id) == store.load_revision(newest[1].id)
    assert store.load_revision_plan(newest[0].id) == edited.to_data()
    assert store.load_plan(session.current_id) == edited.to_data()
    assert session.save(None, edited).kind == "plan"  # saved again as it is: harmless


def test_an_unreadable_stored_plan_is_replaced_only_by_an_edited_one(
    session: ProfileSession, store: ProfileStore, profile: Profile, proposed: ActionPlan
) -> None:
    profile_id = store.create(profile)
    broken = {"format": "something else", "actions": []}
    store.save_plan(profile_id, broken)

    opened, stored = session.open(profile_id)
    assert opened == profile and stored.plan is None and stored.problem is not None
    session.baseline.reset(proposed, keep_stored=True)  # the proposals are shown instead (as the plan page does)
    session.save(profile.with_changes(city="随州市"), proposed)
    assert store.load_plan(profile_id) == broken  # left for inspection

    edited = owned(proposed)
    session.save(None, edited)
    assert store.load_plan(profile_id) == edited.to_data()


def test_rename_keeps_the_profile_and_refuses_a_bad_name(
    session: ProfileSession, store: ProfileStore, profile: Profile
) -> None:
    session.save(profile, None)
    assert session.name_problem("") is not None
    assert session.name_problem("新名字") is None

    assert session.rename("  新名字 ") == "新名字"

    assert session.current_id is not None and store.load(session.current_id).name == "新名字"
    assert session.saved_name == "新名字"


def test_a_copy_gets_the_plan_and_the_first_free_name_counting_on_from_the_original(
    session: ProfileSession, store: ProfileStore, profile: Profile, proposed: ActionPlan
) -> None:
    session.save(profile.with_changes(name="桐川工业园"), owned(proposed))

    first_id, first = session.duplicate(COPY)
    _second_id, second = session.duplicate(COPY)
    session.open(first_id)
    _third_id, third = session.duplicate(COPY)  # a copy of a copy is numbered on, not "（副本）（副本）"

    assert (first, second, third) == ("桐川工业园（副本）", "桐川工业园（副本2）", "桐川工业园（副本3）")
    assert store.load_plan(first_id) == owned(proposed).to_data()


def test_a_long_name_is_shortened_to_keep_the_suffix(session: ProfileSession, profile: Profile) -> None:
    session.save(profile.with_changes(name="长" * 100), None)
    _id, first = session.duplicate(COPY)
    _id, second = session.duplicate(COPY)
    assert (first, second) == ("长" * 96 + "（副本）", "长" * 95 + "（副本2）")


def test_an_import_kept_beside_its_namesake_is_named_the_same_way(
    session: ProfileSession, store: ProfileStore, profile: Profile
) -> None:
    session.save(profile, None)
    first = store.load(session.import_profile(profile, "keep_both")).name
    second = store.load(session.import_profile(profile.with_changes(name=first), "keep_both")).name
    assert (first, second) == (f"{profile.name} (2)", f"{profile.name} (3)")  # a copy of "X (2)" counts on from X


def test_delete_forgets_the_profile_and_its_draft(
    session: ProfileSession, store: ProfileStore, profile: Profile
) -> None:
    session.save(profile, None)
    profile_id = session.current_id
    assert profile_id is not None
    session.autosave(True, {"name": "未保存的名字"}, None)

    assert session.delete() is None

    assert store.find_id(profile.name) is None and store.list_drafts() == []
    assert session.current_id is None and session.saved_name == ""
