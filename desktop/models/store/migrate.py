"""Bring a database's schema to the current version with Alembic, from the migrations inside the package."""

from __future__ import annotations

import io
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.script.revision import ResolutionError
from alembic.util import CommandError
from sqlalchemy import URL, inspect, text

from desktop.models.errors import StoreError
from desktop.models.store.database import make_engine, writer
from desktop.models.text import Text

# An absolute path computed from this file works the same from a source checkout and from an installed wheel.
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config(url: str | URL | None = None) -> Config:
    """The Alembic configuration, built in code (there is no alembic.ini to find at run time)."""
    config = Config(stdout=io.StringIO())  # Alembic's own messages never reach the user's terminal
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if url is not None:
        rendered = url.render_as_string(hide_password=False) if isinstance(url, URL) else url
        config.set_main_option("sqlalchemy.url", rendered.replace("%", "%%"))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "the package ships no migrations"
    return head


def is_known(revision: str) -> bool:
    """Whether this version of the application has the migration ``revision`` (False: a newer app wrote it)."""
    try:
        return ScriptDirectory.from_config(alembic_config()).get_revision(revision) is not None
    except (ResolutionError, CommandError):
        return False


def current_revision(url: str | URL) -> tuple[str | None, bool]:
    """The schema version of the database and whether it holds any table at all (False: a brand-new database)."""
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            revision = MigrationContext.configure(connection).get_current_revision()
            has_tables = bool(inspect(connection).get_table_names())
    finally:
        engine.dispose()
    return revision, has_tables


def upgrade(url: str | URL, target: str = "head") -> None:
    """Run the migrations up to ``target`` in one transaction; on failure the database stays as it was."""
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
    engine = make_engine(url, foreign_keys=False)
    try:
        with writer(engine).begin() as connection:
            config = alembic_config(url)
            config.attributes["connection"] = connection
            command.downgrade(config, target)
    finally:
        engine.dispose()
