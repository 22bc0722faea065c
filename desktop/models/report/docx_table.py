"""Tables in Word: a header row repeated on every page (w:tblHeader), rows that never split (w:cantSplit).

The first body row is laid out once through python-docx and copied for every other row (see ``RunStamp``).
"""

from __future__ import annotations

from copy import deepcopy
from typing import Any

from docx.document import Document
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm
from docx.table import _Row

from desktop.models.report.docx_text import ALIGN, RunStamp, exact_lines, no_grid
from desktop.models.report.layout import TABLE_FACE, TABLE_HEADER_FACE, TABLE_LINE_PT, Face
from desktop.models.report.model import Table


def add_table(document: Document, table: Table, width_mm: float, stamp: RunStamp) -> None:
    total = sum(table.widths)
    widths = [Mm(width_mm * w / total) for w in table.widths]
    word = document.add_table(rows=2, cols=len(table.headers))
    word.style = "Table Grid"
    word.alignment = WD_TABLE_ALIGNMENT.CENTER
    word.autofit = False
    _fixed_layout(word._tbl)
    for column, width in zip(word.columns, widths, strict=True):
        column.width = width
    header, template = word.rows
    _lay_out(header, widths, frozenset(range(len(table.headers))))
    _mark(header, header=True)
    _lay_out(template, widths, table.centred)
    _mark(template, header=False)
    _fill(header._tr, table.headers, TABLE_HEADER_FACE, stamp)
    tbl, model = word._tbl, template._tr
    for values in table.rows:
        row = deepcopy(model)
        _fill(row, values, TABLE_FACE, stamp)
        tbl.append(row)
    tbl.remove(model)


def _lay_out(row: _Row, widths: list[Mm], centred: frozenset[int]) -> None:
    for index, (cell, width) in enumerate(zip(row.cells, widths, strict=True)):
        cell.width = width
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        paragraph = cell.paragraphs[0]
        paragraph.alignment = ALIGN["centre" if index in centred else "left"]
        exact_lines(paragraph, TABLE_LINE_PT)
        no_grid(paragraph)


def _fill(tr: Any, values: tuple[str, ...], face: Face, stamp: RunStamp) -> None:
    """Each value into its cell's ready paragraph; a value of several lines gets one paragraph a line."""
    for tc, value in zip(tr.findall(qn("w:tc")), values, strict=True):
        paragraph = tc.find(qn("w:p"))
        empty = deepcopy(paragraph)
        for number, line in enumerate(value.split("\n")):
            if number:
                paragraph = deepcopy(empty)
                tc.append(paragraph)
            if line:
                paragraph.append(stamp.run(line, face))


def _mark(row: _Row, *, header: bool) -> None:
    """Every row stays whole on its page; the header row also repeats at the top of each page."""
    tr_pr = row._tr.get_or_add_trPr()
    tr_pr.append(OxmlElement("w:cantSplit"))
    if header:
        tr_pr.append(OxmlElement("w:tblHeader"))


def _fixed_layout(tbl: Any) -> None:
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    tbl.tblPr.append(layout)
