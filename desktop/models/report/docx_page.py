"""Page set-up in Word: A4 and the GB/T 9704 margins, the 22 × 28 grid, "— 1 —" page numbers, landscape annexes."""

from __future__ import annotations

from typing import Any

from docx.document import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.section import Section
from docx.shared import Mm
from docx.text.paragraph import Paragraph as DocxParagraph

from desktop.models.report.docx_text import add_run, indent_chars, set_face
from desktop.models.report.layout import (
    BOTTOM_MM,
    FOOTER_MM,
    LEFT_MM,
    LINE_PITCH_PT,
    PAGE_HEIGHT_MM,
    PAGE_NUMBER_FACE,
    PAGE_WIDTH_MM,
    RIGHT_MM,
    TOP_MM,
)

DASH = "— "  # GB/T 9704 §7.5: the number between two em dashes, a space either side


def set_up_section(section: Section, *, landscape: bool) -> None:
    if landscape:
        # The binding edge stays at the top of the turned page: the portrait page's side margins become top and bottom.
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Mm(PAGE_HEIGHT_MM), Mm(PAGE_WIDTH_MM)
        section.top_margin, section.bottom_margin = Mm(LEFT_MM), Mm(RIGHT_MM)
        section.left_margin, section.right_margin = Mm(TOP_MM), Mm(BOTTOM_MM)
        section.footer_distance = Mm(LEFT_MM - 14)
    else:
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Mm(PAGE_WIDTH_MM), Mm(PAGE_HEIGHT_MM)
        section.top_margin, section.bottom_margin = Mm(TOP_MM), Mm(BOTTOM_MM)
        section.left_margin, section.right_margin = Mm(LEFT_MM), Mm(RIGHT_MM)
        section.footer_distance = Mm(FOOTER_MM)
    section.header_distance = Mm(15)
    _grid(section, landscape=landscape)


def _grid(section: Section, *, landscape: bool) -> None:
    """The document grid: 22 lines to a portrait page (28 characters to a line come from the runs' spacing)."""
    sect_pr = section._sectPr
    grid = sect_pr.find(qn("w:docGrid"))
    if grid is None:
        grid = OxmlElement("w:docGrid")
        sect_pr.append(grid)
    for name in list(grid.attrib):
        del grid.attrib[name]
    if landscape:
        grid.set(qn("w:type"), "default")  # tables set their own line heights
        return
    grid.set(qn("w:type"), "lines")
    grid.set(qn("w:linePitch"), str(round(LINE_PITCH_PT * 20)))


def add_page_numbers(document: Document, section: Section) -> None:
    """Odd pages right, even pages left, each one character in from the edge, 4号 宋体 (GB/T 9704 §7.5)."""
    document.settings.odd_and_even_pages_header_footer = True
    for footer, side in ((section.footer, "right"), (section.even_page_footer, "left")):
        footer.is_linked_to_previous = False
        paragraph = footer.paragraphs[0] if footer.paragraphs else footer.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT if side == "right" else WD_ALIGN_PARAGRAPH.LEFT
        size = PAGE_NUMBER_FACE.size
        indent_chars(paragraph, right=1 if side == "right" else 0, left=1 if side == "left" else 0, size=size)
        add_run(paragraph, DASH, PAGE_NUMBER_FACE)
        _page_field(paragraph)
        add_run(paragraph, " —", PAGE_NUMBER_FACE)


def _page_field(paragraph: DocxParagraph) -> None:
    """A PAGE field, as Word writes it (begin, instruction, separate, shown value, end)."""

    def run_with(child: Any) -> None:
        run = paragraph.add_run()
        set_face(run, PAGE_NUMBER_FACE)
        run._r.append(child)

    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    instruction = OxmlElement("w:instrText")
    instruction.set(qn("xml:space"), "preserve")
    instruction.text = " PAGE "
    separate = OxmlElement("w:fldChar")
    separate.set(qn("w:fldCharType"), "separate")
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run_with(begin)
    run_with(instruction)
    run_with(separate)
    shown = paragraph.add_run("1")
    set_face(shown, PAGE_NUMBER_FACE)
    run_with(end)
