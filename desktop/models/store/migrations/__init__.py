"""Alembic migrations of the local store; run at start-up by ``desktop.models.store.migrate``."""
