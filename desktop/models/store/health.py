"""Whether a SQLite file is a sound ZonePlanner store, found out without writing a byte to it."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from desktop.models.errors import StoreError
from desktop.models.store.faults import is_io_failure
from desktop.models.text import Text

# Every ZonePlanner database has Alembic's version table (created with the first schema); a file with tables but not
# this one was written by another program.
VERSION_TABLE = "alembic_version"
PROFILES_TABLE = "profiles"


@dataclass(frozen=True, slots=True)
class FileCheck:
    """What ``check_file`` found: ``problem`` is None for a sound SQLite file."""

    problem: str | None
    tables: frozenset[str] = frozenset()
    profiles: int | None = None  # None: no profiles table
    immutable_only: bool = False  # readable only as an immutable file (nothing can be written beside it)

    @property
    def is_empty(self) -> bool:
        return not self.tables

    @property
    def foreign(self) -> bool:
        """Tables, but none of ours: another program's database."""
        return bool(self.tables) and VERSION_TABLE not in self.tables


def read_only_uri(file: Path, *, immutable: bool = False) -> str:
    """A SQLite URI that opens ``file`` for reading only; ``immutable`` also skips the -wal/-shm files and locks (for
    a file on a full disk, or a backup that nothing writes to)."""
    return f"{file.resolve().as_uri()}?mode=ro" + ("&immutable=1" if immutable else "")


def check_file(file: Path, *, immutable: bool = False) -> FileCheck:
    """``PRAGMA quick_check`` and the tables of ``file``. Raises ``StoreError`` if it cannot be read at all for a
    reason that says nothing about the file (locked, no permission): such a file must not be moved aside."""
    if immutable:
        try:
            return _check(file, "immutable")
        except sqlite3.DatabaseError as error:
            if _is_corruption(error):
                return FileCheck(str(error))
            raise StoreError(
                Text(f"无法打开数据库文件 {file}：{error}", f"Cannot open the database file {file}: {error}")
            ) from error
    # Read-only first: a read-write connection would checkpoint a -wal into a damaged file (or delete the -wal) on
    # close, altering the evidence that is about to be moved aside. Read-write only if read-only cannot tell (a
    # rollback journal left by a crash needs writing to be undone). Immutable last: on a full disk or read-only
    # media the -shm index cannot be made, and the file can still be read as it is.
    errors: list[sqlite3.DatabaseError] = []
    for mode in ("ro", "rw", "immutable"):
        if mode == "immutable" and not any(is_io_failure(error) for error in errors):
            break
        try:
            return _check(file, mode)
        except sqlite3.DatabaseError as error:
            if _is_corruption(error):
                return FileCheck(str(error))
            errors.append(error)
    # Locked, unreadable, no permission...: the file may be fine, so it must not be moved; just refuse.
    cause = errors[1]
    raise StoreError(
        Text(f"无法打开数据库文件 {file}：{cause}", f"Cannot open the database file {file}: {cause}")
    ) from cause


def count_profiles(file: Path) -> int | None:
    """Profiles in a sound store file read as immutable (a backup); None if it has no profiles table."""
    return check_file(file, immutable=True).profiles


def _check(file: Path, mode: str) -> FileCheck:
    if mode == "immutable":
        connection = sqlite3.connect(read_only_uri(file, immutable=True), uri=True, timeout=5)
    else:
        connection = sqlite3.connect(f"{file.resolve().as_uri()}?mode={mode}", uri=True, timeout=5)
    try:
        rows = connection.execute("PRAGMA quick_check").fetchall()
        if rows != [("ok",)]:
            return FileCheck("; ".join(str(row[0]) for row in rows[:3]))
        tables = frozenset(row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'"))
        profiles = None
        if PROFILES_TABLE in tables:
            profiles = int(connection.execute(f"SELECT count(*) FROM {PROFILES_TABLE}").fetchone()[0])
        return FileCheck(None, tables, profiles, immutable_only=mode == "immutable")
    finally:
        connection.close()


def _is_corruption(error: sqlite3.DatabaseError) -> bool:
    return getattr(error, "sqlite_errorcode", None) in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)
