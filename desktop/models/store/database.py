"""The database engine: one place that knows how to connect, and the SQLite settings every connection needs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import URL, Connection, Engine, create_engine, event, make_url

# SQLite waits this long for another process (the window and the command line may run together) before "locked".
BUSY_TIMEOUT_MS = 5000

# Execution option that marks a connection as one that will write: SQLite then takes the write lock at BEGIN.
WRITE_OPTION = "zoneplanner_write"


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


def make_engine(url: str | URL, *, foreign_keys: bool = True) -> Engine:
    """An engine for ``url``; SQLite connections get the pragmas and the transaction handling the store relies on.

    ``foreign_keys=False`` is only for the migration connection (see ``migrate.py``).
    """
    engine = create_engine(make_url(url))
    if engine.dialect.name == "sqlite":
        _configure_sqlite(engine, foreign_keys=foreign_keys)
    return engine


def writer(engine: Engine) -> Engine:
    """The same engine, for transactions that write (on SQLite they BEGIN IMMEDIATE)."""
    return engine.execution_options(**{WRITE_OPTION: True})


def _configure_sqlite(engine: Engine, *, foreign_keys: bool) -> None:
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
