"""From a filled-in profile to an edited, exported plan without leaving the window: matches, plan, export, compare."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from python_calamine import CalamineWorkbook

from desktop.models.analysis import Analyzer
from desktop.models.profile import Profile
from desktop.models.store import ProfileStore, open_store
from desktop.models.vocabulary import Condition, Endowment
from desktop.models.workbook.action_sheet import LEAD, OWNER, PRIORITY, STATUS, TITLE
from desktop.views.main_window import EXPORT_FOLDER_KEY, MainWindow
from desktop.views.plan import PlanPage
from desktop.views.plan.table_model import Column
from desktop.views.results.kinds import MATCH_GROUPS
from desktop.views.results.page import MatchesPage
from desktop.views.results.ranking_model import ID_ROLE, SCORE_ROLE
from tests.helpers.widgets import Recorder
from tests.helpers.window import WindowFactory

EDIT = Qt.ItemDataRole.EditRole
HUBEI = "楚川科学城高新技术产业开发区"
PARK = "桐川县工业园区"
IUR_ALLIANCE = "rec.2.3/iur-alliance"  # proposed for the Hubei sample, and still after the edit below
CLUSTER_BODY = "rec.3.1/cluster-body"  # dropped once the zone says it has a cluster organisation


@pytest.fixture
def ids(store: ProfileStore, samples: dict[str, Profile]) -> dict[str, int]:
    """The samples stored; the Hubei zone sorts first, so the window opens it."""
    return {profile.name: store.create(profile) for profile in samples.values()}


def matches_of(window: MainWindow) -> MatchesPage:
    assert window.pages.matches is not None
    return window.pages.matches


def plan_of(window: MainWindow) -> PlanPage:
    assert window.pages.plan is not None
    return window.pages.plan


def shown_ranking(page: MatchesPage) -> list[list[tuple[str, float]]]:
    """Each group of the tree as the user reads it, top to bottom: (item ID, score)."""
    model = page.model
    groups = []
    for group_row in range(model.rowCount()):
        group = model.index(group_row, 0)
        rows = [model.index(row, 0, group) for row in range(model.rowCount(group))]
        groups.append([(index.data(ID_ROLE), index.siblingAtColumn(1).data(SCORE_ROLE)) for index in rows])
    return groups


def engine_ranking(analyzer: Analyzer, profile: Profile) -> list[list[tuple[str, float]]]:
    result = analyzer.analyse(profile).result
    return [[(match.id, match.score) for match in result.of_kind(kind)] for kind in MATCH_GROUPS]


def row_of(plan: PlanPage, action_id: str) -> int:
    return next(row for row, action in enumerate(plan.model.actions()) if action.id == action_id)


def cell(plan: PlanPage, row: int, column: Column) -> QModelIndex:
    return plan.model.index(row, column)


def click_profile(window: MainWindow, profile_id: int) -> None:
    """The user clicks a profile in the list."""
    model = window.panel.model
    window.panel.view.setCurrentIndex(window.panel.proxy.mapFromSource(model.index(model.row_of(profile_id))))


def press(window: MainWindow, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A key pressed on the keyboard: through the window system, where Qt matches shortcuts."""
    QTest.keyClick(window.windowHandle(), key, modifier)


def test_the_ranking_shown_is_the_engines_for_the_open_profile(
    make_window: WindowFactory, ids: dict[str, int], analyzer: Analyzer, store: ProfileStore
) -> None:
    window = make_window()
    assert window.current_id() == ids[HUBEI]
    window.editor.setCurrentWidget(window.pages.results_tab)

    shown = shown_ranking(matches_of(window))
    assert shown == engine_ranking(analyzer, store.load(ids[HUBEI]))
    assert all(shown)  # every group has matches
    assert HUBEI in matches_of(window).title.text()

    click_profile(window, ids[PARK])
    assert window.current_id() == ids[PARK]
    assert shown_ranking(matches_of(window)) == engine_ranking(analyzer, store.load(ids[PARK]))


def test_editing_an_endowment_re_ranks_while_the_user_works(
    qtbot: QtBot, make_window: WindowFactory, ids: dict[str, int], analyzer: Analyzer
) -> None:
    window = make_window()
    before = shown_ranking(matches_of(window))

    with qtbot.waitSignal(matches_of(window).analysisChanged, timeout=3000):
        window.editor.endowments.sliders[Endowment.RESEARCH_BASE].setValue(0)  # the user drags the slider

    edited = window.editor.profile()
    assert edited is not None and edited.endowment(Endowment.RESEARCH_BASE) == 0
    after = shown_ranking(matches_of(window))
    assert after == engine_ranking(analyzer, edited)
    assert after != before
    assert window.isWindowModified()  # not saved: the ranking follows the form, not the store


