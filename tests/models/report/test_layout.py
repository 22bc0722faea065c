"""GB/T 9704 layout read back from the file: paper, margins, fonts on every run, the grid, page numbers, tables."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx.document import Document
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.shared import Pt
from docx.table import Table
from docx.text.paragraph import Paragraph

from tests.helpers.report_docs import blocks, sample_analysis, write

CJK_FONTS = {"方正小标宋简体", "仿宋_GB2312", "黑体", "楷体_GB2312", "宋体"}


@pytest.fixture(scope="module")
def document(tmp_path_factory: pytest.TempPathFactory) -> Document:
    return write(tmp_path_factory.mktemp("layout") / "plan.docx", sample_analysis())


def _paragraph(document: Document, text: str) -> Paragraph:
    return next(p for p in document.paragraphs if p.text.strip() == text)


def _fonts(paragraph: Paragraph) -> set[tuple[str | None, float | None]]:
    found = set()
    for run in paragraph.runs:
        fonts = run._r.rPr.find(qn("w:rFonts"))
        found.add((fonts.get(qn("w:eastAsia")), run.font.size.pt if run.font.size else None))
    return found


def test_pages_are_a4_with_the_standard_margins_and_annex_1_is_landscape(document: Document) -> None:
    first, landscape, *rest = document.sections
    assert (round(first.page_width.mm), round(first.page_height.mm)) == (210, 297)
    assert first.orientation == WD_ORIENT.PORTRAIT
    margins = (first.top_margin, first.bottom_margin, first.left_margin, first.right_margin)
    assert tuple(round(m.mm) for m in margins) == (37, 35, 28, 26)
    assert landscape.orientation == WD_ORIENT.LANDSCAPE and landscape.page_width > landscape.page_height
    assert rest and all(s.orientation == WD_ORIENT.PORTRAIT for s in rest)


def test_a_page_holds_22_lines_of_28_characters(document: Document) -> None:
    grid = document.sections[0]._sectPr.find(qn("w:docGrid"))
    pitch = int(grid.get(qn("w:linePitch"))) / 20
    assert round(22 * pitch * 25.4 / 72) == 297 - 37 - 35
    body = _paragraph(document, "（一）发展基础").paragraph_format
    assert body.line_spacing == Pt(pitch) or abs(body.line_spacing.pt - pitch) < 0.05
    run = next(p for p in document.paragraphs if p.text.startswith("为加快培育")).runs[0]
    condensed = int(run._r.rPr.find(qn("w:spacing")).get(qn("w:val"))) / 20
    width_mm = 28 * (16 + condensed) * 25.4 / 72
    assert 150 < width_mm <= 210 - 28 - 26


def test_title_headings_and_body_have_their_fonts_and_sizes(document: Document) -> None:
    title = document.paragraphs[0]
    assert _fonts(title) == {("方正小标宋简体", 22.0)}
    assert _fonts(_paragraph(document, "一、总体要求")) == {("黑体", 16.0)}
    assert _fonts(_paragraph(document, "（一）发展基础")) == {("楷体_GB2312", 16.0)}
    preamble = next(p for p in document.paragraphs if p.text.startswith("为加快培育"))
    assert _fonts(preamble) == {("仿宋_GB2312", 16.0)}
    assert preamble.paragraph_format.first_line_indent is not None


def test_every_run_has_an_east_asian_font(document: Document) -> None:
    runs = [run for block in blocks(document) for run in _runs(block)]
    runs += [
        run for s in document.sections for f in (s.footer, s.even_page_footer) for p in f.paragraphs for run in p.runs
    ]
    assert len(runs) > 200
    for run in runs:
        fonts = run._r.rPr.find(qn("w:rFonts"))
        assert fonts is not None and fonts.get(qn("w:eastAsia")) in CJK_FONTS, run.text
        assert fonts.get(qn("w:ascii")) and run.font.size is not None


def _runs(block: Paragraph | Table) -> list:  # type: ignore[type-arg]
    if isinstance(block, Paragraph):
        return [run for run in block.runs if run.text]
    return [run for row in block.rows for cell in row.cells for p in cell.paragraphs for run in p.runs]


def test_page_numbers_are_dashed_fields_in_four_point_size(document: Document) -> None:
    for footer in (document.sections[0].footer, document.sections[0].even_page_footer):
        paragraph = footer.paragraphs[0]
        xml = paragraph._p.xml
        assert "PAGE" in xml and 'w:fldCharType="begin"' in xml
        assert paragraph.text.startswith("— ") and paragraph.text.endswith(" —")
        assert {run.font.size.pt for run in paragraph.runs} == {14.0}
    assert document.settings.odd_and_even_pages_header_footer


def test_tables_repeat_their_header_row_and_keep_rows_whole(document: Document) -> None:
    tables = [block for block in blocks(document) if isinstance(block, Table)]
    assert len(tables) == 4
    for table in tables:
        first, *others = table.rows
        assert first._tr.trPr.find(qn("w:tblHeader")) is not None
        assert all(row._tr.trPr.find(qn("w:tblHeader")) is None for row in others)
        assert all(row._tr.trPr.find(qn("w:cantSplit")) is not None for row in table.rows)


def test_the_fallback_fonts_are_in_the_font_table(tmp_path: Path) -> None:
    write(tmp_path / "plan.docx", sample_analysis())
    from zipfile import ZipFile

    with ZipFile(tmp_path / "plan.docx") as archive:
        fonts = archive.read("word/fontTable.xml").decode("utf-8")
    assert 'w:name="仿宋_GB2312"' in fonts and 'w:val="仿宋"' in fonts
    assert 'w:name="方正小标宋简体"' in fonts and 'w:val="宋体"' in fonts
