"""Write a file so that it is either completely new or untouched: temp file in the same folder, then os.replace.

Every file the application saves (zone profiles, workbooks) goes through ``write_atomically``; only the headline
of the message ("Cannot save the zone profile to …") differs from caller to caller, the reasons are shared.

What may be replaced: only a regular file the user may write. ``os.replace`` would silently swap anything else for
a new regular file, so these are refused with a message instead, and left exactly as they are:
- a read-only file (no write permission bit, or not writable by this user): read-only says "keep this", and a rename
  in a writable folder would ignore that;
- a symbolic link: refused rather than written through. Writing through would have to replace the file the link
  points to, possibly in another folder and owned by someone else (a link planted in a shared folder could point at
  any of the user's files); replacing the link itself would quietly cut it. The message names where it points, so
  the user can choose that file itself;
- a FIFO, socket or device (/dev/null included): replacing one breaks whatever uses it.
The checks are made just before writing; something that changes the target in the instant between them and the
final rename is not guarded against (the rename is still atomic).
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import stat
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from desktop.models.errors import ExportError
from desktop.models.text import Text

# What the caller was doing; names the file. A caller may pass its own (e.g. "Cannot save the zone profile to …").
SAVE_HEADLINE = Text("无法保存到 {path}", "Cannot save to {path}")
UNCHANGED = Text("原有文件（如有）保持不变。", "Any existing file is unchanged.")

# Why it failed; {path} is the target, {folder} its folder, {reason} what the operating system said.
FOLDER_MISSING = Text("文件夹 {folder} 不存在", "the folder {folder} does not exist")
TARGET_IS_FOLDER = Text("{path} 是一个文件夹，请另选文件名", "{path} is a folder; choose a file name")
FOLDER_NOT_WRITABLE = Text(
    "文件夹 {folder} 不能写入（只读或没有权限），请另选文件夹",
    "the folder {folder} cannot be written to (read-only or no permission); choose another folder",
)
DISK_FULL = Text("磁盘空间不足（{reason}）", "the disk is full ({reason})")
WRITE_FAILED = Text("写入时出错（{reason}）", "writing failed ({reason})")
TARGET_LOCKED = Text(
    "该文件可能正被 Excel、WPS 等其他程序打开，或没有写入权限；请关闭它后重试",
    "the file may be open in another program (such as Excel or WPS), or it is not writable; close it and try again",
)
REPLACE_FAILED = Text("无法替换原文件（{reason}）", "the existing file could not be replaced ({reason})")
FILE_TOO_LARGE = Text(
    "文件超过了系统允许的大小上限（{reason}）", "the file is larger than the system allows for this user ({reason})"
)
TARGET_READ_ONLY = Text(
    "{path} 是只读文件，不会被覆盖；请先取消只读，或另选文件名",
    "{path} is read-only and is not overwritten; make it writable first, or choose another name",
)
TARGET_IS_LINK = Text(
    "{path} 是指向 {link} 的符号链接，不会被替换；请直接选择它指向的文件，或另选文件名",
    "{path} is a symbolic link to {link} and is not replaced; choose the file it points to, or another name",
)
TARGET_NOT_FILE = Text(
    "{path} 不是普通文件（而是设备、命名管道或套接字），不会被替换；请另选文件名",
    "{path} is not a regular file (it is a device, named pipe or socket) and is not replaced; choose another name",
)


def failure(headline: Text, reason: Text, target: Path, error: OSError | None = None, *, link: str = "") -> ExportError:
    """The error for a failed save: "<headline>：<reason>。<unchanged>" with the names filled in."""
    names = {
        "path": str(target),
        "folder": str(target.parent),
        "reason": _os_reason(error) if error else "",
        "link": link,
    }
    first, why = headline.format(**names), reason.format(**names)
    return ExportError(
        Text(f"{first.zh}：{why.zh}。{UNCHANGED.zh}", f"{first.en}: {why.en}. {UNCHANGED.en}"),
    )


def _os_reason(error: OSError) -> str:
    return error.strerror or str(error) or type(error).__name__


def create_temp_file(target: Path) -> tuple[int, Path]:
    """Open a new, uniquely named hidden file beside ``target``.

    Made with the usual permissions (0o666 less the umask), not mkstemp's owner-only ones, so the saved file can be
    read by whoever could read a file saved directly.
    """
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    while True:
        # The name is cut so that a long target name cannot make the temporary one exceed the file-name limit.
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


def write_atomically(target: Path, write: Callable[[BinaryIO], None], headline: Text = SAVE_HEADLINE) -> None:
    """Call ``write`` with a binary stream and put what it wrote at ``target`` in one step.

    Raises ``ExportError`` (``headline`` followed by the cause, naming the file); on any failure, exceptions from
    ``write`` included, the previous file is intact and no temporary file is left behind.
    """
    target = Path(target)
    _check_target(target, headline)
    if not target.parent.is_dir():
        raise failure(headline, FOLDER_MISSING, target)
    try:
        handle, temp = create_temp_file(target)
    except FileNotFoundError as error:  # the folder went away since the check above
        raise failure(headline, FOLDER_MISSING, target, error) from error
    except OSError as error:
        raise failure(headline, _write_reason(error, FOLDER_NOT_WRITABLE), target, error) from error
    try:
        try:
            with os.fdopen(handle, "wb") as stream:
                write(stream)
                stream.flush()
                os.fsync(stream.fileno())
            _keep_mode(temp, target)
        except OSError as error:
            raise failure(headline, _write_reason(error, WRITE_FAILED), target, error) from error
        try:
            os.replace(temp, target)
        except PermissionError as error:  # what Windows reports for a file open in Excel
            raise failure(headline, TARGET_LOCKED, target, error) from error
        except OSError as error:
            raise failure(headline, REPLACE_FAILED, target, error) from error
    finally:
        with contextlib.suppress(OSError):
            temp.unlink()


def _check_target(target: Path, headline: Text) -> None:
    """Refuse a target that must not be replaced (see the module's docstring); a missing one is fine."""
    try:
        status = target.lstat()
    except OSError:
        return  # nothing there (or a folder that does not exist: said below)
    mode = status.st_mode
    if stat.S_ISLNK(mode):
        raise failure(headline, TARGET_IS_LINK, target, link=os.readlink(target))
    if stat.S_ISDIR(mode):
        raise failure(headline, TARGET_IS_FOLDER, target)
    if not stat.S_ISREG(mode):
        raise failure(headline, TARGET_NOT_FILE, target)
    # No write bit at all is "read-only" even for an administrator, whom os.access lets write anything.
    if not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH) or not os.access(target, os.W_OK):
        raise failure(headline, TARGET_READ_ONLY, target)


def _write_reason(error: OSError, otherwise: Text) -> Text:
    if error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return DISK_FULL
    return FILE_TOO_LARGE if error.errno == errno.EFBIG else otherwise
