"""The 对标分析 / Matches sheet: every match, with the points it earned and the points it missed."""

from __future__ import annotations

from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from desktop.models.formatting import points_text
from desktop.models.matching.types import Match
from desktop.models.vocabulary.gaps import GAP_STATUS, coverage_text
from desktop.models.vocabulary.kinds import kind_label
from desktop.models.workbook import labels
from desktop.models.workbook.cells import SheetWriter
from desktop.models.workbook.context import ExportContext
from desktop.models.workbook.page import set_up_printing
from desktop.models.workbook.styles import Look, StyleBook

WIDTHS = (15, 30, 8, 56, 48, 12, 25)
# The knowledge item's stable ID: kept, hidden, in the last column so that a file can be matched back to the knowledge
# base; a reader sees titles only.
ID_COLUMN = len(WIDTHS)


def with_points(text: str, value: float, ctx: ExportContext) -> str:
    """A reason with its points; the engine's reasons usually end with them already ("…: +20"), so no repeat."""
    if text.rstrip().endswith(f"+{points_text(value)}"):
        return text
    return ctx.t(labels.REASON_POINTS).format(text=text, points=points_text(value))


def write_matches_sheet(ws: Worksheet, ctx: ExportContext, styles: StyleBook) -> None:
    sheet = SheetWriter(ws, styles, ctx.t(labels.TRUNCATED))
    headers = [ctx.t(header) for header in labels.MATCH_HEADERS]
    sheet.header(headers, WIDTHS)
    for row, match in enumerate(ctx.result.matches, start=2):
        _write_match(sheet, row, match, ctx)
    ws.column_dimensions[get_column_letter(ID_COLUMN)].hidden = True
    ws.freeze_panes = "C2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{len(ctx.result.matches) + 1}"
    set_up_printing(ws, ctx, repeat_rows="1:1")


def _write_match(sheet: SheetWriter, row: int, match: Match, ctx: ExportContext) -> None:
    reasons = "\n".join(with_points(ctx.t(reason.text), reason.points, ctx) for reason in match.reasons)
    gaps = "\n".join(
        ctx.t(labels.GAP_LINE).format(status=ctx.t(GAP_STATUS[gap.status]), text=ctx.t(gap.text)) for gap in match.gaps
    )
    sheet.text(row, 1, ctx.t(kind_label(match.kind)), Look.CENTER)
    title = ctx.t(match.title)
    if match.coverage is not None:
        title = f"{title}\n{ctx.t(coverage_text(match.coverage.stated, match.coverage.of))}"
    sheet.text(row, 2, title)
    sheet.number(row, 3, match.score, Look.SCORE)
    sheet.text(row, 4, reasons)
    sheet.text(row, 5, gaps)
    sheet.text(row, 6, ctx.paragraphs(match.paragraphs), Look.CENTER)
    sheet.text(row, ID_COLUMN, match.id)
