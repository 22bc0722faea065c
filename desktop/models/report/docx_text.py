"""Paragraphs and runs in Word: every run carries its East Asian font (w:eastAsia), size and weight."""

from __future__ import annotations

from copy import deepcopy
from typing import Any

from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from docx.text.paragraph import Paragraph as DocxParagraph
from docx.text.run import Run as DocxRun

from desktop.models.report.clean import clean
from desktop.models.report.layout import LINE_PITCH_PT, Face


def set_face(run: DocxRun, face: Face, *, bold: bool = False) -> None:
    run.font.size = Pt(face.size)
    run.font.bold = face.bold or bold
    rpr = run._r.get_or_add_rPr()
    set_fonts(rpr, face)
    if face.condensed:
        spacing = OxmlElement("w:spacing")
        spacing.set(qn("w:val"), str(face.condensed))
        rpr.append(spacing)


def set_fonts(rpr: object, face: Face) -> None:
    """w:rFonts with all four slots: Word picks the East Asian one for Chinese characters, whatever else is set."""
    fonts = rpr.find(qn("w:rFonts"))  # type: ignore[attr-defined]
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)  # type: ignore[attr-defined]
    for themed in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(themed), None)  # a theme font would win over the names set here
    fonts.set(qn("w:ascii"), face.latin)
    fonts.set(qn("w:hAnsi"), face.latin)
    fonts.set(qn("w:cs"), face.latin)
    fonts.set(qn("w:eastAsia"), face.east_asian)
    fonts.set(qn("w:hint"), "eastAsia")


class RunStamp:
    """Runs made by copying a ready run of each look: python-docx's object API takes about a millisecond a run, too
    slow for a 500-task plan's tables."""

    def __init__(self, scratch: DocxParagraph) -> None:
        self._scratch = scratch
        self._made: dict[tuple[Face, bool], Any] = {}

    def run(self, text: str, face: Face, *, bold: bool = False) -> Any:
        template = self._made.get((face, bold))
        if template is None:
            run = self._scratch.add_run("")
            set_face(run, face, bold=bold)
            template = run._r
            template.getparent().remove(template)
            t = OxmlElement("w:t")
            t.set(qn("xml:space"), "preserve")
            template.append(t)
            self._made[(face, bold)] = template
        made = deepcopy(template)
        made[-1].text = clean(text)
        return made


def add_run(
    paragraph: DocxParagraph, text: str, face: Face, *, bold: bool = False, keep_lines: bool = False
) -> DocxRun:
    run = paragraph.add_run(clean(text, keep_lines=keep_lines))
    set_face(run, face, bold=bold)
    return run


def exact_lines(paragraph: DocxParagraph, points: float = LINE_PITCH_PT) -> None:
    """Fixed line height, no space around: 22 lines fill the text block exactly."""
    fmt = paragraph.paragraph_format
    fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    fmt.line_spacing = Pt(points)
    fmt.space_before = Pt(0)
    fmt.space_after = Pt(0)


def indent_chars(paragraph: DocxParagraph, *, first: int = 0, left: float = 0, right: float = 0, size: float) -> None:
    """Indents counted in characters (w:firstLineChars etc., hundredths), with the equivalent in points for programs
    that ignore the character form."""
    ind = paragraph._p.get_or_add_pPr().get_or_add_ind()
    if first:
        ind.set(qn("w:firstLineChars"), str(first * 100))
        ind.set(qn("w:firstLine"), str(round(first * size * 20)))
    if left:
        ind.set(qn("w:leftChars"), str(round(left * 100)))
        ind.set(qn("w:left"), str(round(left * size * 20)))
    if right:
        ind.set(qn("w:rightChars"), str(round(right * 100)))
        ind.set(qn("w:right"), str(round(right * size * 20)))


def no_grid(paragraph: DocxParagraph) -> None:
    """Let a table line keep its own height instead of snapping to the page's 22-line grid."""
    ppr = paragraph._p.get_or_add_pPr()
    snap = OxmlElement("w:snapToGrid")
    snap.set(qn("w:val"), "0")
    ppr.append(snap)


ALIGN = {
    "left": WD_ALIGN_PARAGRAPH.LEFT,
    "centre": WD_ALIGN_PARAGRAPH.CENTER,
    "right": WD_ALIGN_PARAGRAPH.RIGHT,
    "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
}
