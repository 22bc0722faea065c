"""``ProfileSession``: the open profile and everything done to it — open, save, rename, duplicate, delete, drafts.

It knows nothing of widgets: the window asks the user and shows the results, the session does the work on the
store. Every store failure is raised as the store's ``ZonePlannerError``, with nothing half-done.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from desktop.models.errors import ProfileError, ZonePlannerError
from desktop.models.plan.plan import ActionPlan
from desktop.models.profile import Profile
from desktop.models.profile_names import NameTemplate, unique_name
from desktop.models.profile_rules import validate_field
from desktop.models.session.baseline import PlanBaseline, StoredPlan
from desktop.models.session.drafts import DraftOffer, draft_document, draft_key

if TYPE_CHECKING:  # the session is handed a store; it never opens one
    from desktop.models.store import OnConflict, ProfileStore

SaveKind = Literal["profile", "plan", "nothing"]


@dataclass(frozen=True, slots=True)
class Saved:
    """What a save stored; ``draft_problem``: the save went through but its draft could not be removed."""

    kind: SaveKind
    draft_problem: ZonePlannerError | None = None


class ProfileSession:
    """The profile open in the window (None: a new one), its saved name, its plan baseline and its draft."""

    def __init__(self, store: ProfileStore) -> None:
        self.store = store
        self.current_id: int | None = None
        # The stored version the open profile was read at: every save passes it, so a save over someone else's newer
        # version is refused as a conflict (``ConflictError``) instead of overwriting it.
        self.version: int | None = None
        self.saved_name = ""  # the stored name of the open profile (the form may hold an edited one)
        self.baseline = PlanBaseline()
        # The draft this session owns: its key and the document last written (None: adopted from a crash, content
        # not written by us). Autosave replaces or removes only this one; any other draft is a crash's, to be offered.
        self._own_draft: tuple[str, dict[str, object] | None] | None = None

    # --- opening and saving -------------------------------------------------------------------------------------

    def open(self, profile_id: int) -> tuple[Profile, StoredPlan]:
        """Read a saved profile and its plan; the session follows it only once both were read."""
        profile, version = self.store.load_versioned(profile_id)
        plan = StoredPlan.read(self.store.load_plan(profile_id))
        self.current_id, self.saved_name, self.version = profile_id, profile.name, version
        return profile, plan

    def new(self) -> None:
        self.current_id, self.saved_name, self.version = None, "", None

    def follow_read(self, profile_id: int, name: str, version: int) -> None:
        """Follow a profile read before the session existed (the window's first paint reads it without the store),
        at the version it was read at: a save over a newer one is refused as a conflict, as after ``open``."""
        self.current_id, self.saved_name, self.version = profile_id, name, version

    def plan_changed(self, plan: ActionPlan | None) -> bool:
        return self.baseline.changed(plan)

    def save(self, profile: Profile | None, plan: ActionPlan | None) -> Saved:
        """Store the profile and its plan in one transaction; ``profile`` None: the form is unchanged, so only the
        plan is stored (no new version of an unchanged profile)."""
        to_save = self.baseline.to_save(plan)
        old_key = draft_key(self.current_id)
        if profile is None:
            if self.current_id is None or to_save is None:
                return Saved("nothing")
            self.version = self.store.save_plan(self.current_id, to_save.to_data(), expected_version=self.version)
            kind: SaveKind = "plan"
        else:
            data = None if to_save is None else to_save.to_data()
            if self.current_id is None:
                self.current_id, self.version = self.store.create(profile, plan_data=data), 1
            else:
                self.version = self.store.update(
                    self.current_id, profile, plan_data=data, expected_version=self.version
                )
            self.saved_name = profile.name.strip()
            kind = "profile"
        if to_save is not None:
            self.baseline.reset(to_save)
        return Saved(kind, self.forget_draft(old_key))

    # --- profile commands ---------------------------------------------------------------------------------------

    def name_problem(self, name: str) -> ProfileError | None:
        return validate_field("name", name)

    def rename(self, name: str) -> str:
        """Save the open profile under ``name`` (a new version); the name as stored."""
        assert self.current_id is not None
        profile = self.store.load(self.current_id)
        self.version = self.store.update(
            self.current_id, profile.with_changes(name=name.strip()), expected_version=self.version
        )
        self.saved_name = name.strip()
        return self.saved_name

    def duplicate(self, template: NameTemplate) -> tuple[int, str]:
        """Store a copy of the open profile, with its plan, under the first free name ``template`` makes."""
        assert self.current_id is not None
        original = self.store.load(self.current_id)
        plan_data = self.store.load_plan(self.current_id)  # the copy starts with the same plan
        name = unique_name(original.name, lambda candidate: self.store.find_id(candidate) is not None, template)
        return self.store.create(original.with_changes(name=name), plan_data=plan_data), name

    def delete(self) -> ZonePlannerError | None:
        """Delete the open profile and its draft; the session then holds no profile."""
        assert self.current_id is not None
        deleted = self.current_id
        self.store.delete(deleted, expected_version=self.version)
        self.new()
        return self.forget_draft(draft_key(deleted))

    def exists(self, name: str) -> bool:
        return self.store.find_id(name) is not None

    def import_profile(self, profile: Profile, on_conflict: OnConflict) -> int:
        return self.store.import_profile(profile, on_conflict)

    def restore_revision(self, revision_id: int) -> None:
        assert self.current_id is not None
        self.version = self.store.restore_revision(self.current_id, revision_id, expected_version=self.version)

    # --- conflicts (someone else saved the open profile first) ----------------------------------------------------

    def take_theirs(self) -> tuple[Profile, StoredPlan]:
        """Drop the work here and follow what is stored now (re-opening the profile at its current version)."""
        assert self.current_id is not None
        return self.open(self.current_id)

    def keep_mine(self, theirs_version: int) -> None:
        """The user saw what the other saved and chose to save over it: the next save is based on that version."""
        self.version = theirs_version

    def save_as_copy(self, profile: Profile, plan: ActionPlan | None, template: NameTemplate) -> tuple[int, str]:
        """Store the work here as a new profile beside the one someone else changed, and open the copy."""
        name = unique_name(profile.name, lambda candidate: self.store.find_id(candidate) is not None, template)
        new_id = self.store.create(profile.with_changes(name=name), plan_data=None if plan is None else plan.to_data())
        old_key = draft_key(self.current_id)
        self.current_id, self.saved_name, self.version = new_id, name, 1
        if plan is not None:
            self.baseline.reset(plan)
        self.forget_draft(old_key)
        return new_id, name

    # --- drafts (autosave) --------------------------------------------------------------------------------------

    def autosave(self, dirty: bool, form: dict[str, object], plan: ActionPlan | None) -> None:
        """Keep unsaved work (the form, and ``plan`` when it was edited) so a crash loses a few seconds at most.

        Writes only when the work differs from what it last wrote (an idle window leaves the database alone), and
        removes only its own draft once nothing is unsaved: another draft is a crash's, to be offered first.
        """
        key = draft_key(self.current_id)
        if dirty:
            document = draft_document(form, plan)
            if self._own_draft != (key, document):
                self.store.save_draft(key, document)
                self._own_draft = (key, document)
        elif self._own_draft is not None:
            self.store.delete_draft(self._own_draft[0])
            self._own_draft = None

    def forget_draft(self, key: str | None = None) -> ZonePlannerError | None:
        """Remove a draft (by default the open profile's); a failure is returned, for the window to mention."""
        key = draft_key(self.current_id) if key is None else key
        if self._own_draft is not None and self._own_draft[0] == key:
            self._own_draft = None
        try:
            self.store.delete_draft(key)
        except ZonePlannerError as error:
            return error
        return None

    def newest_draft(self) -> DraftOffer | None:
        """The newest draft a crash left behind, if any (a store that cannot list drafts has none to offer)."""
        try:
            drafts = self.store.list_drafts()
        except ZonePlannerError:
            return None
        return DraftOffer.of(drafts[0].key, drafts[0].data, drafts[0].saved_at) if drafts else None

    def adopt(self, offer: DraftOffer) -> ZonePlannerError | None:
        """The offered draft's work is on screen now: keep it as this session's draft when it belongs to the open
        profile; else (the profile is gone, the work lives on as a new one) forget it."""
        if offer.key == draft_key(self.current_id):
            self._own_draft = (offer.key, None)
            return None
        return self.forget_draft(offer.key)
