"""The plan table: what it shows, and every way of editing it changes the plan."""

from __future__ import annotations

import html
from datetime import date

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from desktop.models.analysis import Analysis
from desktop.models.knowledge.types import KnowledgeBase
from desktop.models.plan.types import Action, Priority, Status
from desktop.views.plan import PlanPage
from desktop.views.plan.date_field import DateField
from desktop.views.plan.department_pickers import LeadPicker, PartnersPicker
from desktop.views.plan.table_model import Column
from tests.helpers.plan_page import Interactions

EDIT = Qt.ItemDataRole.EditRole
DISPLAY = Qt.ItemDataRole.DisplayRole


def _cell(page: PlanPage, row: int, column: Column) -> QModelIndex:
    return page.model.index(row, column)


def _action(page: PlanPage, row: int) -> Action:
    plan = page.plan()
    assert plan is not None
    return plan.actions[row]


def test_table_shows_the_proposed_actions(page: PlanPage, analysis: Analysis, kb: KnowledgeBase) -> None:
    page.set_analysis(analysis)

    assert page.model.rowCount() == len(analysis.actions) > 0
    for row, action in enumerate(analysis.actions):
        assert _cell(page, row, Column.NUMBER).data() == str(row + 1)
        assert _cell(page, row, Column.TITLE).data() == action.title.zh
        # The basis by its title, as an official reads it; its ID only in the tooltip.
        assert _cell(page, row, Column.BASIS).data() == kb.items[action.basis].title.zh
        assert action.basis in _cell(page, row, Column.BASIS).data(Qt.ItemDataRole.ToolTipRole)
        assert _cell(page, row, Column.LEAD).data() == kb.departments[action.lead].name.zh
    first = analysis.actions[0]
    partners = _cell(page, 0, Column.PARTNERS).data()
    assert all(kb.departments[p].name.zh in partners for p in first.partners)
    assert _cell(page, 0, Column.STATUS).data() == "未开始"
    assert page.is_dirty() is False  # the proposal is where a plan starts, not an unsaved edit


def test_set_data_edits_the_plan(qtbot: QtBot, page: PlanPage, analysis: Analysis) -> None:
    page.set_analysis(analysis)
    with qtbot.waitSignal(page.planEdited):
        assert page.model.setData(_cell(page, 1, Column.STATUS), "in_progress", EDIT)
    page.model.setData(_cell(page, 1, Column.OWNER), "张伟", EDIT)
    page.model.setData(_cell(page, 1, Column.END), date(2026, 3, 31), EDIT)
    page.model.setData(_cell(page, 1, Column.TITLE), "  建立生物医药产学研联盟  ", EDIT)

    action = _action(page, 1)
    assert action.status is Status.IN_PROGRESS
    assert action.owner == "张伟"
    assert action.end == date(2026, 3, 31)
    assert action.title.zh == "建立生物医药产学研联盟"
    assert _cell(page, 1, Column.STATUS).data() == "进行中"
    assert _cell(page, 1, Column.END).data() == "2026-03-31"
    assert page.is_dirty()


def test_an_empty_title_is_refused_with_a_reason(page: PlanPage, analysis: Analysis) -> None:
    page.set_analysis(analysis)
    before = _action(page, 0).title

    assert page.model.setData(_cell(page, 0, Column.TITLE), "   ", EDIT) is False

    assert _action(page, 0).title == before
    assert page.notice.isVisibleTo(page) and page.notice.text()


def test_choice_editor_opened_in_the_table_commits_the_choice(qtbot: QtBot, page: PlanPage, analysis: Analysis) -> None:
    page.set_analysis(analysis)
    index = _cell(page, 0, Column.PRIORITY)
    page.table.setCurrentIndex(index)
    page.table.edit(index)
    combo = page.table.viewport().findChild(QComboBox)
    assert combo is not None
    assert [combo.itemText(i) for i in range(combo.count())] == ["高", "中", "低"]

    row = combo.findData("low")
    combo.setCurrentIndex(row)
    combo.activated.emit(row)

    assert _action(page, 0).priority is Priority.LOW
    qtbot.waitUntil(lambda: page.table.viewport().findChild(QComboBox) is None)  # the editor closed


