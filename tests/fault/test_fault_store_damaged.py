"""A database that held data and is now empty or not a ZonePlanner store is damaged: set aside (never deleted), the
user told, the newest good backup offered; such a file is never backed up, and no good backup is rotated out."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from desktop.models.errors import StoreError
from desktop.models.store import DATABASE_FILE, list_backups, open_store, restore_backup
from tests.helpers.store_faults_support import fill, names_in, run_cli

DAY = 24 * 3600
ROTATION = 7  # backups.ROTATING_BACKUPS_KEPT: daily copies kept before this change


def _with_a_daily_backup(data: Path, count: int = 2) -> list[str]:
    """A store with ``count`` profiles, opened again on a later start (which takes the daily copy)."""
    names = fill(data, count)
    store, _ = open_store(data, load_samples=False)
    store.close()
    assert len(list_backups(data / DATABASE_FILE)) == 1
    return names


def _foreign_database(path: Path) -> None:
    path.unlink()
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
        connection.execute("INSERT INTO notes (body) VALUES ('another program''s data')")
    connection.close()


DAMAGE = {
    "zero-length": lambda path: path.write_bytes(b""),
    "foreign-sqlite": _foreign_database,
}


@pytest.mark.slow  # the command line in a child process
@pytest.mark.parametrize("damage", sorted(DAMAGE))
def test_a_damaged_database_is_set_aside_and_the_command_line_says_so(tmp_path: Path, damage: str) -> None:
    data = tmp_path / "data"
    names = _with_a_daily_backup(data)
    database = data / DATABASE_FILE
    DAMAGE[damage](database)
    damaged = database.read_bytes()

    result = run_cli("--data-dir", str(data), "profiles", "list", "--lang", "en")

    assert result.returncode == 0, result.stderr
    (moved,) = data.glob(f"{DATABASE_FILE}.corrupt-*")
    assert moved.read_bytes() == damaged  # kept exactly as it was
    assert str(moved) in result.stderr and "damaged" in result.stderr
    (backup,) = list_backups(database)
    assert str(backup) in result.stderr  # the newest good backup is named for restoring
    assert "Traceback" not in result.stderr
    restore_backup(backup, database)
    assert names_in(data) == sorted(names)


def test_the_window_offers_the_newest_good_backup_not_a_damaged_one(tmp_path: Path) -> None:
    data = tmp_path / "data"
    _with_a_daily_backup(data)
    database = data / DATABASE_FILE
    (good,) = list_backups(database)
    newer = good.with_name(good.name.replace("-daily", "-exit").replace(good.name[12:27], "29991231-235959"))
    newer.write_bytes(b"\0" * 8192)  # a newer backup, damaged since (a bad sector, a copy cut short)
    database.write_bytes(b"")

    store, report = open_store(data, load_samples=False)
    store.close()

    assert report.moved_aside is not None
    assert report.newest_backup == good
    from desktop.models.store import describe_backups

    listed = describe_backups(database)
    assert [(info.path, info.ok) for info in listed] == [(newer, False), (good, True)]


def test_an_emptied_database_is_never_backed_up_and_never_rotates_the_good_copies_out(tmp_path: Path) -> None:
    data = tmp_path / "data"
    names = _with_a_daily_backup(data)
    database = data / DATABASE_FILE
    database.write_bytes(b"")
    # A start a day for longer than the rotation keeps copies: none of them may push the user's data out.
    for _ in range(ROTATION + 2):
        for backup in list_backups(database):
            stat = backup.stat()
            os.utime(backup, (stat.st_atime - DAY, stat.st_mtime - DAY))
        store, _ = open_store(data, load_samples=False)
        store.close()

    from desktop.models.store import describe_backups

    with_data = [info for info in describe_backups(database) if info.ok and info.profiles == len(names)]
    assert with_data, "the last backup holding the user's profiles is kept"
    restore_backup(with_data[0].path, database)
    assert names_in(data) == sorted(names)


def test_an_empty_file_is_not_copied_over_its_good_backups(tmp_path: Path) -> None:
    data = tmp_path / "data"
    _with_a_daily_backup(data)
    database = data / DATABASE_FILE
    before = list_backups(database)
    database.write_bytes(b"")
    from desktop.models.store.backups import take_backup

    with pytest.raises(StoreError) as raised:
        take_backup(database, "exit")

    assert "empty" in raised.value.message.en
    assert list_backups(database) == before
    assert database.read_bytes() == b""


def test_a_copy_that_does_not_verify_is_not_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path / "data"
    _with_a_daily_backup(data)
    database = data / DATABASE_FILE
    before = list_backups(database)
    from desktop.models.store import backups as backups_module
    from desktop.models.store.backups import take_backup

    real_copy = backups_module.copy_to_partial

    def garbling_copy(source: Path, target: Path) -> Path:
        partial = real_copy(source, target)
        with partial.open("r+b") as file:  # the disk returns something else than was written
            file.seek(4096)
            file.write(os.urandom(4096))
        return partial

    monkeypatch.setattr(backups_module, "copy_to_partial", garbling_copy)

    with pytest.raises(StoreError) as raised:
        take_backup(database, "exit")

    assert str(data / "backups") in raised.value.message.en
    assert list_backups(database) == before
    assert sorted(p.name for p in (data / "backups").iterdir()) == sorted(p.name for p in before)
