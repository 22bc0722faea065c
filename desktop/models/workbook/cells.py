"""Writing values into a worksheet: every string goes in as literal text, every cell gets its look."""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date

from openpyxl.cell.cell import Cell
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.merge import MergedCellRange
from openpyxl.worksheet.pagebreak import Break, RowBreak
from openpyxl.worksheet.worksheet import Worksheet

from desktop.models.workbook.measure import display_width, line_count, row_height
from desktop.models.workbook.page import body_height, keep_with_next
from desktop.models.workbook.safe import clean_text, needs_quote_prefix
from desktop.models.workbook.styles import Look, StyleBook

DEFAULT_WIDTH = 8.43  # Excel's width of a column nobody has sized
SECTION_KEEP = 2  # rows after a section heading kept on its page: a table's header and first row


class SheetWriter:
    """One worksheet being filled: the only place cells are given values, and rows given the height their text needs."""

    def __init__(self, worksheet: Worksheet, styles: StyleBook, truncated_mark: str) -> None:
        self.ws = worksheet
        self.styles = styles
        self._mark = truncated_mark
        self._widths: dict[int, float] = {}
        self._heights: dict[int, float] = {}  # the tallest height asked for each row so far
        self._groups: dict[int, int] = {}  # rows printed on one page: first row -> last row

    def text(self, row: int, column: int, value: str, look: Look = Look.TEXT, *, span: int = 1) -> Cell:
        """Write ``value`` as a string, never as a formula, whatever it starts with.

        ``span`` > 1 merges the cell with the ones to its right; wrapped text is measured across them all.
        """
        cell = self.blank(row, column, look)
        text = clean_text(value, self._mark)
        if text:
            # Set the value and its type directly: openpyxl's setter would guess "=..." is a formula and "#N/A" an
            # error, and re-check characters clean_text has already made legal. The data type decides what Excel reads.
            cell._value = text
            cell.data_type = "s"
            if needs_quote_prefix(text):
                cell.quotePrefix = True
            if self.styles.wraps(look):
                self._fit(row, column, span, text)
        if span > 1:
            self.merge(row, column, column + span - 1, look)
        return cell

    def number(self, row: int, column: int, value: float | None, look: Look = Look.INTEGER, *, span: int = 1) -> Cell:
        if value is not None and not math.isfinite(value):
            # Excel has no NaN or infinity: the file would be broken
            return self.text(row, column, str(value), look, span=span)
        cell = self.blank(row, column, look)
        if value is not None:
            cell.value = value
        if span > 1:
            self.merge(row, column, column + span - 1, look)
        return cell

    def date(self, row: int, column: int, value: date, look: Look = Look.DATE, *, span: int = 1) -> Cell:
        cell = self.blank(row, column, look)
        cell.value = value
        if span > 1:
            self.merge(row, column, column + span - 1, look)
        return cell

    def blank(self, row: int, column: int, look: Look) -> Cell:
        cell = self.ws.cell(row=row, column=column)
        self.styles.apply(cell, look)
        return cell

    def merge(self, row: int, first_column: int, last_column: int, look: Look) -> None:
        """Merge a row's cells from ``first_column`` to ``last_column``; the covered cells keep the look (borders).

        The range is added as it is: openpyxl's merge_cells would re-derive the border of every edge cell, which is
        slow and redundant when every covered cell already has its look.
        """
        for column in range(first_column + 1, last_column + 1):
            self.blank(row, column, look)
        coordinate = f"{get_column_letter(first_column)}{row}:{get_column_letter(last_column)}{row}"
        self.ws.merged_cells.add(MergedCellRange(self.ws, coordinate))

    def row(self, row: int, values: Sequence[str], look: Look = Look.TEXT, first_column: int = 1) -> None:
        for offset, value in enumerate(values):
            self.text(row, first_column + offset, value, look)

    def widths(self, widths: Sequence[float]) -> None:
        for index, width in enumerate(widths, start=1):
            self._widths[index] = width
            self.ws.column_dimensions[get_column_letter(index)].width = width

    def header(self, headers: Sequence[str], widths: Sequence[float]) -> None:
        """Row 1 of a table sheet; each column at least as wide as its header."""
        self.widths([max(width, display_width(text) + 2) for width, text in zip(widths, headers, strict=True)])
        self.row(1, headers, Look.HEADER)
        self.height(1, 30)

    def height(self, row: int, points: float) -> None:
        """Make ``row`` at least ``points`` high; rows are never made lower than their text needs."""
        if points > self._heights.get(row, 0.0):
            self._heights[row] = points
            self.ws.row_dimensions[row].height = points

    def section(self, row: int, title: str, last_column: int) -> None:
        """A section heading underlined across the table below it, printed on the same page as the table's start."""
        self.text(row, 1, title, Look.SECTION)
        for column in range(2, last_column + 1):
            self.blank(row, column, Look.SECTION)
        self.height(row, 24)
        self._groups[row] = row + SECTION_KEEP

    def paginate(self, repeat_row: int | None = None) -> None:
        """End printed pages early where a section heading would otherwise be left at the foot of a page.

        Every row gets an explicit height first, so the pages fall where they are planned in any program (their
        default row heights differ).
        """
        for row in range(1, self.ws.max_row + 1):
            self.height(row, row_height(1))
        heights = [self._heights[row] for row in range(1, self.ws.max_row + 1)]
        existing = {brk.id for brk in self.ws.row_breaks.brk}
        body = body_height([self._widths[column] for column in sorted(self._widths)])
        added = keep_with_next(heights, self._groups, existing, body, repeat_row)
        self.ws.row_breaks = RowBreak()  # written in row order, as Excel writes them
        for row in sorted(existing.union(added)):
            self.ws.row_breaks.append(Break(id=row))

    def _fit(self, row: int, column: int, span: int, text: str) -> None:
        """Grow ``row`` to the lines ``text`` wraps onto (called for every wrapped cell: kept lean)."""
        width = self._widths.get(column, DEFAULT_WIDTH)
        if span > 1:
            width = sum(self._widths.get(at, DEFAULT_WIDTH) for at in range(column, column + span))
        lines = line_count(text, width)
        if lines > 1:
            self.height(row, row_height(lines))
