"""Sample profiles are marked 示例 in the list and the window title; one command removes them all (asking first,
naming them; the user's own profiles stay), and they can be loaded again — also from the hint an empty store shows."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.models.profile import Profile
from desktop.models.store import ProfileStore
from desktop.models.store.samples import load_samples_once, shipped_sample_names
from desktop.models.text import Text
from desktop.views.i18n import Language
from desktop.views.main_window import MainWindow
from desktop.views.profile_list_model import SAMPLE_ROLE
from tests.helpers.widgets import Recorder
from tests.helpers.window import WindowFactory

OWN = "我们自己的开发区"


def marks(window: MainWindow) -> dict[str, str | None]:
    """Each listed profile's name and the mark the list shows beside it."""
    model = window.panel.model
    return {model.index(row).data(): model.index(row).data(SAMPLE_ROLE) for row in range(model.rowCount())}


def open_named(window: MainWindow, store: ProfileStore, name: str) -> None:
    profile_id = store.find_id(name)
    assert profile_id is not None and window.open_profile(profile_id)


@pytest.fixture
def seeded(store: ProfileStore, samples: dict[str, Profile]) -> ProfileStore:
    """A first start's store (the samples put in), then a profile of the user's own."""
    names, problems = load_samples_once(store)
    assert sorted(names) == sorted(shipped_sample_names()) and problems == []
    store.create(samples["county-park"].with_changes(name=OWN))
    return store


def test_samples_are_marked_in_the_list_and_in_the_title(
    make_window: WindowFactory, seeded: ProfileStore, language: Language
) -> None:
    window = make_window()
    assert marks(window) == {**dict.fromkeys(shipped_sample_names(), "示例"), OWN: None}
    assert window.help.remove_samples_action in window.panel.view.actions()  # the list's right-click menu
    sample = sorted(shipped_sample_names())[0]
    open_named(window, seeded, sample)
    assert f"{sample}（示例）" in window.windowTitle() and window.heading.text() == f"{sample}（示例）"
    open_named(window, seeded, OWN)
    assert "示例" not in window.windowTitle() and window.heading.text() == OWN

    language.set("en")
    assert set(marks(window).values()) == {"Sample", None}
    open_named(window, seeded, sample)
    assert f"{sample} (sample)" in window.windowTitle()
    tip = window.panel.model.index(window.panel.model.row_of(window.current_id())).data(Qt.ItemDataRole.ToolTipRole)  # type: ignore[arg-type]
    assert "sample profile" in tip


def test_removing_all_samples_asks_once_naming_them_and_keeps_the_users_own(
    make_window: WindowFactory, seeded: ProfileStore
) -> None:
    window = make_window()
    sample = sorted(shipped_sample_names())[0]
    open_named(window, seeded, sample)  # the open profile is one of them
    asked = Recorder(False)
    window.help.ask_remove_samples = asked  # type: ignore[method-assign,assignment]
    window.help.remove_samples_action.trigger()
    assert len(asked.calls) == 1 and sorted(asked.calls[0][0]) == sorted(shipped_sample_names())  # type: ignore[call-overload]
    assert len(marks(window)) == len(shipped_sample_names()) + 1  # declined: nothing removed

    window.help.ask_remove_samples = Recorder(True)  # type: ignore[method-assign,assignment]
    window.help.remove_samples_action.trigger()
    assert marks(window) == {OWN: None}
    assert window.current_id() == seeded.find_id(OWN)  # the open sample is gone: the user's own profile is shown
    assert "示例" not in window.windowTitle()
    assert not window.help.remove_samples_action.isEnabled()  # nothing left to remove
    assert "已删除 3 份示例档案" in window.statusBar().currentMessage()

    window.help.load_samples_action.trigger()  # and back again
    assert marks(window) == {**dict.fromkeys(shipped_sample_names(), "示例"), OWN: None}
    assert not window.help.load_samples_action.isEnabled()


def test_an_empty_store_shows_how_to_begin_and_the_samples_button_loads_them(
    qtbot: QtBot, make_window: WindowFactory, store: ProfileStore, language: Language
) -> None:
    window = make_window()
    hint = window.help.hint
    assert hint.isVisible()
    assert "F1" in hint.label.text() and "示例档案" in hint.label.text() and "新建" in hint.label.text()
    language.set("en")
    assert "F1" in hint.label.text() and "sample profiles" in hint.label.text()
    assert hint.samples_button.text() == "Load the sample profiles"
    language.set("zh")
    qtbot.mouseClick(  # type: ignore[no-untyped-call]
        hint.samples_button, Qt.MouseButton.LeftButton
    )
    assert set(marks(window)) == set(shipped_sample_names()) and set(marks(window).values()) == {"示例"}
    assert not hint.isVisible()
    assert window.current_id() is not None  # a sample is open to look at


def test_the_hints_new_profile_button_starts_a_new_profile(
    qtbot: QtBot, make_window: WindowFactory, samples: dict[str, Profile]
) -> None:
    window = make_window()
    window.editor.basic.name_edit.setText("试填")  # something typed: starting anew asks first, as New profile does
    asked = Recorder("discard")
    window.ask_save_discard_cancel = asked  # type: ignore[method-assign,assignment]
    qtbot.mouseClick(  # type: ignore[no-untyped-call]
        window.help.hint.new_button, Qt.MouseButton.LeftButton
    )
    assert asked.calls and window.editor.basic.name_edit.text() == ""


def test_a_read_only_store_keeps_its_samples(make_window: WindowFactory, seeded: ProfileStore) -> None:
    window = make_window()
    window.set_database("/media/cd/zoneplanner.sqlite3", shared=False, read_only=Text("光盘只读", "read-only disc"))
    asked = Recorder(True)
    window.help.ask_remove_samples = asked  # type: ignore[method-assign,assignment]
    window.help.remove_samples()
    assert asked.calls == [] and len(marks(window)) == len(shipped_sample_names()) + 1
    window.commands.help_menu.aboutToShow.emit()
    assert not window.help.remove_samples_action.isEnabled() and not window.help.load_samples_action.isEnabled()
