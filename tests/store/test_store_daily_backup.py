"""A daily backup of a sound database, so a file damaged later can be replaced by a recent copy."""

from __future__ import annotations

import os
from pathlib import Path

from desktop.models.profile import Profile
from desktop.models.profile_format import read_profile
from desktop.models.store import open_store
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
