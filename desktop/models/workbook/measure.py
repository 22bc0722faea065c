"""How much room text takes in a cell: its width in Excel's character units, the lines it wraps onto, the row height.

Rows are sized by the workbook itself: Excel, WPS and LibreOffice do not reliably fit the rows of a file they did not
write, so a wrapped cell would show one line and hide the rest.
"""

from __future__ import annotations

import functools
import math
import re
import unicodedata

LINE_HEIGHT = 15.0  # points per line of 10.5-pt text; CJK fonts (DengXian, Noto) need about 1.4 times the size
ROW_PADDING = 3.0  # points above and below the text
MAX_ROW_HEIGHT = 409.0  # Excel refuses taller rows
CELL_MARGIN = 1.0  # of a column's width, in characters, taken by the cell's inner margins
FIRST_NON_ASCII = 0x80  # ASCII is narrow; beyond it, ask unicodedata (some builds call a few odd code points wide)
LAST_BMP = 0xFFFF


@functools.cache
def _narrow_runs() -> re.Pattern[str]:
    """Runs of characters that take one unit: those of the Basic Multilingual Plane that unicodedata does not call
    wide or full-width. Characters beyond it (rare CJK, emoji) are counted as wide, which errs on the safe side.

    Built once, on first use (a few milliseconds), so that measuring a text is a regular expression, not a loop.
    """
    wide: list[str] = []
    start: int | None = None
    for code in range(FIRST_NON_ASCII, LAST_BMP + 2):
        is_wide = code <= LAST_BMP and unicodedata.east_asian_width(chr(code)) in "WF"
        if is_wide and start is None:
            start = code
        elif not is_wide and start is not None:
            wide.append(f"{chr(start)}-{chr(code - 1)}")
            start = None
    return re.compile("[^" + "".join(wide) + "\U00010000-\U0010ffff]+")


def display_width(text: str) -> int:
    """Width in Excel's character units: wide (CJK) and full-width characters take two, others one."""
    if text.isascii():
        return len(text)
    return 2 * len(text) - len("".join(_narrow_runs().findall(text)))


def line_count(text: str, width: float) -> int:
    """How many lines ``text`` takes when wrapped in a column ``width`` characters wide."""
    usable = max(1.0, width - CELL_MARGIN)
    if "\n" not in text:
        if len(text) * 2 <= usable:  # fits even if every character is wide: most short cells, no need to measure
            return 1
        return math.ceil(display_width(text) / usable)
    return sum(max(1, math.ceil(display_width(line) / usable)) for line in text.split("\n"))


def row_height(lines: int) -> float:
    """Height in points of a row showing ``lines`` lines of body text."""
    return min(MAX_ROW_HEIGHT, lines * LINE_HEIGHT + ROW_PADDING)
