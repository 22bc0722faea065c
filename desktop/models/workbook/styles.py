"""The workbook's looks: one font throughout, a few cell styles, the priority colours."""

from __future__ import annotations

from enum import Enum

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils.indexed_list import IndexedList

from desktop.models.plan.types import Priority
from desktop.models.text import Lang

# DengXian is the default body font of Chinese Office (2016 and later) and ships with Windows 10+, Office for Mac and
# WPS, so a Chinese workbook looks native everywhere; charset 134 (GB2312) lets Excel pick it for CJK text.
FONT_NAME: dict[Lang, str] = {"zh": "等线", "en": "Calibri"}
FONT_CHARSET: dict[Lang, int | None] = {"zh": 134, "en": None}
FONT_SIZE = 10.5

INK = "1F2937"
MUTED = "4B5563"
ACCENT = "1F4E79"
HEADER_FILL = "DCE6F1"
LABEL_FILL = "F2F5F9"
GRID = "A6A6A6"

# Priority colours are Excel's own "bad / neutral / good" pairs, which officials recognise.
PRIORITY_COLOURS: dict[Priority, tuple[str, str]] = {
    Priority.HIGH: ("FFC7CE", "9C0006"),
    Priority.MEDIUM: ("FFEB9C", "9C5700"),
    Priority.LOW: ("C6EFCE", "006100"),
}

DATE_FORMAT = "yyyy-mm-dd"
SCORE_FORMAT = "0.0"
INTEGER_FORMAT = "#,##0"
DECIMAL_FORMAT = "#,##0.0"


class Look(Enum):
    """The kinds of cell the workbook uses."""

    TITLE = "title"
    SUBTITLE = "subtitle"
    SECTION = "section"
    HEADER = "header"
    LABEL = "label"
    TEXT = "text"
    CENTER = "center"
    INTEGER = "integer"
    DECIMAL = "decimal"
    SCORE = "score"
    DATE = "date"
    NOTE = "note"
    VALUE_INTEGER = "value-integer"
    VALUE_DECIMAL = "value-decimal"


# Numbers in a label / value table line up with the text values beside them, not at the far right of a wide cell.
VALUE_LOOKS = {Look.VALUE_INTEGER: Look.INTEGER, Look.VALUE_DECIMAL: Look.DECIMAL}


class StyleBook:
    """Builds each look once for a workbook and stamps it on cells.

    Assigning font, fill, border, alignment and format to every cell makes openpyxl hash each style object per cell;
    copying a ready style array instead keeps a 500-action plan fast.
    """

    def __init__(self, workbook: Workbook, lang: Lang) -> None:
        self.font_name = FONT_NAME[lang]
        self._charset = FONT_CHARSET[lang]
        self._set_default_font(workbook)
        scratch = workbook.create_sheet("scratch")
        cells = {look: Cell(scratch) for look in Look}
        self._arrays = {look: self._build(cell, look) for look, cell in cells.items()}
        self._wrapping = frozenset(look for look, cell in cells.items() if cell.alignment.wrap_text)
        workbook.remove(scratch)

    def font(self, *, size: float = FONT_SIZE, bold: bool = False, italic: bool = False, color: str = INK) -> Font:
        return Font(name=self.font_name, charset=self._charset, size=size, bold=bold, italic=italic, color=color)

    def apply(self, cell: Cell, look: Look) -> None:
        cell._style = StyleArray(self._arrays[look])

    def wraps(self, look: Look) -> bool:
        """Whether text in a cell of this look wraps onto more lines (so its row must grow)."""
        return look in self._wrapping

    def _set_default_font(self, workbook: Workbook) -> None:
        # The "Normal" style and style 0 use the font too, so rows the official adds in Excel match the rest.
        base = self.font()
        workbook._fonts = IndexedList([base])
        workbook._named_styles["Normal"].font = base

    def _build(self, cell: Cell, look: Look) -> StyleArray:
        thin = Side(style="thin", color=GRID)
        grid = Border(left=thin, right=thin, top=thin, bottom=thin)
        # "left", not "general": a number in a text column would otherwise sit at the right of its cell.
        wrap_top = Alignment(horizontal="left", wrap_text=True, vertical="top")
        centred = Alignment(horizontal="center", vertical="top", wrap_text=True)
        if look is Look.TITLE:
            cell.font = self.font(size=16, bold=True, color=ACCENT)
            cell.alignment = Alignment(vertical="center")
        elif look is Look.SUBTITLE:
            cell.font = self.font(color=MUTED)
        elif look is Look.SECTION:
            cell.font = self.font(size=12, bold=True, color=ACCENT)
            cell.border = Border(bottom=Side(style="medium", color=ACCENT))
            cell.alignment = Alignment(vertical="bottom")
        elif look is Look.HEADER:
            cell.font = self.font(bold=True)
            cell.fill = PatternFill("solid", fgColor=HEADER_FILL)
            cell.border = grid
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        elif look is Look.LABEL:
            cell.font = self.font(bold=True)
            cell.fill = PatternFill("solid", fgColor=LABEL_FILL)
            cell.border = grid
            cell.alignment = wrap_top
        elif look is Look.NOTE:
            cell.font = self.font(italic=True, color=MUTED)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        else:
            number = VALUE_LOOKS.get(look, look)
            cell.font = self.font()
            cell.border = grid
            cell.alignment = wrap_top if look is Look.TEXT else centred
            cell.number_format = {
                Look.INTEGER: INTEGER_FORMAT,
                Look.DECIMAL: DECIMAL_FORMAT,
                Look.SCORE: SCORE_FORMAT,
                Look.DATE: DATE_FORMAT,
            }.get(number, "General")
            if look in (Look.INTEGER, Look.DECIMAL, Look.SCORE):
                cell.alignment = Alignment(horizontal="right", vertical="top")
            elif look is Look.DATE or look in VALUE_LOOKS:
                cell.alignment = Alignment(horizontal="left", vertical="top")
        return StyleArray(cell._style)
