"""Print set-up shared by every sheet: A4 landscape, fit to the page width, page numbers in the footer."""

from __future__ import annotations

from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.worksheet import Worksheet

from desktop.models.workbook import labels
from desktop.models.workbook.context import ExportContext
from desktop.models.workbook.safe import escape_header_footer

PAPER_A4 = 9


def set_up_printing(ws: Worksheet, ctx: ExportContext, *, repeat_rows: str | None = None) -> None:
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = PAPER_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0  # as many pages down as the rows need
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins = PageMargins(left=0.4, right=0.4, top=0.75, bottom=0.75, header=0.3, footer=0.3)
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
