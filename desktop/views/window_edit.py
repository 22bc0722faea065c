"""The window's Edit menu: 撤销 / 重做 of the plan's edits (Ctrl+Z, Ctrl+Shift+Z or Ctrl+Y).

The plan page keeps the undo history (``views/plan/undo.py``); this menu shows what the next undo or redo would do
("Undo: removed “…”") and brings the plan tab forward when it acts, so the user sees the change. A text box with
the focus keeps Ctrl+Z for its own typing, as everywhere.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMainWindow, QMenu, QStyle
from shiboken6 import isValid

from desktop.views.i18n import Language

if TYPE_CHECKING:
    from desktop.views.plan import PlanPage


class EditCommands(QObject):
    """Builds the Edit menu (before ``before``, the Profile menu) and follows the plan page's undo history."""

    def __init__(self, window: QMainWindow, before: QMenu, language: Language, show_plan: Callable[[], None]) -> None:
        super().__init__(window)
        self._show_plan = show_plan
        self._page: PlanPage | None = None
        style = window.style()
        self.undo = QAction(style.standardIcon(QStyle.StandardPixmap.SP_ArrowBack), "", window)
        self.undo.setObjectName("undoPlanEdit")
        self.undo.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo = QAction(style.standardIcon(QStyle.StandardPixmap.SP_ArrowForward), "", window)
        self.redo.setObjectName("redoPlanEdit")
        # The platform's redo keys, and both usual ones everywhere (Windows users know Ctrl+Y, Linux and Mac users
        # Ctrl+Shift+Z).
        keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
        keys += [QKeySequence(k) for k in ("Ctrl+Shift+Z", "Ctrl+Y") if QKeySequence(k) not in keys]
        self.redo.setShortcuts(keys)
        self.undo.triggered.connect(lambda: self._act(QUndoStack.undo))
        self.redo.triggered.connect(lambda: self._act(QUndoStack.redo))
        self.menu = QMenu(window)
        self.menu.addActions([self.undo, self.redo])
        window.menuBar().insertMenu(before.menuAction(), self.menu)
        language.changed.connect(self.retranslate)
        self.retranslate()

    def attach(self, page: PlanPage | None) -> None:
        """The plan page, once built (None: there is no engine, so no plan to edit)."""
        self._page = page
        if page is not None:
            stack = page.undo.stack
            for signal in (stack.canUndoChanged, stack.canRedoChanged, stack.undoTextChanged, stack.redoTextChanged):
                signal.connect(self.retranslate)
        self.retranslate()

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("&Edit"))
        stack = self._stack()
        can_undo = stack is not None and stack.canUndo()
        can_redo = stack is not None and stack.canRedo()
        self.undo.setEnabled(can_undo)
        self.redo.setEnabled(can_redo)
        undo_text = stack.undoText() if stack is not None and can_undo else ""
        redo_text = stack.redoText() if stack is not None and can_redo else ""
        # The menu names the step briefly (a title may be long); the status line says it in full.
        undo, redo = _brief(undo_text), _brief(redo_text)
        self.undo.setText(self.tr("&Undo: {step}").format(step=undo) if undo else self.tr("&Undo"))
        self.redo.setText(self.tr("&Redo: {step}").format(step=redo) if redo else self.tr("&Redo"))
        self.undo.setStatusTip(undo_text or self.tr("Undo the last change to the action plan"))
        self.redo.setStatusTip(redo_text or self.tr("Redo the change to the action plan just undone"))

    def _act(self, step: Callable[[QUndoStack], None]) -> None:
        page = self._page
        if page is None or not page.isEnabled():  # a read-only database leaves nothing to undo
            return
        stack = self._stack()
        if stack is None:
            return
        self._show_plan()  # the plan tab comes forward, so the user sees what changed
        step(stack)

    def _stack(self) -> QUndoStack | None:
        """The plan's undo history; None without a plan page, or while the window is being taken down."""
        page = self._page
        if page is None or not isValid(page) or not isValid(page.undo.stack):
            return None
        return page.undo.stack


STEP_CHARACTERS = 48  # a menu entry of a reasonable width, in Chinese as in English


def _brief(step: str) -> str:
    return step if len(step) <= STEP_CHARACTERS else step[: STEP_CHARACTERS - 1] + "…"
