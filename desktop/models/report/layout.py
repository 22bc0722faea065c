"""GB/T 9704-2012 (党政机关公文格式) in numbers: paper, margins, fonts and sizes, the 22 × 28 grid."""

from __future__ import annotations

import math
from dataclasses import dataclass

from desktop.models.report.model import Role
from desktop.models.text import Lang

PAGE_WIDTH_MM, PAGE_HEIGHT_MM = 210.0, 297.0  # A4
TOP_MM, BOTTOM_MM, LEFT_MM, RIGHT_MM = 37.0, 35.0, 28.0, 26.0
FOOTER_MM = 28.0 - 7.0  # the page number sits about 7 mm below the text block (GB/T 9704 §7.5)
LINES_PER_PAGE = 22
CHARS_PER_LINE = 28

# 字号 in points.
SIZE_2 = 22.0  # 二号: the title
SIZE_3 = 16.0  # 三号: body and headings
SIZE_4 = 14.0  # 四号: page numbers
SIZE_TABLE = 10.5  # 五号: tables in annexes, as offices set a 分工表 so that several tasks fit a landscape page

MM_PER_POINT = 25.4 / 72
# The text block divided evenly: 225 mm / 22 lines = 28.95 pt per line (the value Word's 公文 templates use).
LINE_PITCH_PT = (PAGE_HEIGHT_MM - TOP_MM - BOTTOM_MM) / LINES_PER_PAGE / MM_PER_POINT
# 156 mm / 28 characters = 15.79 pt per character: a 16-pt character with a little less than its width between.
CHAR_PITCH_PT = (PAGE_WIDTH_MM - LEFT_MM - RIGHT_MM) / CHARS_PER_LINE / MM_PER_POINT
# Body characters are set 0.25 pt closer so that 28 of them fill the 156-mm line. (A docGrid of type linesAndChars
# does the same in Word, but LibreOffice gives each 16-pt character two cells of a 15.8-pt grid: 14 to a line.)
BODY_CONDENSED = math.floor((CHAR_PITCH_PT - SIZE_3) * 20)
TABLE_LINE_PT = 15.0  # exact line height in tables (a 10.5-pt CJK line with room above and below)


@dataclass(frozen=True, slots=True)
class Face:
    east_asian: str  # w:eastAsia: the font Word and WPS use for Chinese characters
    latin: str  # w:ascii / w:hAnsi: for Latin letters and digits
    size: float
    bold: bool = False
    condensed: int = 0  # character spacing in twentieths of a point (negative: closer), w:spacing of the run


# GB/T 9704 names 方正小标宋简体 and 仿宋_GB2312; Word and WPS substitute 宋体 / 仿宋 where they are missing and
# LibreOffice its configured fallback. The fallbacks are also written into the font table (w:altName).
XIAOBIAOSONG = "方正小标宋简体"
FANGSONG = "仿宋_GB2312"
HEITI = "黑体"
KAITI = "楷体_GB2312"
FALLBACKS = {XIAOBIAOSONG: "宋体", FANGSONG: "仿宋", HEITI: "SimHei", KAITI: "楷体"}
LATIN = "Times New Roman"
LATIN_HEADING = "Arial"

FACES: dict[Role, Face] = {
    Role.TITLE: Face(XIAOBIAOSONG, LATIN, SIZE_2),
    Role.SUBTITLE: Face(KAITI, LATIN, SIZE_3, condensed=BODY_CONDENSED),
    Role.HEADING1: Face(HEITI, LATIN, SIZE_3, condensed=BODY_CONDENSED),
    Role.HEADING2: Face(KAITI, LATIN, SIZE_3, condensed=BODY_CONDENSED),
    Role.BODY: Face(FANGSONG, LATIN, SIZE_3, condensed=BODY_CONDENSED),
    Role.ANNEX_LIST: Face(FANGSONG, LATIN, SIZE_3, condensed=BODY_CONDENSED),
    Role.SIGNATURE: Face(FANGSONG, LATIN, SIZE_3, condensed=BODY_CONDENSED),
    Role.ANNEX_LABEL: Face(HEITI, LATIN, SIZE_3, condensed=BODY_CONDENSED),
    Role.ANNEX_TITLE: Face(XIAOBIAOSONG, LATIN, SIZE_2),
    Role.BLANK: Face(FANGSONG, LATIN, SIZE_3, condensed=BODY_CONDENSED),
}
# An English document keeps the same sizes and roles; its headings are bold, since Latin type has no 黑体 / 楷体.
EN_BOLD = frozenset({Role.TITLE, Role.HEADING1, Role.ANNEX_LABEL, Role.ANNEX_TITLE})
TABLE_FACE = Face(FANGSONG, LATIN, SIZE_TABLE)
TABLE_HEADER_FACE = Face(HEITI, LATIN, SIZE_TABLE)
PAGE_NUMBER_FACE = Face("宋体", LATIN, SIZE_4)


def face(role: Role, lang: Lang) -> Face:
    base = FACES[role]
    if lang == "en" and role in EN_BOLD:
        return Face(base.east_asian, base.latin, base.size, bold=True, condensed=base.condensed)
    return base
