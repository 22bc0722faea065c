"""A small, fast reader of the cell values of an .xlsx workbook: sheet names, each cell's value and number format,
formulas without a saved result, and when the file was last saved.

Why not openpyxl's reader: a returned form is read in full (the form and its identity sheet), and the office reads
forty of them at once; openpyxl builds a style object per cell and a rich-text object per shared string, which made
that take seconds. This reads only what a form needs, with the standard library's C XML parser. It never writes.
Any malformed part raises ``WorkbookDamaged``; the caller refuses the file.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from xml.etree import ElementTree

from openpyxl.styles.numbers import BUILTIN_FORMATS, is_date_format

_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
# Built-in number formats of East Asian Excel that are dates (not listed among openpyxl's built-in codes).
_CJK_DATE_IDS = frozenset({*range(27, 37), *range(50, 59)})
_CELL_REF = re.compile(r"^([A-Z]{1,3})(\d{1,7})$")
EPOCH_1900 = datetime(1899, 12, 30)
EPOCH_1904 = datetime(1904, 1, 1)


# What a damaged archive or part raises while it is read (a bad deflate stream, an unknown compression, an entry
# marked encrypted, malformed XML, an index or number out of range).
_BROKEN = (
    KeyError,
    IndexError,
    ValueError,
    OverflowError,
    EOFError,
    NotImplementedError,
    RuntimeError,
    zlib.error,
    zipfile.BadZipFile,
    ElementTree.ParseError,
)


class WorkbookDamaged(ValueError):
    """A part of the workbook is missing or cannot be read."""


@dataclass(frozen=True, slots=True)
class Cell:
    value: object  # str, int, float, bool, datetime, or None
    number_format: str = "General"
    formula_without_value: bool = False  # a formula whose result the file does not carry


class Book:
    """The sheets of an .xlsx file held in memory, read on demand."""

    def __init__(self, data: bytes) -> None:
        try:
            self._zip = zipfile.ZipFile(io.BytesIO(data))
            self._parts = set(self._zip.namelist())
            self._sheets, epoch1904 = self._workbook()
            self._strings = self._shared_strings()
            self._formats, self._dates = self._styles()
        except _BROKEN as error:
            raise WorkbookDamaged(str(error) or type(error).__name__) from None
        self._epoch = EPOCH_1904 if epoch1904 else EPOCH_1900

    @property
    def sheetnames(self) -> list[str]:
        return list(self._sheets)

    def modified(self) -> datetime | None:
        """When the file was last saved, as its core properties say (None when they do not)."""
        if "docProps/core.xml" not in self._parts:
            return None
        try:
            root = ElementTree.fromstring(self._zip.read("docProps/core.xml"))
        except _BROKEN:
            return None
        for element in root:
            if _local(element.tag) == "modified" and element.text:
                try:
                    return datetime.fromisoformat(element.text.strip().replace("Z", "+00:00"))
                except ValueError:
                    return None
        return None

    def rows(self, name: str) -> list[list[Cell | None]]:
        """The sheet's rows from row 1, each a list from column A (None for a cell that is not there)."""
        try:
            return self._rows(self._sheets[name])
        except _BROKEN as error:
            raise WorkbookDamaged(str(error) or type(error).__name__) from None

    # --- the parts ------------------------------------------------------------------------------------------------

    def _xml(self, part: str) -> ElementTree.Element:
        return ElementTree.fromstring(self._zip.read(part))

    def _workbook(self) -> tuple[dict[str, str], bool]:
        root = self._xml("xl/workbook.xml")
        targets: dict[str, str] = {}
        if "xl/_rels/workbook.xml.rels" in self._parts:
            for rel in self._xml("xl/_rels/workbook.xml.rels"):
                target = rel.get("Target", "")
                path = target.lstrip("/") if target.startswith("/") else posixpath.normpath(f"xl/{target}")
                targets[rel.get("Id", "")] = path
        sheets: dict[str, str] = {}
        epoch1904 = False
        for element in root.iter():
            tag = _local(element.tag)
            if tag == "sheet":
                sheets[element.get("name", "")] = targets[element.get(_REL, "")]
            elif tag == "workbookPr":
                epoch1904 = element.get("date1904", "0") in ("1", "true")
        return sheets, epoch1904

    def _shared_strings(self) -> list[str]:
        if "xl/sharedStrings.xml" not in self._parts:
            return []
        return [_string_item(item) for item in self._xml("xl/sharedStrings.xml") if _local(item.tag) == "si"]

    def _styles(self) -> tuple[list[str], list[bool]]:
        """Each cell style's number format, and whether it shows a date."""
        if "xl/styles.xml" not in self._parts:
            return [], []
        root = self._xml("xl/styles.xml")
        custom: dict[int, str] = {}
        formats: list[str] = []
        dates: list[bool] = []
        for section in root:
            if _local(section.tag) == "numFmts":
                for fmt in section:
                    custom[int(fmt.get("numFmtId", "0"))] = fmt.get("formatCode", "General")
            elif _local(section.tag) == "cellXfs":
                for xf in section:
                    number = int(xf.get("numFmtId", "0"))
                    code = custom.get(number) or BUILTIN_FORMATS.get(number) or "General"
                    formats.append(code)
                    dates.append(number in _CJK_DATE_IDS or is_date_format(code))
        return formats, dates

    def _rows(self, part: str) -> list[list[Cell | None]]:
        rows: dict[int, list[Cell | None]] = {}
        for number, column, cell in self._cells(part):
            row = rows.setdefault(number, [])
            if len(row) < column:
                row.extend([None] * (column - len(row)))
            row[column - 1] = cell
        last = max(rows, default=0)
        return [rows.get(n, []) for n in range(1, last + 1)]

    def _cells(self, part: str) -> Iterator[tuple[int, int, Cell]]:
        source = io.BytesIO(self._zip.read(part))
        row_number, column = 0, 0
        for _, element in ElementTree.iterparse(source, events=("end",)):
            tag = _local(element.tag)
            if tag == "row":
                element.clear()
                continue
            if tag != "c":
                continue
            reference = element.get("r")
            if reference:
                match = _CELL_REF.match(reference)
                if match is None:
                    raise ValueError(f"cell reference {reference!r}")
                column, row_number = _column_number(match[1]), int(match[2])
            else:  # some writers leave the reference out: the next cell of the row
                column += 1
                row_number = max(row_number, 1)
            yield row_number, column, self._cell(element)
            element.clear()

    def _cell(self, element: ElementTree.Element) -> Cell:
        kind = element.get("t", "n")
        style = int(element.get("s", "0") or 0)
        number_format = self._formats[style] if style < len(self._formats) else "General"
        raw: str | None = None
        formula = False
        inline: ElementTree.Element | None = None
        for child in element:
            tag = _local(child.tag)
            if tag == "v":
                raw = child.text
            elif tag == "f":
                formula = True
            elif tag == "is":
                inline = child
        if kind == "inlineStr":
            return Cell(_string_item(inline) if inline is not None else None, number_format)
        if raw is None or (formula and not raw.strip()):
            return Cell(None, number_format, formula_without_value=formula)
        value: object
        if kind == "s":
            value = self._strings[int(raw)]
        elif kind in ("str", "e"):
            value = raw
        elif kind == "b":
            value = raw.strip() in ("1", "true")
        elif kind == "d":
            value = datetime.fromisoformat(raw.strip())
        else:
            number = float(raw) if any(ch in raw for ch in ".eE") else int(raw)
            is_date = style < len(self._dates) and self._dates[style]
            value = self._epoch + timedelta(days=number) if is_date else number
        return Cell(value, number_format)


def _local(tag: str) -> str:
    return tag.rpartition("}")[2]


def _string_item(item: ElementTree.Element) -> str:
    """The text of a shared or inline string: its runs joined, phonetic guides (rPh) left out."""
    parts: list[str] = []
    for child in item:
        tag = _local(child.tag)
        if tag == "t":
            parts.append(child.text or "")
        elif tag == "r":
            parts.extend(t.text or "" for t in child if _local(t.tag) == "t")
    return "".join(parts)


def _column_number(letters: str) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + ord(letter) - 64
    return number
