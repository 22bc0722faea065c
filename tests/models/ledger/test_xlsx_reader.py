"""The small .xlsx reader returned forms go through: the cell kinds other office suites write, which openpyxl never
does (inline strings, rich and phonetic text, cached formula results, East Asian date formats, the 1904 calendar)."""

from __future__ import annotations

import io
import zipfile
from datetime import datetime

import pytest

from desktop.models.ledger.xlsx import Book, Cell, WorkbookDamaged

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def _book(sheet: str, *, strings: str = "", date1904: bool = False, core: str | None = None) -> Book:
    workbook = (
        f'<workbook xmlns="{MAIN}" xmlns:r="{REL}"><workbookPr date1904="{int(date1904)}"/>'
        '<sheets><sheet name="表" sheetId="1" r:id="rId1"/></sheets></workbook>'
    )
    rels = (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="worksheet" Target="/xl/worksheets/sheet1.xml"/></Relationships>'
    )
    styles = (
        f'<styleSheet xmlns="{MAIN}"><numFmts count="1">'
        '<numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts>'
        '<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="31"/><xf numFmtId="164"/><xf numFmtId="9"/></cellXfs>'
        "</styleSheet>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("xl/workbook.xml", workbook)
        archive.writestr("xl/_rels/workbook.xml.rels", rels)
        archive.writestr("xl/styles.xml", styles)
        archive.writestr("xl/sharedStrings.xml", f'<sst xmlns="{MAIN}">{strings}</sst>')
        archive.writestr(
            "xl/worksheets/sheet1.xml", f'<worksheet xmlns="{MAIN}"><sheetData>{sheet}</sheetData></worksheet>'
        )
        if core is not None:
            archive.writestr(
                "docProps/core.xml",
                '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
                f'xmlns:dcterms="http://purl.org/dc/terms/"><dcterms:modified>{core}</dcterms:modified></cp:coreProperties>',
            )
    return Book(buffer.getvalue())


def _present(cell: Cell | None) -> Cell:
    assert cell is not None
    return cell


def test_cell_kinds_as_other_office_suites_write_them() -> None:
    strings = "<si><r><t>已</t></r><r><t>完成</t></r><rPh><t>ヨミ</t></rPh></si><si><t>进行中</t></si>"
    sheet = (
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>内联文字</t></is></c>'
        '<c r="D1" t="str"><f>A1&amp;""</f><v>公式结果</v></c></row>'
        '<row r="3"><c r="A3" s="1"><v>46174</v></c><c r="B3" s="2"><v>46174</v></c><c r="C3" s="3"><v>0.45</v></c>'
        '<c r="D3"><f>1+1</f></c><c r="E3" t="b"><v>1</v></c><c r="F3" t="e"><v>#DIV/0!</v></c>'
        '<c t="s"><v>1</v></c></row>'
    )
    book = _book(sheet, strings=strings, core="2026-06-02T09:30:00Z")
    assert book.sheetnames == ["表"]
    rows = book.rows("表")
    assert [c.value if c else None for c in rows[0]] == ["已完成", "内联文字", None, "公式结果"]
    assert rows[1] == []
    third = [_present(cell) for cell in rows[2]]
    assert third[0].value == datetime(2026, 6, 1) and third[1].value == datetime(2026, 6, 1)  # CJK and custom dates
    assert (third[2].value, third[2].number_format) == (0.45, "0%")
    assert third[3].value is None and third[3].formula_without_value
    assert (third[4].value, third[5].value, third[6].value) == (True, "#DIV/0!", "进行中")  # G3 had no reference
    assert book.modified() == datetime.fromisoformat("2026-06-02T09:30:00+00:00")


def test_the_1904_calendar() -> None:
    rows = _book('<row r="1"><c r="A1" s="1"><v>44712</v></c></row>', date1904=True).rows("表")
    assert _present(rows[0][0]).value == datetime(2026, 6, 1)


@pytest.mark.parametrize(
    "sheet",
    [
        '<row r="1"><c r="A1" t="s"><v>7</v></c></row>',  # a shared string that is not there
        '<row r="1"><c r="1A"><v>1</v></c></row>',  # a reference that is not one
        '<row r="1"><c r="A1"><v>abc</v></c></row>',  # a number that is not one
        '<row r="1"><c r="A1" s="1"><v>1e300</v></c></row>',  # a date beyond the calendar
        '<row r="1"><c r="A1"><v>1</v></row>',  # malformed XML
    ],
)
def test_a_damaged_sheet_is_refused_not_a_crash(sheet: str) -> None:
    with pytest.raises(WorkbookDamaged):
        _book(sheet).rows("表")
