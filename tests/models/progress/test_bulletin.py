"""The 进展通报 as a reader sees it: Word in 公文 layout and the workbook sheet, in Chinese and English."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from pathlib import Path

import docx
import openpyxl
import pytest

from desktop.models.bulletin_export import write_bulletin
from desktop.models.errors import ExportError
from desktop.models.plan.plan import ActionPlan
from desktop.models.plan.types import Status
from desktop.models.progress.periods import Period
from desktop.models.report.bulletin import BulletinInputs
from desktop.models.text import Lang
from tests.helpers.progress_plan import FINANCE, LAND, SCIENCE, TODAY

NAMES = {FINANCE: "财政金融局", SCIENCE: "科技创新局", LAND: "自然资源和规划局"}
QUARTER = Period(date(2027, 4, 1), TODAY)


def _inputs(plan: ActionPlan, lang: Lang = "zh", period: Period = QUARTER) -> BulletinInputs:
    return BulletinInputs(
        plan, period, "楚川高新区", lambda unit: NAMES[unit], lang, "楚川高新区管委会", date(2027, 7, 5)
    )


def _read(path: Path) -> tuple[list[str], list[list[list[str]]]]:
    document = docx.Document(str(path))
    lines = [p.text for p in document.paragraphs if p.text.strip()]
    tables = [[[cell.text for cell in row.cells] for row in table.rows] for table in document.tables]
    return lines, tables


def test_the_word_bulletin_reports_overview_units_overdue_items_and_next_steps(
    plan: ActionPlan, tmp_path: Path
) -> None:
    target = tmp_path / "通报.docx"
    write_bulletin(target, _inputs(plan))
    lines, tables = _read(target)
    assert lines[:3] == ["楚川高新区产业集群培育行动方案", "实施进展通报", "（2027年4月1日—2027年6月30日）"]
    headings = [line for line in lines if re.match(r"^[一二三四]、", line)]
    assert headings == ["一、总体进展", "二、各单位推进情况", "三、逾期事项", "四、下步工作"]
    overview = "".join(lines)
    assert "已完成1项，进行中2项，未开始1项，完成率25%" in overview
    assert "本期共收到2个牵头单位报送的进展4条" in overview and "本期新完成任务1项：“设立集群创投基金1”" in overview
    (units,) = tables
    assert units[0][1:4] == ["牵头单位", "牵头任务", "已完成"]
    assert units[1][1:] == ["财政金融局", "2", "1", "1", "50%", "70%", "3"]
    late = next(line for line in lines if line.startswith("（1）"))
    assert "设立集群创投基金2" in late and "2027年4月30日" in late and "40%" in late and "用地指标未落实" in late
    assert "财政金融局：设立集群创投基金2——7月底前完成用地报批。" in lines
    assert lines[-2:] == ["楚川高新区管委会", "2027年7月5日"]


def test_a_period_without_late_tasks_or_returns_says_so(plan: ActionPlan, tmp_path: Path) -> None:
    plan.update("b", status=Status.DONE.value)
    target = tmp_path / "通报.docx"
    write_bulletin(target, _inputs(plan, period=Period(date(2027, 1, 1), date(2027, 3, 31))))
    lines, _ = _read(target)
    assert "本期无逾期任务。" in lines and "本期各单位未报送下步计划。" in lines
    assert any("本期未收到任何单位报送的进展" in line for line in lines)


def test_the_english_bulletin_has_no_chinese_of_its_own(plan: ActionPlan, tmp_path: Path) -> None:
    target = tmp_path / "bulletin.docx"
    english = replace(_inputs(plan, "en"), zone="Chuchuan Hi-tech Zone", issuer="Office")
    write_bulletin(target, replace(english, unit_name=lambda unit: unit))
    lines, tables = _read(target)
    text = "\n".join(lines + [cell for table in tables for row in table for cell in row])
    assert "I. Overall progress" in lines and "IV. Next steps" in lines
    assert "(1 April 2027 – 30 June 2027)" in lines
    assert not re.search(
        r"[\u4e00-\u9fff]",
        text.replace("设立集群创投基金", "").replace("用地指标未落实", "").replace("7月底前完成用地报批", ""),
    )


def test_the_workbook_bulletin_holds_the_same_content_on_one_sheet(plan: ActionPlan, tmp_path: Path) -> None:
    target = tmp_path / "通报.xlsx"
    write_bulletin(target, _inputs(plan))
    workbook = openpyxl.load_workbook(target)
    assert workbook.sheetnames == ["进展通报"]
    values = [str(c) for row in workbook.active.iter_rows(values_only=True) for c in row if c is not None]
    assert values[0] == "楚川高新区产业集群培育行动方案实施进展通报"
    assert {"一、总体进展", "二、各单位推进情况", "三、逾期事项", "四、下步工作"} <= set(values)
    assert "用地指标未落实" in values and "财政金融局" in values


def test_a_file_that_is_neither_word_nor_a_workbook_is_refused_naming_it(plan: ActionPlan, tmp_path: Path) -> None:
    target = tmp_path / "通报.pdf"
    with pytest.raises(ExportError, match=r"通报\.pdf"):
        write_bulletin(target, _inputs(plan))
    assert not target.exists()


def test_a_units_own_words_are_printed_as_typed_never_run(plan: ActionPlan, tmp_path: Path) -> None:
    hostile = '=HYPERLINK("http://x","点我")\x07<b>粗体</b>'
    plan.add_report("b", replace(plan.latest_report("b"), reported_on=date(2027, 6, 20), problems=hostile))  # type: ignore[type-var]
    sheet = tmp_path / "通报.xlsx"
    write_bulletin(sheet, _inputs(plan))
    cells = [c for row in openpyxl.load_workbook(sheet).active.iter_rows() for c in row if c.value is not None]
    problem = next(c for c in cells if "HYPERLINK" in str(c.value))
    assert problem.data_type == "s" and str(problem.value).startswith("=HYPERLINK")  # text, not a formula
    word = tmp_path / "通报.docx"
    write_bulletin(word, _inputs(plan))
    lines, _ = _read(word)
    late = next(line for line in lines if line.startswith("（1）"))
    assert "<b>粗体</b>" in late and "\x07" not in late


def test_a_folder_that_does_not_exist_is_named_and_nothing_is_written(plan: ActionPlan, tmp_path: Path) -> None:
    target = tmp_path / "没有的文件夹" / "通报.docx"
    with pytest.raises(ExportError, match="没有的文件夹"):
        write_bulletin(target, _inputs(plan))
    assert not target.parent.exists()
