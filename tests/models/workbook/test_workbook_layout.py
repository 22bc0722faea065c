"""What an official sees on screen and on paper: every line of wrapped text, clean charts, sensible page breaks."""

from __future__ import annotations

import dataclasses
import math
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl.chart import BarChart, RadarChart
from openpyxl.worksheet.worksheet import Worksheet

from desktop.models.knowledge.types import KnowledgeBase
from desktop.models.matching.types import Match, MatchKind, MatchResult, Reason
from desktop.models.text import Text
from desktop.models.workbook.writer import write_workbook
from tests.helpers.workbook_inputs import make_action
from tests.helpers.workbook_reading import open_book

Export = Callable[..., Path]
LINE = 15.0  # points a line of 10.5-pt text needs at least
PAGE_BODY = 595.3 - 2 * 0.75 * 72  # A4 landscape less the top and bottom margins, in points
LONG_REASON = "资源禀赋覆盖该集群的大部分要素，主导产业与其主业相同，园区已有一定的科研基础和产业配套能力： +35"


@pytest.fixture
def export(tmp_path: Path, inputs: dict[str, object]) -> Export:
    def run(lang: str = "zh", **changes: object) -> Path:
        target = tmp_path / f"plan-{lang}.xlsx"
        write_workbook(target, **{**inputs, **changes}, lang=lang)  # type: ignore[arg-type]
        return target

    return run


def _lines_needed(text: str, width: float) -> int:
    """Lines a wrapped cell needs, worked out independently: CJK characters take two units of column width."""
    usable = width - 1
    return sum(
        max(1, math.ceil(sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line) / usable))
        for line in text.split("\n")
    )


def _height(ws: Worksheet, row: int) -> float:
    return ws.row_dimensions[row].height or 0.0


def _rows_where(ws: Worksheet, column: int, wanted: str) -> list[int]:
    return [cell.row for cell in ws[ws.cell(1, column).column_letter] if cell.value == wanted]


def test_every_action_row_is_tall_enough_for_its_longest_text(export: Export) -> None:
    long = make_action(5, description=Text("以少量财政资金撬动社会资本，引导银行和创投机构共同参与。" * 6, "x"))
    ws = open_book(export(actions=[make_action(1), long, make_action(2)]))["行动计划"]
    for row in range(2, ws.max_row + 1):
        needed = max(
            _lines_needed(cell.value, ws.column_dimensions[cell.column_letter].width)
            for cell in ws[row]
            if isinstance(cell.value, str)
        )
        assert needed > 1  # phases and unit names wrap in their narrow columns
        assert _height(ws, row) >= needed * LINE, (row, needed, _height(ws, row))
    assert _height(ws, 3) > 2 * _height(ws, 2)  # the long measures make their row much taller


def test_a_row_is_never_taller_than_excel_allows(export: Export) -> None:
    huge = make_action(1, description=Text.same("很长的说明。" * 3000))
    ws = open_book(export(actions=[huge]))["行动计划"]
    assert _height(ws, 2) == 409


def test_main_reasons_on_the_overview_can_be_read_in_full(export: Export, result: MatchResult) -> None:
    boston = result.matches[0]
    wordy = dataclasses.replace(boston, reasons=(Reason(Text(LONG_REASON, "x"), 35.0, ""),) * 2)
    ws = open_book(export(result=MatchResult(result.profile_name, (wordy, *result.matches[1:]))))["概览"]
    reason_width = ws.column_dimensions["D"].width
    for row in _rows_where(ws, 1, "波士顿生物技术集群"):  # in the best cases and the top scores
        text = ws.cell(row, 4).value
        assert ws.cell(row, 4).alignment.wrap_text
        assert _height(ws, row) >= _lines_needed(text, reason_width) * LINE >= 3 * LINE


def test_a_value_spanning_merged_cells_is_measured_across_them(export: Export, kb: KnowledgeBase) -> None:
    short = kb.source.citation
    long = Text(short.zh * 3, short.en)
    for citation, lines in ((short, 1), (long, 2)):
        source = dataclasses.replace(kb.source, citation=citation)
        ws = open_book(export(kb=dataclasses.replace(kb, source=source)))["依据与术语"]
        (row,) = _rows_where(ws, 1, "引用格式")
        assert f"B{row}:D{row}" in {str(merged) for merged in ws.merged_cells.ranges}
        # One line across B:D (it would take three in column B alone); two when three times as long.
        assert _lines_needed(citation.zh, ws.column_dimensions["B"].width) >= 3
        if lines == 1:
            assert _height(ws, row) <= 18
        else:
            assert 2 * LINE <= _height(ws, row) < 3 * LINE


def test_rows_that_need_one_line_are_not_made_taller(export: Export) -> None:
    ws = open_book(export())["依据与术语"]
    (row,) = _rows_where(ws, 1, "1+N")
    assert ws.row_dimensions[row].height <= 18