def test_date_editor_sets_and_clears_a_date(page: PlanPage, analysis: Analysis) -> None:
    page.set_analysis(analysis)
    index = _cell(page, 2, Column.START)
    delegate = page.table.itemDelegateForColumn(Column.START)
    editor = delegate.createEditor(page.table.viewport(), QStyleOptionViewItem(), index)
    assert isinstance(editor, DateField)

    editor.set_text("2025/9/1")
    delegate.setModelData(editor, page.model, index)
    assert _action(page, 2).start == date(2025, 9, 1)

    delegate.setEditorData(editor, index)
    assert editor.text() == "2025-09-01"
    editor.set_text("")
    delegate.setModelData(editor, page.model, index)
    assert _action(page, 2).start is None

    editor.set_text("2025-13-45")  # not a date: the cell keeps what it had
    delegate.setModelData(editor, page.model, index)
    assert _action(page, 2).start is None
    editor.deleteLater()


def test_lead_and_partner_choosers_list_the_catalogue_by_group(
    page: PlanPage, analysis: Analysis, kb: KnowledgeBase
) -> None:
    page.set_analysis(analysis)
    lead_index = _cell(page, 0, Column.LEAD)
    lead_delegate = page.table.itemDelegateForColumn(Column.LEAD)
    lead = lead_delegate.createEditor(page.table.viewport(), QStyleOptionViewItem(), lead_index)
    assert isinstance(lead, LeadPicker)
    texts = [lead.itemText(i).strip() for i in range(lead.count())]
    assert {"本区机构", "上级及相关部门", "外部合作方"} <= set(texts)
    assert texts.index("本区机构") < texts.index("上级及相关部门") < texts.index("外部合作方")

    lead_delegate.setEditorData(lead, lead_index)
    assert lead.department_id() == analysis.actions[0].lead
    lead.set_department_id("partner.university")
    lead_delegate.setModelData(lead, page.model, lead_index)
    assert _action(page, 0).lead == "partner.university"
    assert lead_index.data() == kb.departments["partner.university"].name.zh

    partners_index = _cell(page, 0, Column.PARTNERS)
    partners_delegate = page.table.itemDelegateForColumn(Column.PARTNERS)
    partners = partners_delegate.createEditor(page.table.viewport(), QStyleOptionViewItem(), partners_index)
    assert isinstance(partners, PartnersPicker)
    partners_delegate.setEditorData(partners, partners_index)
    # The picker lists the ticked units in catalogue order, the action in its template's order: the same units.
    assert sorted(partners.department_ids()) == sorted(analysis.actions[0].partners)
    partners.set_department_ids([])
    finance_row = partners.findData("committee.finance", Qt.ItemDataRole.UserRole + 1)
    partners.toggle_row(finance_row)
    partners.toggle_row(partners.findData("gov.development-reform", Qt.ItemDataRole.UserRole + 1))
    partners_delegate.setModelData(partners, page.model, partners_index)
    assert _action(page, 0).partners == ("committee.finance", "gov.development-reform")
    lead.deleteLater()
    partners.deleteLater()


def test_the_model_passes_the_model_tester(qtmodeltester, page: PlanPage, analysis: Analysis) -> None:  # type: ignore[no-untyped-def]
    page.set_analysis(analysis)
    page.model.setData(_cell(page, 0, Column.END), date(2020, 1, 1), EDIT)  # overdue: exercises the colours
    qtmodeltester.check(page.model, force_py=True)


def test_detail_panel_edits_title_description_and_kpi(page: PlanPage, analysis: Analysis) -> None:
    page.set_analysis(analysis)
    page.select_row(3)
    first = analysis.actions[3]
    assert page.details.title_edit.text() == first.title.zh
    assert first.why.zh  # the action says why it is proposed, and the panel shows it
    assert first.why.zh in html.unescape(page.details.why_label.text())
    assert page.details.kpi_edit.toPlainText() == first.kpi.zh

    page.details.title_edit.selectAll()
    page.details.title_edit.insert("组建集群促进机构")
    page.details.description_edit.setPlainText("第一步：调研。\n第二步：挂牌。")
    page.details.kpi_edit.setPlainText("2026年底前挂牌运行")

    action = _action(page, 3)
    assert action.title.zh == "组建集群促进机构"
    assert action.description.zh == "第一步：调研。\n第二步：挂牌。"
    assert action.kpi.zh == "2026年底前挂牌运行"
    assert _cell(page, 3, Column.TITLE).data() == "组建集群促进机构"


