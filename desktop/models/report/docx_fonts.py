"""The font table: each GB/T 9704 font with the common font that stands in for it where it is not installed."""

from __future__ import annotations

from docx.document import Document
from lxml import etree

from desktop.models.report.layout import FALLBACKS

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
FONT_TABLE = "/word/fontTable.xml"
GB2312_CHARSET = "86"
FAMILIES = {"黑体": "swiss"}


def add_fallbacks(document: Document) -> None:
    """w:altName on each font (Word and WPS substitute it; LibreOffice uses it when the font is missing)."""
    for part in document.part.package.iter_parts():
        if str(part.partname) != FONT_TABLE:
            continue
        root = etree.fromstring(part.blob)
        for name, fallback in FALLBACKS.items():
            font = etree.SubElement(root, f"{{{W}}}font", {f"{{{W}}}name": name})
            etree.SubElement(font, f"{{{W}}}altName", {f"{{{W}}}val": fallback})
            etree.SubElement(font, f"{{{W}}}charset", {f"{{{W}}}val": GB2312_CHARSET})
            # The family lets a program that has neither font pick a serif (宋/仿宋/楷) or a sans (黑) stand-in.
            etree.SubElement(font, f"{{{W}}}family", {f"{{{W}}}val": FAMILIES.get(name, "roman")})
        part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
        return
