"""The zone's own units in the window (#13.1): the 本区机构 tab edits the list, the plan's pickers offer exactly it
(grouped internal / higher-level / partners), a name typed in a picker joins the list and is saved, and the zone's
names reach the table and the exported workbook."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QPushButton, QTableWidget, QTableWidgetItem
from pytestqt.qtbot import QtBot
from python_calamine import CalamineWorkbook

from desktop.models.plan.plan import ActionPlan
from desktop.models.profile import Profile, Unit
from desktop.models.store import ProfileStore
from desktop.views.main_window import MainWindow
from desktop.views.plan import PlanPage
from desktop.views.plan.table_model import Column
from tests.helpers.widgets import Recorder
from tests.helpers.window import WindowFactory

SAMPLE = "petrochem-coastal"
POPUPS = pytest.mark.qt_log_ignore("This plugin does not support")  # pop-up lists on the offscreen platform


def opened(make_window: WindowFactory, store: ProfileStore, profile: Profile) -> tuple[MainWindow, PlanPage, int]:
    profile_id = store.create(profile)
    window = make_window()
    window.open_profile(profile_id)
    assert window.pages.plan is not None
    return window, window.pages.plan, profile_id


def units_table(window: MainWindow) -> QTableWidget:
    window.editor.setCurrentWidget(window.editor.units)  # the page is built from the catalogue when first shown
    table = window.editor.units.findChild(QTableWidget, "unitsTable")
    assert table is not None
    return table


def name_item(table: QTableWidget, name: str) -> QTableWidgetItem:
    items = [table.item(row, 1) for row in range(table.rowCount())]
    found = [item for item in items if item is not None and item.text() == name]
    assert found, f"{name} is not in the units table"
    return found[0]


def lead_offers(qtbot: QtBot, plan: PlanPage, row: int = 0) -> tuple[QComboBox, list[str]]:
    """Open the lead picker of a row as a double-click would; its list as the user reads it."""
    window = plan.window()
    assert isinstance(window, MainWindow)
    window.editor.setCurrentWidget(window.pages.plan_tab)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # editors closed earlier are gone
    plan.table.setFocus()
    plan.table.edit(plan.model.index(row, Column.LEAD))
    picker = plan.table.findChild(QComboBox, "leadPicker")
    assert picker is not None
    qtbot.waitUntil(picker.isVisible)
    return picker, [picker.itemText(i) for i in range(picker.count())]


@POPUPS
def test_a_name_typed_as_lead_becomes_the_lead_joins_the_zone_units_and_is_saved(
    qtbot: QtBot, make_window: WindowFactory, store: ProfileStore, samples: dict[str, Profile]
) -> None:
    window, plan, profile_id = opened(make_window, store, samples[SAMPLE])
    picker, offered = lead_offers(qtbot, plan)
    assert "汽车产业链办" not in offered
    picker.hidePopup()
    line = picker.lineEdit()
    line.selectAll()
    line.insert("汽车产业链办")  # as an input method types it (QTest types ASCII only)
    QTest.keyClick(line, Qt.Key.Key_Return)

    assert plan.model.index(0, Column.LEAD).data() == "汽车产业链办"
    name_item(units_table(window), "汽车产业链办")  # the zone's units list gained it, as a unit of its own
    window.commands.save.trigger()

    assert Unit("汽车产业链办", None, "committee") in (store.load(profile_id).units or ())
    stored = store.load_plan(profile_id)
    assert stored is not None and ActionPlan.from_data(stored).actions[0].lead == "汽车产业链办"
    window.open_profile(profile_id)
    assert plan.model.index(0, Column.LEAD).data() == "汽车产业链办"
    _picker, offered = lead_offers(qtbot, plan, row=1)
    assert "汽车产业链办" in offered  # offered to every action from now on


@POPUPS
def test_a_renamed_catalogue_unit_shows_its_new_name_in_the_plan_and_the_workbook(
    qtbot: QtBot, make_window: WindowFactory, store: ProfileStore, samples: dict[str, Profile], tmp_path: Path
) -> None:
    window, plan, _id = opened(make_window, store, samples[SAMPLE])
    leads = [plan.model.index(r, Column.LEAD).data() for r in range(plan.model.rowCount())]
    assert "经济发展局" in leads
    with qtbot.waitSignal(window.pages.matches.analysisChanged, timeout=5000):  # type: ignore[union-attr]
        name_item(units_table(window), "经济发展局").setText("产业发展局")

    leads = [plan.model.index(r, Column.LEAD).data() for r in range(plan.model.rowCount())]
    assert "产业发展局" in leads and "经济发展局" not in leads
    target = tmp_path / "计划.xlsx"
    plan.get_save_path = Recorder(target)  # type: ignore[method-assign]
    plan.ask_open_folder = Recorder(False)  # type: ignore[method-assign]
    window.ask_update_plan = Recorder("as_is")  # type: ignore[method-assign]
    assert window.export_workbook() == target
    cells = [
        str(c) for row in CalamineWorkbook.from_path(str(target)).get_sheet_by_name("行动计划").to_python() for c in row
    ]
    assert any("产业发展局" in c for c in cells) and not any("经济发展局" in c for c in cells)


@POPUPS
def test_a_unit_marked_not_present_is_not_offered_and_city_departments_are(
    qtbot: QtBot, make_window: WindowFactory, store: ProfileStore, samples: dict[str, Profile]
) -> None:
    window, plan, _id = opened(make_window, store, samples[SAMPLE])
    _picker, offered = lead_offers(qtbot, plan)
    assert "科技创新局" in offered
    assert {"商务局", "住房和城乡建设局", "海关", "应急管理局", "生态环境分局"} <= set(offered)
    # Internal units first, then the departments whose support the zone asks for, then outside partners.
    assert offered.index("本区机构") < offered.index("经济发展局") < offered.index("上级及相关部门")
    assert offered.index("上级及相关部门") < offered.index("海关") < offered.index("外部合作方")
    plan.table.closePersistentEditor(plan.model.index(0, Column.LEAD))
    _picker.hidePopup()

    item = units_table(window).item(name_item(units_table(window), "科技创新局").row(), 0)
    assert item is not None
    with qtbot.waitSignal(window.pages.matches.analysisChanged, timeout=5000):  # type: ignore[union-attr]
        item.setCheckState(Qt.CheckState.Unchecked)

    _picker, offered = lead_offers(qtbot, plan)
    assert "科技创新局" not in offered
    leads = {plan.model.index(r, Column.LEAD).data() for r in range(plan.model.rowCount())}
    assert "科技创新局" not in leads  # the proposals no longer task a bureau the zone does not have


@POPUPS
def test_a_partner_added_by_name_joins_the_zone_units(
    qtbot: QtBot, make_window: WindowFactory, store: ProfileStore, samples: dict[str, Profile]
) -> None:
    window, plan, profile_id = opened(make_window, store, samples[SAMPLE])
    plan.select_row(0)
    picker = plan.details.partners_field.picker
    picker.ask_name = lambda: "开发投资公司"  # type: ignore[method-assign]
    picker.showPopup()
    picker.toggle_row(picker.count() - 1)  # the last row: "Add a unit…"

    assert "开发投资公司" in plan.model.index(0, Column.PARTNERS).data()
    name_item(units_table(window), "开发投资公司")
    window.commands.save.trigger()
    assert Unit("开发投资公司", None, "committee") in (store.load(profile_id).units or ())
    stored = store.load_plan(profile_id)
    assert stored is not None and "开发投资公司" in ActionPlan.from_data(stored).actions[0].partners


@POPUPS
def test_the_units_tab_and_pickers_speak_english(
    qtbot: QtBot, make_window: WindowFactory, store: ProfileStore, samples: dict[str, Profile]
) -> None:
    window, plan, _id = opened(make_window, store, samples[SAMPLE])
    window.language.set("en")
    table = units_table(window)
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]  # type: ignore[union-attr]
    assert headers == ["In the zone", "Name used in the zone", "Type", "Standard unit"]
    # What an official reads on the buttons and beside a unit the zone added itself, in each language.
    add, remove = (window.editor.units.findChild(QPushButton, n) for n in ("addUnitButton", "removeUnitButton"))
    assert add is not None and remove is not None
    assert (add.text(), remove.text()) == ("Add the zone's own unit", "Remove unit")
    window.language.set("zh")
    assert (add.text(), remove.text()) == ("添加本区自设机构", "删除机构")
    assert table.horizontalHeaderItem(1).text() == "本区叫法"  # type: ignore[union-attr]
    window.language.set("en")
    _picker, offered = lead_offers(qtbot, plan)
    assert {"The zone's own units", "Higher-level departments", "Customs", "Commerce Bureau"} <= set(offered)


@POPUPS
def test_renaming_a_unit_of_the_zone_own_renames_it_in_the_plan(
    qtbot: QtBot, make_window: WindowFactory, store: ProfileStore, samples: dict[str, Profile]
) -> None:
    profile = samples[SAMPLE].with_changes(units=None)
    window, plan, profile_id = opened(make_window, store, profile)
    plan.add_zone_unit("汽车产业链办")
    plan.model.setData(plan.model.index(0, Column.LEAD), "汽车产业链办", Qt.ItemDataRole.EditRole)
    assert plan.model.index(0, Column.LEAD).data() == "汽车产业链办"

    name_item(units_table(window), "汽车产业链办").setText("汽车零部件产业链办公室")

    assert plan.model.index(0, Column.LEAD).data() == "汽车零部件产业链办公室"
    window.commands.save.trigger()
    stored = store.load_plan(profile_id)
    assert stored is not None and ActionPlan.from_data(stored).actions[0].lead == "汽车零部件产业链办公室"
    assert "汽车零部件产业链办公室" in {u.name for u in store.load(profile_id).units or ()}


@POPUPS
def test_a_partner_named_in_the_table_cell_joins_the_zone_units(
    qtbot: QtBot, make_window: WindowFactory, store: ProfileStore, samples: dict[str, Profile]
) -> None:
    window, plan, _id = opened(make_window, store, samples[SAMPLE])
    window.editor.setCurrentWidget(window.pages.plan_tab)
    plan.table.setFocus()
    plan.table.edit(plan.model.index(2, Column.PARTNERS))
    picker = plan.table.findChild(QComboBox, "partnersPicker")
    assert picker is not None
    qtbot.waitUntil(picker.isVisible)
    picker.ask_name = lambda: "市海事局"  # type: ignore[attr-defined]
    picker.toggle_row(picker.count() - 1)  # type: ignore[attr-defined]  # "Add a unit…"

    assert "市海事局" in plan.model.index(2, Column.PARTNERS).data()
    name_item(units_table(window), "市海事局")


@POPUPS
def test_typing_a_unit_the_zone_had_marked_absent_takes_it_back(
    qtbot: QtBot, make_window: WindowFactory, store: ProfileStore, samples: dict[str, Profile]
) -> None:
    window, plan, profile_id = opened(make_window, store, samples[SAMPLE])
    table = units_table(window)
    check = table.item(name_item(table, "海关").row(), 0)
    assert check is not None
    with qtbot.waitSignal(window.pages.matches.analysisChanged, timeout=5000):  # type: ignore[union-attr]
        check.setCheckState(Qt.CheckState.Unchecked)
    picker, offered = lead_offers(qtbot, plan)
    assert "海关" not in offered
    picker.hidePopup()
    picker.lineEdit().selectAll()
    picker.lineEdit().insert("海关")
    QTest.keyClick(picker.lineEdit(), Qt.Key.Key_Return)

    assert plan.model.index(0, Column.LEAD).data() == "海关"
    check = table.item(name_item(table, "海关").row(), 0)  # the table was refilled
    assert check is not None and check.checkState() == Qt.CheckState.Checked  # ticked again, not added as its own
    assert [n for n in [table.item(r, 1).text() for r in range(table.rowCount())] if n == "海关"] == ["海关"]  # type: ignore[union-attr]
    window.commands.save.trigger()
    stored = store.load_plan(profile_id)
    assert stored is not None and ActionPlan.from_data(stored).actions[0].lead == "gov.customs"


@POPUPS
def test_a_lead_typed_in_the_detail_panel_becomes_the_lead_and_a_unit_of_the_zone(
    qtbot: QtBot, make_window: WindowFactory, store: ProfileStore, samples: dict[str, Profile]
) -> None:
    window, plan, _id = opened(make_window, store, samples[SAMPLE])
    window.editor.setCurrentWidget(window.pages.plan_tab)
    plan.select_row(1)
    line = plan.details.lead_field.picker.lineEdit()
    line.setFocus()
    line.selectAll()
    line.insert("开发投资公司")
    QTest.keyClick(line, Qt.Key.Key_Return)

    assert plan.model.index(1, Column.LEAD).data() == "开发投资公司"
    name_item(units_table(window), "开发投资公司")
    picker = plan.details.lead_field.picker
    assert "开发投资公司" in [picker.itemText(i) for i in range(picker.count())]  # offered from now on
