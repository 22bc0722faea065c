"""Bring a database's schema to the current version with Alembic, from the migrations inside the package.

Alembic takes about 0.17 s to import, so it is imported only when a schema is due an upgrade (or for developers'
tools): at an ordinary start the revision is read with one query and compared with ``HEAD_REVISION``.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import URL, inspect, text
from sqlalchemy.exc import DBAPIError

from desktop.models.errors import StoreError
from desktop.models.store.database import make_engine, writer
from desktop.models.text import Text

if TYPE_CHECKING:
    from alembic.config import Config

# An absolute path computed from this file works the same from a source checkout and from an installed wheel.
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# The newest migration in ``migrations/versions`` (a test checks it against the scripts): known without Alembic.
HEAD_REVISION = "0005"
VERSION_TABLE = "alembic_version"  # Alembic's default, where it records the revision a database is at


def alembic_config(url: str | URL | None = None) -> Config:
    """The Alembic configuration, built in code (there is no alembic.ini to find at run time)."""
    from alembic.config import Config

    config = Config(stdout=io.StringIO())  # Alembic's own messages never reach the user's terminal
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if url is not None:
        rendered = url.render_as_string(hide_password=False) if isinstance(url, URL) else url
        config.set_main_option("sqlalchemy.url", rendered.replace("%", "%%"))
    return config


def head_revision() -> str:
    """The newest revision as Alembic reads it from the migration scripts."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "the package ships no migrations"
    return head


def is_known(revision: str) -> bool:
    """Whether this version of the application has the migration ``revision`` (False: a newer app wrote it)."""
    from alembic.script import ScriptDirectory
    from alembic.script.revision import ResolutionError
    from alembic.util import CommandError

    try:
        return ScriptDirectory.from_config(alembic_config()).get_revision(revision) is not None
    except (ResolutionError, CommandError):
        return False


def current_revision(url: str | URL) -> tuple[str | None, bool]:
    """The schema version of the database and whether it holds any table at all (False: a brand-new database).

    One query on Alembic's version table when there is one; the tables are listed only for a database without a
    revision (new, or emptied by a downgrade), which is the rare case.
    """
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            try:
                revision = connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalar()
            except DBAPIError:
                connection.rollback()  # PostgreSQL refuses every statement in a failed transaction
                if inspect(connection).has_table(VERSION_TABLE):
                    raise  # the table is there, so something else failed (a lock, a damaged file): not "new"
                revision = None  # a database Alembic never touched
            if revision is not None:
                return str(revision), True
            has_tables = bool(inspect(connection).get_table_names())
    finally:
        engine.dispose()
    return None, has_tables


def upgrade(url: str | URL, target: str = "head") -> None:
    """Run the migrations up to ``target`` in one transaction; on failure the database stays as it was."""
    from alembic import command

    # Foreign keys OFF on the migration connection: a batch migration copies a table, drops the old one and renames
    # the copy; with cascades ON, dropping the old "profiles" would delete every revision and plan that points at it.
    engine = make_engine(url, foreign_keys=False)
    try:
        with writer(engine).begin() as connection:
            config = alembic_config(url)
            config.attributes["connection"] = connection
            command.upgrade(config, target)
            if connection.dialect.name == "sqlite":
                # With the checks off during the migration, prove the result is consistent before committing.
                broken = connection.execute(text("PRAGMA foreign_key_check")).all()
                if broken:
                    raise StoreError(
                        Text(
                            "数据库升级后有 {n} 条记录指向不存在的档案，升级已撤销。",
                            "After the upgrade {n} records point to missing profiles; the upgrade was undone.",
                        ).format(n=len(broken))
                    )
    finally:
        engine.dispose()


def downgrade(url: str | URL, target: str) -> None:
    """Undo migrations down to ``target`` (for developers and tests; the application only ever upgrades)."""
    from alembic import command

    engine = make_engine(url, foreign_keys=False)
    try:
        with writer(engine).begin() as connection:
            config = alembic_config(url)
            config.attributes["connection"] = connection
            command.downgrade(config, target)
    finally:
        engine.dispose()
