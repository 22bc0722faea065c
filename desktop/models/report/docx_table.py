"""Tables in Word: a header row repeated on every page (w:tblHeader), rows that never split (w:cantSplit)."""

from __future__ import annotations

from docx.document import Document
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm
from docx.table import _Cell, _Row

from desktop.models.report.docx_text import ALIGN, add_run, exact_lines, no_grid
from desktop.models.report.layout import TABLE_FACE, TABLE_HEADER_FACE, TABLE_LINE_PT, Face
from desktop.models.report.model import Table


def add_table(document: Document, table: Table, width_mm: float) -> None:
    total = sum(table.widths)
    widths = [Mm(width_mm * w / total) for w in table.widths]
    word = document.add_table(rows=len(table.rows) + 1, cols=len(table.headers))
    word.style = "Table Grid"
    word.alignment = WD_TABLE_ALIGNMENT.CENTER
    word.autofit = False
    _fixed_layout(word._tbl)
    for column, width in zip(word.columns, widths, strict=True):
        column.width = width
    rows = word.rows
    _fill(rows[0], table.headers, widths, TABLE_HEADER_FACE, frozenset(range(len(table.headers))))
    _mark(rows[0], header=True)
    for row, values in zip(rows[1:], table.rows, strict=True):
        _fill(row, values, widths, TABLE_FACE, table.centred)
        _mark(row, header=False)


def _fill(row: _Row, values: tuple[str, ...], widths: list[Mm], face: Face, centred: frozenset[int]) -> None:
    for index, (cell, value, width) in enumerate(zip(row.cells, values, widths, strict=True)):
        cell.width = width
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        _write_cell(cell, value, face, "centre" if index in centred else "left")


def _write_cell(cell: _Cell, value: str, face: Face, align: str) -> None:
    lines = value.split("\n") if value else [""]
    paragraph = cell.paragraphs[0]
    for number, line in enumerate(lines):
        if number:
            paragraph = cell.add_paragraph()
        paragraph.alignment = ALIGN[align]
        exact_lines(paragraph, TABLE_LINE_PT)
        no_grid(paragraph)
        if line:
            add_run(paragraph, line, face)


def _mark(row: _Row, *, header: bool) -> None:
    """Every row stays whole on its page; the header row also repeats at the top of each page."""
    tr_pr = row._tr.get_or_add_trPr()
    cant_split = OxmlElement("w:cantSplit")
    tr_pr.append(cant_split)
    if header:
        repeat = OxmlElement("w:tblHeader")
        tr_pr.append(repeat)


def _fixed_layout(tbl: object) -> None:
    tbl_pr = tbl.tblPr  # type: ignore[attr-defined]
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    tbl_pr.append(layout)
