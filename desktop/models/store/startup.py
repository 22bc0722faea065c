"""Opening the store at start-up: check the file, move a broken one aside, back up, migrate, offer the samples.

The application must always start: a broken database file is never deleted and never stops the start-up; it is
renamed beside the new one and the user is told where it went and which backup could replace it. A database that
can only be read (read-only media, a full disk) is opened read-only, with a notice.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3  # noqa: F401  (tests make SQLite fail through this module's name)
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import URL, Engine, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from desktop import paths
from desktop.models.errors import StoreError
from desktop.models.store import migrate
from desktop.models.store.backups import (
    DAILY,
    ROTATING_BACKUPS_KEPT,
    backup_problem,
    backups_folder,
    changed_since_newest_backup,
    copy_to_partial,
    kind,
    newest_good_backup,
    take_backup,
)
from desktop.models.store.backups import list_backups as _backups_of
from desktop.models.store.database import make_engine, read_only_url, sqlite_file, sqlite_url
from desktop.models.store.faults import os_reason, read_only_reason, write_refused_reason
from desktop.models.store.health import FileCheck, check_file
from desktop.models.store.quick_read import DATABASE_FILE
from desktop.models.store.repository import ProfileStore
from desktop.models.store.samples import load_samples_once
from desktop.models.text import Text

_SIDECARS = ("-wal", "-shm", "-journal")  # SQLite's companion files: they belong to the database they sit beside
DAILY_BACKUPS_KEPT = ROTATING_BACKUPS_KEPT  # daily and exit copies share the rotation


@dataclass(slots=True)
class StartupReport:
    """What happened while the store opened; ``messages`` is what the user must be told."""

    database: str = ""  # the URL, password hidden
    database_file: Path | None = None  # the SQLite file, if the store is one (what ``restore_backup`` replaces)
    messages: list[Text] = field(default_factory=list)
    moved_aside: Path | None = None  # the broken file, renamed
    newest_backup: Path | None = None  # the newest good backup, which the window may offer to restore
    backup_taken: Path | None = None  # taken before a migration
    migrated_from: str | None = None
    samples_loaded: list[str] = field(default_factory=list)
    read_only: Text | None = None  # why the database could only be opened for reading


def open_store(
    data_dir: str | os.PathLike[str] | None = None, url: str | None = None, *, load_samples: bool = True
) -> tuple[ProfileStore, StartupReport]:
    """Open (creating or upgrading if needed) the store: ``url`` or ``ZONEPLANNER_DATABASE_URL`` if set, else the
    SQLite file in the data folder. Raises ``StoreError`` only if no usable database can be had at all."""
    report = StartupReport()
    database_url = _chosen_url(data_dir, url, report)
    report.database = database_url.render_as_string(hide_password=True)
    file = sqlite_file(database_url)
    report.database_file = file
    existed = file is not None and file.exists()
    if file is not None:
        check = _check_or_move_aside(file, report)
        if check is not None and (read_only := _why_read_only(file, check)) is not None:
            return _open_read_only(file, check, read_only, report), report
    _migrate(database_url, file, report)
    # Daily copy of a database the user already had (not one created just now, nor one just backed up to migrate).
    if file is not None and existed and report.moved_aside is None and report.backup_taken is None:
        _daily_backup(file, report)
    try:
        engine = make_engine(database_url)
    except SQLAlchemyError as error:
        raise _cannot_open(_shown(report), error) from error
    drafts = None if file is not None else local_drafts_engine(data_dir, database_url)
    store = ProfileStore(engine, drafts=drafts)
    try:
        if file is None:
            _check_rights(store, report)
        # Sample zones are for one official trying the application, not for an office's shared database.
        if load_samples and report.read_only is None and file is not None:
            report.samples_loaded, problems = load_samples_once(store)
            report.messages.extend(problems)
    except BaseException:
        store.close()
        raise
    return store, report


def local_drafts_engine(data_dir: str | os.PathLike[str] | None, url: URL) -> Engine:
    """Unsaved work on a shared database is kept on this computer: a SQLite file in the data folder, one per
    database (``drafts-<digest>.sqlite3``), so it survives the server going away and no one else sees it."""
    folder = paths.data_dir(data_dir)
    digest = hashlib.sha256(url.render_as_string(hide_password=True).encode()).hexdigest()[:12]
    file = folder / f"drafts-{digest}.sqlite3"
    try:
        paths.make_private_dir(folder)
        if not file.exists():
            paths.create_private_file(file)
        drafts_url = sqlite_url(file)
        if migrate.current_revision(drafts_url)[0] != migrate.HEAD_REVISION:
            migrate.upgrade(drafts_url)
        return make_engine(drafts_url)
    except (OSError, SQLAlchemyError) as error:
        raise _cannot_open(str(file), error) from error


def _check_rights(store: ProfileStore, report: StartupReport) -> None:
    """A database user with view rights only: the window opens read-only and says so."""
    try:
        writable = store.can_write()
    except StoreError as error:
        report.messages.append(error.message)
        return
    if writable:
        return
    report.read_only = Text(
        f"数据库用户 {store.user()} 只有查看权限", f"the database user {store.user()} has view rights only"
    )
    report.messages.append(
        Text(
            f"以只读方式打开共享数据库 {report.database}（{report.read_only.zh}）：可以查看和导出档案，不能保存更改。",
            f"The shared database {report.database} was opened read-only ({report.read_only.en}): you can view and "
            "export profiles, but not save changes.",
        )
    )


def list_backups(database: Path | None = None) -> list[Path]:
    """Backups of a database file (default: the data folder's), newest first; the name's timestamp decides."""
    return _backups_of(database or database_file())


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
    problem = _store_problem(check_file(backup, immutable=True), had_data=True)
    if problem is not None:
        raise StoreError(
            Text(f"备份文件 {backup} 无法使用：{problem.zh}", f"The backup file {backup} cannot be used: {problem.en}")
        )
    try:
        partial = copy_to_partial(backup, database)
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
                f"无法用备份 {backup} 替换数据库 {database}：{os_reason(error)}。" + (kept.zh if previous else ""),
                f"Cannot put the backup {backup} in place of the database {database}: {os_reason(error)}."
                + (kept.en if previous else ""),
            )
        ) from error
    finally:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
    return previous


# --- steps ------------------------------------------------------------------------------------------------------


def _chosen_url(data_dir: str | os.PathLike[str] | None, url: str | None, report: StartupReport) -> URL:
    chosen = url or paths.database_url_override()
    if chosen is None:
        folder = paths.data_dir(data_dir)
        try:
            paths.make_private_dir(folder)
        except OSError as error:
            raise StoreError(
                Text(
                    f"无法创建数据文件夹 {folder}：{error.strerror or error}",
                    f"Cannot create the data folder {folder}: {error.strerror or error}",
                )
            ) from error
        _keep_private(folder, chosen=not paths.is_default(folder), report=report)
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


def _keep_private(folder: Path, *, chosen: bool, report: StartupReport) -> None:
    """The data folder, the database and its backups are the user's alone. Our own files (and the default folder,
    which only an older version made readable to others) are made private; a folder the user chose is theirs to
    decide about, so they are told instead."""
    database = folder / DATABASE_FILE
    for ours in (database, *(database.with_name(database.name + s) for s in _SIDECARS), backups_folder(database)):
        if ours.exists():
            paths.make_private(ours)
    for backup in _backups_of(database):
        paths.make_private(backup)
    if not paths.others_can_read(folder):
        return
    if not chosen:
        paths.make_private(folder)
        return
    report.messages.append(
        Text(
            f"其他用户可以读取数据文件夹 {folder}；如需保密，请执行 chmod 700 {folder}。",
            f"Other users can read the data folder {folder}; to keep it private, run chmod 700 {folder}.",
        )
    )


def _had_data(file: Path) -> bool:
    """Whether an empty ``file`` once held a store. There are copies of it in the backups folder (made only of a
    store with its tables), or a -wal/-journal with content beside it (commits meant for it). A file just created
    and never written, by this start or by one interrupted at once, has neither: it is simply new."""
    if _backups_of(file):
        return True
    return any(
        companion.is_file() and companion.stat().st_size > 0
        for companion in (file.with_name(file.name + s) for s in ("-wal", "-journal"))
    )


def _store_problem(check: FileCheck, *, had_data: bool) -> Text | None:
    """Why a file is not a usable ZonePlanner store, or None."""
    if check.problem is not None:
        return Text(check.problem, check.problem)
    if check.foreign:
        tables = ", ".join(sorted(check.tables)[:5])
        return Text(
            f"这不是 ZonePlanner 的数据库，其中的表为 {tables}", f"it is not a ZonePlanner database (tables: {tables})"
        )
    if check.is_empty and had_data:
        return Text("文件是空的，里面原有的数据都不在了", "it is empty; the data it held is gone")
    return None


def _check_or_move_aside(file: Path, report: StartupReport) -> FileCheck | None:
    """Check the database; a damaged one is renamed aside (the store then starts from a new file). Returns what was
    found in a file kept in place, None if there is a new file."""
    if not file.exists():
        _create_private(file)
        return None
    check = check_file(file)
    problem = _store_problem(check, had_data=_had_data(file))
    if problem is None:
        return check
    moved = _move_aside(file, "corrupt")
    report.moved_aside = moved
    report.newest_backup = newest_good_backup(file)
    _create_private(file)
    message = Text(
        f"数据库文件已损坏（{problem.zh}），已改名为 {moved} 保存，没有删除；已新建一个空数据库。",
        f"The database file was damaged ({problem.en}); it was kept, renamed to {moved}, and a new empty database "
        "was created.",
    )
    if report.newest_backup is not None:
        message = Text(
            message.zh + f"最近的完好备份是 {report.newest_backup}，可以从它恢复。",
            message.en + f" The newest good backup is {report.newest_backup}; you can restore it.",
        )
    report.messages.append(message)
    return None


def _create_private(file: Path) -> None:
    """The new database file, made before SQLite makes it 0644 (its -wal and -shm then take the same 0600)."""
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
        paths.create_private_file(file)
    except FileExistsError:
        pass
    except OSError as error:
        reason = write_refused_reason(file.parent, error) or Text(os_reason(error), os_reason(error))
        raise StoreError(
            Text(
                f"无法在 {file.parent} 创建数据库（{reason.zh}）。",
                f"Cannot create the database in {file.parent} ({reason.en}).",
            )
        ) from error


def _why_read_only(file: Path, check: FileCheck) -> Text | None:
    """Why the sound database ``file`` can be read but not written (None: it can be written)."""
    if check.immutable_only:  # read-write and read-only connections both failed for want of writing beside it
        return write_refused_reason(file.parent) or Text("无法在该文件夹中写入", "nothing can be written in its folder")
    # SQLite writes its -wal and -shm beside the database: the folder must be writable too.
    return read_only_reason(file) or read_only_reason(file.parent)


def _open_read_only(file: Path, check: FileCheck, reason: Text, report: StartupReport) -> ProfileStore:
    """The store for reading only: no upgrade, no backup, no samples; saving then says why it cannot."""
    url = read_only_url(file, immutable=check.immutable_only)
    try:
        current, _tables = migrate.current_revision(url)
        if current != migrate.head_revision():
            raise StoreError(
                Text(
                    f"数据库 {file} 需要升级到新版本，但它只能以只读方式打开（{reason.zh}），因此无法使用；"
                    "数据库未作任何更改。",
                    f"The database {file} needs upgrading to the new version, but it can only be opened read-only "
                    f"({reason.en}), so it cannot be used. The database was not changed.",
                )
            )
        engine = make_engine(url, read_only_reason=reason)
    except SQLAlchemyError as error:
        raise _cannot_open(str(file), error) from error
    report.read_only = reason
    wal = file.with_name(file.name + "-wal")
    unseen = check.immutable_only and wal.is_file() and wal.stat().st_size > 0
    report.messages.append(
        Text(
            f"数据库 {file} 以只读方式打开（{reason.zh}）：可以查看和导出档案，但在问题解决之前无法保存任何更改。"
            + ("最近几次保存的内容可能不会显示。" if unseen else ""),
            f"The database {file} was opened read-only ({reason.en}): you can view and export profiles, but no "
            "change can be saved until this is fixed." + (" The most recent saves may not show." if unseen else ""),
        )
    )
    return ProfileStore(engine)


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
        reason = os_reason(error)
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
    interrupted half-way) can be replaced by a recent copy; ``take_backup`` keeps the newest few.

    The copy is a safety net, not a condition for working: if it cannot be made (disk full, backups folder
    unusable) the store still opens and the user is told why there is no new backup.
    """
    try:
        daily = [backup for backup in _backups_of(file) if kind(file, backup) == DAILY]
        if daily and datetime.fromtimestamp(daily[0].stat().st_mtime) > datetime.now() - timedelta(days=1):
            return
        if not changed_since_newest_backup(file):  # e.g. the copy taken when the window last closed
            return
        take_backup(file, DAILY)
    except (StoreError, OSError) as error:
        problem = error.message if isinstance(error, StoreError) else backup_problem(backups_folder(file), error)
        report.messages.append(
            Text(
                f"今天的自动备份未能完成：{problem.zh}。数据库照常打开，数据未受影响；问题解决前不会有新的自动备份。",
                f"Today's automatic backup was not made: {problem.en}. The database opened as usual and your data "
                "is unaffected; no new automatic backup will be made until this is fixed.",
            )
        )


