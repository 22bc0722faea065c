"""The window is usable at its first paint: the list and the last profile are read straight from the SQLite file
before the store (SQLAlchemy) is loaded; the store then takes over the profile on screen, with what was typed."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop import app as app_module
from desktop.models.profile import Profile
from desktop.models.store import migrate, open_store
from desktop.views import settings as saved
from desktop.views.main_window import MainWindow
from tests.helpers.widgets import Recorder
from tests.helpers.window import settings_at

REPO = Path(__file__).resolve().parents[2]
MINE = "我的开发区"


@pytest.fixture
def started(qapp: object, qtbot: QtBot) -> Iterator[list[MainWindow]]:
    """Windows made by ``start``; once the start-up has finished, closed with their store and translators."""
    windows: list[MainWindow] = []
    yield windows
    for window in windows:
        if window.ready():
            qtbot.waitUntil(window.autosave_timer.isActive)  # the start-up's last step ran
        window.ask_save_discard_cancel = lambda _name: "discard"  # type: ignore[method-assign]
        window.close()
        if window.ready():
            window.store.close()
        window.language.uninstall()


@pytest.fixture
def quiet(monkeypatch: pytest.MonkeyPatch) -> Recorder:
    """The start-up's notices (samples added, database upgraded), recorded instead of shown."""
    information = Recorder(QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QMessageBox, "information", information)
    return information


def stored_zone(data_dir: Path, samples: dict[str, Profile]) -> tuple[Profile, int]:
    """A data folder as a later start finds it: the samples and the user's own zone, which was open last."""
    store, _report = open_store(data_dir)
    mine = samples["hitech-hubei"].with_changes(name=MINE)
    profile_id = store.create(mine)
    store.close()
    settings = settings_at(data_dir)
    saved.LAST_PROFILE.write(settings, profile_id)
    settings.sync()
    return mine, profile_id


def test_the_list_and_the_last_profile_are_shown_before_the_store_opens(
    started: list[MainWindow], quiet: Recorder, data_dir: Path, samples: dict[str, Profile]
) -> None:
    mine, profile_id = stored_zone(data_dir, samples)

    _app, window, _data = app_module.start(["--data-dir", str(data_dir)])
    started.append(window)

    assert not window.ready() and not window.commands.save.isEnabled()  # the store is not open yet
    assert sorted(row.name for row in window.panel.model.rows()) == sorted([MINE, *(p.name for p in samples.values())])
    assert window.current_id() == profile_id and window.editor.profile() == mine
    assert window.heading.text() == MINE
    assert window.subheading.text().startswith("上次保存")  # when it was saved, as once the store is open
    assert window.state_label.text() == "所有更改已保存"
    assert window.panel.selected_id() == profile_id

    assert app_module.finish_start(window, data_dir)
    assert window.ready() and window.current_id() == profile_id and window.editor.profile() == mine
    assert not window.isWindowModified() and window.commands.delete.isEnabled()


def test_typing_before_the_store_opens_is_saved_onto_the_profile_shown(
    started: list[MainWindow], quiet: Recorder, data_dir: Path, samples: dict[str, Profile]
) -> None:
    _mine, profile_id = stored_zone(data_dir, samples)
    _app, window, _data = app_module.start(["--data-dir", str(data_dir)])
    started.append(window)
    window.editor.goals.goals_edit.setPlainText("先打基础，再求集聚")  # typed while the store opens

    assert app_module.finish_start(window, data_dir)
    assert window.isWindowModified() and window.commands.save.isEnabled()
    assert window.save()

    store, _report = open_store(data_dir)
    try:
        assert store.load(profile_id).goals == "先打基础，再求集聚"  # the same profile, not a new one
        assert len(store.list_profiles()) == 1 + len(samples)
    finally:
        store.close()


def test_a_save_by_someone_else_meanwhile_is_a_conflict_not_an_overwrite(
    started: list[MainWindow], quiet: Recorder, data_dir: Path, samples: dict[str, Profile]
) -> None:
    mine, profile_id = stored_zone(data_dir, samples)
    _app, window, _data = app_module.start(["--data-dir", str(data_dir)])
    started.append(window)
    window.editor.goals.goals_edit.setPlainText("我的想法")
    other, _report = open_store(data_dir)
    other.update(profile_id, mine.with_changes(goals="别人的想法"))  # e.g. the command line, between the two reads
    other.close()
    asked = Recorder(None)  # the user cancels the conflict dialog
    window.ask_conflict = asked  # type: ignore[method-assign]

    assert app_module.finish_start(window, data_dir)
    assert not window.save()

    ((name, _saved_by, differences),) = asked.calls
    assert name == MINE and any("别人的想法" in str(difference) for difference in differences)
    assert window.editor.goals.goals_edit.toPlainText() == "我的想法"  # nothing typed is lost


def test_a_profile_changed_meanwhile_without_typing_is_read_again(
    started: list[MainWindow], quiet: Recorder, data_dir: Path, samples: dict[str, Profile]
) -> None:
    mine, profile_id = stored_zone(data_dir, samples)
    _app, window, _data = app_module.start(["--data-dir", str(data_dir)])
    started.append(window)
    other, _report = open_store(data_dir)
    other.update(profile_id, mine.with_changes(goals="别人的想法"))
    other.close()

    assert app_module.finish_start(window, data_dir)
    assert window.current_id() == profile_id
    assert window.editor.goals.goals_edit.toPlainText() == "别人的想法" and not window.isWindowModified()


