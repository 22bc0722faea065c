"""The 进展通报 as a workbook sheet: the same overview, table by unit, overdue items and next steps as the Word
document, laid out in cells with the action-plan workbook's looks."""

from __future__ import annotations

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border
from openpyxl.worksheet.worksheet import Worksheet

from desktop.models.report.bulletin import Bulletin
from desktop.models.vocabulary import progress as words
from desktop.models.workbook.cells import SheetWriter
from desktop.models.workbook.labels import TRUNCATED
from desktop.models.workbook.page import PAPER_A4
from desktop.models.workbook.safe import safe_sheet_title
from desktop.models.workbook.styles import ACCENT, Look, StyleBook

# Column 5 holds the overdue time limit: a whole date on one line ("2026年10月31日", "30 September 2026").
WIDTHS = (6.0, 30.0, 11.0, 11.0, 18.0, 11.0, 12.0, 12.0)
OVERDUE_SPANS = (1, 2, 1, 1, 1, 2)  # 序号, task, unit, time limit, progress, problems
NEXT_SPANS = (1, 2, 5)
OVERDUE_CENTRED = frozenset({0, 3, 4})  # 序号, time limit, progress: short values, centred as in the unit table


def build_bulletin_workbook(bulletin: Bulletin) -> Workbook:
    workbook = Workbook()
    styles = StyleBook(workbook, bulletin.lang)
    sheet = workbook.active
    sheet.title = safe_sheet_title(bulletin.t("title.sheet"), [])
    sheet.sheet_properties.tabColor = ACCENT
    cells = SheetWriter(sheet, styles, bulletin.word(TRUNCATED))
    cells.widths(WIDTHS)
    last = len(WIDTHS)
    cells.text(1, 1, bulletin.title(), Look.TITLE, span=last)
    cells.height(1, 28)
    cells.text(2, 1, bulletin.period_text(), Look.SUBTITLE, span=last)
    row = 4
    cells.section(row, bulletin.t("headings.overview"), last)
    for sentence in bulletin.overview():
        row += 1
        cells.text(row, 1, sentence, Look.NOTE, span=last)
    row += 2
    cells.section(row, bulletin.t("headings.units"), last)
    row += 1
    cells.row(row, bulletin.unit_headers(), Look.HEADER)
    for values in bulletin.unit_rows():
        row += 1
        cells.text(row, 1, values[0], Look.CENTER)
        cells.text(row, 2, values[1])
        for column, value in enumerate(values[2:], start=3):
            cells.text(row, column, value, Look.CENTER)
    row += 2
    cells.section(row, bulletin.t("headings.overdue"), last)
    row += 1
    late = bulletin.summary.overdue
    if late:
        names = (words.ACTION, words.LEAD_UNIT, words.TIME_LIMIT, words.PERCENT, words.PROBLEMS)
        headers = (bulletin.t("units.number"), *(bulletin.word(w) for w in names))
        _spanned(cells, row, headers, OVERDUE_SPANS, Look.HEADER)
        for n, state in enumerate(late, start=1):
            row += 1
            percent = bulletin.t("numbers.unknown") if state.percent is None else bulletin.percent(state.percent)
            problems = state.problems or bulletin.word(words.NOT_STATED)
            if state.reported_on is None:  # nobody reported: not "0%, not stated", as if the unit had said so
                percent, problems = bulletin.t("units.none"), bulletin.word(words.NO_RETURN)
            values = (
                str(n),
                bulletin.word(state.action.title),
                bulletin.inputs.unit_name(state.action.lead),
                bulletin.day(state.action.end) if state.action.end else "",
                percent,
                problems,
            )
            _spanned(cells, row, values, OVERDUE_SPANS, Look.TEXT, centred=OVERDUE_CENTRED)
    else:
        cells.text(row, 1, bulletin.t("overdue.none"), Look.NOTE, span=last)
    row += 2
    cells.section(row, bulletin.t("headings.next"), last)
    row += 1
    steps = bulletin.next_steps()
    if steps:
        headers = (bulletin.t("units.number"), bulletin.word(words.LEAD_UNIT), bulletin.word(words.NEXT_STEPS))
        _spanned(cells, row, headers, NEXT_SPANS, Look.HEADER)
        for n, (unit, text) in enumerate(steps, start=1):
            row += 1
            _spanned(cells, row, (str(n), unit, text), NEXT_SPANS, Look.TEXT)
    else:
        cells.text(row, 1, bulletin.t("next.none"), Look.NOTE, span=last)
    row += 2
    cells.text(row, 1, bulletin.t("next.closing"), Look.NOTE, span=last)
    # Signed as the Word bulletin is: the issuing unit, then the date, at the right.
    inputs = bulletin.inputs
    signature = [inputs.issuer.strip()] if inputs.issuer.strip() else []
    signature.append(bulletin.day(inputs.issued or inputs.period.end))
    row += 1
    for line in signature:
        row += 1
        cell = cells.text(row, last - 2, line, Look.TEXT, span=3)
        cell.alignment = Alignment(horizontal="right", vertical="center")
        for column in range(last - 2, last + 1):  # a signature, not a table cell: no lines around it
            sheet.cell(row=row, column=column).border = Border()
    _print_set_up(sheet)
    cells.paginate()
    workbook.properties.title = bulletin.title()[:255]
    workbook.properties.creator = "ZonePlanner"
    return workbook


def _spanned(
    cells: SheetWriter,
    row: int,
    values: tuple[str, ...],
    spans: tuple[int, ...],
    look: Look,
    *,
    centred: frozenset[int] = frozenset({0}),
) -> None:
    """One row of cells, each across its ``spans``; the values at the ``centred`` positions centred (text rows)."""
    column = 1
    for index, (value, span) in enumerate(zip(values, spans, strict=True)):
        cells.text(row, column, value, Look.CENTER if look is Look.TEXT and index in centred else look, span=span)
        column += span


def _print_set_up(sheet: Worksheet) -> None:
    """A4 portrait, as wide as the page: the bulletin is read on paper like the Word one."""
    sheet.page_setup.orientation = "portrait"
    sheet.page_setup.paperSize = PAPER_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_options.horizontalCentered = True
