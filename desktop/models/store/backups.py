"""Backups of the SQLite store: taken, verified, described and pruned.

Kinds, told apart by the last part of the name (``<stem>-<date>-<time>-<kind>[-n]<suffix>``):
- ``daily``: the first start of each day; ``exit``: a clean exit after changes. Together the newest
  ``ROTATING_BACKUPS_KEPT`` are kept, plus the newest good one holding profiles, which is never rotated out (a week
  of starts with an emptied store must not push the last copy with the user's data out of the folder).
- a schema revision (``0001``, ``base``...): taken before an upgrade; the newest ``MIGRATION_BACKUPS_KEPT`` are kept.

A copy is written under a temporary name, checked (``quick_check``, the profiles can be counted) and only then given
its final name, so every file with a backup's name is a sound copy. A damaged or emptied database is never copied.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop import paths
from desktop.models.errors import StoreError
from desktop.models.store.faults import full_disk_reason, os_reason
from desktop.models.store.health import FileCheck, check_file
from desktop.models.text import Text

BACKUP_FOLDER = "backups"
DAILY = "daily"
EXIT = "exit"
ROTATING = (DAILY, EXIT)
ROTATING_BACKUPS_KEPT = 7
MIGRATION_BACKUPS_KEPT = 3
_STAMP = "%Y%m%d-%H%M%S"


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """One backup as the restore dialog lists it; ``ok`` False: the copy is damaged (``profiles`` is then None)."""

    path: Path
    taken_at: datetime  # aware, local time
    profiles: int | None
    ok: bool


def backups_folder(database: Path) -> Path:
    return database.parent / BACKUP_FOLDER


def list_backups(database: Path) -> list[Path]:
    """Backups of a database file, newest first; the name's timestamp decides."""
    folder = backups_folder(database)
    if not folder.is_dir():
        return []
    found = [p for p in folder.glob(f"{database.stem}-*{database.suffix}") if p.is_file()]
    return sorted(found, key=lambda p: (p.name[: len(database.stem) + 16], p.stat().st_mtime_ns), reverse=True)


def describe_backups(database: Path) -> list[BackupInfo]:
    """Every backup of ``database``, newest first, with when it was taken and how many profiles it holds."""
    return [_describe(database, backup) for backup in list_backups(database)]


def newest_good_backup(database: Path) -> Path | None:
    """The newest backup that is a sound store; the one to offer when the database is damaged."""
    for backup in list_backups(database):
        info = _describe(database, backup)
        if info.ok:
            return backup
    return None


def kind(database: Path, backup: Path) -> str | None:
    """``daily``, ``exit`` or the schema revision a backup was taken before; None for a file not named as ours."""
    pattern = rf"{re.escape(database.stem)}-\d{{8}}-\d{{6}}-(?P<kind>[A-Za-z0-9_]+?)(-\d+)?{re.escape(database.suffix)}"
    match = re.fullmatch(pattern, backup.name)
    return match["kind"] if match else None


def take_backup(database: Path, kind_: str) -> Path:
    """Copy ``database`` (SQLite's backup API: consistent even with a -wal beside it) into the backups folder, check
    the copy, then prune. Raises ``StoreError`` naming the folder and the reason; no partial copy is left behind."""
    source = check_file(database)
    if source.problem is not None or source.foreign:
        raise StoreError(backup_problem(backups_folder(database), Text("数据库已损坏", "the database is damaged")))
    if source.is_empty and list_backups(database):
        # It held data before (there are copies of it) and has no tables now: copying it would only push a good
        # copy out of the rotation.
        raise StoreError(backup_problem(backups_folder(database), Text("数据库是空的", "the database is empty")))
    folder = backups_folder(database)
    try:
        paths.make_private_dir(folder)
    except OSError as error:
        raise StoreError(backup_problem(folder, error)) from error
    stamp = datetime.now().strftime(_STAMP)
    target = folder / f"{database.stem}-{stamp}-{kind_}{database.suffix}"
    number = 2
    while target.exists():
        target = folder / f"{database.stem}-{stamp}-{kind_}-{number}{database.suffix}"
        number += 1
    partial = copy_to_partial(database, target)
    try:
        copy = check_file(partial, immutable=True)
        # Not the same count as the source: another program may have saved in between, which is fine.
        if copy.problem is not None or (copy.profiles is None) != (source.profiles is None):
            raise StoreError(backup_problem(folder, Text("副本校验失败", "the copy did not verify")))
        os.replace(partial, target)
    except OSError as error:
        raise StoreError(backup_problem(folder, error)) from error
    finally:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
    prune(database, verified={target: copy.profiles})
    return target


