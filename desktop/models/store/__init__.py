"""The local store: profiles, their revisions, plans and drafts in SQLite (or a shared database), via SQLAlchemy.

The names below are loaded on first use (PEP 562): importing a light module of this package (``quick_read``, which
the window's first paint uses, or ``records``) must not import SQLAlchemy, which costs about 0.2 s at start-up.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # what the names are, for the type checker and the import graph
    from desktop.models.store.backups import BackupInfo, backup_if_changed, describe_backups
    from desktop.models.store.quick_read import DATABASE_FILE
    from desktop.models.store.records import Draft, OnConflict, ProfileSummary, RevisionSummary
    from desktop.models.store.repository import ProfileStore
    from desktop.models.store.startup import (
        StartupReport,
        database_file,
        list_backups,
        open_store,
        restore_backup,
    )

_HOMES = {
    "BackupInfo": "backups",
    "backup_if_changed": "backups",
    "describe_backups": "backups",
    "Draft": "records",
    "OnConflict": "records",
    "ProfileSummary": "records",
    "RevisionSummary": "records",
    "ProfileStore": "repository",
    "DATABASE_FILE": "quick_read",
    "StartupReport": "startup",
    "database_file": "startup",
    "list_backups": "startup",
    "open_store": "startup",
    "restore_backup": "startup",
}

__all__ = [
    "DATABASE_FILE",
    "BackupInfo",
    "Draft",
    "OnConflict",
    "ProfileStore",
    "ProfileSummary",
    "RevisionSummary",
    "StartupReport",
    "backup_if_changed",
    "database_file",
    "describe_backups",
    "list_backups",
    "open_store",
    "restore_backup",
]


def __getattr__(name: str) -> object:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{home}"), name)
    globals()[name] = value  # once found, an ordinary attribute
    return value
