"""本区机构 (#13.1): looking at the zone's units changes nothing; ticking, renaming, adding and regrouping write the
zone's list (format v2 ``units``) with each unit's group."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QTableWidget
from pytestqt.qtbot import QtBot

from desktop.models.profile import Profile, Unit
from desktop.models.profile_format import read_profile
from desktop.resources import resource_path
from desktop.views.editor.editor import ProfileEditor
from desktop.views.i18n import Language

NAME, GROUP = 1, 2


@pytest.fixture
def sample() -> Profile:
    return read_profile(resource_path("samples", "county-park.json"))


@pytest.fixture
def editor(qtbot: QtBot, language: Language, sample: Profile) -> ProfileEditor:
    widget = ProfileEditor(language)
    qtbot.addWidget(widget)
    widget.load(sample)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def table_of(editor: ProfileEditor) -> QTableWidget:
    editor.setCurrentWidget(editor.units)
    table = editor.units.findChild(QTableWidget, "unitsTable")
    assert table is not None
    return table


def names(table: QTableWidget) -> list[str]:
    return [table.item(row, NAME).text() for row in range(table.rowCount())]  # type: ignore[union-attr]


def test_looking_at_the_units_changes_nothing(editor: ProfileEditor, sample: Profile) -> None:
    table = table_of(editor)
    assert sample.units is None and "经济发展局" in names(table)
    science = names(table).index("科技创新局")
    item = table.item(science, 0)
    assert item is not None and item.checkState() == Qt.CheckState.Unchecked  # a county park has no science bureau
    assert not editor.is_dirty()
    assert "units" not in editor.current_data()


def test_adding_and_regrouping_a_unit_of_the_zone_own_writes_its_group(qtbot: QtBot, editor: ProfileEditor) -> None:
    table = table_of(editor)
    editor.units.add_button.click()  # "添加本区机构": a new row to type the name into
    row = table.currentRow()
    table.item(row, NAME).setText("市生态环境局园区分局")  # type: ignore[union-attr]
    combo = table.cellWidget(row, GROUP)
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData("government"))
    qtbot.waitUntil(lambda: names(table).index("市生态环境局园区分局") > names(table).index("发展和改革委员会"))

    profile = editor.profile()
    assert profile is not None and profile.units is not None
    assert Unit("市生态环境局园区分局", None, "government") in profile.units
    assert "committee.science-innovation" not in {u.role for u in profile.units}  # the default set, written down
    assert editor.is_dirty()


def test_a_unit_of_the_zone_own_can_be_removed(editor: ProfileEditor) -> None:
    editor.units.add_own_unit("汽车产业链办")
    table = table_of(editor)
    table.setCurrentCell(names(table).index("汽车产业链办"), NAME)
    assert editor.units.remove_button.isEnabled()
    editor.units.remove_button.click()
    assert "汽车产业链办" not in names(table)
    table.setCurrentCell(names(table).index("经济发展局"), NAME)
    assert not editor.units.remove_button.isEnabled()  # a catalogue unit is unticked, not removed


def test_a_catalogue_that_cannot_be_read_leaves_the_list_as_loaded(qtbot: QtBot, language: Language) -> None:
    from desktop.models.errors import KnowledgeErrors
    from desktop.models.text import Text
    from desktop.views.editor.units_page import UnitsPage

    def broken() -> dict[str, object]:
        raise KnowledgeErrors([Text("departments.toml 无法读取", "departments.toml cannot be read")])

    page = UnitsPage(language, catalogue=broken)  # type: ignore[arg-type]
    qtbot.addWidget(page)
    listed = [{"role": None, "name": "汽车产业链办", "group": "committee"}]
    page.load_data({"units": listed})
    page.show()
    qtbot.waitExposed(page)
    page.add_own_unit("开发投资公司")

    assert "departments.toml" in page.unavailable.text() and page.unavailable.isVisible()
    data: dict[str, object] = {}
    page.write_data(data)
    assert data["units"] == listed  # nothing lost, nothing half-built