def backup_if_changed(database: Path) -> Path | None:
    """The backup of a clean exit: taken if the database changed after the newest backup (None if not needed).

    Call it after the store is closed: closing checkpoints the write-ahead log into the file, so the file's
    modification time then tells whether anything was written since the newest copy was made.
    """
    if not database.is_file() or not changed_since_newest_backup(database):
        return None
    return take_backup(database, EXIT)


def changed_since_newest_backup(database: Path) -> bool:
    """Whether anything was written to ``database`` after its newest backup was made (True if it has none)."""
    backups = list_backups(database)
    return not backups or backups[0].stat().st_mtime_ns < _last_write_ns(database)


def prune(database: Path, verified: dict[Path, int | None] | None = None) -> list[Path]:
    """Remove the oldest rotating and pre-upgrade backups beyond what is kept; returns what was removed.

    ``verified``: the profile counts of copies just checked, not to be read again.
    """
    backups = list_backups(database)
    rotating = [b for b in backups if kind(database, b) in ROTATING]
    upgrades = [b for b in backups if kind(database, b) not in (*ROTATING, None)]
    pinned = _newest_with_profiles(database, backups, verified or {})
    removed = [b for b in rotating[ROTATING_BACKUPS_KEPT:] + upgrades[MIGRATION_BACKUPS_KEPT:] if b != pinned]
    for old in removed:
        old.unlink(missing_ok=True)
    return removed


def copy_to_partial(source: Path, target: Path) -> Path:
    """Copy a database to ``<target>.partial`` (a half-written copy never carries the final name), private to the
    user, and return that name; the caller renames it. Raises ``StoreError`` naming ``target``'s folder."""
    partial = target.with_name(target.name + ".partial")
    try:
        partial.unlink(missing_ok=True)  # left by an interrupted copy: ours, by its name
        paths.create_private_file(partial)
        src_connection = sqlite3.connect(source)
        try:
            dst_connection = sqlite3.connect(partial)
            try:
                src_connection.backup(dst_connection)
            finally:
                dst_connection.close()
        finally:
            src_connection.close()
    except (sqlite3.Error, OSError) as error:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        raise StoreError(backup_problem(target.parent, error)) from error
    return partial


def _describe(database: Path, backup: Path) -> BackupInfo:
    taken_at = _taken_at(database, backup)
    try:
        found: FileCheck | None = check_file(backup, immutable=True)
    except StoreError:
        found = None
    if found is None or found.problem is not None or found.foreign or found.profiles is None:
        return BackupInfo(backup, taken_at, None, False)
    return BackupInfo(backup, taken_at, found.profiles, True)


def _taken_at(database: Path, backup: Path) -> datetime:
    """When the copy was made, in local time: the name says it (a copied file's modification time may not)."""
    stamp = backup.name[len(database.stem) + 1 : len(database.stem) + 16]
    try:
        return datetime.strptime(stamp, _STAMP).astimezone()  # names are written in local time
    except ValueError:
        return datetime.fromtimestamp(backup.stat().st_mtime).astimezone()


def _newest_with_profiles(database: Path, backups: list[Path], verified: dict[Path, int | None]) -> Path | None:
    for backup in backups:
        profiles = verified[backup] if backup in verified else _describe(database, backup).profiles
        if profiles:
            return backup
    return None


def _last_write_ns(database: Path) -> int:
    times = [database.stat().st_mtime_ns]
    wal = database.with_name(database.name + "-wal")
    if wal.is_file() and wal.stat().st_size > 0:  # still open elsewhere: its commits are in the log
        times.append(wal.stat().st_mtime_ns)
    return max(times)


def backup_problem(folder: Path, error: Exception | Text) -> Text:
    """Why a copy of the database could not be written into ``folder``, naming it; no closing full stop."""
    if isinstance(error, Text):
        zh, en = error.zh, error.en
    elif isinstance(error, FileExistsError | NotADirectoryError) or (folder.exists() and not folder.is_dir()):
        zh, en = "同名的文件占据了这个文件夹的位置", "a file of that name is where the folder should be"
    elif (full := full_disk_reason(folder, error)) is not None:
        zh, en = full.zh, full.en
    elif isinstance(error, PermissionError):
        zh, en = "没有写入权限", "no permission to write there"
    elif isinstance(error, OSError):
        zh = en = os_reason(error)
    else:
        zh = en = str(error)
    return Text(f"无法在 {folder} 保存数据库副本（{zh}）", f"cannot save a copy of the database in {folder} ({en})")