def test_an_invalid_form_asks_to_fix_the_profile_instead_of_showing_old_results(
    qtbot: QtBot, make_window: WindowFactory, ids: dict[str, int]
) -> None:
    window = make_window()
    window.editor.setCurrentWidget(window.pages.results_tab)
    plan_rows = plan_of(window).model.rowCount()

    window.editor.basic.name_edit.setText("")

    tab = window.pages.results_tab
    assert tab.showing_notice()
    assert "开发区名称" in tab.notice.text()
    assert matches_of(window).analysis() is None
    assert plan_of(window).model.rowCount() == plan_rows  # the plan is the user's work: it stays
    tab.button.click()
    assert window.editor.currentIndex() == 0  # taken to the field to fix
    assert window.focusWidget() is window.editor.basic.name_edit

    with qtbot.waitSignal(matches_of(window).analysisChanged, timeout=3000):
        window.editor.basic.name_edit.setText("楚川科学城")
    assert not tab.showing_notice()
    assert matches_of(window).analysis().profile.name == "楚川科学城"  # type: ignore[union-attr]


def test_a_new_profile_gets_the_proposed_plan_once_it_is_valid(
    qtbot: QtBot, make_window: WindowFactory, store: ProfileStore, samples: dict[str, Profile]
) -> None:
    window = make_window()
    window.commands.new.trigger()
    assert plan_of(window).plan() is None
    assert window.pages.results_tab.showing_notice()

    with qtbot.waitSignal(matches_of(window).analysisChanged, timeout=3000):
        window.editor.load_data(dict(_data_of(samples["county-park"], name="新建园区")), baseline=False)

    plan = plan_of(window)
    assert plan.model.rowCount() > 0
    plan.model.setData(cell(plan, 0, Column.OWNER), "赵敏", EDIT)
    assert window.commands.save.isEnabled()
    window.commands.save.trigger()
    new_id = store.find_id("新建园区")
    assert new_id is not None
    saved = store.load_plan(new_id)
    assert saved == plan.plan_data() and not plan.is_dirty()


def _data_of(profile: Profile, **changes: object) -> dict[str, object]:
    from desktop.models.profile_format import profile_to_data

    return {**profile_to_data(profile), **changes}


def test_a_plan_edit_is_saved_with_the_profile_and_is_there_after_a_restart(
    make_window: WindowFactory, ids: dict[str, int], store: ProfileStore, data_dir: Path
) -> None:
    window = make_window()
    plan = plan_of(window)
    assert not window.isWindowModified()
    versions = len(store.revisions(ids[HUBEI]))

    plan.model.setData(cell(plan, 0, Column.OWNER), "王强", EDIT)
    plan.model.setData(cell(plan, 1, Column.NOTES), "已列入年度重点工作", EDIT)

    assert window.isWindowModified()
    assert window.commands.save.isEnabled()
    assert window.state_label.text() == "有未保存的更改"
    window.commands.save.trigger()
    assert not window.isWindowModified() and not plan.is_dirty()
    assert "行动计划" in window.statusBar().currentMessage()
    revisions = store.revisions(ids[HUBEI])  # only the plan changed: a version of the same profile, with the plan
    assert len(revisions) == versions + 1 and revisions[0].has_plan
    assert store.load_revision(revisions[0].id) == store.load_revision(revisions[1].id)
    window.close()
    store.close()

    reopened, _ = open_store(data_dir, load_samples=False)
    try:
        again = make_window(reopened)
        assert again.current_id() == ids[HUBEI]
        plan = plan_of(again)
        assert cell(plan, 0, Column.OWNER).data() == "王强"
        assert cell(plan, 1, Column.NOTES).data() == "已列入年度重点工作"
        assert not again.isWindowModified()
    finally:
        again.close()
        reopened.close()


def test_profile_and_plan_are_saved_together(
    qtbot: QtBot, make_window: WindowFactory, ids: dict[str, int], store: ProfileStore
) -> None:
    window = make_window()
    plan = plan_of(window)
    window.editor.basic.city_edit.setText("随州市")
    plan.model.setData(cell(plan, 0, Column.OWNER), "李娜", EDIT)

    window.commands.save.trigger()

    assert store.load(ids[HUBEI]).city == "随州市"
    saved = store.load_plan(ids[HUBEI])
    assert saved is not None and saved == plan.plan_data()
    assert not window.isWindowModified()