# Showing a window (so the table has keyboard focus for the shortcut) makes the offscreen platform say what it
# cannot do.
@pytest.mark.qt_log_ignore("This plugin does not support")
def test_add_move_and_remove_with_confirmation(
    qtbot: QtBot, page: PlanPage, analysis: Analysis, asked: Interactions
) -> None:
    page.set_analysis(analysis)
    count = page.model.rowCount()

    page.add_action()
    assert page.model.rowCount() == count + 1
    added = _action(page, count)
    assert added.user_added and added.title.zh == "新行动"
    qtbot.keyClick(page.table.focusWidget() or page.table, Qt.Key.Key_Escape)

    page.select_row(count)
    page.move_selected(-1)
    assert _action(page, count - 1).id == added.id
    assert page.selected_action() == _action(page, count - 1)
    assert _cell(page, count - 1, Column.NUMBER).data() == str(count)

    page.select_row(0)
    first_id = _action(page, 0).id
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus)
    qtbot.keyClick(page.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert _action(page, 1).id == first_id

    asked.confirm = False
    page.select_row(count - 1)
    page.remove_selected()
    assert page.model.rowCount() == count + 1
    assert "新行动" in asked.confirmations[-1]

    asked.confirm = True
    page.remove_selected()
    assert page.model.rowCount() == count
    assert added.id not in {a.id for a in page.plan().actions}  # type: ignore[union-attr]


@pytest.mark.qt_log_ignore("This plugin does not support")  # pop-up lists on the offscreen platform
def test_partner_list_opened_in_the_table_commits_when_it_closes(
    qtbot: QtBot, page: PlanPage, analysis: Analysis
) -> None:
    page.set_analysis(analysis)
    page.table.set_visible_columns([*page.table.visible_columns(), Column.PARTNERS])  # shown from the header's menu
    page.show()
    qtbot.waitExposed(page)
    index = _cell(page, 0, Column.PARTNERS)
    page.table.setCurrentIndex(index)
    page.table.edit(index)
    picker = page.table.viewport().findChild(PartnersPicker)
    assert picker is not None
    qtbot.waitUntil(picker.view().isVisible)  # the list opens by itself

    row = picker.findData("partner.university", Qt.ItemDataRole.UserRole + 1)
    was_partner = "partner.university" in analysis.actions[0].partners
    picker.toggle_row(row)
    assert picker.view().isVisible()  # ticking does not close the list
    picker.hidePopup()

    assert ("partner.university" in _action(page, 0).partners) is not was_partner
    qtbot.waitUntil(lambda: page.table.viewport().findChild(PartnersPicker) is None)


def test_an_unreadable_saved_plan_is_reported_and_the_proposals_shown(
    page: PlanPage, analysis: Analysis, asked: Interactions
) -> None:
    page.load_plan({"format": "zoneplanner-plan", "version": 99, "actions": []}, analysis)

    assert len(asked.errors) == 1 and "99" in asked.errors[0]
    assert [a.id for a in page.plan().actions] == [a.id for a in analysis.actions]  # type: ignore[union-attr]
    assert not page.is_dirty()  # nothing is saved over the stored data unless the user edits


def test_headers_tips_and_editing_follow_the_plan_s_column_spec(page: PlanPage, analysis: Analysis) -> None:
    # The window reads its column words, tips and edit rights from the one spec the workbook also reads.
    from desktop.models.plan.columns import COLUMNS, PlanColumn

    page.set_analysis(analysis)
    model = page.model
    for column in Column:
        spec = COLUMNS[PlanColumn[column.name]]
        assert model.headerData(column, Qt.Orientation.Horizontal) == spec.label.zh
        tip = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        assert tip == (spec.tip.zh if spec.tip else None)
        editable = bool(model.flags(_cell(page, 0, column)) & Qt.ItemFlag.ItemIsEditable)
        assert editable is spec.editable, column
    assert model.headerData(Column.LEAD, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole).startswith("牵头")
    page.set_language("en")
    assert model.headerData(Column.LEAD, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == (
        "The one unit that leads (the “1” of “1+N”)"
    )
