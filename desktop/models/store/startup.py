"""Opening the store at start-up: check the file, move a broken one aside, back up, migrate, offer the samples.

The application must always start: a broken database file is never deleted and never stops the start-up; it is
renamed beside the new one and the user is told where it went and which backup could replace it.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import URL, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from desktop import paths
from desktop.models.errors import StoreError
from desktop.models.store import migrate
from desktop.models.store.database import make_engine, sqlite_file, sqlite_url
from desktop.models.store.repository import ProfileStore
from desktop.models.store.samples import load_samples_once
from desktop.models.text import Text

DATABASE_FILE = "zoneplanner.sqlite3"
BACKUP_FOLDER = "backups"
_SIDECARS = ("-wal", "-shm", "-journal")  # SQLite's companion files: they belong to the database they sit beside
DAILY = "daily"  # the revision part of a daily backup's name
DAILY_BACKUPS_KEPT = 7


@dataclass(slots=True)
class StartupReport:
    """What happened while the store opened; ``messages`` is what the user must be told."""

    database: str = ""  # the URL, password hidden
    database_file: Path | None = None  # the SQLite file, if the store is one (what ``restore_backup`` replaces)
    messages: list[Text] = field(default_factory=list)
    moved_aside: Path | None = None  # the broken file, renamed
    newest_backup: Path | None = None  # the backup the window may offer to restore
    backup_taken: Path | None = None  # taken before a migration
    migrated_from: str | None = None
    samples_loaded: list[str] = field(default_factory=list)


def open_store(
    data_dir: str | os.PathLike[str] | None = None, url: str | None = None, *, load_samples: bool = True
) -> tuple[ProfileStore, StartupReport]:
    """Open (creating or upgrading if needed) the store: ``url`` or ``ZONEPLANNER_DATABASE_URL`` if set, else the
    SQLite file in the data folder. Raises ``StoreError`` only if no usable database can be had at all."""
    report = StartupReport()
    database_url = _chosen_url(data_dir, url)
    report.database = database_url.render_as_string(hide_password=True)
    file = sqlite_file(database_url)
    report.database_file = file
    existed = file is not None and file.exists()
    if file is not None:
        _check_or_move_aside(file, report)
    _migrate(database_url, file, report)
    # Daily copy of a database the user already had (not one created just now, nor one just backed up to migrate).
    if file is not None and existed and report.moved_aside is None and report.backup_taken is None:
        _daily_backup(file, report)
    try:
        engine = make_engine(database_url)
    except SQLAlchemyError as error:
        raise _cannot_open(_shown(report), error) from error
    store = ProfileStore(engine)
    try:
        if load_samples:
            report.samples_loaded, problems = load_samples_once(store)
            report.messages.extend(problems)
    except BaseException:
        store.close()
        raise
    return store, report


def backups_folder(database: Path) -> Path:
    return database.parent / BACKUP_FOLDER


def list_backups(database: Path | None = None) -> list[Path]:
    """Backups of a database file (default: the data folder's), newest first; the name's timestamp decides."""
    database = database or database_file()
    folder = backups_folder(database)
    if not folder.is_dir():
        return []
    found = [p for p in folder.glob(f"{database.stem}-*{database.suffix}") if p.is_file()]
    return sorted(found, key=lambda p: (p.name[: len(database.stem) + 16], p.stat().st_mtime_ns), reverse=True)


def database_file(data_dir: str | os.PathLike[str] | None = None) -> Path:
    """Where the embedded database lives for this data folder."""
    return paths.data_dir(data_dir) / DATABASE_FILE


def restore_backup(backup: Path, database: Path | None = None) -> Path | None:
    """Put ``backup`` in place of ``database`` (default: the file in the data folder; pass
    ``StartupReport.database_file`` when another folder was chosen). Close the store first, open it again after.

    The backup is copied beside the database first (if that fails, nothing has changed); then the current database
    is renamed aside, never deleted, and that name is returned (None if there was none). Failures raise
    ``StoreError``.
    """
    database = database or database_file()
    problem = _sqlite_problem(backup)
    if problem is not None:
        raise StoreError(
            Text(f"备份文件 {backup} 无法使用：{problem}", f"The backup file {backup} cannot be used: {problem}")
        )
    try:
        partial = _copy_to_partial(backup, database)
    except StoreError as error:
        raise StoreError(
            Text(
                f"无法从备份 {backup} 恢复：{error.message.zh}。当前的数据库未作任何更改。",
                f"Cannot restore from the backup {backup}: {error.message.en}. The current database was not changed.",
            )
        ) from error
    previous: Path | None = None
    try:
        previous = _move_aside(database, "replaced") if database.exists() else None
        os.replace(partial, database)
    except OSError as error:
        kept = Text(f"原数据库已改名为 {previous} 保存。", f" The previous database was kept as {previous}.")
        raise StoreError(
            Text(
                f"无法用备份 {backup} 替换数据库 {database}：{_os_reason(error)}。" + (kept.zh if previous else ""),
                f"Cannot put the backup {backup} in place of the database {database}: {_os_reason(error)}."
                + (kept.en if previous else ""),
            )
        ) from error
    finally:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
    return previous


# --- steps ------------------------------------------------------------------------------------------------------


def _chosen_url(data_dir: str | os.PathLike[str] | None, url: str | None) -> URL:
    chosen = url or paths.database_url_override()
    if chosen is None:
        folder = paths.data_dir(data_dir)
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise StoreError(
                Text(
                    f"无法创建数据文件夹 {folder}：{error.strerror or error}",
                    f"Cannot create the data folder {folder}: {error.strerror or error}",
                )
            ) from error
        return sqlite_url(folder / DATABASE_FILE)
    try:
        return make_url(chosen)
    except ArgumentError as error:
        raise StoreError(
            Text(
                f"数据库地址无效（{paths.DATABASE_URL_ENV}）：{error}",
                f"The database URL is not valid ({paths.DATABASE_URL_ENV}): {error}",
            )
        ) from error


def _check_or_move_aside(file: Path, report: StartupReport) -> None:
    if not file.exists():
        file.parent.mkdir(parents=True, exist_ok=True)
        return
    problem = _sqlite_problem(file)
    if problem is None:
        return
    moved = _move_aside(file, "corrupt")
    report.moved_aside = moved
    backups = list_backups(file)
    report.newest_backup = backups[0] if backups else None
    message = Text(
        f"数据库文件已损坏（{problem}），已改名为 {moved} 保存，没有删除；已新建一个空数据库。",
        f"The database file was damaged ({problem}); it was kept, renamed to {moved}, and a new empty database "
        "was created.",
    )
    if report.newest_backup is not None:
        message = Text(
            message.zh + f"最近的备份是 {report.newest_backup}，可以从它恢复。",
            message.en + f" The newest backup is {report.newest_backup}; you can restore it.",
        )
    report.messages.append(message)


def _migrate(url: URL, file: Path | None, report: StartupReport) -> None:
    try:
        current, has_tables = migrate.current_revision(url)
        if current == migrate.HEAD_REVISION:
            return  # the usual start: no upgrade due, and Alembic is not even imported
        if current is not None and not migrate.is_known(current):
            raise StoreError(
                Text(
                    f"数据库 {_shown(report)} 由更新版本的 ZonePlanner 创建（结构版本 {current}），"
                    "请使用新版本打开；数据库未作任何更改。",
                    f"The database {_shown(report)} was written by a newer ZonePlanner (schema {current}); "
                    "open it with that version. The database was not changed.",
                )
            )
        if has_tables:
            report.migrated_from = current or "base"
            if file is not None:
                report.backup_taken = _backup_before_migration(file, report.migrated_from)
                report.messages.append(
                    Text(
                        f"数据库已升级到新版本；升级前的副本保存在 {report.backup_taken}。",
                        f"The database was upgraded to the new version; a copy from before is kept in "
                        f"{report.backup_taken}.",
                    )
                )
        migrate.upgrade(url)
    except (SQLAlchemyError, ImportError) as error:  # ImportError: the URL names a driver that is not installed
        raise _cannot_open(_shown(report), error) from error


# --- SQLite files -----------------------------------------------------------------------------------------------


def _sqlite_problem(file: Path) -> str | None:
    """Why ``file`` is not a sound SQLite database (``PRAGMA quick_check``), or None if it is."""
    # Read-only first: a read-write connection would checkpoint a -wal into a damaged file (or delete the -wal) on
    # close, altering the evidence that is about to be moved aside. Read-write only if read-only cannot tell (a
    # rollback journal left by a crash needs writing to be undone).
    try:
        rows = _quick_check(file, "ro")
    except sqlite3.DatabaseError as error:
        if _is_corruption(error):
            return str(error)
        try:
            rows = _quick_check(file, "rw")
        except sqlite3.DatabaseError as error:
            if _is_corruption(error):
                return str(error)
            # Locked, unreadable, no permission...: the file may be fine, so it must not be moved; just refuse.
            raise StoreError(
                Text(f"无法打开数据库文件 {file}：{error}", f"Cannot open the database file {file}: {error}")
            ) from error
    if rows == [("ok",)]:
        return None
    return "; ".join(str(row[0]) for row in rows[:3])


def _quick_check(file: Path, mode: str) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(f"{file.resolve().as_uri()}?mode={mode}", uri=True, timeout=5)
    try:
        return connection.execute("PRAGMA quick_check").fetchall()
    finally:
        connection.close()


def _is_corruption(error: sqlite3.DatabaseError) -> bool:
    return getattr(error, "sqlite_errorcode", None) in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)


def _move_aside(file: Path, why: str) -> Path:
    """Rename ``file`` (and its -wal/-shm, which SQLite pairs by name) to ``<file>.<why>-<timestamp>``."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = file.with_name(f"{file.name}.{why}-{stamp}")
    number = 2
    while target.exists():
        target = file.with_name(f"{file.name}.{why}-{stamp}-{number}")
        number += 1
    try:
        os.replace(file, target)
        for sidecar in _SIDECARS:
            companion = file.with_name(file.name + sidecar)
            if companion.exists():
                os.replace(companion, target.with_name(target.name + sidecar))
    except OSError as error:
        reason = _os_reason(error)
        if why == "corrupt":
            message = Text(
                f"数据库文件 {file} 已损坏，且无法改名保存：{reason}",
                f"The database file {file} is damaged and could not be renamed aside: {reason}",
            )
        else:
            message = Text(
                f"无法把数据库文件 {file} 改名保存：{reason}",
                f"The database file {file} could not be renamed aside: {reason}",
            )
        raise StoreError(message) from error
    return target


def _daily_backup(file: Path, report: StartupReport) -> None:
    """A sound database gets a backup at the first start of each day, so a file damaged later (disk fault, a copy
    interrupted half-way) can be replaced by a recent copy; only the newest few daily copies are kept.

    The copy is a safety net, not a condition for working: if it cannot be made (disk full, backups folder
    unusable) the store still opens and the user is told why there is no new backup.
    """
    try:
        daily = [backup for backup in list_backups(file) if _is_daily(file, backup)]
        if daily and datetime.fromtimestamp(daily[0].stat().st_mtime) > datetime.now() - timedelta(days=1):
            return
        _backup(file, DAILY)
        for old in daily[DAILY_BACKUPS_KEPT - 1 :]:  # only daily copies: pre-migration ones are kept for good
            old.unlink(missing_ok=True)
    except (StoreError, OSError) as error:
        problem = error.message if isinstance(error, StoreError) else _backup_problem(backups_folder(file), error)
        report.messages.append(
            Text(
                f"今天的自动备份未能完成：{problem.zh}。数据库照常打开，数据未受影响；问题解决前不会有新的自动备份。",
                f"Today's automatic backup was not made: {problem.en}. The database opened as usual and your data "
                "is unaffected; no new automatic backup will be made until this is fixed.",
            )
        )


def _is_daily(database: Path, backup: Path) -> bool:
    """Whether ``backup`` is one of the daily copies (<stem>-<date>-<time>-daily[-n]<suffix>) of ``database``."""
    pattern = rf"{re.escape(database.stem)}-\d{{8}}-\d{{6}}-{DAILY}(-\d+)?{re.escape(database.suffix)}"
    return re.fullmatch(pattern, backup.name) is not None


def _backup_before_migration(file: Path, revision: str) -> Path:
    """The copy an upgrade needs; without it the database is not upgraded (and so not opened)."""
    try:
        return _backup(file, revision)
    except StoreError as error:
        raise StoreError(
            Text(
                f"数据库 {file} 需要升级到新版本，但升级前的备份未能保存：{error.message.zh}。"
                "为安全起见没有升级，数据库未作任何更改；请解决这个问题后再打开。",
                f"The database {file} needs upgrading to the new version, but the backup to be taken first could "
                f"not be saved: {error.message.en}. To be safe it was not upgraded and was not changed; fix this "
                "and open it again.",
            )
        ) from error


def _backup(file: Path, revision: str) -> Path:
    """Copy the database with SQLite's backup API (consistent even with a -wal beside it) into the backups folder.

    Raises ``StoreError`` naming the folder and the reason; no partial copy is left behind.
    """
    folder = backups_folder(file)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise StoreError(_backup_problem(folder, error)) from error
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = folder / f"{file.stem}-{stamp}-{revision}{file.suffix}"
    number = 2
    while target.exists():
        target = folder / f"{file.stem}-{stamp}-{revision}-{number}{file.suffix}"
        number += 1
    partial = _copy_to_partial(file, target)
    try:
        os.replace(partial, target)
    except OSError as error:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        raise StoreError(_backup_problem(folder, error)) from error
    return target


def _copy_to_partial(source: Path, target: Path) -> Path:
    """Copy a database to ``<target>.partial`` (a half-written copy never carries the final name) and return that
    name; the caller renames it. Raises ``StoreError`` naming ``target``'s folder, leaving no partial file."""
    partial = target.with_name(target.name + ".partial")
    try:
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
        raise StoreError(_backup_problem(target.parent, error)) from error
    return partial


def _backup_problem(folder: Path, error: Exception) -> Text:
    """Why a copy of the database could not be written into ``folder``, naming it; no closing full stop."""
    if isinstance(error, FileExistsError | NotADirectoryError) or (folder.exists() and not folder.is_dir()):
        zh, en = "同名的文件占据了这个文件夹的位置", "a file of that name is where the folder should be"
    elif _is_disk_full(error):
        zh, en = "磁盘空间不足", "the disk is full"
    elif isinstance(error, PermissionError):
        zh, en = "没有写入权限", "no permission to write there"
    elif isinstance(error, OSError):
        zh = en = _os_reason(error)
    else:
        zh = en = str(error)
    return Text(f"无法在 {folder} 保存数据库副本（{zh}）", f"cannot save a copy of the database in {folder} ({en})")


def _is_disk_full(error: Exception) -> bool:
    if isinstance(error, OSError):
        return error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC))
    return getattr(error, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL


def _os_reason(error: OSError) -> str:
    return error.strerror or str(error) or type(error).__name__


def _shown(report: StartupReport) -> str:
    """How messages name the database: the file path if it is one (a URL would show it percent-encoded)."""
    return str(report.database_file) if report.database_file is not None else report.database


def _cannot_open(database: str, error: Exception) -> StoreError:
    cause = getattr(error, "orig", None) or error
    return StoreError(Text(f"无法打开数据库 {database}：{cause}", f"Cannot open the database {database}: {cause}"))
