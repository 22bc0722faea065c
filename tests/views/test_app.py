"""Starting the application: data folder, language, store and window, then what the user must be told."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop import app as app_module
from desktop.models.store import StartupReport
from desktop.models.text import Text
from desktop.views.main_window import MainWindow
from tests.helpers.widgets import Recorder

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot


@pytest.fixture
def started(qapp: object, tmp_path: Path) -> Iterator[list[MainWindow]]:
    """Windows made by ``start``; closed with their store and translators afterwards."""
    windows: list[MainWindow] = []
    yield windows
    for window in windows:
        window.ask_save_discard_cancel = lambda _name: "discard"  # type: ignore[method-assign]
        window.close()
        if window.ready():
            window.store.close()
        window.language.uninstall()


def test_start_shows_the_window_then_opens_the_data_folder(
    started: list[MainWindow], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    data = tmp_path / "my data"
    _app, window, _data = app_module.start(["--data-dir", str(data), "--lang", "en"])
    started.append(window)
    assert window.isVisible()
    assert not window.ready() and not window.commands.new.isEnabled()  # shown before the database is opened
    assert window.language.lang == "en"

    monkeypatch.setattr(QMessageBox, "information", Recorder())  # "sample profiles were added"
    assert app_module.finish_start(window, data)
    assert window.ready() and window.commands.new.isEnabled()
    assert (data / "zoneplanner.sqlite3").is_file()
    assert Path(window.settings.fileName()) == data / app_module.SETTINGS_FILE
    assert window.panel.model.rowCount() == 3  # the sample profiles, offered on a first start
    assert window.current_id() is not None and window.editor.profile() is not None  # usable: a profile is open
    assert window.pages.matches is None  # the engine is loaded on the next turn of the event loop
    assert window.pages.results_tab.notice.text() == "Opening the knowledge base…"

    qtbot.waitUntil(lambda: window.pages.matches is not None)
    assert window.kb is not None  # the About box can name the knowledge base
    matches = window.pages.matches  # the engine came with the knowledge base: the open profile is ranked at once
    assert matches is not None and window.pages.plan is not None
    assert matches.analysis() is not None and matches.analysis().profile == window.editor.profile()
    window.close()  # the language chosen is remembered for the next start
    assert window.settings.value("language") == "en"


def test_the_language_of_the_last_session_is_used(started: list[MainWindow], tmp_path: Path) -> None:
    settings = app_module.open_settings(tmp_path)
    settings.setValue("language", "en")
    settings.sync()
    _app, window, _data = app_module.start(["--data-dir", str(tmp_path)])
    started.append(window)
    assert window.language.lang == "en"
    assert window.commands.save.text() == "&Save"


def test_after_showing_the_user_reads_the_store_messages_then_gets_drafts(
    started: list[MainWindow], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _app, window, _data = app_module.start(["--data-dir", str(tmp_path)])
    started.append(window)
    information = Recorder(QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QMessageBox, "information", information)
    window.offer_drafts = Recorder()  # type: ignore[method-assign]
    report = StartupReport(messages=[Text("数据库已损坏，已移到一旁。", "The database was damaged and moved aside.")])

    app_module.after_show(window, report, None)

    ((_parent, _title, message),) = information.calls
    assert message == "数据库已损坏，已移到一旁。"
    assert window.offer_drafts.calls == [()]  # type: ignore[attr-defined]


def test_a_store_that_cannot_be_opened_is_explained_and_the_start_stops(
    qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    critical = Recorder(QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QMessageBox, "critical", critical)

    _app, window, _data = app_module.start(["--data-dir", str(blocker / "data")])
    try:
        assert app_module.finish_start(window, blocker / "data") is False
        assert not window.isVisible()
    finally:
        window.language.uninstall()

    ((_parent, _title, message),) = critical.calls
    assert str(blocker) in message


def _damaged_after_a_daily_backup(data: Path) -> str:
    """A store with one profile of the user's, backed up at a later start, then damaged; returns the profile's name."""
    from desktop.models.store import open_store

    store, _ = open_store(data)  # first start: the samples
    name = store.list_summaries()[0].name
    for summary in store.list_summaries()[1:]:
        store.delete(summary.id)
    store.close()
    store, _ = open_store(data)  # a later start takes the daily copy
    store.close()
    (data / "zoneplanner.sqlite3").write_bytes(b"garbage" * 1000)
    return name


@pytest.mark.parametrize("accept", [True, False])
def test_a_damaged_database_is_set_aside_and_the_newest_backup_offered(
    started: list[MainWindow], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, accept: bool, qtbot: QtBot
) -> None:
    data = tmp_path / "data"
    kept = _damaged_after_a_daily_backup(data)
    _app, window, _data = app_module.start(["--data-dir", str(data), "--lang", "en"])
    started.append(window)
    (daily,) = (data / "backups").iterdir()
    asked = Recorder(daily if accept else None)  # the backup the user picks, or None to keep the empty database
    window.ask_restore_backup = asked  # type: ignore[method-assign]
    information = Recorder(QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QMessageBox, "information", information)

    assert app_module.finish_start(window, data)
    qtbot.waitUntil(window.autosave_timer.isActive)  # the start-up messages, then the drafts offer, were shown

    ((offered,),) = asked.calls
    assert [(backup.path, backup.profiles, backup.ok) for backup in offered] == [(daily, 1, True)]
    assert list(data.glob("zoneplanner.sqlite3.corrupt-*")), "the damaged file is kept, never deleted"
    names = sorted(row.name for row in window.panel.model.rows())
    if accept:
        assert names == [kept]  # the user's data is back, not a new store with the samples
        assert any("restored from the backup" in call[2] for call in information.calls)
    else:
        assert len(names) == 3  # a fresh store, with the samples of a first start
    assert any("damaged" in call[2] for call in information.calls)
