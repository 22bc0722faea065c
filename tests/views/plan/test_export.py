"""Export writes the workbook of exactly what the table shows; a failed export says why and loses nothing."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from python_calamine import CalamineWorkbook

from desktop.models.analysis import Analysis
from desktop.models.errors import ExportError
from desktop.models.knowledge.types import KnowledgeBase
from desktop.models.text import Text
from desktop.views.plan import PlanPage
from desktop.views.plan.table_model import Column
from tests.helpers.plan_page import Interactions, make_page

EDIT = Qt.ItemDataRole.EditRole


def _action_rows(path: Path) -> list[list[object]]:
    workbook = CalamineWorkbook.from_path(str(path))
    return workbook.get_sheet_by_name("行动计划").to_python()


def test_export_writes_the_rows_of_the_table(
    qtbot: QtBot, tmp_path: Path, page: PlanPage, analysis: Analysis, asked: Interactions
) -> None:
    page.set_analysis(analysis)
    page.model.setData(page.model.index(0, Column.TITLE), "设立生物医药产业引导基金（修订）", EDIT)
    page.model.setData(page.model.index(0, Column.OWNER), "王强", EDIT)
    page.select_row(1)
    page.move_selected(1)
    asked.save_path = tmp_path / "out" / "计划.xlsx"
    asked.save_path.parent.mkdir()
    asked.open_folder_answer = True

    with qtbot.waitSignal(page.exported) as signal:
        written = page.export_workbook()

    assert written == asked.save_path == signal.args[0]
    assert asked.suggested[0].name == "楚川科学城高新技术产业开发区-行动计划-20250615.xlsx"
    assert asked.opened == [asked.save_path.parent]
    rows = _action_rows(written)
    table_titles = [page.model.index(r, Column.TITLE).data() for r in range(page.model.rowCount())]
    sheet_titles = [row[1] for row in rows if row and row[1] in set(table_titles)]
    assert sheet_titles == table_titles
    owner_row = next(row for row in rows if row[1] == table_titles[0])
    assert "王强" in owner_row
    assert page.model.index(0, Column.LEAD).data() in owner_row
    assert not asked.errors
    assert page.export_folder == asked.save_path.parent


def test_the_next_export_proposes_the_last_folder(
    tmp_path: Path, page: PlanPage, analysis: Analysis, asked: Interactions
) -> None:
    page.set_analysis(analysis)
    asked.save_path = tmp_path / "first.xlsx"
    page.export_workbook()
    asked.save_path = None  # the user cancels the second time: nothing is written, nothing is said
    assert page.export_workbook() is None
    assert asked.suggested[1].parent == tmp_path
    assert not asked.errors


def test_a_target_that_is_a_folder_shows_an_error_and_keeps_the_plan(
    tmp_path: Path, page: PlanPage, analysis: Analysis, asked: Interactions
) -> None:
    page.set_analysis(analysis)
    page.model.setData(page.model.index(0, Column.NOTES), "未保存的修改", EDIT)
    before = page.plan_data()
    folder = tmp_path / "looks-like-a-file.xlsx"
    folder.mkdir()
    asked.save_path = folder

    assert page.export_workbook() is None

    assert len(asked.errors) == 1 and asked.errors[0]
    assert page.plan_data() == before
    assert page.is_dirty()
    assert folder.is_dir()


def test_a_file_that_cannot_be_replaced_is_left_as_it_was(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, page: PlanPage, analysis: Analysis, asked: Interactions
) -> None:
    target = tmp_path / "plan.xlsx"
    target.write_bytes(b"the workbook exported last week")
    page.set_analysis(analysis)
    before = page.plan_data()
    asked.save_path = target

    def locked(source: object, destination: object) -> None:
        raise PermissionError(13, "Permission denied", str(destination))  # what Windows says while Excel has it open

    monkeypatch.setattr(os, "replace", locked)  # the real writer runs; only the last step, replacing the file, fails
    written = page.export_workbook()
    monkeypatch.undo()

    assert written is None
    assert len(asked.errors) == 1 and str(target) in asked.errors[0]
    assert target.read_bytes() == b"the workbook exported last week"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.xlsx"]  # no half-written file left beside it
    assert page.plan_data() == before


def test_an_export_error_shows_the_domain_message(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, page: PlanPage, analysis: Analysis, asked: Interactions
) -> None:
    import desktop.models.workbook.writer as writer

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise ExportError(Text("文件正被 Excel 打开，无法写入。", "The file is open in Excel."))

    monkeypatch.setattr(writer, "write_workbook", refuse)
    page.set_analysis(analysis)
    asked.save_path = tmp_path / "plan.xlsx"

    assert page.export_workbook() is None

    assert asked.errors == ["文件正被 Excel 打开，无法写入。"]


def test_an_unexpected_failure_is_reported_and_keeps_the_plan(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, page: PlanPage, analysis: Analysis, asked: Interactions
) -> None:
    import desktop.models.workbook.writer as writer

    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("chart anchor out of range")

    monkeypatch.setattr(writer, "write_workbook", broken)
    page.set_analysis(analysis)
    page.model.setData(page.model.index(0, Column.NOTES), "未保存的修改", EDIT)
    before = page.plan_data()
    asked.save_path = tmp_path / "plan.xlsx"
    asked.open_folder_answer = True

    assert page.export_workbook() is None

    assert len(asked.errors) == 1
    assert "工作簿未写入" in asked.errors[0] and "原有文件未改动" in asked.errors[0]
    assert "chart anchor out of range" in asked.errors[0]  # the reason, for whoever helps the user
    assert asked.opened == [] and page.export_folder is None
    assert page.plan_data() == before and page.is_dirty()


def test_the_window_and_the_workbook_name_the_columns_alike(
    qtbot: QtBot, tmp_path: Path, kb: KnowledgeBase, analysis: Analysis, asked: Interactions, page: PlanPage
) -> None:
    english = make_page(qtbot, kb, "en", asked)
    for shown, sheet in ((page, "行动计划"), (english, "Action plan")):
        shown.set_analysis(analysis)
        asked.save_path = tmp_path / f"{sheet}.xlsx"
        written = shown.export_workbook()
        assert written is not None
        workbook_headers = CalamineWorkbook.from_path(str(written)).get_sheet_by_name(sheet).to_python()[0]
        window_headers = [shown.model.headerData(c, Qt.Orientation.Horizontal) for c in Column]
        # Start and end are two columns in the window and one "planned dates" column in the workbook.
        both = [h for c, h in zip(Column, window_headers, strict=True) if c not in (Column.START, Column.END)]
        assert both and all(header in workbook_headers for header in both), (both, workbook_headers)


def test_nothing_to_export_without_a_plan(page: PlanPage, asked: Interactions) -> None:
    assert not page.export_button.isEnabled()
    assert page.export_workbook() is None
    assert asked.errors and not asked.suggested


def test_the_export_button_asks_for_the_one_export_command(
    qtbot: QtBot, page: PlanPage, analysis: Analysis, asked: Interactions
) -> None:
    page.set_analysis(analysis)
    with qtbot.waitSignal(page.exportRequested, timeout=1000):  # the window answers it, as it answers Ctrl+E
        page.export_button.click()
    assert asked.suggested == []  # the page itself asks nothing: the window checks the form and the plan first
