"""Alembic environment: run by ``desktop.models.store.migrate`` on a connection it prepared.

No ``fileConfig`` here on purpose: the application must not have its logging reconfigured (or its command-line
output polluted) by a start-up migration.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from desktop.models.store.database import make_engine
from desktop.models.store.orm import Base

config = context.config
target_metadata = Base.metadata


def _configure(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        # SQLite cannot ALTER most things: batch mode copies the table, which needs named constraints.
        render_as_batch=True,
        # Our SQLite connections emit BEGIN themselves, so DDL is transactional there too: a failed step rolls back.
        transactional_ddl=True,
        compare_type=True,
    )


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _configure(connection)
        with context.begin_transaction():
            context.run_migrations()
        return
    # Only for developers running the ``alembic`` tool by hand with ``-x``-less config: make the same engine.
    engine = make_engine(config.get_main_option("sqlalchemy.url") or "", foreign_keys=False)
    try:
        with engine.connect() as own_connection:
            _configure(own_connection)
            with context.begin_transaction():
                context.run_migrations()
    finally:
        engine.dispose()


def run_migrations_offline() -> None:
    context.configure(
        url=config.get_main_option("sqlalchemy.url"),
        target_metadata=target_metadata,
        render_as_batch=True,
        literal_binds=True,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
