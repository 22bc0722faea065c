"""Reading one input cell of a returned form: text, a status, a percentage or a date, however the office suite that
saved it stored the value (text typed into a number cell, a percentage formatted as %, a date as a serial number).

Each reader returns the value, or raises ``BadValue`` with the sentence that says what is wrong with it.
"""

from __future__ import annotations

import math
import re
from datetime import date, datetime, timedelta

from desktop.models.formatting import LIST_SEPARATOR
from desktop.models.ledger import words
from desktop.models.text import LANGS, Text
from desktop.models.vocabulary.plan import STATUS, Status

EARLIEST = date(2000, 1, 1)
LATEST = date(2100, 12, 31)
EXCEL_EPOCH = date(1899, 12, 30)  # serial 1 is 1900-01-01, counting Excel's phantom 1900-02-29
_DATE_TEXT = re.compile(r"^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*$")
_ERRORS = ("#N/A", "#VALUE!", "#REF!", "#DIV/0!", "#NUM!", "#NAME?", "#NULL!")


class BadValue(ValueError):
    def __init__(self, message: Text) -> None:
        super().__init__(message.en)
        self.message = message


def shown(value: object) -> str:
    """The value as a message quotes it."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):  # a date cell: a time of midnight is no time at all
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def read_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        if value.strip() in _ERRORS:
            raise BadValue(words.BAD_TEXT.format(value=value.strip()))
        return value.replace("\r\n", "\n").replace("\r", "\n").strip()
    if isinstance(value, bool):
        raise BadValue(words.BAD_TEXT.format(value=shown(value)))
    if isinstance(value, int | float | date):
        return shown(value)
    raise BadValue(words.BAD_TEXT.format(value=shown(value)))


def read_status(value: object) -> Status | None:
    """A status by its word in either language (or its code), ignoring case and blanks."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, str):
        wanted = "".join(value.split()).casefold()
        for status, label in STATUS.items():
            if wanted in {"".join(label.zh.split()).casefold(), "".join(label.en.split()).casefold(), status.value}:
                return status
    choices = {lang: LIST_SEPARATOR.get(lang).join(t.get(lang) for t in STATUS.values()) for lang in LANGS}
    template = words.BAD_STATUS
    raise BadValue(
        Text(
            template.zh.format(value=shown(value), choices=choices["zh"]),
            template.en.format(value=shown(value), choices=choices["en"]),
        )
    )


def read_percent(value: object, number_format: str = "General") -> int | None:
    """0–100 as a whole number; 0.8 in a cell formatted as a percentage is 80; "80%" typed as text is 80."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    number: float | None = None
    if isinstance(value, bool):
        number = None
    elif isinstance(value, int | float):
        number = float(value) * (100 if "%" in number_format else 1)
    elif isinstance(value, str):
        text = value.strip().rstrip("%％").strip()
        try:
            number = float(text)
        except ValueError:
            number = None
    if number is None or not math.isfinite(number) or not 0 <= number <= 100:
        raise BadValue(words.BAD_PERCENT.format(value=shown(value)))
    return math.floor(number + 0.5)


def read_date(value: object) -> date | None:
    """A date: a date cell, a serial number, or text such as 2026-05-31, 2026/5/31, 2026.5.31 or 2026年5月31日."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    found: date | None = None
    if isinstance(value, datetime):
        found = value.date()
    elif isinstance(value, date):
        found = value
    elif isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value):
        # A date saved as a bare serial number (a cell whose date format was lost): Excel's day count.
        if float(value).is_integer():
            try:
                found = EXCEL_EPOCH + timedelta(days=int(value))
            except OverflowError:
                found = None
    elif isinstance(value, str):
        match = _DATE_TEXT.match(value)
        if match:
            try:
                found = date(int(match[1]), int(match[2]), int(match[3]))
            except ValueError:
                found = None
    if found is None or not EARLIEST <= found <= LATEST:
        raise BadValue(words.BAD_DATE.format(value=shown(value)))
    return found
