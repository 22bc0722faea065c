"""Make any string safe to put in a worksheet: literal text, legal characters, within Excel's limits."""

from __future__ import annotations

import re
from collections.abc import Collection

# Excel's limit on the characters in one cell; Excel counts UTF-16 code units.
MAX_CELL_CHARS = 32_767
MAX_SHEET_TITLE = 31
REPLACEMENT = "\ufffd"

# Characters XML 1.0 cannot carry (control characters other than tab and line breaks, lone surrogates,
# U+FFFE/U+FFFF). openpyxl refuses the first group and would write a corrupt file with the others.
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# Characters Excel forbids in a sheet title.
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
# Text starting with one of these would be read as a formula if typed into Excel; quotePrefix keeps it text
# when the official edits the cell. Full-width forms are included because a Chinese IME produces them.
FORMULA_STARTS = ("=", "+", "-", "@", "＝", "＋", "－", "＠")


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _cut_utf16(text: str, units: int) -> str:
    """The longest prefix of ``text`` that fits in ``units`` UTF-16 code units."""
    if _utf16_len(text) <= units:
        return text
    cut = text[:units]
    while _utf16_len(cut) > units:
        cut = cut[:-1]
    return cut


def clean_text(value: str, truncated_mark: str) -> str:
    """Return ``value`` with forbidden characters replaced, line breaks unified and length within a cell's limit.

    Text that is too long is cut and ends with ``truncated_mark`` so the reader sees that something is missing.
    """
    text = _ILLEGAL.sub(REPLACEMENT, value.replace("\r\n", "\n").replace("\r", "\n"))
    if len(text) <= MAX_CELL_CHARS // 2 or _utf16_len(text) <= MAX_CELL_CHARS:
        return text
    return _cut_utf16(text, MAX_CELL_CHARS - _utf16_len(truncated_mark)) + truncated_mark


def needs_quote_prefix(text: str) -> bool:
    """Whether Excel would take ``text`` for a formula were it typed in (leading blanks are skipped by Excel too)."""
    return text.lstrip(" \t\n").startswith(FORMULA_STARTS)


def safe_sheet_title(title: str, taken: Collection[str] = ()) -> str:
    """A sheet title Excel accepts: no forbidden characters, at most 31 characters, not quoted, unique."""
    text = _SHEET_FORBIDDEN.sub("_", _ILLEGAL.sub("_", title)).strip().strip("'").strip()
    if not text or text.casefold() == "history":  # "History" is reserved by Excel
        text = f"Sheet {text}".strip()
    text = text[:MAX_SHEET_TITLE].rstrip("'").rstrip()
    lowered = {name.casefold() for name in taken}
    candidate, number = text, 2
    while candidate.casefold() in lowered:  # Excel compares titles without regard to case
        suffix = f" ({number})"
        candidate = text[: MAX_SHEET_TITLE - len(suffix)].rstrip() + suffix
        number += 1
    return candidate


def escape_header_footer(text: str, limit: int = 80) -> str:
    """Text for a page header or footer: ``&`` starts a field code there, so it is doubled; kept well within the
    255 characters Excel allows for a whole header."""
    return clean_text(text, "…")[:limit].replace("\n", " ").replace("&", "&&")
