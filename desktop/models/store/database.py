"""The database engine: one place that knows how to connect, and the SQLite settings every connection needs."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from sqlalchemy import URL, Connection, Engine, ExceptionContext, create_engine, event, make_url

from desktop.models.errors import StoreError
from desktop.models.store.faults import full_disk_reason, is_io_failure, is_read_only_error
from desktop.models.store.health import read_only_uri
from desktop.models.text import Text

# SQLite waits this long for another process (the window and the command line may run together) before "locked".
BUSY_TIMEOUT_MS = 5000

# Execution option that marks a connection as one that will write: SQLite then takes the write lock at BEGIN.
WRITE_OPTION = "zoneplanner_write"


# An unreachable server is reported after this many seconds instead of the operating system's minutes.
_SERVER_CONNECT_ARGS = {"connect_timeout": 10}


def sqlite_url(path: Path) -> URL:
    """The URL of the embedded SQLite file."""
    return URL.create("sqlite+pysqlite", database=str(path))


def sqlite_file(url: URL) -> Path | None:
    """The file behind a SQLite URL, or None for other databases and in-memory SQLite."""
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    if url.database.startswith("file:"):  # URI filenames: leave them alone, no file checks
        return None
    return Path(url.database)


def read_only_url(path: Path, *, immutable: bool = False) -> URL:
    """The URL that opens the SQLite file for reading only (see ``health.read_only_uri``)."""
    uri = read_only_uri(path, immutable=immutable)
    base, _, query = uri.partition("?")
    return URL.create(
        "sqlite+pysqlite", database=base, query={**dict(q.split("=") for q in query.split("&")), "uri": "true"}
    )


def is_read_only(url: URL) -> bool:
    return url.get_backend_name() == "sqlite" and url.query.get("mode") == "ro"


def read_only_file(url: URL) -> Path | None:
    """The file behind a read-only SQLite URL made by ``read_only_url``."""
    if not is_read_only(url) or not (url.database or "").startswith("file:"):
        return None
    return Path(unquote(urlsplit(url.database or "").path))


def make_engine(url: str | URL, *, foreign_keys: bool = True, read_only_reason: Text | None = None) -> Engine:
    """An engine for ``url``; SQLite connections get the pragmas and the transaction handling the store relies on.

    ``foreign_keys=False`` is only for the migration connection (see ``migrate.py``). ``read_only_reason`` says why
    a read-only URL was chosen; a save then fails with it.
    """
    url = make_url(url)
    if url.get_backend_name() == "sqlite":
        engine = create_engine(url)
    else:
        # A server may restart or the network drop between two actions: a pooled connection is tested before use
        # and replaced if dead, so the next action after such a fault reconnects by itself.
        engine = create_engine(url, pool_pre_ping=True, connect_args=_SERVER_CONNECT_ARGS)
    if engine.dialect.name == "sqlite":
        _configure_sqlite(engine, foreign_keys=foreign_keys, read_only=is_read_only(url))
        file = sqlite_file(url) or read_only_file(url)
        if file is not None:
            _explain_write_failures(engine, file, read_only_reason)
    return engine


def writer(engine: Engine) -> Engine:
    """The same engine, for transactions that write (on SQLite they BEGIN IMMEDIATE)."""
    return engine.execution_options(**{WRITE_OPTION: True})


def _configure_sqlite(engine: Engine, *, foreign_keys: bool, read_only: bool) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # pysqlite's own transaction handling starts transactions late and commits around DDL; switch it off and
        # emit BEGIN ourselves (the recipe from the SQLAlchemy SQLite dialect docs) so every write is one transaction
        # and migrations are transactional too.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            cursor.execute(f"PRAGMA foreign_keys = {'ON' if foreign_keys else 'OFF'}")
            if not read_only:  # setting the journal mode may write the file's header
                cursor.execute("PRAGMA journal_mode = WAL")
                # With WAL, NORMAL never corrupts the database; a power cut may lose only the last commits.
                cursor.execute("PRAGMA synchronous = NORMAL")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        # A deferred transaction that reads and then writes fails at once with "database is locked" when another
        # process wrote in between (busy_timeout does not apply to that upgrade); IMMEDIATE waits its turn instead.
        mode = "IMMEDIATE" if connection.get_execution_options().get(WRITE_OPTION) else "DEFERRED"
        connection.exec_driver_sql(f"BEGIN {mode}")


def _explain_write_failures(engine: Engine, file: Path, read_only_reason: Text | None) -> None:
    """A save the disk refuses says why and where (full disk, read-only), instead of SQLite's "disk I/O error"."""

    @event.listens_for(engine, "handle_error")
    def _on_error(context: ExceptionContext) -> None:
        error = context.original_exception
        if read_only_reason is not None and is_read_only_error(error):
            raise StoreError(
                Text(
                    f"无法保存：数据库 {file} 是以只读方式打开的（{read_only_reason.zh}）。未作任何更改。",
                    f"Cannot save: the database {file} was opened read-only ({read_only_reason.en}). "
                    "Nothing was changed.",
                )
            ) from error
        if not is_io_failure(error):
            return
        full = full_disk_reason(file.parent, error)
        if full is not None:
            raise StoreError(
                Text(
                    f"无法写入数据库 {file}：{full.zh}（{file.parent}）。未作任何更改。",
                    f"Cannot write to the database {file}: {full.en} ({file.parent}). Nothing was changed.",
                )
            ) from error
