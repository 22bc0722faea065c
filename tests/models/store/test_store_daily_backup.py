"""A daily backup of a sound database, so a file damaged later can be replaced by a recent copy."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from desktop.cli.main import main
from desktop.models.errors import StoreError
from desktop.models.profile import Profile
from desktop.models.profile_format import read_profile
from desktop.models.store import migrate, open_store, startup
from desktop.models.store.database import sqlite_url
from desktop.models.store.startup import DAILY_BACKUPS_KEPT, database_file, list_backups, restore_backup
from desktop.resources import resource_path


def _daily(data: Path) -> list[Path]:
    return [b for b in list_backups(database_file(data)) if "-daily" in b.name]


def _open_and_close(data: Path) -> None:
    store, _ = open_store(data, load_samples=False)
    store.close()


def _sample() -> Profile:
    return read_profile(sorted(resource_path("samples").glob("*.json"))[0])


def test_one_backup_a_day_and_none_for_a_new_database(tmp_path: Path) -> None:
    data = tmp_path / "data"
    _open_and_close(data)
    assert _daily(data) == []  # nothing worth keeping yet: the file did not exist before this start
    _open_and_close(data)
    _open_and_close(data)
    assert len(_daily(data)) == 1


def test_a_day_old_backup_is_followed_by_a_new_one_and_old_ones_are_pruned(tmp_path: Path) -> None:
    data = tmp_path / "data"
    _open_and_close(data)
    day = 24 * 3600
    taken = 0
    for _ in range(DAILY_BACKUPS_KEPT + 2):
        before = set(_daily(data))
        _open_and_close(data)
        taken += len(set(_daily(data)) - before)
        for backup in _daily(data):  # pretend every copy so far was taken a day earlier
            stat = backup.stat()
            os.utime(backup, (stat.st_atime - day, stat.st_mtime - day))
    assert taken == DAILY_BACKUPS_KEPT + 2  # a new copy at each start once the last one is a day old
    assert len(_daily(data)) == DAILY_BACKUPS_KEPT


def test_a_damaged_database_can_be_replaced_by_the_daily_backup(tmp_path: Path) -> None:
    data = tmp_path / "data"
    store, _ = open_store(data, load_samples=False)
    store.create(_sample())
    store.close()
    _open_and_close(data)  # this start takes the daily copy, with the profile in it
    database = database_file(data)
    database.write_bytes(b"this is no longer a database" * 100)

    store, report = open_store(data, load_samples=False)
    store.close()
    assert report.moved_aside is not None and report.newest_backup is not None
    assert "-daily" in report.newest_backup.name

    restore_backup(report.newest_backup, database)
    store, _ = open_store(data, load_samples=False)
    try:
        assert [summary.name for summary in store.list_summaries()] == [_sample().name]
    finally:
        store.close()


# --- when a backup cannot be made ---------------------------------------------------------------------------------


def _block_backups_folder(data: Path) -> Path:
    """A file where the backups folder should be: every copy into it fails, as on a full or broken disk."""
    folder = database_file(data).parent / "backups"
    shutil.rmtree(folder, ignore_errors=True)
    folder.write_text("not a folder", encoding="utf-8")
    return folder


def _disk_full_for_copies(monkeypatch: pytest.MonkeyPatch) -> None:
    """SQLite answers "disk is full" when a copy is written (the database itself stays readable)."""
    real_connect = sqlite3.connect

    def connect(database: object, *args: Any, **kwargs: Any) -> sqlite3.Connection:
        if str(database).endswith(".partial"):
            error = sqlite3.OperationalError("database or disk is full")
            error.sqlite_errorcode = sqlite3.SQLITE_FULL  # type: ignore[attr-defined]
            raise error
        return real_connect(database, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(startup.sqlite3, "connect", connect)


def test_a_backups_folder_that_cannot_be_used_does_not_stop_the_store(tmp_path: Path) -> None:
    data = tmp_path / "data"
    store, _ = open_store(data, load_samples=False)
    store.create(_sample())
    store.close()
    folder = _block_backups_folder(data)

    store, report = open_store(data, load_samples=False)  # a daily copy is due and cannot be made
    try:
        assert [summary.name for summary in store.list_summaries()] == [_sample().name]
    finally:
        store.close()
    (message,) = report.messages
    assert str(folder) in message.zh and str(folder) in message.en
    assert "自动备份" in message.zh and "automatic backup" in message.en
    assert "：" in message.zh and ":" not in message.zh.replace(str(folder), "")
    assert folder.read_text(encoding="utf-8") == "not a folder"  # the user's file is left alone


def test_a_full_disk_during_the_daily_copy_is_reported_and_leaves_no_partial_copy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "data"
    _open_and_close(data)
    _disk_full_for_copies(monkeypatch)

    store, report = open_store(data, load_samples=False)
    store.close()
    (message,) = report.messages
    assert "磁盘空间不足" in message.zh and "disk is full" in message.en
    folder = database_file(data).parent / "backups"
    assert list(folder.iterdir()) == []  # neither a half-written copy nor its temporary name
    monkeypatch.undo()
    _open_and_close(data)  # once space is back, the next start takes the copy
    assert len(_daily(data)) == 1


def test_the_command_line_still_works_and_says_why_there_is_no_backup(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    _open_and_close(data)
    folder = _block_backups_folder(data)

    code = main(["--data-dir", str(data), "profiles", "list"])
    _, err = capsys.readouterr()
    assert code == 0
    assert str(folder) in err and "自动备份" in err and "automatic backup" in err
    assert "Traceback" not in err


def test_no_backup_before_an_upgrade_means_no_upgrade(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    database = database_file(data)
    url = sqlite_url(database)
    migrate.upgrade(url, "0001")  # a database from the first version, due an upgrade
    before = database.read_bytes()
    _block_backups_folder(data)

    with pytest.raises(StoreError) as raised:
        open_store(data, load_samples=False)
    message = raised.value.message
    assert str(database) in message.zh and str(database) in message.en
    assert "没有升级" in message.zh and "not upgraded" in message.en
    assert str(data / "backups") in message.en
    assert migrate.current_revision(url)[0] == "0001" and database.read_bytes() == before


def test_a_restore_that_cannot_copy_says_so_and_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "data"
    store, _ = open_store(data, load_samples=False)
    store.create(_sample())
    store.close()
    _open_and_close(data)
    (backup,) = _daily(data)
    database = database_file(data)
    before = sorted(p.name for p in database.parent.iterdir())
    _disk_full_for_copies(monkeypatch)

    with pytest.raises(StoreError) as raised:
        restore_backup(backup, database)
    monkeypatch.undo()
    message = raised.value.message
    assert str(backup) in message.zh and str(backup) in message.en
    assert "磁盘空间不足" in message.zh and "not changed" in message.en
    assert sorted(p.name for p in database.parent.iterdir()) == before  # not moved aside, no partial copy
    _open_and_close(data)


def test_pruning_keeps_the_copies_taken_before_upgrades(tmp_path: Path) -> None:
    data = tmp_path / "data"
    _open_and_close(data)
    database = database_file(data)
    folder = database.parent / "backups"
    folder.mkdir(exist_ok=True)
    old = 1_000_000_000  # 2001: older than any daily copy
    upgrades = [folder / f"zoneplanner-2001090{day}-120000-{rev}.sqlite3" for day, rev in ((1, "base"), (2, "0001"))]
    dailies = [folder / f"zoneplanner-2001091{day}-120000-daily.sqlite3" for day in range(DAILY_BACKUPS_KEPT + 2)]
    for number, backup in enumerate([*upgrades, *dailies]):
        shutil.copy(database, backup)
        os.utime(backup, (old + number, old + number))

    _open_and_close(data)
    assert all(backup.is_file() for backup in upgrades)
    assert len(_daily(data)) == DAILY_BACKUPS_KEPT