def test_a_click_on_the_list_before_the_store_opens_keeps_the_profile_shown(
    started: list[MainWindow], quiet: Recorder, data_dir: Path, samples: dict[str, Profile]
) -> None:
    mine, profile_id = stored_zone(data_dir, samples)
    _app, window, _data = app_module.start(["--data-dir", str(data_dir)])
    started.append(window)
    other_id = next(row.id for row in window.panel.model.rows() if row.id != profile_id)

    window.panel.select(other_id)
    window.panel.profileRequested.emit(other_id)  # as a click does

    assert window.current_id() == profile_id and window.editor.profile() == mine
    assert window.panel.selected_id() == profile_id


def test_a_store_due_an_upgrade_is_upgraded_and_said_so_before_it_is_shown(
    started: list[MainWindow], quiet: Recorder, data_dir: Path, samples: dict[str, Profile], qtbot: QtBot
) -> None:
    _mine, profile_id = stored_zone(data_dir, samples)
    migrate.downgrade(f"sqlite+pysqlite:///{data_dir / 'zoneplanner.sqlite3'}", "0003")

    _app, window, _data = app_module.start(["--data-dir", str(data_dir), "--lang", "en"])
    started.append(window)
    assert window.panel.model.rowCount() == 0 and window.current_id() is None  # nothing read from an old schema

    assert app_module.finish_start(window, data_dir)
    assert window.current_id() == profile_id and window.panel.model.rowCount() == 1 + len(samples)
    qtbot.waitUntil(window.autosave_timer.isActive)
    assert any("upgraded" in str(call[2]) for call in quiet.calls)
    assert migrate.current_revision(f"sqlite+pysqlite:///{data_dir / 'zoneplanner.sqlite3'}")[0] == (
        migrate.HEAD_REVISION
    )


def test_a_locked_store_paints_nothing_and_gets_the_usual_explanation(
    qapp: object, data_dir: Path, samples: dict[str, Profile], monkeypatch: pytest.MonkeyPatch
) -> None:
    stored_zone(data_dir, samples)
    database = data_dir / "zoneplanner.sqlite3"
    holder = sqlite3.connect(database, isolation_level=None)
    holder.execute("PRAGMA journal_mode = DELETE")
    holder.execute("BEGIN EXCLUSIVE")  # another program holds the file
    connect = sqlite3.connect

    def impatient(*args: Any, **kwargs: Any) -> Any:  # SQLite's wait for the lock, skipped
        return connect(*args, **{**kwargs, "timeout": 0})

    monkeypatch.setattr(sqlite3, "connect", impatient)
    critical = Recorder(QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QMessageBox, "critical", critical)
    try:
        _app, window, _data = app_module.start(["--data-dir", str(data_dir), "--lang", "en"])
        try:
            assert window.panel.model.rowCount() == 0 and window.current_id() is None
            assert app_module.finish_start(window, data_dir) is False
            assert not window.isVisible()
        finally:
            window.language.uninstall()
    finally:
        holder.execute("ROLLBACK")
        holder.close()

    ((_parent, _title, message),) = critical.calls
    assert str(database) in str(message) and "locked" in str(message)


def test_the_first_paint_loads_no_database_layer_engine_or_document_writer(
    data_dir: Path, samples: dict[str, Profile]
) -> None:
    stored_zone(data_dir, samples)
    script = """
import sys
from desktop.app import start
app, window, data = start(["--data-dir", sys.argv[1]])
usable = window.panel.model.rowCount() > 1 and window.current_id() is not None and window.editor.profile() is not None
deferred = (
    "sqlalchemy", "alembic", "openpyxl", "docx", "desktop.models.store.repository", "desktop.models.store.startup",
    "desktop.models.analysis", "desktop.models.matching", "desktop.models.workbook", "desktop.models.report",
    "desktop.views.plan.page", "desktop.views.results", "desktop.views.compare", "desktop.views.knowledge",
    "desktop.views.history_dialog", "desktop.views.conflict_dialog", "desktop.models.plan.plan",
    "desktop.models.plan.generator", "desktop.models.session", "desktop.models.progress", "desktop.models.ledger",
)
loaded = sorted(name for name in sys.modules if any(name == d or name.startswith(d + ".") for d in deferred))
print(usable, loaded)
"""
    result = subprocess.run(
        [sys.executable, "-c", script, str(data_dir)],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "True []"


def test_a_shared_database_is_not_painted_from_the_local_file(
    data_dir: Path, samples: dict[str, Profile], monkeypatch: pytest.MonkeyPatch
) -> None:
    stored_zone(data_dir, samples)  # a local store is there, but the user works on the office's database
    assert app_module.read_first_paint(data_dir, None, None) is not None
    assert app_module.read_first_paint(data_dir, "postgresql://office/zones", None) is None
    monkeypatch.setenv("ZONEPLANNER_DATABASE_URL", "postgresql://office/zones")
    assert app_module.read_first_paint(data_dir, None, None) is None
