"""The local store: profiles, their revisions, plans and drafts in SQLite (or a shared database), via SQLAlchemy."""

from desktop.models.store.backups import BackupInfo, backup_if_changed, describe_backups
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
