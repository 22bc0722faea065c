"""Print set-up shared by every sheet: A4 landscape, fit to the page width, page numbers in the footer."""

from __future__ import annotations

import math
from collections.abc import Collection, Mapping, Sequence

from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.worksheet import Worksheet

from desktop.models.workbook import labels
from desktop.models.workbook.context import ExportContext
from desktop.models.workbook.safe import escape_header_footer

PAPER_A4 = 9
PAPER_A3 = 8  # the size offices print wide ledgers (台账) on
PAGE_WIDTH, PAGE_HEIGHT = 841.9, 595.3  # A4 landscape, in points
SIDE_MARGIN, END_MARGIN = 0.4, 0.75  # inches; the header and footer sit within the top and bottom margins
DIGIT_PIXELS = 7  # a column width unit: the width of a digit of the workbook's font, in pixels at 96 dpi
SAFETY = 12.0  # points of a page left unplanned: programs round row heights and place the header differently


def body_height(widths: Sequence[float]) -> float:
    """The height of sheet, in points, one printed page holds, once the sheet is shrunk to the page width."""
    sheet_width = sum(math.trunc(width * DIGIT_PIXELS + 5) for width in widths) * 0.75
    scale = min(1.0, (PAGE_WIDTH - 144 * SIDE_MARGIN) / sheet_width) if sheet_width else 1.0
    return (PAGE_HEIGHT - 144 * END_MARGIN - SAFETY) / scale


def keep_with_next(
    heights: Sequence[float],
    groups: Mapping[int, int],
    breaks_after: Collection[int],
    body: float,
    repeat_row: int | None = None,
) -> list[int]:
    """Rows after which a page must end so that no group of rows (first row -> last row) is split across pages.

    Spreadsheet programs break pages only between rows, wherever the next row does not fit; this walks the rows the
    same way with their known ``heights`` and, where a group (a section heading with its table's header and first
    row) would be split, ends the page before it. A ``repeat_row`` is printed again at the top of each later page.
    """
    added: list[int] = []
    repeat = heights[repeat_row - 1] if repeat_row else 0.0
    used, at_top = 0.0, True
    for row, height in enumerate(heights, start=1):
        top = repeat if repeat_row is not None and row > repeat_row else 0.0
        if row in groups and not at_top and used + sum(heights[row - 1 : groups[row]]) > body:
            added.append(row - 1)
            used, at_top = top, True
        if used + height > body and not at_top:
            used = top
        used, at_top = used + height, False
        if row in breaks_after:
            used, at_top = repeat if repeat_row is not None and row >= repeat_row else 0.0, True
    return added


def set_up_printing(ws: Worksheet, ctx: ExportContext, *, repeat_rows: str | None = None) -> None:
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = PAPER_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0  # as many pages down as the rows need
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins = PageMargins(
        left=SIDE_MARGIN, right=SIDE_MARGIN, top=END_MARGIN, bottom=END_MARGIN, header=0.3, footer=0.3
    )
    ws.print_options.horizontalCentered = True
    if repeat_rows:
        ws.print_title_rows = repeat_rows
    title = ctx.t(labels.WORKBOOK_TITLE).format(name=ctx.profile.name)
    ws.oddHeader.left.text = escape_header_footer(title)
    ws.oddHeader.left.size = 9
    ws.oddHeader.right.text = escape_header_footer(f"{ctx.t(labels.GENERATED_ON)} {ctx.generated_on.isoformat()}")
    ws.oddHeader.right.size = 9
    ws.oddFooter.center.text = ctx.t(labels.PAGE_FOOTER)
    ws.oddFooter.center.size = 9
