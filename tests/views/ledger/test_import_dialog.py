"""导入台账 in the window: every change is shown before anything is applied; apply writes once, cancel nothing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import load_workbook
from pytestqt.qtbot import QtBot

from desktop.models.ledger.layout import AT
from desktop.models.ledger.types import CellRef, FieldChange, ImportPreview, Issue, IssueKind, Proposal
from desktop.models.plan.plan import ActionPlan
from desktop.models.plan.progress import ProgressReport
from desktop.models.plan.types import Status
from desktop.models.profile import Profile
from desktop.models.store import ProfileStore
from desktop.models.text import Text
from desktop.views.ledger.import_dialog import ImportDialog
from desktop.views.main_window import MainWindow
from tests.helpers.widgets import Recorder
from tests.helpers.window import WindowFactory

TODAY = date(2026, 6, 15)


def _preview() -> ImportPreview:
    where = CellRef("财政局.xlsx", "台账填报", 5)
    change = FieldChange(
        "status", Text("完成状态", "Status"), Text("未开始", "Not started"), Text("进行中", "In progress")
    )
    report = ProgressReport(date(2026, 6, 10), "committee.finance", "张三", Status.IN_PROGRESS, 30)
    proposals = (
        Proposal("a#1", "a", Text("设立基金", "Set up a fund"), report, where, (change,)),
        Proposal(
            "a#2",
            "a",
            Text("设立基金", "Set up a fund"),
            report,
            CellRef("旧表.xlsx", "台账填报", 5),
            (),
            proposed=False,
            notes=(Text("早于已应用的报送", "older than a return already applied"),),
        ),
    )
    issue = Issue(IssueKind.BAD_VALUE, Text("文件 坏.xlsx，第 7 行，L 列：完成进度“150”无效", "bad 150"))
    return ImportPreview("楚川", 1, 3, proposals, (issue,), ("财政局.xlsx", "旧表.xlsx", "坏.xlsx"))


def _tree_texts(dialog: ImportDialog) -> list[str]:
    found: list[str] = []
    tree = dialog.changes
    stack = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    while stack:
        item = stack.pop(0)
        if item is None:
            continue
        found.append(" | ".join(item.text(c) for c in range(3)).strip(" |"))
        stack[:0] = [item.child(i) for i in range(item.childCount())]
    return found


def test_the_dialog_lists_each_change_and_each_issue_and_ticks_only_the_proposed(qtbot: QtBot) -> None:
    dialog = ImportDialog(_preview(), "zh")
    qtbot.addWidget(dialog)
    lines = _tree_texts(dialog)
    assert lines[0] == "设立基金"
    assert "完成状态 | 未开始 | 进行中" in lines
    assert any(line.startswith("⚠ 早于已应用的报送") for line in lines)
    assert [dialog.issues.item(i).text() for i in range(dialog.issues.count())] == [
        "文件 坏.xlsx，第 7 行，L 列：完成进度“150”无效"
    ]
    assert dialog.accepted_keys() == {"a#1"}
    dialog.set_checked("a#1", False)
    assert not dialog.apply_button.isEnabled()
    dialog.set_checked("a#2", True)
    assert dialog.accepted_keys() == {"a#2"} and dialog.apply_button.isEnabled()


def _fill(form: Path, target: Path, action_id: str) -> None:
    """What the unit does: 进行中, 40 %, a problem, signed and dated."""
    book = load_workbook(form)
    sheet = book.worksheets[0]
    row = next(r for r in range(1, sheet.max_row + 1) if sheet.cell(row=r, column=AT["id"]).value == action_id)
    for field, value in (
        ("status", "进行中"),
        ("percent", 40),
        ("progress", "已完成选址"),
        ("problems", "用地指标未落实"),
        ("reporter", "李四"),
        ("reported_on", date(2026, 6, 10)),
    ):
        sheet.cell(row=row, column=AT[field]).value = value
    book.save(target)


def _window_with_forms(
    make_window: WindowFactory, store: ProfileStore, profile: Profile, folder: Path
) -> tuple[MainWindow, Path, str]:
    store.create(profile)  # no plan saved yet: exporting the forms saves the generated one first
    window = make_window()
    page = window.pages.plan
    assert page is not None
    page.today = lambda: TODAY  # type: ignore[method-assign]
    window.ledger.ask_forms_by_unit = Recorder(False)  # type: ignore[method-assign]
    window.ledger.get_forms_folder = Recorder(folder)  # type: ignore[method-assign]
    window.ledger.show_information = Recorder()  # type: ignore[method-assign]
    result = window.ledger.export_forms()
    assert result is not None and result.saved_plan and len(result.paths) == 1
    action_id = window.pages.plan.plan().actions[0].id  # type: ignore[union-attr]
    returned = folder / "returned.xlsx"
    _fill(result.paths[0], returned, action_id)
    window.ledger.get_return_files = Recorder([returned])  # type: ignore[method-assign]
    return window, returned, action_id


def _stored(store: ProfileStore, name: str) -> tuple[ActionPlan, int]:
    profile_id = store.find_id(name)
    assert profile_id is not None
    data = store.load_plan(profile_id)
    assert data is not None
    return ActionPlan.from_data(data), store.load_versioned(profile_id)[1]


def test_cancel_applies_nothing_and_accept_applies_the_return_in_one_step(
    make_window: WindowFactory, store: ProfileStore, samples: dict[str, Profile], tmp_path: Path
) -> None:
    profile = samples["county-park"]
    window, _returned, action_id = _window_with_forms(make_window, store, profile, tmp_path)
    before = _stored(store, profile.name)
    shown: list[list[str]] = []

    def look_then(answer: bool):  # type: ignore[no-untyped-def]
        def ask(preview: ImportPreview) -> frozenset[str] | None:
            dialog = ImportDialog(preview, "zh", window)
            shown.append(_tree_texts(dialog))
            keys = dialog.accepted_keys()
            dialog.deleteLater()
            return keys if answer else None

        return ask

    window.ledger.ask_import = look_then(False)  # type: ignore[method-assign]
    assert window.ledger.import_returns() is None
    assert "完成状态 | 未开始 | 进行中" in shown[0] and "完成进度（%） | — | 40" in shown[0]
    assert _stored(store, profile.name) == before  # cancel: the store is as it was
    assert window.pages.plan.plan().reports(action_id) == ()  # type: ignore[union-attr]

    window.ledger.ask_import = look_then(True)  # type: ignore[method-assign]
    result = window.ledger.import_returns()
    assert result is not None and len(result.applied) == 1
    plan, version = _stored(store, profile.name)
    assert version == before[1] + 1  # one save
    (report,) = plan.reports(action_id)
    assert (report.status, report.percent, report.problems) == (Status.IN_PROGRESS, 40, "用地指标未落实")
    shown_plan = window.pages.plan.plan()  # type: ignore[union-attr]
    assert shown_plan is not None and shown_plan.get(action_id).status is Status.IN_PROGRESS
    assert not window.isWindowModified()  # the window shows what is stored


def test_unsaved_changes_are_saved_first_or_nothing_happens(
    make_window: WindowFactory, store: ProfileStore, samples: dict[str, Profile], tmp_path: Path
) -> None:
    profile = samples["county-park"]
    window, _returned, _action_id = _window_with_forms(make_window, store, profile, tmp_path)
    page = window.pages.plan
    assert page is not None
    page.model.update(page.plan().actions[1].id, notes="待办")  # type: ignore[union-attr]
    assert window.isWindowModified()
    window.ledger.ask_save_first = Recorder(False)  # type: ignore[method-assign]
    window.ledger.ask_import = Recorder(None)  # type: ignore[method-assign]
    assert window.ledger.import_returns() is None
    assert window.ledger.ask_import.calls == []  # type: ignore[attr-defined]
    assert window.isWindowModified()  # the edit is still there, unsaved


def test_a_save_made_elsewhere_meanwhile_is_a_conflict_and_nothing_is_applied(
    make_window: WindowFactory, store: ProfileStore, samples: dict[str, Profile], tmp_path: Path
) -> None:
    profile = samples["county-park"]
    window, _returned, action_id = _window_with_forms(make_window, store, profile, tmp_path)
    plan, version = _stored(store, profile.name)
    profile_id = store.find_id(profile.name)
    assert profile_id is not None

    def someone_saves(preview: ImportPreview) -> frozenset[str]:
        store.save_plan(
            profile_id, plan.to_data(), expected_version=version
        )  # another office, while the dialog is open
        return preview.default_keys()

    window.ledger.ask_import = someone_saves  # type: ignore[method-assign]
    errors = Recorder()
    window.show_error = errors  # type: ignore[method-assign]
    assert window.ledger.import_returns() is None
    assert errors.calls and errors.calls[0][0] == "没有应用任何内容。"
    after, _ = _stored(store, profile.name)
    assert after.reports(action_id) == ()


def test_a_file_that_is_not_a_form_is_listed_and_nothing_can_be_applied(
    make_window: WindowFactory, store: ProfileStore, samples: dict[str, Profile], tmp_path: Path
) -> None:
    profile = samples["county-park"]
    window, _returned, _action_id = _window_with_forms(make_window, store, profile, tmp_path)
    junk = tmp_path / "财政局回复.xlsx"
    junk.write_text("not a workbook", encoding="utf-8")
    window.ledger.get_return_files = Recorder([junk])  # type: ignore[method-assign]
    before = _stored(store, profile.name)
    seen: list[ImportDialog] = []

    def look(preview: ImportPreview) -> frozenset[str] | None:
        dialog = ImportDialog(preview, "zh", window)
        seen.append(dialog)
        return None

    window.ledger.ask_import = look  # type: ignore[method-assign]
    assert window.ledger.import_returns() is None
    (dialog,) = seen
    issues = [dialog.issues.item(i).text() for i in range(dialog.issues.count())]
    assert len(issues) == 1 and "财政局回复.xlsx" in issues[0]
    assert not dialog.apply_button.isEnabled() and dialog.changes.topLevelItemCount() == 0
    assert _stored(store, profile.name) == before


def test_forms_per_unit_are_written_from_the_saved_plan(
    make_window: WindowFactory, store: ProfileStore, samples: dict[str, Profile], tmp_path: Path
) -> None:
    profile = samples["county-park"]
    store.create(profile)
    window = make_window()
    window.ledger.ask_forms_by_unit = Recorder(True)  # type: ignore[method-assign]
    window.ledger.get_forms_folder = Recorder(tmp_path)  # type: ignore[method-assign]
    told = Recorder()
    window.ledger.show_information = told  # type: ignore[method-assign]
    result = window.ledger.export_forms()
    assert result is not None
    leads = {a.lead for a in window.pages.plan.plan().actions}  # type: ignore[union-attr]
    assert len(result.paths) == len(leads) and all(path.parent == tmp_path for path in result.paths)
    assert str(tmp_path) in str(told.calls[0][0]) and f"{len(leads)} 份" in str(told.calls[0][0])
    assert store.load_plan(store.find_id(profile.name)) is not None  # type: ignore[arg-type]
    assert not window.isWindowModified()


def test_the_returns_are_looked_for_where_the_forms_went(
    make_window: WindowFactory, store: ProfileStore, samples: dict[str, Profile], tmp_path: Path
) -> None:
    profile = samples["county-park"]
    window, _returned, _action_id = _window_with_forms(make_window, store, profile, tmp_path)
    asked = Recorder([])
    window.ledger.get_return_files = asked  # type: ignore[method-assign]
    assert window.ledger.import_returns() is None  # nothing chosen: nothing happens
    assert asked.calls == [(tmp_path,)]
