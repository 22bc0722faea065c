"""A damaged row in the window's profile list: listed and marked with what is wrong, the others still there;
opening it says it cannot be opened; it can be deleted from the list."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from desktop.models.analysis import default_analyzer
from desktop.models.profile_format import read_profile
from desktop.models.store import DATABASE_FILE, ProfileStore, open_store
from desktop.resources import resource_path
from desktop.views.i18n import Language
from desktop.views.main_window import MainWindow
from desktop.views.profile_list_model import DAMAGED_ROLE, ID_ROLE
from tests.helpers.widgets import Recorder

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

SAMPLES = sorted(resource_path("samples").glob("*.json"))
PROFILES = [read_profile(path) for path in SAMPLES]
DAMAGED = PROFILES[0].name


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    store, _ = open_store(folder, load_samples=False)
    with store:
        for profile in PROFILES:
            store.create(profile)
    return folder


def corrupt(data_dir: Path, statement: str) -> None:
    with sqlite3.connect(data_dir / DATABASE_FILE) as connection:
        assert connection.execute(statement, (DAMAGED,)).rowcount == 1
    connection.close()


@contextmanager
def window_on(data_dir: Path, qtbot: QtBot) -> Iterator[tuple[MainWindow, ProfileStore]]:
    """The window on the (already corrupted) store, as a user would start it."""
    store, _ = open_store(data_dir, load_samples=False)
    language = Language("zh")
    settings = QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(store, language, settings, analyzer=default_analyzer())
    qtbot.addWidget(window)
    window.show()
    try:
        yield window, store
    finally:
        window.autosave_timer.stop()
        window.close()
        store.close()
        language.uninstall()


def listed(window: MainWindow) -> dict[str, str | None]:
    """Each listed name with what the list says is wrong with it (None: nothing)."""
    model = window.panel.model
    return {model.index(row).data(): model.index(row).data(DAMAGED_ROLE) for row in range(model.rowCount())}


def damaged_index(window: MainWindow) -> object:
    model = window.panel.model
    return next(model.index(r) for r in range(model.rowCount()) if model.index(r).data() == DAMAGED)


@pytest.mark.parametrize(
    ("statement", "words"),
    [
        ("UPDATE profiles SET stage = 'retired-stage' WHERE name = ?", "retired-stage"),
        ("UPDATE profiles SET updated_at = 'last tuesday' WHERE name = ?", "last tuesday"),
        ("UPDATE profiles SET document = '{\"format\": ' WHERE name = ?", "JSON"),
    ],
    ids=["stage", "timestamp", "document"],
)
def test_the_list_shows_a_damaged_row_marked_beside_the_others(
    data_dir: Path, qtbot: QtBot, statement: str, words: str
) -> None:
    corrupt(data_dir, statement)
    with window_on(data_dir, qtbot) as (window, _):
        shown = listed(window)
        assert sorted(shown) == sorted(profile.name for profile in PROFILES)  # nothing hidden
        problem = shown.pop(DAMAGED)
        assert problem is not None and words in problem
        assert set(shown.values()) == {None}
        tooltip = damaged_index(window).data(Qt.ItemDataRole.ToolTipRole)  # type: ignore[attr-defined]
        assert DAMAGED in tooltip and words in tooltip


def test_opening_a_document_that_no_longer_validates_says_so_and_marks_the_row(data_dir: Path, qtbot: QtBot) -> None:
    corrupt(data_dir, "UPDATE profiles SET document = json_set(document, '$.stage', 'retired') WHERE name = ?")
    with window_on(data_dir, qtbot) as (window, _):
        window.show_error = Recorder()  # type: ignore[method-assign]
        damaged_id = damaged_index(window).data(ID_ROLE)  # type: ignore[attr-defined]
        opened_before = window.current_id()

        assert window.open_profile(damaged_id) is False

        ((summary, details),) = window.show_error.calls  # type: ignore[attr-defined]
        assert summary == window.tr("The profile cannot be opened.") and DAMAGED in str(details)
        assert "retired" in str(details)
        assert window.current_id() == opened_before
        assert "retired" in (listed(window)[DAMAGED] or "")  # marked from now on


def test_a_damaged_row_is_deleted_from_the_list_and_the_others_stay(data_dir: Path, qtbot: QtBot) -> None:
    corrupt(data_dir, "UPDATE profiles SET document = 'null' WHERE name = ?")
    with window_on(data_dir, qtbot) as (window, store):
        window.confirm_delete = Recorder(True)  # type: ignore[method-assign]
        menu = window.panel.row_menu(damaged_index(window))  # type: ignore[arg-type]
        (delete,) = menu.actions()

        delete.trigger()

        assert window.confirm_delete.calls == [(DAMAGED,)]  # type: ignore[attr-defined]
        assert sorted(listed(window)) == sorted(profile.name for profile in PROFILES[1:])
        assert sorted(s.name for s in store.list_summaries()) == sorted(profile.name for profile in PROFILES[1:])


def test_opening_a_profile_whose_saved_plan_is_not_json_says_so_instead_of_crashing(
    data_dir: Path, qtbot: QtBot
) -> None:
    corrupt(
        data_dir,
        "INSERT INTO plans (profile_id, saved_at, document) "
        "SELECT id, '2026-01-01 00:00:00', '{\"actions\": [' FROM profiles WHERE name = ?",
    )
    with window_on(data_dir, qtbot) as (window, _):
        assert "JSON" in (listed(window)[DAMAGED] or "")
        window.show_error = Recorder()  # type: ignore[method-assign]

        assert window.open_profile(damaged_index(window).data(ID_ROLE)) is False  # type: ignore[attr-defined]

        ((summary, details),) = window.show_error.calls  # type: ignore[attr-defined]
        assert summary == window.tr("The profile cannot be opened.")
        assert DAMAGED in str(details) and "JSON" in str(details)
