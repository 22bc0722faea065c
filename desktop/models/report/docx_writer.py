"""The document model as a Word file in GB/T 9704 layout (python-docx)."""

from __future__ import annotations

from collections.abc import Sequence
from copy import deepcopy
from typing import Any, BinaryIO

import docx
from docx.document import Document
from docx.enum.section import WD_SECTION
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from desktop.models.report.clean import clean
from desktop.models.report.docx_fonts import add_fallbacks
from desktop.models.report.docx_page import add_page_numbers, set_up_section
from desktop.models.report.docx_table import add_table
from desktop.models.report.docx_text import ALIGN, RunStamp, exact_lines, indent_chars, no_grid, set_fonts
from desktop.models.report.layout import (
    BOTTOM_MM,
    FACES,
    LEFT_MM,
    PAGE_HEIGHT_MM,
    PAGE_WIDTH_MM,
    RIGHT_MM,
    TOP_MM,
    Face,
    face,
)
from desktop.models.report.model import Paragraph, ReportDocument, Role, Run, Table
from desktop.models.text import Lang

PORTRAIT_TEXT_MM = PAGE_WIDTH_MM - LEFT_MM - RIGHT_MM
LANDSCAPE_TEXT_MM = PAGE_HEIGHT_MM - TOP_MM - BOTTOM_MM
ALIGNMENT = {
    Role.TITLE: "centre",
    Role.SUBTITLE: "centre",
    Role.ANNEX_TITLE: "centre",
    Role.SIGNATURE: "right",
    Role.ANNEX_LABEL: "left",
    Role.ANNEX_LIST: "left",
}
INDENTED = frozenset({Role.BODY, Role.HEADING1, Role.HEADING2})  # first line in by two characters
DATE_RIGHT_CHARS = 4  # 成文日期右空四字 (GB/T 9704 §7.3.5)


def render(report: ReportDocument) -> Document:
    document = docx.Document()
    _defaults(document, report)
    section = document.sections[0]
    set_up_section(section, landscape=False)
    add_page_numbers(document, section)
    writer = _Writer(document, "en" if report.lang == "en" else "zh")
    signature = [b for b in report.body if isinstance(b, Paragraph) and b.role is Role.SIGNATURE]
    closing = _closing_start(report)
    for index, block in enumerate(report.body):
        writer.block(block, PORTRAIT_TEXT_MM, signature, keep=index >= closing)
    landscape_before = False
    for annex in report.annexes:
        if annex.landscape != landscape_before or annex.landscape:
            section = document.add_section(WD_SECTION.NEW_PAGE)
            set_up_section(section, landscape=annex.landscape)
        landscape_before = annex.landscape
        width = LANDSCAPE_TEXT_MM if annex.landscape else PORTRAIT_TEXT_MM
        writer.block(Paragraph(Role.ANNEX_LABEL, (Run(annex.label),)), width)
        writer.block(Paragraph(Role.ANNEX_TITLE, (Run(annex.title),)), width)
        writer.block(Paragraph(Role.BLANK), width)
        for block in annex.blocks:
            writer.block(block, width)
    writer.done()
    add_fallbacks(document)
    return document


def save(report: ReportDocument, stream: BinaryIO) -> None:
    render(report).save(stream)


def _closing_start(report: ReportDocument) -> int:
    """Where the closing (annex list, issuer, date) starts: kept on one page, as GB/T 9704 wants."""
    for index, block in enumerate(report.body):
        if isinstance(block, Paragraph) and block.role is Role.ANNEX_LIST:
            return index
    return len(report.body)


def _defaults(document: Document, report: ReportDocument) -> None:
    """Normal style in the body face, so text typed later in Word or WPS matches; document properties."""
    normal = document.styles["Normal"]
    body = FACES[Role.BODY]
    normal.font.size = docx.shared.Pt(body.size)
    set_fonts(normal.element.get_or_add_rPr(), body)
    # The document grid measures its character pitch from the default run size: it must be the body's 16 pt, or a
    # Chinese character takes two grid cells and a line holds 14 characters instead of 28.
    rpr = _child(_child(_child(document.styles.element, "w:docDefaults"), "w:rPrDefault"), "w:rPr")
    half_points = str(round(body.size * 2))
    _child(rpr, "w:sz").set(qn("w:val"), half_points)
    _child(rpr, "w:szCs").set(qn("w:val"), half_points)
    set_fonts(rpr, body)
    lang = _child(rpr, "w:lang")
    lang.set(qn("w:val"), "en-US")
    lang.set(qn("w:eastAsia"), "zh-CN")
    properties = document.core_properties
    properties.title = clean(report.title)[:255]
    properties.language = "zh-CN" if report.lang == "zh" else "en-GB"
    properties.author = "ZonePlanner"
    properties.comments = ""


