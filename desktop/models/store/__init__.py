"""The local store: profiles, their revisions, plans and drafts in SQLite (or a shared database), via SQLAlchemy."""

from desktop.models.store.records import Draft, OnConflict, ProfileSummary, RevisionSummary
from desktop.models.store.repository import ProfileStore
from desktop.models.store.startup import (
    DATABASE_FILE,
    StartupReport,
    database_file,
    list_backups,
    open_store,
    restore_backup,
)

__all__ = [
    "DATABASE_FILE",
    "Draft",
    "OnConflict",
    "ProfileStore",
    "ProfileSummary",
    "RevisionSummary",
    "StartupReport",
    "database_file",
    "list_backups",
    "open_store",
    "restore_backup",
]
