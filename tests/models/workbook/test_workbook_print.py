"""The workbook on paper: the 行动计划 sheet prints its paper columns at a readable size, dates as years, whole
citations; the overview has room for the issuing unit and the date."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl.utils import column_index_from_string

from desktop.models.workbook.page import PAGE_WIDTH, SIDE_MARGIN
from desktop.models.workbook.styles import FONT_SIZE
from desktop.models.workbook.writer import write_workbook
from tests.helpers.workbook_reading import ZH_ACTION_HEADERS, open_book

PAPER_COLUMNS = ["序号", "行动", "具体举措", "牵头单位", "配合单位", "计划起止", "考核指标", "状态", "备注"]
READABLE_PT = 9.0


@pytest.fixture
def export(tmp_path: Path, inputs: dict[str, object]) -> Path:
    target = tmp_path / "plan.xlsx"
    write_workbook(target, **inputs)  # type: ignore[arg-type]
    return target


def test_the_action_sheet_prints_only_its_paper_columns_at_nine_points_or_more(export: Path) -> None:
    ws = open_book(export)["行动计划"]
    area = str(ws.print_area).replace("$", "").split("!")[-1]
    first, last = area.split(":")
    last_column = column_index_from_string("".join(ch for ch in last if ch.isalpha()))
    assert first == "A1" and ZH_ACTION_HEADERS[:last_column] == PAPER_COLUMNS
    assert ws.page_setup.orientation == "landscape" and ws.sheet_properties.pageSetUpPr.fitToPage
    widths = [ws.column_dimensions[ws.cell(1, n).column_letter].width for n in range(1, last_column + 1)]
    sheet_points = sum(int(w * 7 + 5) for w in widths) * 0.75
    scale = min(1.0, (PAGE_WIDTH - 144 * SIDE_MARGIN) / sheet_points)
    assert FONT_SIZE * scale >= READABLE_PT
    assert ws.print_title_rows == "$1:$1"


def test_a_phase_fits_its_column_without_wrapping_before_the_bracket(export: Path) -> None:
    ws = open_book(export)["行动计划"]
    at = ZH_ACTION_HEADERS.index("阶段") + 1
    width = ws.column_dimensions[ws.cell(1, at).column_letter].width
    assert width - 1 >= 2 * len("近期（1年内）") - 1  # seven wide characters but the digit


def test_citations_are_one_a_line(export: Path) -> None:
    ws = open_book(export)["行动计划"]
    at = ZH_ACTION_HEADERS.index("原文段落") + 1
    cells = [ws.cell(row, at).value for row in range(2, ws.max_row + 1)]
    assert any("\n" in cell for cell in cells if cell)
    assert all(line.startswith("¶") for cell in cells if cell for line in cell.split("\n"))


def test_the_overview_has_an_issuing_unit_and_date_block(export: Path) -> None:
    ws = open_book(export)["概览"]
    labels = [ws.cell(row, 1).value for row in range(1, 20)]
    assert "编制单位" in labels and "印发日期" in labels
    row = labels.index("编制单位") + 1
    assert ws.cell(row, 2).value is None and ws.row_dimensions[row].height >= 24