def test_a_stored_plan_that_cannot_be_read_is_replaced_only_by_an_edited_one(
    make_window: WindowFactory, ids: dict[str, int], store: ProfileStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = {"format": "something else", "actions": []}
    store.save_plan(ids[HUBEI], broken)
    errors = Recorder()
    monkeypatch.setattr(PlanPage, "show_error", errors)

    window = make_window()

    assert len(errors.calls) == 1  # the user is told, and sees the proposals instead
    plan = plan_of(window)
    assert plan.model.rowCount() > 0
    window.editor.basic.city_edit.setText("随州市")
    window.commands.save.trigger()
    assert store.load_plan(ids[HUBEI]) == broken  # saving the profile alone leaves the stored plan for inspection
    plan.model.setData(cell(plan, 0, Column.OWNER), "李娜", EDIT)
    window.commands.save.trigger()
    assert store.load_plan(ids[HUBEI]) == plan.plan_data()


def test_regenerating_after_a_profile_change_keeps_the_users_edits(
    qtbot: QtBot, make_window: WindowFactory, ids: dict[str, int]
) -> None:
    window = make_window()
    plan = plan_of(window)
    plan.show_message = Recorder()  # type: ignore[method-assign]  # the report of what was added and dropped
    plan.model.setData(cell(plan, row_of(plan, IUR_ALLIANCE), Column.OWNER), "李娜", EDIT)
    assert plan.banner.isHidden()

    with qtbot.waitSignal(matches_of(window).analysisChanged, timeout=3000):
        window.editor.situation.set_condition(Condition.CLUSTER_ORGANIZATION, True)

    assert not plan.banner.isHidden()  # "the profile changed: regenerate?"
    assert CLUSTER_BODY in [a.id for a in plan.model.actions()]  # the plan never changes by itself
    plan.banner.regenerateRequested.emit()

    kept = plan.model.actions()[row_of(plan, IUR_ALLIANCE)]
    assert kept.owner == "李娜"
    assert CLUSTER_BODY not in [a.id for a in plan.model.actions()]
    assert len(plan.show_message.calls) == 1  # type: ignore[attr-defined]
    assert window.isWindowModified()


def test_ctrl_e_exports_the_workbook_of_the_plan_on_screen(
    qtbot: QtBot, make_window: WindowFactory, ids: dict[str, int], tmp_path: Path
) -> None:
    window = make_window()
    window.activateWindow()
    qtbot.waitActive(window)
    folder = tmp_path / "exports"
    folder.mkdir()
    window.settings.setValue(EXPORT_FOLDER_KEY, str(folder))
    plan = plan_of(window)
    plan.model.setData(cell(plan, 0, Column.OWNER), "王强", EDIT)
    plan.model.setData(cell(plan, 0, Column.TITLE), "设立生物医药产业引导基金（修订）", EDIT)
    plan.select_row(1)
    plan.move_selected(1)
    target = tmp_path / "计划.xlsx"
    plan.get_save_path = Recorder(target)  # type: ignore[method-assign]
    plan.ask_open_folder = Recorder(False)  # type: ignore[method-assign]

    with qtbot.waitSignal(plan.exported, timeout=10_000):
        press(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)

    ((suggested,),) = plan.get_save_path.calls  # type: ignore[attr-defined]
    assert suggested.parent == folder and suggested.name.startswith(f"{HUBEI}-")  # the remembered folder
    rows = CalamineWorkbook.from_path(str(target)).get_sheet_by_name("行动计划").to_python()
    table = [
        [cell(plan, row, column).data() for column in (Column.TITLE, Column.LEAD, Column.PRIORITY, Column.STATUS)]
        + [cell(plan, row, Column.OWNER).data() or ""]
        for row in range(plan.model.rowCount())
    ]
    sheet = [[row[c - 1] for c in (TITLE, LEAD, PRIORITY, STATUS, OWNER)] for row in rows[1 : len(table) + 1]]
    assert sheet == table
    assert not any(row[TITLE - 1] for row in rows[len(table) + 1 :])  # no action the table does not show
    assert window.settings.value(EXPORT_FOLDER_KEY) == str(tmp_path)
    status = window.statusBar().currentMessage()
    assert str(target) in status and "尚未保存" in status  # unsaved edits went out as shown, and it says so
    assert plan.is_dirty() and window.isWindowModified()  # exporting is not saving


def test_export_catches_up_with_an_edit_made_during_the_matching_pause(
    make_window: WindowFactory, ids: dict[str, int], tmp_path: Path
) -> None:
    window = make_window()
    plan = plan_of(window)
    window.editor.basic.name_edit.setText("楚川科学城")  # exported at once, before the re-match has run
    plan.get_save_path = Recorder(tmp_path / "out.xlsx")  # type: ignore[method-assign]
    plan.ask_open_folder = Recorder(False)  # type: ignore[method-assign]

    assert window.export_workbook() == tmp_path / "out.xlsx"

    assert plan.get_save_path.calls[0][0].name.startswith("楚川科学城-")  # type: ignore[attr-defined]
    assert (tmp_path / "out.xlsx").is_file()


def test_a_failed_export_shows_the_error_and_loses_nothing(
    make_window: WindowFactory, ids: dict[str, int], tmp_path: Path, store: ProfileStore
) -> None:
    window = make_window()
    plan = plan_of(window)
    plan.model.setData(cell(plan, 0, Column.NOTES), "未保存的修改", EDIT)
    window.editor.basic.city_edit.setText("黄冈市")
    before_plan, before_form = plan.plan_data(), window.editor.current_data()
    blocked = tmp_path / "looks-like-a-file.xlsx"
    blocked.mkdir()  # a folder where the workbook should go: the write fails
    plan.get_save_path = Recorder(blocked)  # type: ignore[method-assign]
    plan.show_error = Recorder()  # type: ignore[method-assign]

    assert window.export_workbook() is None

    ((message,),) = plan.show_error.calls  # type: ignore[attr-defined]
    assert message
    assert plan.plan_data() == before_plan and window.editor.current_data() == before_form
    assert window.isWindowModified() and window.commands.save.isEnabled()
    assert blocked.is_dir()
    assert window.settings.value(EXPORT_FOLDER_KEY) is None
    assert store.load(ids[HUBEI]).city == "武汉市"  # nothing was saved behind the user's back either


def test_export_of_an_invalid_form_explains_instead(make_window: WindowFactory, ids: dict[str, int]) -> None:
    window = make_window()
    window.editor.basic.name_edit.setText("")
    window.show_error = Recorder()  # type: ignore[method-assign]
    plan_of(window).get_save_path = Recorder(None)  # type: ignore[method-assign]

    assert window.export_workbook() is None

    assert len(window.show_error.calls) == 1  # type: ignore[attr-defined]
    assert plan_of(window).get_save_path.calls == []  # type: ignore[attr-defined]
    assert "name" in window.editor.visible_errors()


def test_the_plan_pages_own_export_button_goes_through_the_window(
    make_window: WindowFactory, ids: dict[str, int]
) -> None:
    window = make_window()
    window.editor.basic.name_edit.setText("")  # the window's own check before an export (a valid form)
    window.show_error = Recorder()  # type: ignore[method-assign]
    plan_of(window).get_save_path = Recorder(None)  # type: ignore[method-assign]
    plan_of(window).export_button.click()
    assert len(window.show_error.calls) == 1  # type: ignore[attr-defined]  # what Ctrl+E says, too
    assert plan_of(window).get_save_path.calls == []  # type: ignore[attr-defined]


@pytest.mark.parametrize("answer", ["cancel", "discard", "save"])
def test_plan_edits_make_the_window_dirty_and_are_asked_about_on_switch(
    make_window: WindowFactory, ids: dict[str, int], store: ProfileStore, answer: str
) -> None:
    window = make_window()
    plan = plan_of(window)
    plan.model.setData(cell(plan, 0, Column.OWNER), "张伟", EDIT)
    assert window.isWindowModified() and window.commands.save.isEnabled()
    window.ask_save_discard_cancel = Recorder(answer)  # type: ignore[method-assign]

    click_profile(window, ids[PARK])

    assert window.ask_save_discard_cancel.calls == [(HUBEI,)]  # type: ignore[attr-defined]
    saved = store.load_plan(ids[HUBEI])
    if answer == "cancel":
        assert window.current_id() == ids[HUBEI]
        assert cell(plan_of(window), 0, Column.OWNER).data() == "张伟"  # nothing is lost
        assert window.isWindowModified()
        assert saved is None
    else:
        assert window.current_id() == ids[PARK]
        assert not window.isWindowModified()
        owners = [action["owner"] for action in (saved or {}).get("actions", [])]  # type: ignore[union-attr]
        assert ("张伟" in owners) is (answer == "save")


def test_closing_with_only_plan_edits_asks(make_window: WindowFactory, ids: dict[str, int]) -> None:
    window = make_window()
    plan = plan_of(window)
    plan.model.setData(cell(plan, 0, Column.OWNER), "张伟", EDIT)
    window.ask_save_discard_cancel = Recorder("cancel")  # type: ignore[method-assign]
    assert not window.close()
    assert window.ask_save_discard_cancel.calls == [(HUBEI,)]  # type: ignore[attr-defined]


def test_the_compare_tab_shows_the_chosen_profiles_and_follows_saves(
    make_window: WindowFactory, ids: dict[str, int]
) -> None:
    window = make_window()
    window.editor.setCurrentWidget(window.pages.compare_tab)  # built when first opened
    compare = window.pages.compare()
    assert compare is not None and window.pages.compare_tab.page is compare

    compare.choose([ids[HUBEI], ids[PARK]])

    model = compare.table_model
    names = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert names == [HUBEI, PARK]
    assert [series.name for series in compare.radar.series()] == [HUBEI, PARK]

    window.editor.basic.name_edit.setText("楚川科学城")
    window.commands.save.trigger()  # a rename by saving: the comparison re-reads the saved profiles
    names = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert names == ["楚川科学城", PARK]
    window.confirm_delete = Recorder(True)  # type: ignore[method-assign]
    window.delete_profile()
    assert compare.chosen() == [ids[PARK]]


def test_the_knowledge_tab_is_a_read_only_browser(make_window: WindowFactory, ids: dict[str, int]) -> None:
    window = make_window()
    window.editor.setCurrentWidget(window.pages.knowledge_tab)
    knowledge = window.pages.knowledge()
    assert knowledge is not None
    knowledge.set_query("硅谷")
    assert knowledge.selected_key() == "item:case.silicon-valley"
    assert not window.isWindowModified()


def test_switching_language_keeps_the_analysis_the_selection_and_plan_edits(
    qtbot: QtBot, make_window: WindowFactory, ids: dict[str, int]
) -> None:
    window = make_window()
    window.editor.setCurrentWidget(window.pages.knowledge_tab)
    window.pages.knowledge().set_query("硅谷")  # type: ignore[union-attr]
    window.editor.setCurrentWidget(window.pages.compare_tab)
    window.pages.compare().choose([ids[HUBEI], ids[PARK]])  # type: ignore[union-attr]
    window.editor.setCurrentWidget(window.pages.results_tab)
    matches = matches_of(window)
    analysis = matches.analysis()
    assert matches.select(IUR_ALLIANCE.split("/")[0])
    plan = plan_of(window)
    plan.model.setData(cell(plan, 0, Column.OWNER), "王强", EDIT)

    window.set_language("en")

    rebuilt = matches_of(window)
    assert rebuilt is matches and window.pages.results_tab.page is matches  # every page follows the language in place
    assert str(rebuilt.model.index(3, 0).data()).startswith("Recommendations for China")
    assert rebuilt.analysis() is analysis
    assert rebuilt.selected_id() == IUR_ALLIANCE.split("/")[0]
    assert rebuilt.title.text() == f"Benchmarking results for {HUBEI}"
    # The score column holds similarities (cases) and relevances (the rest).
    assert rebuilt.model.headerData(1, Qt.Orientation.Horizontal) == "Similarity / relevance"
    assert window.editor.tabText(window.editor.indexOf(window.pages.plan_tab)) == "Plan"
    assert plan_of(window) is plan and plan.is_dirty()  # the plan follows the language itself, edits and all
    assert cell(plan, 0, Column.OWNER).data() == "王强"
    assert window.pages.compare().chosen() == [ids[HUBEI], ids[PARK]]  # type: ignore[union-attr]
    assert window.pages.knowledge().selected_key() == "item:case.silicon-valley"  # type: ignore[union-attr]
    assert window.pages.knowledge().search.text() == "硅谷"  # type: ignore[union-attr]


def test_without_a_knowledge_base_profiles_still_work_and_the_tabs_say_why(
    make_window: WindowFactory, ids: dict[str, int]
) -> None:
    window = make_window(analyzer=None)
    assert window.pages.plan is None and window.pages.matches is None
    assert "知识库" in window.pages.results_tab.notice.text()
    assert not window.commands.export_plan.isEnabled()
    window.editor.basic.city_edit.setText("随州市")
    assert window.commands.save.isEnabled()
    assert window.save()