def _child(parent: Any, tag: str) -> Any:
    """The first ``tag`` child of ``parent``, made if missing (the default template's parts vary by version)."""
    found = parent.find(qn(tag))
    if found is None:
        found = OxmlElement(tag)
        parent.append(found)
    return found


class _Writer:
    """Appends the blocks to the document. Each kind of paragraph is laid out once through python-docx and copied
    after that; runs likewise (``RunStamp``): a 500-task plan is written in about a second instead of ten."""

    def __init__(self, document: Document, lang: Lang) -> None:
        self.document = document
        self.lang = lang
        self._scratch = document.add_paragraph()
        self.stamp = RunStamp(self._scratch)
        self._made: dict[tuple[Role, bool, float], Any] = {}
        self._end = document.element.body.sectPr  # new paragraphs go before the body's last section properties

    def block(
        self, block: Paragraph | Table, width_mm: float, signature: Sequence[Paragraph] = (), *, keep: bool = False
    ) -> None:
        if isinstance(block, Table):
            add_table(self.document, block, width_mm, self.stamp)
            return
        look = face(block.role, self.lang)
        right = _signature_indent(block, signature) if block.role is Role.SIGNATURE else 0.0
        is_last_signature = bool(signature) and block is signature[-1]
        keep_next = keep and not is_last_signature
        key = (block.role, keep_next, right)
        template = self._made.get(key)
        if template is None:
            template = self._made[key] = self._lay_out(block.role, look, keep_next, right)
        made = deepcopy(template)
        for run in block.runs:
            made.append(self.stamp.run(run.text, look, bold=run.bold))
        self._end.addprevious(made)

    def _lay_out(self, role: Role, look: Face, keep_next: bool, right: float) -> Any:
        paragraph = self.document.add_paragraph()
        exact_lines(paragraph)
        paragraph.alignment = ALIGN[ALIGNMENT.get(role, "justify")]
        if role in INDENTED:
            indent_chars(paragraph, first=2, size=look.size)
        elif role is Role.ANNEX_LIST:
            indent_chars(paragraph, left=2, size=look.size)
        elif role is Role.SIGNATURE:
            indent_chars(paragraph, right=right, size=look.size)
        if role in (Role.TITLE, Role.ANNEX_TITLE):
            no_grid(paragraph)  # 22-pt characters would each take two cells of the 16-pt grid
        fmt = paragraph.paragraph_format
        # Headings stay with what follows; so do the annex list, the issuer and the date (GB/T 9704 keeps them on
        # one page).
        fmt.keep_with_next = role in (Role.TITLE, Role.ANNEX_TITLE, Role.HEADING1, Role.HEADING2, Role.ANNEX_LABEL) or (
            keep_next
        )
        if role is Role.ANNEX_LABEL:
            fmt.page_break_before = True  # each annex on a page of its own
        element = paragraph._p
        element.getparent().remove(element)
        return element

    def done(self) -> None:
        self._scratch._p.getparent().remove(self._scratch._p)


def _signature_indent(block: Paragraph, signature: Sequence[Paragraph]) -> float:
    """The date four characters in from the right; the issuing unit centred over it."""
    date_width = _width(signature[-1].text) if signature else 0.0
    if signature and block is not signature[-1]:
        return max(0.0, DATE_RIGHT_CHARS + (date_width - _width(block.text)) / 2)
    return DATE_RIGHT_CHARS


def _width(text: str) -> float:
    """In characters of the body size: Chinese characters one, Latin letters and digits half."""
    return sum(1.0 if ord(ch) > 0x2E7F else 0.5 for ch in text)
