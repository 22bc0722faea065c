"""Telling the user why the disk refused a write: a full disk, a file size limit, read-only media.

SQLite reports a full disk as ``SQLITE_FULL`` only when ``write()`` says ENOSPC; growing its shared-memory index or
hitting the process's file size limit (``ulimit -f``: EFBIG) come back as a plain ``SQLITE_IOERR_*`` ("disk I/O
error"). So an I/O error is explained by looking at the disk itself: its free space, and the process's limit.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import sys
from pathlib import Path

from desktop.models.text import Text

# Below this much free space a failed write is put down to a full disk (SQLite needs a few pages to commit anything).
NEARLY_FULL_BYTES = 1024 * 1024

_FULL_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
_READ_ONLY_ERRNOS = {errno.EROFS, errno.EACCES, errno.EPERM}


def sqlite_code(error: BaseException) -> int | None:
    """The extended SQLite result code of a ``sqlite3`` error (or of the one SQLAlchemy wraps), if any."""
    error = getattr(error, "orig", None) or error
    code = getattr(error, "sqlite_errorcode", None)
    return code if isinstance(code, int) else None


def is_io_failure(error: BaseException) -> bool:
    """A write the disk refused: full, I/O error, cannot create the -wal/-shm beside the file, read-only."""
    code = sqlite_code(error)
    if code is not None:
        return code & 0xFF in (
            sqlite3.SQLITE_FULL,
            sqlite3.SQLITE_IOERR,
            sqlite3.SQLITE_CANTOPEN,
            sqlite3.SQLITE_READONLY,
        )
    if isinstance(error, OSError):
        return error.errno in _FULL_ERRNOS | _READ_ONLY_ERRNOS | {errno.EFBIG, errno.EIO}
    return False


def is_read_only_error(error: BaseException) -> bool:
    code = sqlite_code(error)
    return code is not None and code & 0xFF == sqlite3.SQLITE_READONLY


def full_disk_reason(folder: Path, error: BaseException | None = None) -> Text | None:
    """ "The disk is full" (naming nothing: callers name the place) if that explains a failed write in ``folder``;
    ``error`` None: some write already failed with an I/O error."""
    code = sqlite_code(error) if error is not None else None
    if (code is not None and code & 0xFF == sqlite3.SQLITE_FULL) or (
        isinstance(error, OSError) and error.errno in _FULL_ERRNOS
    ):
        return Text("磁盘空间不足", "the disk is full")
    if _free_bytes(folder) < NEARLY_FULL_BYTES:
        return Text("磁盘空间不足", "the disk is full")
    if (isinstance(error, OSError) and error.errno == errno.EFBIG) or (
        (error is None or (code is not None and code & 0xFF == sqlite3.SQLITE_IOERR)) and _file_size_limited()
    ):
        # The limit cannot be told apart from a full quota from here: say both, the user knows which applies.
        return Text(
            "磁盘空间不足，或超出了文件大小限制（ulimit -f）",
            "the disk is full or the file size limit (ulimit -f) was reached",
        )
    return None


def write_refused_reason(folder: Path, error: BaseException | None = None) -> Text | None:
    """Why nothing can be written in ``folder``: read-only media or permissions, a full disk; None if it can."""
    return read_only_reason(folder) or full_disk_reason(folder, error)


def read_only_reason(path: Path) -> Text | None:
    """Why ``path`` (a file, or a folder to create files in) cannot be written: read-only media or permissions."""
    if _on_read_only_media(path):
        return Text("所在磁盘是只读的", "the disk is read-only")
    if path.exists() and not os.access(path, os.W_OK):
        return (
            Text("文件夹是只读的", "the folder is read-only")
            if path.is_dir()
            else Text("文件是只读的", "the file is read-only")
        )
    return None


def os_reason(error: OSError) -> str:
    return error.strerror or str(error) or type(error).__name__


def _free_bytes(folder: Path) -> int:
    for place in (folder, *folder.parents):
        if place.exists():
            try:
                return shutil.disk_usage(place).free
            except OSError:
                return sys.maxsize
    return sys.maxsize


def _on_read_only_media(path: Path) -> bool:
    statvfs = getattr(os, "statvfs", None)  # not on Windows
    if statvfs is None:
        return False
    try:
        return bool(statvfs(path).f_flag & os.ST_RDONLY)
    except OSError:
        return False


def _file_size_limited() -> bool:
    """Whether this process may not write files beyond some size (``ulimit -f``); always False on Windows."""
    try:
        import resource
    except ImportError:  # Windows
        return False
    soft, _hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    return soft != resource.RLIM_INFINITY
