"""Plan edits can be undone within the session: Ctrl+Z brings a removed action back, Ctrl+Shift+Z removes it again;
the Edit menu says what it would undo; another profile's plan starts a new history."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.models.profile import Profile
from desktop.models.store import ProfileStore
from desktop.views.main_window import MainWindow
from desktop.views.plan import PlanPage
from desktop.views.plan.table_model import Column
from tests.helpers.widgets import type_text
from tests.helpers.window import WindowFactory

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _window(
    make_window: WindowFactory, store: ProfileStore, samples: dict[str, Profile]
) -> tuple[MainWindow, PlanPage]:
    store.create(samples["county-park"])
    store.create(samples["hitech-hubei"])
    window = make_window()
    page = window.pages.plan
    assert page is not None
    page.ask_confirmation = lambda _text: True  # type: ignore[method-assign]
    window.editor.setCurrentWidget(window.pages.plan_tab)
    return window, page


def _press(qtbot: QtBot, window: MainWindow, key: Qt.Key, modifiers: Qt.KeyboardModifier) -> None:
    with qtbot.waitActive(window):
        window.activateWindow()
    page = window.pages.plan
    assert page is not None
    page.table.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), key, modifiers)


def test_ctrl_z_brings_a_removed_action_back_and_ctrl_shift_z_removes_it_again(
    qtbot: QtBot, make_window: WindowFactory, store: ProfileStore, samples: dict[str, Profile]
) -> None:
    window, page = _window(make_window, store, samples)
    before = [a.id for a in page.model.actions()]
    removed = page.model.action_at(1)
    page.select_row(1)
    page.remove_selected()
    assert removed.id not in [a.id for a in page.model.actions()]
    undo = window.edit_commands.undo
    assert undo.isEnabled() and f"删除行动“{removed.title.zh}”" in undo.statusTip()
    assert undo.text().startswith("撤销(&U)：删除行动“") and len(undo.text()) < 60
    assert window.isWindowModified()

    _press(qtbot, window, Qt.Key.Key_Z, CTRL)

    assert [a.id for a in page.model.actions()] == before
    assert page.selected_action() == removed  # the action that came back is selected
    assert not window.isWindowModified()  # the plan is as saved again
    assert window.edit_commands.redo.isEnabled()

    _press(qtbot, window, Qt.Key.Key_Z, CTRL | SHIFT)
    assert removed.id not in [a.id for a in page.model.actions()]
    assert window.isWindowModified()


def test_cell_edits_are_undone_one_by_one_and_named_in_english(
    qtbot: QtBot, make_window: WindowFactory, store: ProfileStore, samples: dict[str, Profile]
) -> None:
    window, page = _window(make_window, store, samples)
    first = page.model.action_at(0)
    page.model.setData(page.model.index(0, Column.OWNER), "王科长")
    page.model.setData(page.model.index(0, Column.STATUS), "in_progress")
    window.set_language("en")
    assert window.edit_commands.undo.statusTip() == f"“{first.title.en}”, Status: Not started → In progress"

    window.edit_commands.undo.trigger()
    assert page.model.action_at(0).status.value == "not_started" and page.model.action_at(0).owner == "王科长"
    window.edit_commands.undo.trigger()
    assert page.model.action_at(0).owner == ""
    assert not window.edit_commands.undo.isEnabled()


def test_opening_another_profile_starts_a_new_history(
    make_window: WindowFactory, store: ProfileStore, samples: dict[str, Profile]
) -> None:
    window, page = _window(make_window, store, samples)
    page.model.setData(page.model.index(0, Column.OWNER), "王科长")
    assert window.save()
    assert window.edit_commands.undo.isEnabled()  # saved edits can still be undone (as unsaved changes)

    other = next(s.id for s in store.list_summaries() if s.id != window.current_id())
    assert window.open_profile(other)

    assert not window.edit_commands.undo.isEnabled()


def test_typing_a_title_in_the_detail_panel_is_undone_in_one_step(
    qtbot: QtBot, make_window: WindowFactory, store: ProfileStore, samples: dict[str, Profile]
) -> None:
    window, page = _window(make_window, store, samples)
    page.select_row(0)
    before = page.model.action_at(0).title.zh
    edit = page.details.title_edit
    edit.setFocus()
    edit.end(False)
    type_text(edit, "（试点）")
    assert page.model.action_at(0).title.zh == before + "（试点）"

    window.edit_commands.undo.trigger()

    assert page.model.action_at(0).title.zh == before
    assert not window.edit_commands.undo.isEnabled()
