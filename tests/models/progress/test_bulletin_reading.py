"""The 进展通报 as the office director reads it before sending it out (found in acceptance of #15.5): an overdue task
nobody reported on says so, task titles with their own commas stay apart, next steps follow the table's units."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import docx
import openpyxl

from desktop.models.bulletin_export import write_bulletin
from desktop.models.plan.plan import ActionPlan
from desktop.models.plan.types import Status
from desktop.models.progress.periods import Period
from desktop.models.report.bulletin import BulletinInputs
from desktop.models.text import Text
from tests.helpers.progress_plan import FINANCE, LAND, SCIENCE, report
from tests.helpers.workbook_inputs import make_action

NAMES = {FINANCE: "财政金融局", SCIENCE: "科技创新局", LAND: "自然资源和规划局"}
PERIOD = Period(date(2027, 4, 1), date(2027, 6, 30))


def _plan() -> ActionPlan:
    plan = ActionPlan(
        [
            # science leads first in the plan, but its task with next steps comes after finance's
            make_action(1, id="s1", lead=SCIENCE, title=Text("引进人才，破除壁垒", "Bring in people, lift barriers")),
            make_action(2, id="f1", lead=FINANCE, title=Text("设立基金，撬动资本", "Set up a fund, draw capital")),
            make_action(3, id="s2", lead=SCIENCE),
            # past its time limit and nobody ever reported on it
            make_action(4, id="l1", lead=LAND, end=date(2027, 5, 31), status=Status.NOT_STARTED),
        ]
    )
    plan.add_report("s1", report(date(2027, 5, 2), SCIENCE, status=Status.DONE, percent=100))
    plan.add_report("f1", report(date(2027, 6, 2), FINANCE, status=Status.DONE, percent=100, next_steps="验收"))
    plan.add_report("s2", report(date(2027, 6, 3), SCIENCE, status=Status.IN_PROGRESS, next_steps="签约"))
    return plan


def _inputs() -> BulletinInputs:
    return BulletinInputs(_plan(), PERIOD, "楚川高新区", lambda unit: NAMES[unit], "zh", "楚川高新区管委会")


def _lines(path: Path) -> list[str]:
    return [p.text for p in docx.Document(str(path)).paragraphs if p.text.strip()]


def test_an_overdue_task_nobody_reported_on_says_no_return_came_not_zero_percent(tmp_path: Path) -> None:
    target = tmp_path / "通报.docx"
    write_bulletin(target, _inputs())
    late = next(line for line in _lines(target) if line.startswith("（1）"))
    assert "自然资源和规划局" in late and "尚未报送进展" in late
    assert "未说明" not in late and "0%" not in late


def test_the_sheet_names_an_overdue_task_without_a_return_the_same_way(tmp_path: Path) -> None:
    target = tmp_path / "通报.xlsx"
    write_bulletin(target, _inputs())
    sheet = openpyxl.load_workbook(target).active
    texts = [str(cell.value) for row in sheet.iter_rows() for cell in row if cell.value is not None]
    assert "尚未报送进展" in texts and "未说明" not in texts


def test_finished_task_titles_with_their_own_commas_are_quoted_apart(tmp_path: Path) -> None:
    target = tmp_path / "通报.docx"
    write_bulletin(target, _inputs())
    text = "".join(_lines(target))
    assert "本期新完成任务2项：“引进人才，破除壁垒”、“设立基金，撬动资本”。" in text


def test_next_steps_follow_the_units_in_the_order_of_the_table(tmp_path: Path) -> None:
    target = tmp_path / "通报.docx"
    write_bulletin(target, _inputs())
    lines = _lines(target)
    units = [line.split("：")[0] for line in lines if line.startswith(("科技创新局：", "财政金融局："))]
    assert units == ["科技创新局", "财政金融局"]


def _display_width(text: str) -> int:
    """Columns a text takes in a spreadsheet cell: a Chinese character about two."""
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)


def test_the_sheets_time_limit_fits_its_column_on_one_line_in_either_language(tmp_path: Path) -> None:
    for lang, limit in (("zh", "2027年5月31日"), ("en", "31 May 2027")):
        target = tmp_path / f"通报-{lang}.xlsx"
        inputs = BulletinInputs(_plan(), PERIOD, "楚川高新区", lambda unit: NAMES[unit], lang, "楚川高新区管委会")
        write_bulletin(target, inputs)
        sheet = openpyxl.load_workbook(target).active
        cell = next(cell for row in sheet.iter_rows() for cell in row if cell.value == limit)
        width = sheet.column_dimensions[cell.column_letter].width
        assert width >= _display_width(limit) + 1, (lang, width)


def test_the_sheets_dates_and_percentages_are_centred_like_the_unit_tables_numbers(tmp_path: Path) -> None:
    target = tmp_path / "通报.xlsx"
    plan = _plan()
    plan.update("s2", end=date(2027, 6, 1))  # overdue with a percentage reported
    plan.add_report("s2", report(date(2027, 6, 20), SCIENCE, status=Status.IN_PROGRESS, percent=40))
    write_bulletin(target, BulletinInputs(plan, PERIOD, "楚川高新区", lambda unit: NAMES[unit], "zh", "管委会"))
    sheet = openpyxl.load_workbook(target).active
    for value in ("2027年6月1日", "40%", "2027年5月31日"):
        cell = next(cell for row in sheet.iter_rows() for cell in row if cell.value == value)
        assert cell.alignment.horizontal == "center", value


def test_the_sheet_is_signed_like_the_word_bulletin_issuer_then_date(tmp_path: Path) -> None:
    target = tmp_path / "通报.xlsx"
    inputs = BulletinInputs(
        _plan(), PERIOD, "楚川高新区", lambda unit: NAMES[unit], "zh", "楚川高新区管委会", date(2027, 7, 5)
    )
    write_bulletin(target, inputs)
    sheet = openpyxl.load_workbook(target).active
    texts = [str(cell.value) for row in sheet.iter_rows() for cell in row if cell.value is not None]
    assert texts[-2:] == ["楚川高新区管委会", "2027年7月5日"]
