"""Reading a returned form: values as units type them, every bad value named by file, sheet, row and column, and
rows matched back by action ID whatever the unit did to their order."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop.models.ledger.layout import AT
from desktop.models.ledger.returns import read_returned_form
from desktop.models.ledger.types import ProblemKind, ReturnedForm, ReturnedRow
from desktop.models.vocabulary.plan import Status
from tests.models.ledger.support import HEADER_ROW, action_rows, fill


def _ids(path: Path) -> list[str]:
    return list(action_rows(path))


def _row(form: ReturnedForm, action_id: str) -> ReturnedRow:
    return next(row for row in form.rows if row.action_id == action_id)


def test_filled_values_are_read(all_form: Path, tmp_path: Path) -> None:
    first, second = _ids(all_form)[:2]
    target = tmp_path / "back.xlsx"
    fill(
        all_form,
        target,
        {
            first: {
                "progress": "已召开推进会",
                "status": "进行中",
                "percent": 40,
                "problems": "用地指标紧张",
                "next_steps": "完成选址",
                "reporter": "张三",
                "reported_on": date(2026, 5, 20),
            },
            second: {"status": "Done", "percent": "80%", "reported_on": "2026年5月3日"},
        },
    )
    form = read_returned_form(target)
    assert form.problems == ()
    row = _row(form, first)
    assert (row.status, row.percent, row.progress, row.problems, row.next_steps, row.reporter, row.reported_on) == (
        Status.IN_PROGRESS,
        40,
        "已召开推进会",
        "用地指标紧张",
        "完成选址",
        "张三",
        date(2026, 5, 20),
    )
    other = _row(form, second)
    assert (other.status, other.percent, other.reported_on) == (Status.DONE, 80, date(2026, 5, 3))
    assert all(r.empty for r in form.rows if r.action_id not in (first, second))


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        ("percent", "80％", 80),
        ("percent", 66.6, 67),
        ("reported_on", "2026/5/3", date(2026, 5, 3)),
        ("reported_on", "2026.05.03", date(2026, 5, 3)),
        ("reported_on", datetime(2026, 5, 3, 9, 30), date(2026, 5, 3)),
        ("status", " 已完成 ", Status.DONE),
        ("status", "in progress", Status.IN_PROGRESS),
    ],
)
def test_values_as_units_type_them(all_form: Path, tmp_path: Path, field: str, value: object, expected: object) -> None:
    first = _ids(all_form)[0]
    target = tmp_path / "back.xlsx"
    fill(all_form, target, {first: {field: value, "progress": "x", "reported_on": date(2026, 5, 1)} | {field: value}})
    form = read_returned_form(target)
    assert [p.kind for p in form.problems] == []
    assert getattr(_row(form, first), field) == expected


def test_a_percentage_formatted_as_percent_is_read_as_percent(all_form: Path, tmp_path: Path) -> None:
    first = _ids(all_form)[0]
    book = load_workbook(all_form)
    ws = book.worksheets[0]
    cell = ws.cell(row=action_rows(all_form)[first], column=AT["percent"])
    cell.value, cell.number_format = 0.35, "0%"
    ws.cell(row=cell.row, column=AT["reported_on"]).value = date(2026, 5, 1)
    book.save(tmp_path / "back.xlsx")
    assert _row(read_returned_form(tmp_path / "back.xlsx"), first).percent == 35


@pytest.mark.parametrize(
    ("field", "value", "column", "header", "says"),
    [
        ("status", "完成了", "J", "完成状态", "完成状态“完成了”不在列表中"),
        ("percent", 150, "K", "完成进度（%）", "完成进度“150”不是 0 到 100 之间的数"),
        ("percent", -5, "K", "完成进度（%）", "完成进度“-5”"),
        ("percent", "大部分", "K", "完成进度（%）", "完成进度“大部分”"),
        ("reported_on", "昨天", "O", "填报日期", "填报日期“昨天”不是日期"),
        ("reported_on", "2026-02-30", "O", "填报日期", "填报日期“2026-02-30”不是日期"),
        ("reported_on", date(2062, 5, 1), "O", "填报日期", "填报日期“2062-05-01”晚于今天"),
    ],
)
def test_a_bad_value_is_named_by_file_sheet_row_and_column(
    all_form: Path, tmp_path: Path, field: str, value: object, column: str, header: str, says: str
) -> None:
    first = _ids(all_form)[0]
    target = tmp_path / "back.xlsx"
    fill(all_form, target, {first: {"progress": "有进展", "reported_on": date(2026, 5, 1)} | {field: value}})
    form = read_returned_form(target)
    row_number = action_rows(all_form)[first]
    [problem] = form.problems
    assert problem.kind is ProblemKind.BAD_VALUE
    assert (problem.where.file, problem.where.sheet, problem.where.row) == ("back.xlsx", "台账填报", row_number)
    assert (problem.where.column, problem.where.header) == (column, header)
    assert (
        problem.message.zh
        == f"文件 back.xlsx，工作表“台账填报”，第 {row_number} 行，{column} 列（{header}）："
        + (problem.message.zh.split("：", 1)[1])
    )
    assert says in problem.message.zh
    assert problem.message.en.startswith(f"File back.xlsx, sheet “台账填报”, row {row_number}, column {column}")
    assert _row(form, first).bad  # the row is not applied


def test_a_formula_without_a_saved_result_is_reported(all_form: Path, tmp_path: Path) -> None:
    first = _ids(all_form)[0]
    target = tmp_path / "back.xlsx"
    # openpyxl writes formulas without a result, as a program that never recalculates would.
    fill(all_form, target, {first: {"percent": "=20*2", "progress": "x", "reported_on": date(2026, 5, 1)}})
    form = read_returned_form(target)
    [problem] = form.problems
    assert problem.kind is ProblemKind.FORMULA_NO_VALUE
    assert problem.where.column == "K" and problem.where.row == action_rows(all_form)[first]
    assert "公式没有计算结果" in problem.message.zh
    assert _row(form, first).bad


def test_re_sorted_rows_are_matched_by_action_id(all_form: Path, tmp_path: Path) -> None:
    ids = _ids(all_form)
    filled = tmp_path / "filled.xlsx"
    fill(
        all_form,
        filled,
        {
            ids[0]: {"percent": 10, "reported_on": date(2026, 5, 1)},
            ids[-1]: {"percent": 90, "reported_on": date(2026, 5, 1)},
        },
    )
    book = load_workbook(filled)
    ws = book.worksheets[0]
    first, last = HEADER_ROW + 1, HEADER_ROW + len(ids)
    values = [[ws.cell(row=r, column=c).value for c in range(1, AT["id"] + 1)] for r in range(first, last + 1)]
    ws.protection.sheet = False  # a unit unprotects the sheet (no password) and sorts in reverse
    for offset, row_values in enumerate(reversed(values)):
        for column, value in enumerate(row_values, start=1):
            ws.cell(row=first + offset, column=column).value = value
    book.save(tmp_path / "sorted.xlsx")
    form = read_returned_form(tmp_path / "sorted.xlsx")
    assert form.problems == ()
    assert _row(form, ids[0]).percent == 10 and _row(form, ids[0]).where.row == last
    assert _row(form, ids[-1]).percent == 90 and _row(form, ids[-1]).where.row == first


def test_rows_the_unit_added_and_protected_cells_it_changed_are_reported(all_form: Path, tmp_path: Path) -> None:
    ids = _ids(all_form)
    book = load_workbook(all_form)
    ws = book.worksheets[0]
    rows = action_rows(all_form)
    old_title = ws.cell(row=rows[ids[1]], column=AT["title"]).value
    ws.cell(row=rows[ids[1]], column=AT["title"]).value = "改过的行动名称"
    ws.cell(row=rows[ids[1]], column=AT["percent"]).value = 50
    ws.cell(row=rows[ids[1]], column=AT["reported_on"]).value = date(2026, 5, 1)
    added = HEADER_ROW + len(ids) + 2
    ws.cell(row=added, column=AT["title"]).value = "新增的工作"
    ws.cell(row=added, column=AT["progress"]).value = "已完成一半"
    book.save(tmp_path / "back.xlsx")
    form = read_returned_form(tmp_path / "back.xlsx")
    kinds = {p.kind: p for p in form.problems}
    assert set(kinds) == {ProblemKind.PROTECTED_CHANGED, ProblemKind.ADDED_ROW}
    changed = kinds[ProblemKind.PROTECTED_CHANGED]
    assert (changed.where.row, changed.where.column, changed.action_id) == (rows[ids[1]], "B", ids[1])
    assert f"原为“{old_title}”，现为“改过的行动名称”" in changed.message.zh
    assert _row(form, ids[1]).protected_changed
    assert kinds[ProblemKind.ADDED_ROW].where.row == added
    assert "新增的工作" in kinds[ProblemKind.ADDED_ROW].message.zh


def test_no_date_takes_the_date_the_file_was_saved(all_form: Path, tmp_path: Path) -> None:
    first = _ids(all_form)[0]
    book = load_workbook(all_form)
    ws = book.worksheets[0]
    ws.cell(row=action_rows(all_form)[first], column=AT["progress"]).value = "有进展"
    target = tmp_path / "back.xlsx"
    book.save(target)
    saved = load_workbook(target).properties.modified  # what the saving program recorded
    form = read_returned_form(target)
    row = _row(form, first)
    assert row.date_assumed and row.reported_on == saved.date()
    assert [p.kind for p in form.problems] == [ProblemKind.MISSING_DATE]
