"""The window's first paint: the profile list and the last profile, shown before the store is open.

The application reads them straight from the SQLite file (``desktop/models/store/quick_read.py``) and hands them
over before the window is shown, so the window appears usable; the store, opened a moment later, then takes over
the profile on screen (``attach_store``) without reading or loading it again. Commands that need the store (save,
new, delete...) stay disabled until then, as they always were while the store opened.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.models.store.quick_read import FirstPaint
    from desktop.views.window_parts import WindowParts

    _Base = WindowParts
else:
    _Base = object


class FirstPaintShowing(_Base):
    """Mixed into ``MainWindow``: show what was read before the store, and hand it to the session later."""

    _first_paint: FirstPaint | None = None

    def show_first_paint(self, paint: FirstPaint) -> None:
        """Fill the list and open the profile read for the first paint."""
        self._first_paint = paint
        self.panel.set_rows(list(paint.rows))
        if paint.opened is not None:
            self.editor.load(paint.opened.profile)  # its stored plan waits for the store (the plan model loads then)
        self.panel.select(self.first_paint_id())
        self._update_state()

    def first_paint_id(self) -> int | None:
        """The profile the first paint opened, until the store takes it over."""
        paint = self._first_paint
        return paint.opened.id if paint is not None and paint.opened is not None else None

    def _adopt_first_paint(self) -> bool:
        """The store is attached and the list re-read: the session follows the profile on screen, at the version
        the first paint read (so a save over a newer one is still a conflict). False if there is none, or if the
        store no longer lists it as it was shown (replaced by a backup, say): then it is opened afresh as usual."""
        paint, self._first_paint = self._first_paint, None
        opened = paint.opened if paint is not None else None
        if paint is None or opened is None:
            return False
        shown = next(row for row in paint.rows if row.id == opened.id)
        listed = self.panel.model.summary_of(opened.id)
        # Changed meanwhile: read again. Unless the user is typing into that same profile: the typing stays on it,
        # and its save is refused as a conflict, which shows what differs.
        typing_on_it = self.editor.is_dirty() and listed is not None and listed.name == shown.name
        if listed != shown and not typing_on_it:
            return False
        from desktop.models.session.baseline import StoredPlan  # the plan model, needed only now

        self.session.follow_read(opened.id, opened.profile.name, opened.version)
        self.pages.show_profile(opened.profile, StoredPlan.read(opened.plan))  # shown once the plan page is built
        self.panel.select(opened.id)
        return True
