"""The window's documented shortcuts work wherever the cursor is, text boxes included; text boxes keep their keys."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from desktop.models.profile import Profile
from desktop.models.store import ProfileStore
from desktop.models.vocabulary import Figure
from desktop.views.main_window import MainWindow
from tests.helpers.widgets import Recorder
from tests.helpers.window import WindowFactory

CTRL_E = QKeySequence("Ctrl+E")
CTRL_A = QKeySequence("Ctrl+A")


class LinuxTextKeys(QObject):
    """What a text box does on a Linux desktop: it claims Ctrl+E ("end of line") and Ctrl+A ("select all") for its
    own editing by accepting the shortcut question. The offscreen test platform has no such key bindings, so the
    tests give the text box this behaviour; ``claimed`` lists the keys it was allowed to claim.
    """

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.claimed: list[str] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            pressed = QKeySequence(event.keyCombination())
            if pressed in (CTRL_E, CTRL_A):
                self.claimed.append(pressed.toString())
                event.accept()
                return True
        return False


def activate(qtbot: QtBot, window: QWidget) -> None:
    """Make ``window`` the active one, as the user clicking on it: only the active window has a focus widget."""
    with qtbot.waitActive(window):
        window.activateWindow()


def focus_with_linux_keys(window: MainWindow, widget: QWidget) -> LinuxTextKeys:
    """Give ``widget`` the Linux key bindings, then the focus (as the user clicking into it)."""
    window.panel.view.setFocus()
    keys = LinuxTextKeys(widget)
    widget.installEventFilter(keys)
    window.editor.setCurrentWidget(_page_of(window, widget))
    widget.setFocus()
    assert QApplication.focusWidget() is widget
    return keys


def _page_of(window: MainWindow, widget: QWidget) -> QWidget:
    for index in range(window.editor.count()):
        page = window.editor.widget(index)
        if page.isAncestorOf(widget):
            return page
    return window.editor.currentWidget()


TEXT_BOXES: dict[str, Callable[[MainWindow], QWidget]] = {
    "search box": lambda w: w.panel.search,
    "name": lambda w: w.editor.basic.name_edit,
    "city": lambda w: w.editor.basic.city_edit,
    "figure": lambda w: w.editor.basic.figure_edits[Figure.AREA_KM2],
    "goals": lambda w: w.editor.goals.goals_edit,
}


@pytest.fixture
def export(monkeypatch: pytest.MonkeyPatch) -> Recorder:
    """Stands in for the workbook export (set before the window connects Ctrl+E to it)."""
    recorder = Recorder()
    monkeypatch.setattr(MainWindow, "export_workbook", recorder)
    return recorder


@pytest.mark.parametrize("box", TEXT_BOXES)
def test_ctrl_e_exports_the_plan_from_a_text_box(
    qtbot: QtBot,
    export: Recorder,
    make_window: WindowFactory,
    store: ProfileStore,
    samples: dict[str, Profile],
    box: str,
) -> None:
    store.create(samples["county-park"])
    window = make_window()
    activate(qtbot, window)
    widget = TEXT_BOXES[box](window)
    keys = focus_with_linux_keys(window, widget)

    QTest.keyClick(widget, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)

    assert len(export.calls) == 1
    assert keys.claimed == []  # the text box was not allowed to take Ctrl+E


def test_text_boxes_keep_their_own_keys(
    qtbot: QtBot, export: Recorder, make_window: WindowFactory, store: ProfileStore, samples: dict[str, Profile]
) -> None:
    store.create(samples["county-park"])
    window = make_window()
    activate(qtbot, window)
    name = window.editor.basic.name_edit
    keys = focus_with_linux_keys(window, name)

    QTest.keyClicks(name, "abc")
    QTest.keyClick(name, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert keys.claimed == ["Ctrl+A"]  # a key of the text box, not of the window: still the text box's
    assert name.selectedText() == name.text() and name.text().endswith("abc")
    QTest.keyClick(name, Qt.Key.Key_Home)
    QTest.keyClick(name, Qt.Key.Key_Delete)
    assert name.cursorPosition() == 0 and not name.text().startswith("桐")

    # While the plan cannot be exported, Ctrl+E stays the text box's own key.
    window.commands.export_plan.setEnabled(False)
    QTest.keyClick(name, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert export.calls == []
    assert keys.claimed == ["Ctrl+A", "Ctrl+E"]


COMMANDS = {
    "Ctrl+N": "new_profile",
    "Ctrl+S": "save",
    "Ctrl+I": "import_profile",
    "Ctrl+Shift+E": "export_profile",
    "Ctrl+D": "duplicate_profile",
    "Ctrl+H": "show_history",
}


def test_the_other_shortcuts_still_work_from_a_text_box(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, make_window: WindowFactory, store: ProfileStore, samples
) -> None:
    recorders = {method: Recorder() for method in COMMANDS.values()}
    for method, recorder in recorders.items():
        monkeypatch.setattr(MainWindow, method, recorder)
    store.create(samples["county-park"])
    window = make_window()
    activate(qtbot, window)
    city = window.editor.basic.city_edit
    focus_with_linux_keys(window, city)

    for keys, method in COMMANDS.items():
        window.commands.save.setEnabled(True)  # Save is offered only with changes; the key is what is checked
        sequence = QKeySequence(keys)[0]
        QTest.keyClick(city, sequence.key(), sequence.keyboardModifiers())
        assert len(recorders[method].calls) == 1, keys
    QTest.keyClick(city, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.panel.search


def test_the_guard_follows_the_focus_and_goes_with_its_window(
    qtbot: QtBot, export: Recorder, make_window: WindowFactory, store: ProfileStore, language, data_dir
) -> None:
    from tests.views.conftest import settings_at

    gone = MainWindow(store, language, settings_at(data_dir))
    gone.show()
    activate(qtbot, gone)
    gone.editor.basic.name_edit.setFocus()
    assert gone.shortcut_guard.watched() is gone.editor.basic.name_edit
    gone.close()
    gone.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    window = make_window()  # focus moves on, into another window: nothing is left behind to react
    activate(qtbot, window)
    search = window.panel.search
    search.setFocus()
    assert window.shortcut_guard.watched() is search
    other = QLineEdit()
    qtbot.addWidget(other)
    other.show()
    activate(qtbot, other)
    other.setFocus()
    assert window.shortcut_guard.watched() is None  # another window's text box is left alone
