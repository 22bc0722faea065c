"""The one place that decides where user data lives."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "ZonePlanner"
DATA_DIR_ENV = "ZONEPLANNER_DATA_DIR"
DATABASE_URL_ENV = "ZONEPLANNER_DATABASE_URL"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The user's data folder: ``--data-dir`` first, then ``ZONEPLANNER_DATA_DIR``, then the platform default."""
    chosen = override or os.environ.get(DATA_DIR_ENV) or platformdirs.user_data_dir(APP_NAME, appauthor=False)
    return Path(chosen).expanduser().resolve()


def database_url_override() -> str | None:
    """A database URL from ``ZONEPLANNER_DATABASE_URL``, if set (a shared server instead of the local file)."""
    return os.environ.get(DATABASE_URL_ENV) or None
