"""Window shortcuts that text boxes must not take over.

A focused text box is asked first about every shortcut (``QEvent.ShortcutOverride``) and may claim the keys for its
own editing. On Linux a single-line text box claims Ctrl+E ("move to the end of the line", the Emacs binding of the
desktop's key scheme), so the documented Ctrl+E of the window would only work while no text box has the focus. The
guard answers that question before the text box does, for just the given commands' keys and only while the command
can run: every other key (typing, Ctrl+A, Home/End, Ctrl+Z...) reaches the text box as before.

The question goes to the widget with the keyboard focus, so the guard watches that one widget, following the focus
around the window (text boxes of pages built later included). It is not an application-wide event filter: in Python
such a filter is called for every event of every object and made the window crawl.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid


class ShortcutGuard(QObject):
    """Owned by ``window`` (and gone with it); watches whichever of its widgets has the keyboard focus."""

    def __init__(self, window: QWidget, actions: Sequence[QAction]) -> None:
        super().__init__(window)
        self._window = window
        self._actions = tuple(actions)
        self._watched: QWidget | None = None
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)  # a slot of this object: disconnected when it is deleted
            self._focus_changed(None, app.focusWidget())

    def watched(self) -> QWidget | None:
        """The widget the guard listens to now (the window's focus widget), if any."""
        return self._watched

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if self._watched is not None and isValid(self._watched):  # it may have been deleted meanwhile
            self._watched.removeEventFilter(self)
        self._watched = None
        if new is not None and new.window() is self._window:
            # Installed last, so it is asked before any filter the widget already had.
            new.installEventFilter(self)
            self._watched = new

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
            return False
        pressed = QKeySequence(event.keyCombination())
        for action in self._actions:
            if action.isEnabled() and any(pressed == key for key in action.shortcuts()):
                # Filtered and not accepted: no widget claims the keys, so the window's shortcut runs.
                event.ignore()
                return True
        return False
