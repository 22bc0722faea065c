"""An action added by hand (#13.2) is asked for in full — lead, partners, KPI — and keeps them after save and reopen."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from desktop.models.plan.plan import ActionPlan
from desktop.models.profile import Profile
from desktop.models.store import ProfileStore
from desktop.views.plan import PlanPage
from desktop.views.plan.add_action_dialog import AddActionDialog
from desktop.views.plan.department_pickers import PartnersPicker
from desktop.views.plan.table_model import Column
from tests.helpers.widgets import CJK, visible_texts
from tests.helpers.window import WindowFactory

POPUPS = pytest.mark.qt_log_ignore("This plugin does not support")  # pop-up lists on the offscreen platform
TITLE = "建设汽车零部件检测中心"
KPI = "2027年底前检测中心投入运营，年服务企业不少于100家"


def tick(picker: PartnersPicker, name: str) -> None:
    """Tick a unit in the open list, as a click on its row does."""
    row = picker.findText(name)
    assert row >= 0, f"{name} is not offered"
    picker.toggle_row(row)


def fill_and_accept(dialog: AddActionDialog) -> bool:
    dialog.title_edit.setText(TITLE)
    lead = dialog.lead_field.picker
    lead.setCurrentIndex(lead.findText("经济发展局"))
    lead.activated.emit(lead.currentIndex())
    partners = dialog.partners_field.picker
    partners.ask_name = lambda: "汽车产业链办"  # type: ignore[method-assign]
    partners.showPopup()
    tick(partners, "海关")
    tick(partners, "商务局")
    partners.toggle_row(partners.count() - 1)  # "Add a unit…": a unit of the zone's own, by name
    dialog.kpi_edit.setPlainText(KPI)
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert button is not None and button.isEnabled()
    button.click()
    return dialog.result() == AddActionDialog.DialogCode.Accepted


@POPUPS
def test_a_hand_added_action_keeps_lead_partners_and_kpi_after_save_and_reopen(
    qtbot: QtBot, make_window: WindowFactory, store: ProfileStore, samples: dict[str, Profile]
) -> None:
    profile_id = store.create(samples["petrochem-coastal"])
    window = make_window()
    window.open_profile(profile_id)
    plan = window.pages.plan
    assert isinstance(plan, PlanPage)
    count = plan.model.rowCount()
    plan.ask_new_action = fill_and_accept  # type: ignore[method-assign]

    plan.add_button.click()

    assert plan.model.rowCount() == count + 1
    assert plan.model.index(count, Column.TITLE).data() == TITLE
    assert plan.model.index(count, Column.LEAD).data() == "经济发展局"
    # In the order of the list: the zone's own units, then the departments it asks for support.
    assert plan.model.index(count, Column.PARTNERS).data() == "汽车产业链办、商务局、海关"
    assert plan.model.index(count, Column.KPI).data() == KPI
    window.commands.save.trigger()
    assert not window.isWindowModified()

    stored = store.load_plan(profile_id)
    assert stored is not None
    added = ActionPlan.from_data(stored).actions[-1]
    assert added.user_added and added.partners == ("汽车产业链办", "gov.commerce", "gov.customs")  # in the list's order
    assert added.kpi.zh == KPI and added.lead == "committee.economic-development"
    assert any(unit.name == "汽车产业链办" for unit in store.load(profile_id).units or ())

    window.open_profile(profile_id)  # reopened from the store
    assert plan.model.index(count, Column.PARTNERS).data() == "汽车产业链办、商务局、海关"
    plan.select_row(count)
    assert plan.details.kpi_edit.toPlainText() == KPI
    assert plan.details.partners_field.picker.summary() == "汽车产业链办、商务局、海关"


@POPUPS
def test_the_add_action_dialog_speaks_english(
    qtbot: QtBot, make_window: WindowFactory, store: ProfileStore, samples: dict[str, Profile]
) -> None:
    profile_id = store.create(samples["petrochem-coastal"].with_changes(name="Coastal Zone"))
    window = make_window()
    window.open_profile(profile_id)
    window.set_language("en")
    plan = window.pages.plan
    assert isinstance(plan, PlanPage)
    seen: list[str] = []

    def look(dialog: AddActionDialog) -> bool:
        dialog.show()
        seen.extend(visible_texts(dialog))
        return False  # Cancel: nothing is added

    plan.ask_new_action = look  # type: ignore[method-assign]
    count = plan.model.rowCount()
    plan.add_action()
    assert plan.model.rowCount() == count
    assert "Lead unit:" in seen or any(text.startswith("Lead unit") for text in seen)
    assert [text for text in seen if CJK.search(text)] == []
