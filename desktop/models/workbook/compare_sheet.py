"""The 对比 / Comparison workbook: two to four zones side by side — their endowments as numbers (the radar's data),
then the comparison table the window shows (stage, industries, best matches, high-priority actions...).

The window hands over the rows it shows, already in its language, so the sheet says exactly what the user compared;
the endowments are written here from the profiles, as numbers a reader can chart or sort.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.worksheet import Worksheet

from desktop.models.atomic import write_atomically
from desktop.models.errors import ExportError
from desktop.models.formatting import list_text
from desktop.models.text import Lang, Text
from desktop.models.vocabulary import Endowment, label
from desktop.models.workbook import labels
from desktop.models.workbook.cells import SheetWriter
from desktop.models.workbook.comparison import Comparison
from desktop.models.workbook.page import END_MARGIN, PAPER_A4, SIDE_MARGIN
from desktop.models.workbook.safe import escape_header_footer, safe_sheet_title
from desktop.models.workbook.styles import Look, StyleBook
from desktop.models.workbook.writer import SUFFIX, WRONG_SUFFIX, save_workbook

SHEET = Text("开发区对比", "Comparison")
TITLE = Text("开发区对比：{names}", "Zones compared: {names}")
ENDOWMENTS = Text("资源禀赋（0–5 分）", "Endowments (0–5)")
SIDE_BY_SIDE = Text("并列对比", "Side by side")
ASPECT = Text("对比项", "Aspect")
NOT_ASSESSED = Text("未评估", "Not assessed")
SAVE_COMPARISON = Text("无法导出对比工作簿到 {path}", "Cannot export the comparison workbook to {path}")
FIRST_WIDTH = 22
# The profiles share about 150 character units (a landscape A4 page at a readable size), within these bounds.
PROFILE_WIDTHS, SHARED_WIDTH = (30, 48), 150


def write_comparison(target: Path, comparison: Comparison) -> None:
    """Write the comparison workbook to ``target`` (.xlsx), replacing a previous file only on success.

    Raises ``ExportError`` naming the file and the problem.
    """
    target = Path(target)
    if target.suffix.lower() != SUFFIX:
        raise ExportError(WRONG_SUFFIX.format(path=str(target)))
    if any(len(cells) != len(comparison.profiles) for _title, cells in comparison.rows):
        raise ValueError("every row needs one cell per profile")
    workbook = build_comparison(comparison)
    write_atomically(target, lambda stream: save_workbook(workbook, stream), SAVE_COMPARISON)


def build_comparison(comparison: Comparison) -> Workbook:
    lang = comparison.lang
    workbook = Workbook()
    styles = StyleBook(workbook, lang)
    worksheet = workbook.active
    assert worksheet is not None
    worksheet.title = safe_sheet_title(SHEET.get(lang))
    sheet = SheetWriter(worksheet, styles, labels.TRUNCATED.get(lang))
    names = [p.name for p in comparison.profiles]
    columns = 1 + len(names)
    low, high = PROFILE_WIDTHS
    width = max(low, min(high, SHARED_WIDTH // max(len(names), 1)))
    sheet.widths([FIRST_WIDTH] + [width] * len(names))

    title = TITLE.get(lang).format(names=list_text(names, lang))
    sheet.text(1, 1, title, Look.TITLE, span=columns)
    sheet.height(1, 28)
    generated = comparison.generated_on or date.today()
    sheet.text(2, 1, f"{labels.GENERATED_ON.get(lang)} {generated.isoformat()}", Look.SUBTITLE, span=columns)

    row = 4
    sheet.section(row, ENDOWMENTS.get(lang), columns)
    row += 1
    sheet.row(row, [ASPECT.get(lang), *names], Look.HEADER)
    for endowment in Endowment:
        row += 1
        sheet.text(row, 1, label(endowment).get(lang), Look.LABEL)
        for column, profile in enumerate(comparison.profiles, start=2):
            rating = profile.endowments[endowment]
            if rating is None:
                sheet.text(row, column, NOT_ASSESSED.get(lang), Look.CENTER)
            else:
                sheet.number(row, column, rating, Look.VALUE_INTEGER)

    row += 2
    sheet.section(row, SIDE_BY_SIDE.get(lang), columns)
    row += 1
    sheet.row(row, [ASPECT.get(lang), *names], Look.HEADER)
    for aspect, cells in comparison.rows:
        row += 1
        sheet.text(row, 1, aspect, Look.LABEL)
        sheet.row(row, list(cells), Look.TEXT, first_column=2)

    _set_up_printing(worksheet, title, generated, lang)
    sheet.paginate()
    workbook.properties.title = title
    workbook.properties.creator = labels.APP_NAME
    return workbook


def _set_up_printing(ws: Worksheet, title: str, generated: date, lang: Lang) -> None:
    """A4 landscape, as wide as the page, the title and date above and page numbers below (as the plan's sheets)."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = PAPER_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins = PageMargins(
        left=SIDE_MARGIN, right=SIDE_MARGIN, top=END_MARGIN, bottom=END_MARGIN, header=0.3, footer=0.3
    )
    ws.oddHeader.left.text = escape_header_footer(title)
    ws.oddHeader.left.size = 9
    ws.oddHeader.right.text = escape_header_footer(f"{labels.GENERATED_ON.get(lang)} {generated.isoformat()}")
    ws.oddHeader.right.size = 9
    ws.oddFooter.center.text = labels.PAGE_FOOTER.get(lang)
    ws.oddFooter.center.size = 9
