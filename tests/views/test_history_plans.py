"""The version history holds the plan too: who saved, what changed in the plan, and restoring brings back both."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop.models.profile import Profile
from desktop.models.store import ProfileStore
from desktop.views.history_dialog import HistoryDialog
from desktop.views.main_window import MainWindow
from desktop.views.plan.table_model import Column
from tests.helpers.widgets import Recorder
from tests.helpers.window import WindowFactory


def _open_sample(make_window: WindowFactory, store: ProfileStore, samples: dict[str, Profile]) -> MainWindow:
    store.create(samples["county-park"])
    window = make_window()
    assert window.pages.plan is not None and window.pages.plan.model.rowCount() > 2
    window.pages.plan.ask_confirmation = lambda _text: True  # type: ignore[method-assign]
    return window


def _history(qtbot: QtBot, window: MainWindow) -> HistoryDialog:
    assert window.current_id() is not None and window.kb is not None
    dialog = HistoryDialog(window.store, window.current_id(), window.language, window, units=window.kb.departments)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    return dialog


def test_two_saves_with_plan_changes_are_listed_with_who_saved_and_restored_together(
    qtbot: QtBot, make_window: WindowFactory, store: ProfileStore, samples: dict[str, Profile]
) -> None:
    window = _open_sample(make_window, store, samples)
    page = window.pages.plan
    assert page is not None
    removed = page.model.action_at(1)
    kept = page.model.action_at(0)

    # First save: another city, and an action removed from the plan.
    window.editor.basic.city_edit.setText("上饶市")
    page.select_row(1)
    page.remove_selected()
    assert window.save()
    # Second save: the plan alone — an owner for the first action.
    page.model.setData(page.model.index(0, Column.OWNER), "王科长")
    assert window.save()

    dialog = _history(qtbot, window)
    user = store.user()
    assert dialog.versions.count() == 3
    assert user and f"保存人：{user}" in dialog.versions.item(0).text()
    assert "未记录行动计划" in dialog.versions.item(2).text()  # the version saved before any plan
    shown = dialog.preview.toPlainText()
    assert f"“{kept.title.zh}”的责任人：未填 → 王科长" in shown
    dialog.versions.setCurrentRow(1)
    assert "上饶市" in dialog.preview.toPlainText()

    # Restore the first save: its city and its plan (the action removed, no owner yet) come back together.
    first_save = store.revisions(window.current_id())[1]  # type: ignore[arg-type]
    window.choose_revision = Recorder(first_save.id)  # type: ignore[method-assign]
    window.commands.history.trigger()

    assert window.editor.basic.city_edit.text() == "上饶市"
    ids = [a.id for a in page.model.actions()]
    assert removed.id not in ids and page.model.action_at(0).owner == ""
    assert not window.isWindowModified()
    assert "及其行动计划" in window.statusBar().currentMessage()


def test_the_plan_changes_read_in_english(
    qtbot: QtBot, make_window: WindowFactory, store: ProfileStore, samples: dict[str, Profile]
) -> None:
    window = _open_sample(make_window, store, samples)
    page = window.pages.plan
    assert page is not None
    window.editor.basic.city_edit.setText("上饶市")
    assert window.save()
    removed = page.model.action_at(0)
    page.select_row(0)
    page.remove_selected()
    assert window.save()
    window.set_language("en")

    dialog = _history(qtbot, window)

    assert f"Removed “{removed.title.en}”" in dialog.preview.toPlainText()
    assert "No plan recorded" in dialog.versions.item(2).text()
    dialog.versions.setCurrentRow(2)
    assert "No plan recorded with this version" in dialog.preview.toPlainText()


def test_a_new_lead_unit_is_named_as_the_zone_names_it(
    qtbot: QtBot, make_window: WindowFactory, store: ProfileStore, samples: dict[str, Profile]
) -> None:
    window = _open_sample(make_window, store, samples)
    page = window.pages.plan
    assert page is not None and window.kb is not None
    window.editor.basic.city_edit.setText("上饶市")
    assert window.save()
    first = page.model.action_at(0)
    new_lead = next(ref for ref in window.kb.departments if ref != first.lead)
    page.model.update(first.id, lead=new_lead)
    assert window.save()

    dialog = _history(qtbot, window)

    name = window.kb.departments[new_lead].name.zh
    assert f"“{first.title.zh}”的牵头单位：" in dialog.preview.toPlainText()
    assert f"→ {name}" in dialog.preview.toPlainText() and new_lead not in dialog.preview.toPlainText()


def test_an_english_history_names_the_province_in_english(
    qtbot: QtBot, make_window: WindowFactory, store: ProfileStore, samples: dict[str, Profile]
) -> None:
    """The form says "Yunnan"; the history said "云南省" in the middle of an English preview."""
    from desktop.models.provinces import find_province

    window = _open_sample(make_window, store, samples)
    window.set_language("en")
    try:
        dialog = _history(qtbot, window)
        profile = store.load(window.current_id())  # type: ignore[arg-type]
        province = find_province(profile.province)
        assert province is not None and province.label.en != profile.province
        shown = dialog.preview.toPlainText()
        assert province.label.en in shown and profile.province not in shown
    finally:
        window.set_language("zh")