def test_the_basic_facts_line_up_on_the_left(export: Export) -> None:
    ws = open_book(export())["概览"]
    values = {ws.cell(row, 1).value: ws.cell(row, 2) for row in range(5, 13)}
    assert set(values) >= {"开发区名称", "主导产业", "行动数量", "生成日期"}
    assert {name: cell.alignment.horizontal for name, cell in values.items()} == dict.fromkeys(values, "left")
    assert values["行动数量"].value == 4  # still a number, not text


def test_profile_numbers_line_up_with_the_text_values(export: Export) -> None:
    ws = open_book(export())["开发区档案"]
    rows = {cell.value: cell.row for cell in ws["A"] if cell.value}
    for name in ("开发区名称", "高校与科研院所", "规划面积", "企业数"):
        assert ws.cell(rows[name], 2).alignment.horizontal == "left", name


def test_bar_labels_show_only_the_value(export: Export) -> None:
    ws = open_book(export())["概览"]
    bars = next(chart for chart in ws._charts if isinstance(chart, BarChart))
    labels = bars.dataLabels
    assert labels.showVal
    # Said explicitly: a program left to its defaults may add the category and series names to every label.
    assert (labels.showCatName, labels.showSerName, labels.showLegendKey, labels.showPercent) == (False,) * 4


def test_charts_sit_side_by_side_in_one_row_that_fits_a_printed_page(export: Export) -> None:
    ws = open_book(export())["概览"]
    radar = next(chart for chart in ws._charts if isinstance(chart, RadarChart))
    bars = next(chart for chart in ws._charts if isinstance(chart, BarChart))
    (row,) = {chart.anchor._from.row for chart in (radar, bars)} | {chart.anchor.to.row for chart in (radar, bars)}
    assert (radar.anchor._from.col, radar.anchor.to.col) == (0, 3)  # columns A–C
    assert (bars.anchor._from.col, bars.anchor.to.col) == (3, 4)  # column D
    chart_row = row + 1  # anchors count rows from 0
    height = _height(ws, chart_row)
    assert 250 <= height < PAGE_BODY  # programs never split a row across pages, so no chart is cut
    assert radar.anchor.to.rowOff <= height * 12700  # the charts end within the row (EMU)
    breaks = {brk.id for brk in ws.row_breaks.brk}
    assert chart_row in breaks  # the tables behind the charts start on a new page
    assert str(ws.print_area).endswith(f"$D${ws.max_row}")


def _page_ends(ws: Worksheet, breaks: set[int]) -> list[int]:
    """The last row of each printed page, found as a spreadsheet program does: at a manual break, or where the
    next row does not fit."""
    used, ends = 0.0, []
    for row in range(1, ws.max_row + 1):
        height = _height(ws, row)
        assert height, row  # every row has a fixed height, so the pages fall where they were planned
        if used and used + height > PAGE_BODY:
            ends.append(row - 1)
            used = 0.0
        used += height
        if row in breaks:
            ends.append(row)
            used = 0.0
    return ends


def test_no_section_heading_is_left_at_the_foot_of_a_printed_page(export: Export, result: MatchResult) -> None:
    headings = {
        "基本情况",
        "最匹配的美国集群案例",
        "优先采纳的启示建议",
        "资源禀赋对比(0–5)",
        "得分前十位（相似度/适用度）",
    }
    recommendations = tuple(match for match in result.matches if match.kind == MatchKind.RECOMMENDATION)
    moved = 0
    # Longer and longer reasons for the cases push the recommendations' heading down page 1, past its foot.
    for length in range(10, 200, 15):
        cases = tuple(
            Match(
                id=f"case.{n}",
                kind=MatchKind.CASE,
                title=Text(f"案例{n}", f"Case {n}"),
                score=90.0 - n,
                reasons=(Reason(Text("资源禀赋" * length, "x"), 40.0, ""),),
                gaps=(),
                paragraphs=(9,),
            )
            for n in range(2)
        )
        ws = open_book(export(result=MatchResult(result.profile_name, cases + recommendations)))["概览"]
        breaks = {brk.id for brk in ws.row_breaks.brk}
        chart_row = next(chart.anchor._from.row + 1 for chart in ws._charts)
        for after in breaks - {chart_row}:
            assert ws.cell(after + 1, 1).value in headings, (length, after)
            moved += 1
        for row in _page_ends(ws, breaks):  # neither a heading nor the table header under it ends a page
            assert headings.isdisjoint({ws.cell(row, 1).value, ws.cell(row - 1, 1).value}), (length, row)
    assert moved  # some of these layouts did need a heading moved to the next page


def test_the_glossary_header_is_printed_on_every_page_it_runs_over(export: Export) -> None:
    ws = open_book(export())["依据与术语"]
    (row,) = _rows_where(ws, 1, "术语")
    assert [cell.value for cell in ws[row]] == ["术语", "英文", "释义", "原文段落"]
    assert ws.print_title_rows == f"${row}:${row}"
