"""The one place that decides where user data lives, and that it stays private to the user."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import platformdirs

APP_NAME = "ZonePlanner"
DATA_DIR_ENV = "ZONEPLANNER_DATA_DIR"
DATABASE_URL_ENV = "ZONEPLANNER_DATABASE_URL"

# Zone profiles and plans are internal documents: on Linux and macOS only the user may read the data folder and
# the files in it (the database, SQLite's -wal/-shm, which take the database's mode, and the backups).
PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600
POSIX = os.name == "posix"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The user's data folder: ``--data-dir`` first, then ``ZONEPLANNER_DATA_DIR``, then the platform default."""
    chosen = override or os.environ.get(DATA_DIR_ENV) or platformdirs.user_data_dir(APP_NAME, appauthor=False)
    return Path(chosen).expanduser().resolve()


def is_default(folder: Path) -> bool:
    """Whether ``folder`` is the platform's data folder for the application (not one the user chose)."""
    return folder == Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)).expanduser().resolve()


def database_url_override() -> str | None:
    """A database URL from ``ZONEPLANNER_DATABASE_URL``, if set (a shared server instead of the local file)."""
    return os.environ.get(DATABASE_URL_ENV) or None


def make_private_dir(folder: Path) -> None:
    """Create ``folder`` (and missing parents) if needed; the folder itself is created readable by the user only."""
    if folder.is_dir():
        return
    folder.parent.mkdir(parents=True, exist_ok=True)
    try:
        folder.mkdir(mode=PRIVATE_DIR_MODE)  # the umask can only take bits away from 0700
    except FileExistsError:
        if not folder.is_dir():
            raise


def create_private_file(file: Path) -> None:
    """Create an empty ``file`` readable by the user only; raises ``FileExistsError`` if it is there already.

    SQLite creates its files 0644 and gives the -wal/-shm the database's mode, so the file is made here first.
    """
    os.close(os.open(file, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_FILE_MODE))


def others_can_read(folder: Path) -> bool:
    """Whether users other than the owner may list ``folder``: it grants its group or everyone read access and every
    folder above it lets that class through (a folder inside a private home folder is private). Always False where
    there are no such modes."""
    if not POSIX:
        return False
    try:
        modes = [folder.stat().st_mode] + [parent.stat().st_mode for parent in folder.parents]
    except OSError:
        return False
    return any(
        modes[0] & read and all(mode & through for mode in modes[1:])
        for read, through in ((stat.S_IRGRP, stat.S_IXGRP), (stat.S_IROTH, stat.S_IXOTH))
    )


def make_private(path: Path) -> None:
    """Take away what others may do with ``path`` (a folder or file of our own making, created by an older version
    with the default modes); a file system without modes or a file we do not own is left as it is."""
    if not POSIX:
        return
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
        if mode & 0o077:
            path.chmod(mode & 0o700)
    except OSError:
        pass
