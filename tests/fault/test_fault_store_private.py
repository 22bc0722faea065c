"""Private by default (Linux, macOS): the data folder 0700; the database, its -wal/-shm and the backups 0600; a folder
the user chose that others can read is reported in one line, not changed behind their back."""

from __future__ import annotations

import os
import shutil
import stat
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.models.store import DATABASE_FILE, list_backups, open_store
from tests.helpers.store_faults_support import fill

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="Windows has no POSIX permission bits")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def reachable() -> Iterator[Path]:
    """A folder other users can reach (pytest's own temporary folders are private to the user)."""
    folder = Path(tempfile.mkdtemp(prefix="zoneplanner-private-"))
    folder.chmod(0o755)
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def test_the_data_folder_the_database_its_log_and_the_backups_are_private(reachable: Path) -> None:
    old = os.umask(0o022)  # the usual umask: files 0644 and folders 0755 unless made private
    try:
        data = reachable / "data"
        fill(data, 1)
        store, _ = open_store(data, load_samples=False)  # the daily copy
        try:
            store.list_summaries()
            wal, shm = (data / f"{DATABASE_FILE}-wal", data / f"{DATABASE_FILE}-shm")
            assert wal.exists() and shm.exists()
            assert (_mode(wal), _mode(shm)) == (0o600, 0o600)
        finally:
            store.close()
    finally:
        os.umask(old)

    assert _mode(data) == 0o700
    assert _mode(data / DATABASE_FILE) == 0o600
    (backup,) = list_backups(data / DATABASE_FILE)
    assert (_mode(backup.parent), _mode(backup)) == (0o700, 0o600)


def test_a_chosen_folder_others_can_read_gets_a_notice_and_is_left_alone(reachable: Path) -> None:
    data = reachable / "shared"
    data.mkdir()
    data.chmod(0o755)

    store, report = open_store(data, load_samples=False)
    store.close()

    (notice,) = report.messages
    assert str(data) in notice.en and "Other users can read" in notice.en
    assert str(data) in notice.zh and "\n" not in notice.en and "\n" not in notice.zh
    assert _mode(data) == 0o755  # the user's choice: told, not changed
    assert _mode(data / DATABASE_FILE) == 0o600  # the database, ours, is private all the same


@pytest.mark.parametrize("named", [False, True], ids=["command-line", "window"])  # the window names the folder
def test_the_default_folder_left_open_by_an_older_version_is_made_private(
    reachable: Path, monkeypatch: pytest.MonkeyPatch, named: bool
) -> None:
    data = reachable / "ZonePlanner"
    fill(data, 1)
    data.chmod(0o755)
    (data / DATABASE_FILE).chmod(0o644)
    monkeypatch.delenv("ZONEPLANNER_DATA_DIR")
    monkeypatch.setattr("platformdirs.user_data_dir", lambda *_args, **_kwargs: str(data))

    store, report = open_store(data if named else None, load_samples=False)
    store.close()

    assert report.messages == []
    assert (_mode(data), _mode(data / DATABASE_FILE)) == (0o700, 0o600)
