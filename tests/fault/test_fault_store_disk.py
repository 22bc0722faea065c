"""A full disk and read-only media: reading still works, and a save that cannot be made says why and where.

The full disk is a file size limit (``ulimit -f``) on a child process: every file it writes stops growing there, as
on a disk with no space left, without touching the machine's disks or needing privileges.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from desktop.models.store import DATABASE_FILE
from tests.helpers.store_faults_support import REPO, fill, names_in, run_cli, run_cli_read_only, samples

pytestmark = [
    pytest.mark.slow,  # child processes
    pytest.mark.skipif(sys.platform == "win32", reason="no file size limits (ulimit -f) nor POSIX modes"),
]

TINY = 4096  # bytes: less than SQLite's shared-memory index, less than one page added to the write-ahead log


def _no_traceback(result: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in result.stderr, result.stderr


def test_on_a_full_disk_the_profiles_can_still_be_listed(tmp_path: Path) -> None:
    data = tmp_path / "data"
    names = fill(data, 2)

    result = run_cli("--data-dir", str(data), "profiles", "list", "--lang", "en", file_size_limit=TINY)

    assert result.returncode == 0, result.stderr
    assert all(name in result.stdout for name in names)
    assert "read-only" in result.stderr and "disk is full" in result.stderr  # the user is told why
    _no_traceback(result)


def test_on_a_full_disk_a_profile_can_still_be_exported_elsewhere(tmp_path: Path) -> None:
    data = tmp_path / "data"
    (name,) = fill(data, 1)
    target = tmp_path / "elsewhere" / "zone.json"
    target.parent.mkdir()

    # The limit applies to every file the child writes: the export (a few KB) fits, SQLite's index (32 KB) not.
    result = run_cli("--data-dir", str(data), "profiles", "export", name, "-o", str(target), file_size_limit=2 * TINY)

    assert result.returncode == 0, result.stderr
    assert name in target.read_text(encoding="utf-8")
    _no_traceback(result)


def test_on_a_full_disk_a_save_says_the_disk_is_full_and_where(tmp_path: Path) -> None:
    data = tmp_path / "data"
    names = fill(data, 1)
    database = data / DATABASE_FILE
    before = database.read_bytes()

    result = run_cli(
        "--data-dir", str(data), "profiles", "import", str(samples()[1]), "--lang", "en", file_size_limit=TINY
    )

    assert result.returncode == 2
    error = [line for line in result.stderr.splitlines() if line.startswith("Error:")]
    assert error and "disk is full" in error[0] and str(data) in error[0], result.stderr
    _no_traceback(result)
    assert database.read_bytes() == before
    assert names_in(data) == sorted(names)


# The window's case: the store opened normally, then the disk fills up while the user works.
_SAVE_AFTER_THE_DISK_FILLS = """
import resource, sys
from desktop.models.errors import StoreError
from desktop.models.profile_format import read_profile
from desktop.models.store import open_store

store, _ = open_store(sys.argv[1], load_samples=False)
store.list_summaries()
resource.setrlimit(resource.RLIMIT_FSIZE, (int(sys.argv[3]), resource.RLIM_INFINITY))
try:
    store.create(read_profile(sys.argv[2]))
except StoreError as error:
    print(error.message.en)
else:
    print("saved")
"""


def test_a_save_while_the_window_is_open_on_a_filling_disk_says_the_disk_is_full(tmp_path: Path) -> None:
    data = tmp_path / "data"
    names = fill(data, 1)

    result = subprocess.run(
        [sys.executable, "-c", _SAVE_AFTER_THE_DISK_FILLS, str(data), str(samples()[1]), str(TINY)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=REPO,
        check=False,
        timeout=120,
    )

    assert result.returncode == 0, result.stderr
    message = result.stdout.strip()
    assert "disk is full" in message and str(data) in message and "Nothing was changed" in message
    assert names_in(data) == sorted(names)


def test_a_database_on_read_only_media_opens_read_only_with_a_notice(tmp_path: Path) -> None:
    data = tmp_path / "data"
    names = fill(data, 2)
    database = data / DATABASE_FILE
    before = database.read_bytes()

    listed = run_cli_read_only(data, "--data-dir", str(data), "profiles", "list", "--lang", "en")
    deleted = run_cli_read_only(data, "--data-dir", str(data), "profiles", "delete", names[0], "--yes", "--lang", "en")

    assert listed.returncode == 0, listed.stderr
    assert all(name in listed.stdout for name in names)
    assert "read-only" in listed.stderr and str(database) in listed.stderr
    assert deleted.returncode == 2
    error = [line for line in deleted.stderr.splitlines() if line.startswith("Error:")]
    assert error and "read-only" in error[0] and str(database) in error[0], deleted.stderr
    _no_traceback(listed)
    _no_traceback(deleted)
    assert database.read_bytes() == before
    assert names_in(data) == sorted(names)
