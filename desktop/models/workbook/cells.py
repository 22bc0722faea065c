"""Writing values into a worksheet: every string goes in as literal text, every cell gets its look."""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Sequence
from datetime import date

from openpyxl.cell.cell import Cell
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from desktop.models.workbook.safe import clean_text, needs_quote_prefix
from desktop.models.workbook.styles import Look, StyleBook


def display_width(text: str) -> int:
    """Width in Excel's character units: wide (CJK) characters take two."""
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


class SheetWriter:
    """One worksheet being filled: the only place cells are given values."""

    def __init__(self, worksheet: Worksheet, styles: StyleBook, truncated_mark: str) -> None:
        self.ws = worksheet
        self.styles = styles
        self._mark = truncated_mark

    def text(self, row: int, column: int, value: str, look: Look = Look.TEXT) -> Cell:
        """Write ``value`` as a string, never as a formula, whatever it starts with."""
        cell = self.blank(row, column, look)
        text = clean_text(value, self._mark)
        if text:
            # Set the value and its type directly: openpyxl's setter would guess "=..." is a formula and "#N/A" an
            # error, and re-check characters clean_text has already made legal. The data type decides what Excel reads.
            cell._value = text
            cell.data_type = "s"
            if needs_quote_prefix(text):
                cell.quotePrefix = True
        return cell

    def number(self, row: int, column: int, value: float | None, look: Look = Look.INTEGER) -> Cell:
        if value is not None and not math.isfinite(value):
            return self.text(row, column, str(value), look)  # Excel has no NaN or infinity: the file would be broken
        cell = self.blank(row, column, look)
        if value is not None:
            cell.value = value
        return cell

    def date(self, row: int, column: int, value: date, look: Look = Look.DATE) -> Cell:
        cell = self.blank(row, column, look)
        cell.value = value
        return cell

    def blank(self, row: int, column: int, look: Look) -> Cell:
        cell = self.ws.cell(row=row, column=column)
        self.styles.apply(cell, look)
        return cell

    def row(self, row: int, values: Sequence[str], look: Look = Look.TEXT, first_column: int = 1) -> None:
        for offset, value in enumerate(values):
            self.text(row, first_column + offset, value, look)

    def widths(self, widths: Sequence[float]) -> None:
        for index, width in enumerate(widths, start=1):
            self.ws.column_dimensions[get_column_letter(index)].width = width

    def header(self, headers: Sequence[str], widths: Sequence[float]) -> None:
        """Row 1 of a table sheet; each column at least as wide as its header."""
        self.widths([max(width, display_width(text) + 2) for width, text in zip(widths, headers, strict=True)])
        self.row(1, headers, Look.HEADER)
        self.ws.row_dimensions[1].height = 30

    def fit_height(self, row: int, text: str, width: float) -> None:
        """Give a row holding merged cells room for ``text``: Excel only grows unmerged wrapped cells by itself."""
        lines = sum(max(1, math.ceil(display_width(line) / (width * 0.9))) for line in text.split("\n"))
        if lines > 1:
            self.ws.row_dimensions[row].height = max(self.ws.row_dimensions[row].height or 0, 15 * lines)

    def section(self, row: int, title: str, last_column: int) -> None:
        """A section heading underlined across the table below it."""
        self.text(row, 1, title, Look.SECTION)
        for column in range(2, last_column + 1):
            self.blank(row, column, Look.SECTION)
        self.ws.row_dimensions[row].height = 24
