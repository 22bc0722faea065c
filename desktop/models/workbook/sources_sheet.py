"""The 依据与术语 / Sources and glossary sheet: where the knowledge comes from, and what its words mean."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from openpyxl.worksheet.worksheet import Worksheet

from desktop.models.text import Text, other_lang
from desktop.models.workbook import labels
from desktop.models.workbook.cells import SheetWriter
from desktop.models.workbook.context import ExportContext
from desktop.models.workbook.page import set_up_printing
from desktop.models.workbook.styles import Look, StyleBook

WIDTHS = (24, 28, 70, 12)
COLUMNS = 4


def write_sources_sheet(ws: Worksheet, ctx: ExportContext, styles: StyleBook) -> None:
    sheet = SheetWriter(ws, styles, ctx.t(labels.TRUNCATED))
    sheet.widths(WIDTHS)
    source, row = ctx.kb.source, 1

    sheet.section(row, ctx.t(labels.SOURCE_SECTION), COLUMNS)
    facts: list[tuple[Text, str | date]] = [
        (labels.SOURCE_TITLE, source.title),
        (labels.SOURCE_OUTLET, ctx.t(source.outlet)),
        (labels.SOURCE_DATE, _as_date(source.date)),
        (labels.SOURCE_AUTHORS, ctx.join(source.authors)),
        (labels.SOURCE_INSTITUTION, ctx.t(source.institution)),
        (labels.SOURCE_PUBLISHED_ON, ctx.t(source.published_on)),
        (labels.SOURCE_CITATION, ctx.t(source.citation)),
    ]
    row = _facts(sheet, row + 1, facts, ctx)

    sheet.section(row + 1, ctx.t(labels.KB_SECTION), COLUMNS)
    # One line, as on the overview: a bare "2026.1" would be flagged by Excel as a number stored as text.
    version = ctx.t(labels.KB_VERSION_VALUE).format(version=ctx.kb.version, date=ctx.kb.date)
    row = _facts(sheet, row + 2, [(labels.KB_VERSION_SHORT, version)], ctx)

    sheet.section(row + 1, ctx.t(labels.ABOUT_SECTION), COLUMNS)
    row += 2
    sheet.text(row, 1, ctx.t(labels.ABOUT_TEXT), Look.NOTE, span=COLUMNS)

    row += 2
    sheet.section(row, ctx.t(labels.GLOSSARY_SECTION), COLUMNS)
    row += 1
    sheet.row(row, [ctx.t(header) for header in labels.GLOSSARY_HEADERS], Look.HEADER)
    glossary_header = row
    other = other_lang(ctx.lang)  # the term in the other language helps bilingual readers
    for term in ctx.kb.glossary:
        row += 1
        sheet.text(row, 1, ctx.t(term.term), Look.LABEL)
        sheet.text(row, 2, term.term.get(other))
        sheet.text(row, 3, ctx.t(term.definition))
        sheet.text(row, 4, ctx.paragraphs(term.paragraphs), Look.CENTER)
    if not ctx.kb.glossary:
        sheet.text(row + 1, 1, ctx.t(labels.NONE_FOUND), Look.NOTE)
    # The glossary runs over several printed pages; its header is printed again at the top of the ones after the first.
    set_up_printing(ws, ctx, repeat_rows=f"{glossary_header}:{glossary_header}")
    sheet.paginate(repeat_row=glossary_header)


def _as_date(text: str) -> str | date:
    """An ISO date as a real date (Excel flags a date kept as text); anything else as it is."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        return text


def _facts(sheet: SheetWriter, row: int, facts: Sequence[tuple[Text, str | date]], ctx: ExportContext) -> int:
    """Label / value rows, the value spanning the rest of the width; returns the next free row."""
    for name, value in facts:
        sheet.text(row, 1, ctx.t(name), Look.LABEL)
        if isinstance(value, date):
            sheet.date(row, 2, value, span=COLUMNS - 1)
        else:
            sheet.text(row, 2, value, span=COLUMNS - 1)
        row += 1
    return row