def _backup_before_migration(file: Path, revision: str) -> Path:
    """The copy an upgrade needs; without it the database is not upgraded (and so not opened)."""
    try:
        return take_backup(file, revision)
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


def _shown(report: StartupReport) -> str:
    """How messages name the database: the file path if it is one (a URL would show it percent-encoded)."""
    return str(report.database_file) if report.database_file is not None else report.database


class PasswordRequired(StoreError):
    """The database server wants a password that was not given (or was wrong): the window asks for one."""


def _cannot_open(database: str, error: Exception) -> StoreError:
    cause = getattr(error, "orig", None) or error
    if _wants_password(cause):
        return PasswordRequired(
            Text(
                f"数据库服务器 {database} 要求输入密码（或密码不正确）：{cause}。密码不会保存在设置中："
                "请使用 PostgreSQL 的密码文件（~/.pgpass，或用环境变量 PGPASSFILE 指定），或在窗口中输入。",
                f"The database server {database} wants a password (or the one given is wrong): {cause}. Passwords are "
                "never kept in the settings: use PostgreSQL's password file (~/.pgpass, or PGPASSFILE), or type it in "
                "the window.",
            )
        )
    return StoreError(Text(f"无法打开数据库 {database}：{cause}", f"Cannot open the database {database}: {cause}"))


_BAD_PASSWORD = "28P01"  # SQLSTATE invalid_password


def _wants_password(cause: object) -> bool:
    state = getattr(cause, "sqlstate", None)
    if state == _BAD_PASSWORD:
        return True
    # A refused login reaches psycopg before a session exists, so without a SQLSTATE: libpq's "no password supplied",
    # or the server's "password authentication failed" (口令 in a server set to Chinese messages).
    text = str(cause).lower()
    return state is None and (
        "no password supplied" in text or "password authentication failed" in text or "口令" in text
    )
