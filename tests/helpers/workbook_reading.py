"""Reading a written workbook back, the way a test needs it."""

from __future__ import annotations

import zipfile
from pathlib import Path

from openpyxl import Workbook, load_workbook
from openpyxl.utils.cell import range_to_tuple
from openpyxl.worksheet.worksheet import Worksheet
from python_calamine import CalamineWorkbook

ZH_SHEETS = ["概览", "行动计划", "对标分析", "开发区档案", "依据与术语"]
EN_SHEETS = ["Overview", "Action plan", "Matches", "Profile", "Sources and glossary"]
ZH_ACTION_HEADERS = [  # the printed columns first (序号 … 备注), then those for work on screen
    "序号",
    "行动",
    "具体举措",
    "牵头单位",
    "配合单位",
    "计划起止",
    "考核指标",
    "状态",
    "备注",
    "阶段",
    "优先级",
    "责任人",
    "借鉴依据",
    "借鉴经验",
    "原文段落",
]


def open_book(path: Path) -> Workbook:
    return load_workbook(path)


def calamine_rows(path: Path, sheet: str) -> list[list[object]]:
    """The sheet as a second, independent reader (Rust calamine) sees it."""
    return CalamineWorkbook.from_path(str(path)).get_sheet_by_name(sheet).to_python()


def column(ws: Worksheet, header: str) -> int:
    """1-based column of a header in row 1."""
    for cell in ws[1]:
        if cell.value == header:
            return int(cell.column)
    raise AssertionError(f"no column {header!r} in {[cell.value for cell in ws[1]]}")


def values(ws: Worksheet, reference: str) -> list[object]:
    """The values of the cells a chart reference such as ``'概览'!$B$23:$B$30`` points at."""
    sheet, (min_col, min_row, max_col, max_row) = range_to_tuple(reference)
    assert sheet == ws.title, (sheet, ws.title)
    rows = ws.iter_rows(min_row=min_row, max_row=max_row, min_col=min_col, max_col=max_col, values_only=True)
    return [value for row in rows for value in row]


def sheet_xml(path: Path) -> dict[str, str]:
    """Every worksheet, chart and drawing part of the file, as text."""
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name).decode("utf-8") for name in archive.namelist() if name.endswith(".xml")}
