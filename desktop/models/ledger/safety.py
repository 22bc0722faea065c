"""Checks made on a returned file before any workbook library reads it: what it is, how big, what is inside.

A returned form comes from outside the office, so it is treated as untrusted: it is read into memory once (so it
cannot change between the checks and the reading), and refused when it is not an .xlsx workbook, carries macros, is
encrypted, is too large, or would unpack to far more than it weighs (a zip bomb: the sizes the archive's directory
declares are checked, and Python's zipfile never returns more of a part than its declared size).
"""

from __future__ import annotations

import io
import stat
import zipfile
import zlib
from pathlib import Path

from desktop.models.ledger import words
from desktop.models.ledger.types import FormRefused
from desktop.models.text import Text

MAX_FILE_BYTES = 20 * 1024 * 1024  # a form of a few hundred actions weighs well under 1 MB
MAX_UNPACKED_BYTES = 200 * 1024 * 1024  # everything inside, unpacked
MAX_RATIO = 200  # unpacked / packed, for a part large enough to matter
RATIO_FLOOR = 1024 * 1024  # parts smaller than this unpacked are never a threat, whatever their ratio
MAX_PARTS = 2000
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # a compound file: encrypted OOXML, or .xls / .doc
ZIP_MAGIC = b"PK\x03\x04"
MACRO_SUFFIXES = (".xlsm", ".xltm", ".xlam")
MACRO_CONTENT = (b"macroEnabled", b"vbaProject")


def refused(path: Path, reason: Text) -> FormRefused:
    """ "The file … was not read: <reason>"."""
    headline = words.REFUSED
    return FormRefused(
        path,
        Text(
            headline.zh.format(file=path.name, reason=reason.zh), headline.en.format(file=path.name, reason=reason.en)
        ),
    )


def checked_bytes(path: Path) -> bytes:
    """The file's bytes, once every check before parsing passed; ``FormRefused`` saying why not otherwise."""
    if path.suffix.lower() in MACRO_SUFFIXES:
        raise refused(path, words.MACRO_FILE)
    try:
        info = path.stat()
    except FileNotFoundError:
        raise refused(path, words.NOT_FOUND) from None
    if not stat.S_ISREG(info.st_mode):
        raise refused(path, words.NOT_REGULAR)
    if info.st_size > MAX_FILE_BYTES:
        raise refused(path, words.TOO_LARGE.format(size=_mb(info.st_size), limit=_mb(MAX_FILE_BYTES)))
    with path.open("rb") as stream:
        data = stream.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:  # it grew after the check
        raise refused(path, words.TOO_LARGE.format(size=_mb(len(data)), limit=_mb(MAX_FILE_BYTES)))
    if data.startswith(OLE_MAGIC):
        raise refused(path, words.ENCRYPTED)
    if not data.startswith(ZIP_MAGIC):
        raise refused(path, words.NOT_WORKBOOK)
    check_archive(path, data)
    return data


def check_archive(path: Path, data: bytes) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            parts = archive.infolist()
            names = {part.filename for part in parts}
            content_types = archive.read("[Content_Types].xml") if "[Content_Types].xml" in names else b""
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        zlib.error,
        EOFError,
        RuntimeError,
        OSError,
        KeyError,
        ValueError,
        NotImplementedError,
    ) as error:  # a damaged archive: its directory or a deflate stream is broken
        raise refused(path, words.DAMAGED.format(reason=str(error) or type(error).__name__)) from None
    if len(parts) > MAX_PARTS:
        raise refused(path, words.ZIP_BOMB.format(size="?", ratio="?"))
    unpacked = sum(part.file_size for part in parts)
    packed = max(1, sum(part.compress_size for part in parts))
    worst = max(
        (p.file_size / max(1, p.compress_size) for p in parts if p.file_size >= RATIO_FLOOR),
        default=0.0,
    )
    if unpacked > MAX_UNPACKED_BYTES or worst > MAX_RATIO:
        ratio = max(worst, unpacked / packed)
        raise refused(path, words.ZIP_BOMB.format(size=_mb(unpacked), ratio=f"{ratio:.0f}"))
    if "xl/vbaProject.bin" in names or any(marker in content_types for marker in MACRO_CONTENT):
        raise refused(path, words.MACRO_FILE)
    if "xl/workbook.xml" not in names:
        raise refused(path, words.NOT_WORKBOOK)


def _mb(size: int) -> str:
    return f"{size / 1024 / 1024:.1f}"
