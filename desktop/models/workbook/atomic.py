"""Write a file so that it is either completely new or untouched: temp file in the same folder, then os.replace."""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from desktop.models.errors import ExportError
from desktop.models.text import Text

FOLDER_MISSING = Text(
    "无法保存到 {path}：文件夹 {folder} 不存在。", "Cannot save to {path}: the folder {folder} does not exist."
)
TARGET_IS_FOLDER = Text(
    "无法保存到 {path}：这是一个文件夹，请另选文件名。", "Cannot save to {path}: it is a folder; choose a file name."
)
FOLDER_NOT_WRITABLE = Text(
    "无法保存到 {path}：文件夹 {folder} 不能写入（只读或没有权限）。请另选文件夹。",
    "Cannot save to {path}: the folder {folder} cannot be written to (read-only or no permission). Choose another "
    "folder.",
)
WRITE_FAILED = Text(
    "无法写入 {path}:{reason}。原有文件未改动。", "Could not write {path}: {reason}. The previous file is unchanged."
)
TARGET_LOCKED = Text(
    "无法替换 {path}：该文件可能正在 Excel、WPS 等程序中打开，或没有写入权限。请关闭它后重试；原有文件未改动。",
    "Cannot replace {path}: the file may be open in Excel, WPS or another program, or it is not writable. Close it "
    "and try again; the previous file is unchanged.",
)
REPLACE_FAILED = Text(
    "无法替换 {path}:{reason}。原有文件未改动。", "Cannot replace {path}: {reason}. The previous file is unchanged."
)


def _reason(error: OSError) -> str:
    return error.strerror or type(error).__name__


def create_temp_file(target: Path) -> tuple[int, Path]:
    """Open a new, uniquely named hidden file beside ``target``.

    Made with the usual permissions (0o666 less the umask), not mkstemp's owner-only ones, so the exported workbook
    can be read by whoever could read a file saved directly.
    """
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    while True:
        temp = target.with_name(f".{target.name[:60]}.{secrets.token_hex(4)}.tmp")
        try:
            return os.open(temp, flags, 0o666), temp
        except FileExistsError:
            continue


def _keep_mode(temp: Path, target: Path) -> None:
    """A replaced file keeps the permissions it had."""
    try:
        mode = stat.S_IMODE(target.stat().st_mode)
    except FileNotFoundError:
        return
    os.chmod(temp, mode)


def write_atomically(target: Path, write: Callable[[BinaryIO], None]) -> None:
    """Call ``write`` with a binary stream and put what it wrote at ``target`` in one step.

    Raises ``ExportError`` naming the file and the cause; on any failure the previous file is intact and no
    temporary file is left behind.
    """
    folder = target.parent
    names = {"path": str(target), "folder": str(folder)}
    if target.is_dir():
        raise ExportError(TARGET_IS_FOLDER.format(**names))
    if not folder.is_dir():
        raise ExportError(FOLDER_MISSING.format(**names))
    try:
        handle, temp = create_temp_file(target)
    except OSError as error:
        raise ExportError(FOLDER_NOT_WRITABLE.format(**names)) from error
    try:
        try:
            with os.fdopen(handle, "wb") as stream:
                write(stream)
                stream.flush()
                os.fsync(stream.fileno())
            _keep_mode(temp, target)
        except OSError as error:
            raise ExportError(WRITE_FAILED.format(reason=_reason(error), **names)) from error
        try:
            os.replace(temp, target)
        except PermissionError as error:  # what Windows reports for a file open in Excel
            raise ExportError(TARGET_LOCKED.format(**names)) from error
        except OSError as error:
            raise ExportError(REPLACE_FAILED.format(reason=_reason(error), **names)) from error
    finally:
        with contextlib.suppress(OSError):
            temp.unlink()
