"""Autosave in the main window: unsaved work kept as a draft, and the draft a crash left offered at start."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop.models.errors import ZonePlannerError

if TYPE_CHECKING:
    from desktop.views.window_parts import WindowParts

    _Base = WindowParts
else:
    _Base = object


class DraftKeeping(_Base):
    """Mixed into ``MainWindow``: the ProfileSession keeps the drafts; this is when, and what the user is asked."""

    # --- drafts (autosave) --------------------------------------------------------------------------------------

    def autosave_draft(self) -> None:
        """Keep unsaved work — the form, and the plan when it was edited — so a crash loses a few seconds at most."""
        if not self.ready():
            return
        try:
            self.session.autosave(self.is_dirty(), self.editor.current_data(), self.pages.plan_draft())
        except ZonePlannerError as error:
            self._draft_problem(error)

    def offer_drafts(self) -> None:
        """At start: offer the newest draft a crash left back (declining forgets it); then start autosaving.

        Autosave starts only now, so that it can never touch that draft before the user was asked about it.
        """
        if not self.ready():
            return
        try:
            self._offer_newest_draft()
        finally:
            self.autosave_timer.start()

    def _offer_newest_draft(self) -> None:
        offer = self.session.newest_draft()
        if offer is None:
            return
        name = offer.name or QCoreApplication.translate("MainWindow", "New profile")
        if not self.ask_restore_draft(name, offer.saved_at):
            self._draft_problem(self.session.forget_draft(offer.key))
            return
        if offer.profile_id is None or not self.open_profile(offer.profile_id):
            self._show(None)
        self.editor.load_data(offer.form, baseline=False)
        if offer.plan is not None:
            self.pages.restore_plan(offer.plan)
        self._draft_problem(self.session.adopt(offer))  # the profile is gone: the draft lives on as a new one
        self.autosave_draft()
        self._update_state()
        self._status(
            QCoreApplication.translate(
                "MainWindow", "Restored unsaved changes of “{name}”. Save them to keep them."
            ).format(name=name)
        )
