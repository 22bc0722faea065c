"""The main window: keeping profiles (create, find, switch, import, export, delete, history) without losing work."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from desktop.models.profile import Profile
from desktop.models.profile_format import read_profile, write_profile
from desktop.models.store import ProfileStore, open_store
from desktop.models.vocabulary import Endowment, Figure, Industry, Stage
from desktop.views.main_window import MainWindow
from desktop.views.profile_list_model import ID_ROLE
from tests.helpers.widgets import Recorder, type_text
from tests.helpers.window import WindowFactory, settings_at

BAD_PROFILES = Path(__file__).resolve().parents[1] / "data" / "profiles" / "bad"


def fill_new_profile(qtbot: QtBot, window: MainWindow, name: str) -> None:
    window.commands.new.trigger()
    editor = window.editor
    type_text(editor.basic.name_edit, name)
    editor.basic.city_edit.setFocus()
    type_text(editor.basic.city_edit, "绍兴市")
    type_text(editor.basic.figure_edits[Figure.EMPLOYEES], "42000")
    for endowment in Endowment:  # every one rated: a new form starts "not assessed", and saving runs the matching
        editor.endowments.set_rating(endowment, 2)
    editor.endowments.sliders[Endowment.SME_NETWORK].setValue(4)
    editor.situation.stage_buttons[Stage.NASCENT].click()
    editor.situation.industry_boxes[Industry.MATERIALS].click()


def stored(samples: dict[str, Profile], store: ProfileStore, *keys: str) -> dict[str, int]:
    return {samples[key].name: store.create(samples[key]) for key in keys}


def test_a_typed_profile_is_saved_and_found_again_after_a_restart(
    qtbot: QtBot, make_window: WindowFactory, store: ProfileStore, data_dir: Path
) -> None:
    window = make_window()
    fill_new_profile(qtbot, window, "越城新材料产业园")
    assert window.isWindowModified()
    assert window.commands.save.isEnabled()
    window.commands.save.trigger()
    assert not window.isWindowModified()
    assert not window.commands.save.isEnabled()
    assert window.panel.visible_names() == ["越城新材料产业园"]
    assert "越城新材料产业园" in window.statusBar().currentMessage()
    window.close()
    store.close()

    reopened, _ = open_store(data_dir, load_samples=False)
    try:
        again = make_window(reopened)
        window_profile = again.editor.profile()  # the last profile opens by itself
        assert window_profile is not None and window_profile.name == "越城新材料产业园"
        again.panel.set_filter("新材料")
        assert again.panel.visible_names() == ["越城新材料产业园"]
        profile = reopened.load(again.current_id())  # type: ignore[arg-type]
        assert profile.city == "绍兴市"
        assert profile.figure(Figure.EMPLOYEES) == 42000
        assert profile.endowment(Endowment.SME_NETWORK) == 4
        assert profile.stage is Stage.NASCENT and profile.industries == (Industry.MATERIALS,)
    finally:
        again.close()
        reopened.close()


def test_save_is_enabled_only_when_valid_and_changed(
    make_window: WindowFactory, store: ProfileStore, samples: dict[str, Profile]
) -> None:
    stored(samples, store, "hitech-hubei")
    window = make_window()
    assert not window.commands.save.isEnabled()  # unchanged
    window.editor.basic.city_edit.setText("孝感市")
    assert window.commands.save.isEnabled()
    window.editor.basic.name_edit.setText("")
    assert not window.commands.save.isEnabled()  # changed but invalid
    assert "开发区名称" in window.subheading.text()  # says what is missing


def test_the_title_shows_unsaved_changes(make_window: WindowFactory, store: ProfileStore, samples: dict) -> None:
    stored(samples, store, "county-park")
    window = make_window()
    assert window.windowTitle().startswith("桐川县工业园区")
    assert not window.isWindowModified()
    window.editor.goals.notes_edit.setPlainText("待核实")
    assert window.isWindowModified()
    assert window.state_label.text() == "有未保存的更改"


@pytest.mark.parametrize("answer", ["cancel", "discard", "save"])
def test_switching_with_unsaved_changes_asks(
    make_window: WindowFactory, store: ProfileStore, samples: dict[str, Profile], answer: str
) -> None:
    ids = stored(samples, store, "hitech-hubei", "county-park")
    window = make_window()
    first, second = window.current_id(), ids["桐川县工业园区"]
    assert first == ids["楚川科学城高新技术产业开发区"]
    window.editor.basic.city_edit.setText("随州市")
    window.ask_save_discard_cancel = Recorder(answer)  # type: ignore[method-assign]

    row = window.panel.proxy.mapFromSource(window.panel.model.index(window.panel.model.row_of(second)))
    window.panel.view.setCurrentIndex(row)  # the user clicks the other profile

    assert window.ask_save_discard_cancel.calls == [("楚川科学城高新技术产业开发区",)]  # type: ignore[attr-defined]
    if answer == "cancel":
        assert window.current_id() == first
        assert window.panel.selected_id() == first
        assert window.editor.basic.city_edit.text() == "随州市"  # nothing typed is lost
        assert window.isWindowModified()
    else:
        assert window.current_id() == second
        assert window.editor.basic.name_edit.text() == "桐川县工业园区"
        expected_city = "随州市" if answer == "save" else "武汉市"
        assert store.load(first).city == expected_city


@pytest.mark.parametrize("answer", ["cancel", "discard", "save"])
def test_closing_with_unsaved_changes_asks(
    make_window: WindowFactory, store: ProfileStore, samples: dict[str, Profile], answer: str
) -> None:
    ids = stored(samples, store, "county-park")
    window = make_window()
    window.editor.basic.city_edit.setText("吉安市")
    window.autosave_draft()
    window.ask_save_discard_cancel = Recorder(answer)  # type: ignore[method-assign]

    closed = window.close()

    assert closed is (answer != "cancel")
    assert window.isVisible() is (answer == "cancel")
    assert store.load(ids["桐川县工业园区"]).city == ("吉安市" if answer == "save" else "赣州市")
    assert bool(store.list_drafts()) is (answer == "cancel")  # kept only while the work is still open


def test_closing_without_changes_asks_nothing(make_window: WindowFactory, store, samples) -> None:
    stored(samples, store, "county-park")
    window = make_window()
    assert window.close()


def test_a_failed_save_says_why_and_keeps_what_was_typed(
    make_window: WindowFactory, store: ProfileStore, samples: dict[str, Profile]
) -> None:
    stored(samples, store, "hitech-hubei", "county-park")
    window = make_window()
    window.editor.basic.name_edit.setText("桐川县工业园区")  # the other profile's name
    window.show_error = Recorder()  # type: ignore[method-assign]

    assert window.save() is False

    ((summary, details),) = window.show_error.calls  # type: ignore[attr-defined]
    assert "未能保存" in summary and "桐川县工业园区" in details
    assert window.editor.basic.name_edit.text() == "桐川县工业园区"
    assert window.isWindowModified()


def test_importing_a_bad_file_shows_the_error_and_changes_nothing(
    make_window: WindowFactory, store: ProfileStore, samples: dict[str, Profile], tmp_path: Path
) -> None:
    stored(samples, store, "hitech-hubei")
    window = make_window()
    bad = tmp_path / "bad.json"
    data = json.loads((Path(__file__).parents[2] / "resources" / "samples" / "county-park.json").read_text("utf-8"))
    data["endowments"]["talent"] = 9
    bad.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    before = store.list_summaries()
    form_before = window.editor.current_data()
    window.get_open_path = Recorder(bad)  # type: ignore[method-assign]
    window.show_error = Recorder()  # type: ignore[method-assign]

    window.commands.import_.trigger()

    ((summary, details),) = window.show_error.calls  # type: ignore[attr-defined]
    assert "bad.json" in summary
    assert "endowments.talent" in details and "9" in details  # names the field and the value
    assert store.list_summaries() == before
    assert window.editor.current_data() == form_before


@pytest.mark.parametrize("name", sorted(p.name for p in BAD_PROFILES.glob("*.json"))[:6])
def test_every_kind_of_bad_file_is_refused_with_a_message(
    make_window: WindowFactory, store: ProfileStore, name: str
) -> None:
    window = make_window()
    window.get_open_path = Recorder(BAD_PROFILES / name)  # type: ignore[method-assign]
    window.show_error = Recorder()  # type: ignore[method-assign]
    window.import_profile()
    assert len(window.show_error.calls) == 1  # type: ignore[attr-defined]
    assert store.list_summaries() == []


def test_importing_a_good_file_over_unsaved_changes_asks_first(
    make_window: WindowFactory, store: ProfileStore, samples: dict[str, Profile], tmp_path: Path
) -> None:
    stored(samples, store, "hitech-hubei")
    window = make_window()
    window.editor.basic.city_edit.setText("黄石市")
    file = tmp_path / "park.json"
    write_profile(samples["county-park"], file)
    window.get_open_path = Recorder(file)  # type: ignore[method-assign]
    window.ask_save_discard_cancel = Recorder("cancel")  # type: ignore[method-assign]

    window.import_profile()
    assert [s.name for s in store.list_summaries()] == ["楚川科学城高新技术产业开发区"]
    assert window.editor.basic.city_edit.text() == "黄石市"

    window.ask_save_discard_cancel = Recorder("discard")  # type: ignore[method-assign]
    window.import_profile()
    assert window.editor.profile() == samples["county-park"]
    assert "桐川县工业园区" in window.panel.visible_names()


def test_a_locked_database_during_import_is_explained_and_changes_nothing(
    make_window: WindowFactory,
    store: ProfileStore,
    samples: dict[str, Profile],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from desktop.models.errors import StoreError
    from desktop.models.text import Text

    ids = stored(samples, store, "hitech-hubei")
    window = make_window()
    window.editor.basic.city_edit.setText("黄石市")  # unsaved work that must survive the failed import
    file = tmp_path / "park.json"
    write_profile(samples["county-park"], file)
    window.get_open_path = Recorder(file)  # type: ignore[method-assign]
    window.show_error = Recorder()  # type: ignore[method-assign]

    def locked(_name: str) -> int | None:
        raise StoreError(Text("数据库被另一个程序锁定。", "The database is locked by another program."))

    monkeypatch.setattr(store, "find_id", locked)
    window.commands.import_.trigger()  # from the menu: an exception here would be a traceback, not a message

    ((summary, details),) = window.show_error.calls  # type: ignore[attr-defined]
    assert "park.json" in summary and "锁定" in details
    assert [s.name for s in store.list_summaries()] == ["楚川科学城高新技术产业开发区"]
    assert window.current_id() == ids["楚川科学城高新技术产业开发区"]
    assert window.editor.basic.city_edit.text() == "黄石市" and window.isWindowModified()


@pytest.mark.parametrize(("answer", "names"), [("keep_both", 2), ("replace", 1), (None, 1)])
def test_importing_a_name_that_exists_asks_what_to_do(
    make_window: WindowFactory, store: ProfileStore, samples: dict[str, Profile], tmp_path: Path, answer, names
) -> None:
    stored(samples, store, "county-park")
    window = make_window()
    file = tmp_path / "park.json"
    write_profile(samples["county-park"].with_changes(city="九江市"), file)
    window.get_open_path = Recorder(file)  # type: ignore[method-assign]
    window.ask_import_conflict = Recorder(answer)  # type: ignore[method-assign]

    window.import_profile()

    assert window.ask_import_conflict.calls == [("桐川县工业园区",)]  # type: ignore[attr-defined]
    assert len(store.list_summaries()) == names
    if answer is not None:
        assert window.editor.basic.city_edit.text() == "九江市"


def test_export_writes_what_the_form_shows(
    make_window: WindowFactory, store: ProfileStore, samples: dict[str, Profile], tmp_path: Path
) -> None:
    stored(samples, store, "petrochem-coastal")
    window = make_window()
    window.settings.setValue("files/folder", str(tmp_path))
    window.editor.basic.city_edit.setText("漳州市")
    target = tmp_path / "out"
    window.get_save_path = Recorder(target)  # type: ignore[method-assign]

    window.commands.export.trigger()

    (suggested,) = window.get_save_path.calls[0]  # type: ignore[attr-defined]
    assert suggested == tmp_path / f"{samples['petrochem-coastal'].name}.json"
    assert read_profile(tmp_path / "out.json") == samples["petrochem-coastal"].with_changes(city="漳州市")


def test_export_of_an_invalid_form_explains_instead(make_window: WindowFactory, tmp_path: Path) -> None:
    window = make_window()
    window.show_error = Recorder()  # type: ignore[method-assign]
    window.export_profile()
    ((_summary, details),) = window.show_error.calls  # type: ignore[attr-defined]
    assert set(window.editor.visible_errors()) == {"name", "stage", "industries"}
    # Worded as the form words it: the fields by their labels, without their keys in a profile file.
    assert "• 开发区名称不能为空。" in details.splitlines()
    assert "（name）" not in details and "（industries）" not in details


@pytest.mark.parametrize("confirmed", [False, True])
def test_delete_asks_first(
    make_window: WindowFactory, store: ProfileStore, samples: dict[str, Profile], confirmed: bool
) -> None:
    ids = stored(samples, store, "hitech-hubei", "county-park")
    window = make_window()
    window.confirm_delete = Recorder(confirmed)  # type: ignore[method-assign]

    window.commands.delete.trigger()

    assert window.confirm_delete.calls == [("楚川科学城高新技术产业开发区",)]  # type: ignore[attr-defined]
    remaining = [s.id for s in store.list_summaries()]
    if confirmed:
        assert remaining == [ids["桐川县工业园区"]]
        assert window.current_id() == ids["桐川县工业园区"]  # the next profile opens
    else:
        assert sorted(remaining) == sorted(ids.values())


def test_deleting_the_last_profile_leaves_a_blank_form(make_window, store, samples) -> None:
    stored(samples, store, "county-park")
    window = make_window()
    window.confirm_delete = Recorder(True)  # type: ignore[method-assign]
    window.delete_profile()
    assert window.current_id() is None
    assert window.editor.basic.name_edit.text() == ""
    assert not window.commands.delete.isEnabled()


def test_rename_and_duplicate(make_window: WindowFactory, store: ProfileStore, samples: dict[str, Profile]) -> None:
    original = stored(samples, store, "county-park")["桐川县工业园区"]
    window = make_window()
    window.ask_text = Recorder("  桐川工业园  ")  # type: ignore[method-assign]
    window.commands.rename.trigger()
    assert [s.name for s in store.list_summaries()] == ["桐川工业园"]
    assert window.editor.basic.name_edit.text() == "桐川工业园"

    window.commands.duplicate.trigger()
    assert window.editor.basic.name_edit.text() == "桐川工业园（副本）"  # the copy is opened
    window.open_profile(original)
    window.commands.duplicate.trigger()
    names = sorted(s.name for s in store.list_summaries())
    assert names == ["桐川工业园", "桐川工业园（副本2）", "桐川工业园（副本）"]
    window.open_profile(store.find_id("桐川工业园（副本）"))  # type: ignore[arg-type]
    window.commands.duplicate.trigger()  # a copy of a copy is numbered on, not "（副本）（副本）"
    assert window.editor.basic.name_edit.text() == "桐川工业园（副本3）"


def test_a_copy_of_a_long_name_keeps_its_suffix(
    make_window: WindowFactory, store: ProfileStore, samples: dict[str, Profile]
) -> None:
    long_name = "长" * 100
    store.create(samples["county-park"].with_changes(name=long_name))
    window = make_window()
    window.commands.duplicate.trigger()
    window.commands.duplicate.trigger()
    copies = {s.name for s in store.list_summaries() if s.name != long_name}
    assert copies == {"长" * 96 + "（副本）", "长" * 95 + "（副本2）"}  # shortened to the limit, suffix kept


def test_rename_to_an_invalid_name_is_refused(make_window, store, samples) -> None:
    stored(samples, store, "county-park")
    window = make_window()
    window.ask_text = Recorder("   ")  # type: ignore[method-assign]
    window.show_error = Recorder()  # type: ignore[method-assign]
    window.rename_profile()
    assert "开发区名称" in window.show_error.calls[0][1]  # type: ignore[attr-defined]
    assert [s.name for s in store.list_summaries()] == ["桐川县工业园区"]


def test_an_earlier_version_can_be_restored(
    make_window: WindowFactory, store: ProfileStore, samples: dict[str, Profile]
) -> None:
    stored(samples, store, "county-park")
    window = make_window()
    window.editor.basic.city_edit.setText("上饶市")
    assert window.save()
    profile_id = window.current_id()
    first = store.revisions(profile_id)[-1]  # type: ignore[arg-type]
    window.choose_revision = Recorder(first.id)  # type: ignore[method-assign]

    window.commands.history.trigger()

    assert window.choose_revision.calls == [(profile_id,)]  # type: ignore[attr-defined]
    assert window.editor.basic.city_edit.text() == "赣州市"
    assert not window.isWindowModified()
    assert len(store.revisions(profile_id)) == 3  # nothing is lost: the restore is a new version  # type: ignore


def test_history_dialog_lists_versions_and_restores_an_older_one(
    qtbot: QtBot, make_window: WindowFactory, store: ProfileStore, samples: dict[str, Profile]
) -> None:
    from desktop.views.history_dialog import HistoryDialog

    stored(samples, store, "county-park")
    window = make_window()
    window.editor.basic.city_edit.setText("上饶市")
    window.save()
    dialog = HistoryDialog(store, window.current_id(), window.language, window)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    assert dialog.versions.count() == 2
    assert "（当前）" in dialog.versions.item(0).text()
    assert not dialog.restore_button.isEnabled()  # the current one needs no restoring
    dialog.versions.setCurrentRow(1)
    assert dialog.restore_button.isEnabled()
    assert "桐川县工业园区" in dialog.preview.toPlainText()
    assert dialog.chosen_revision() == store.revisions(window.current_id())[1].id  # type: ignore[arg-type]


def test_the_draft_is_restored_after_a_crash(
    make_window: WindowFactory, store: ProfileStore, samples: dict[str, Profile], data_dir: Path
) -> None:
    ids = stored(samples, store, "county-park")
    crashed = make_window()
    crashed.editor.basic.city_edit.setText("抚州市")
    crashed.editor.endowments.sliders[Endowment.TALENT].setValue(5)
    crashed.autosave_draft()  # what the timer does every few seconds
    # The process dies here: no close, no save. A new start opens the store file afresh.
    reopened, _ = open_store(data_dir, load_samples=False)
    try:
        again = make_window(reopened)
        again.ask_restore_draft = Recorder(True)  # type: ignore[method-assign]
        again.offer_drafts()
        ((name, _saved_at),) = again.ask_restore_draft.calls  # type: ignore[attr-defined]
        assert name == "桐川县工业园区"
        assert again.current_id() == ids["桐川县工业园区"]
        assert again.editor.basic.city_edit.text() == "抚州市"
        assert again.editor.endowments.sliders[Endowment.TALENT].value() == 5
        assert again.isWindowModified()  # restored, not yet saved
        assert reopened.load(ids["桐川县工业园区"]).city == "赣州市"
    finally:
        again.ask_save_discard_cancel = Recorder("discard")  # type: ignore[method-assign]
        again.close()
        reopened.close()


def test_a_draft_of_a_new_profile_comes_back_as_a_new_profile(make_window: WindowFactory, store) -> None:
    crashed = make_window()
    crashed.editor.basic.name_edit.setText("半成品开发区")
    crashed.autosave_draft()
    again = make_window()
    again.ask_restore_draft = Recorder(True)  # type: ignore[method-assign]
    again.offer_drafts()
    assert again.current_id() is None
    assert again.editor.basic.name_edit.text() == "半成品开发区"
    assert again.isWindowModified()


def test_declining_the_draft_forgets_it(make_window: WindowFactory, store: ProfileStore) -> None:
    crashed = make_window()
    crashed.editor.basic.name_edit.setText("半成品开发区")
    crashed.autosave_draft()
    again = make_window()
    again.ask_restore_draft = Recorder(False)  # type: ignore[method-assign]
    again.offer_drafts()
    assert store.list_drafts() == []
    assert again.editor.basic.name_edit.text() == ""


def test_autosave_keeps_only_unsaved_work(make_window: WindowFactory, store, samples) -> None:
    stored(samples, store, "county-park")
    window = make_window()
    assert not window.autosave_timer.isActive()  # not before the last session's drafts were offered
    window.offer_drafts()  # what the start does once the window is up (no drafts: nothing is asked)
    assert window.autosave_timer.isActive() and window.autosave_timer.interval() <= 10_000
    window.autosave_draft()
    assert store.list_drafts() == []  # nothing unsaved
    window.editor.basic.city_edit.setText("萍乡市")
    window.autosave_draft()
    (draft,) = store.list_drafts()
    assert draft.data["form"]["city"] == "萍乡市"  # type: ignore[index]
    assert draft.data["plan"] is None  # the plan was not edited
    window.save()
    assert store.list_drafts() == []  # saved: the draft is gone


def test_the_search_box_filters_as_you_type(qtbot: QtBot, make_window, store, samples) -> None:
    stored(samples, store, "hitech-hubei", "county-park", "petrochem-coastal")
    window = make_window()
    type_text(window.panel.search, "工业")
    assert window.panel.visible_names() == ["桐川县工业园区"]
    assert window.panel.count_label.text() == "显示 1 个，共 3 个档案"
    window.panel.search.clear()
    assert len(window.panel.visible_names()) == 3


@pytest.mark.parametrize("dirty", [True, False])
def test_typing_a_search_that_hides_the_open_profile_keeps_it_open(
    make_window: WindowFactory, store: ProfileStore, samples: dict[str, Profile], dirty: bool
) -> None:
    from PySide6.QtTest import QTest

    ids = stored(samples, store, "hitech-hubei", "county-park")
    other = store.create(samples["petrochem-coastal"].with_changes(name="Minhai Lingang Zone"))
    window = make_window()
    opened = ids["楚川科学城高新技术产业开发区"]
    window.open_profile(opened)
    if dirty:
        window.editor.basic.city_edit.setText("随州市")
    window.ask_save_discard_cancel = Recorder("cancel")  # type: ignore[method-assign]

    window.panel.search.setFocus()
    QTest.keyClicks(window.panel.search, "minhai")  # each key filters; the open profile is hidden at the first

    assert window.panel.visible_names() == ["Minhai Lingang Zone"]
    assert window.ask_save_discard_cancel.calls == []  # type: ignore[attr-defined]  # searching is not switching
    assert window.current_id() == opened and window.current_id() != other
    assert window.editor.basic.name_edit.text() == "楚川科学城高新技术产业开发区"
    assert window.isWindowModified() is dirty
    assert window.editor.basic.city_edit.text() == ("随州市" if dirty else "武汉市")
    assert not window.panel.view.selectionModel().hasSelection()  # the row left in view is not the open profile

    window.panel.search.clear()
    assert window.panel.view.currentIndex().data(ID_ROLE) == opened  # highlighted again once it is shown
    assert window.current_id() == opened
    assert window.ask_save_discard_cancel.calls == []  # type: ignore[attr-defined]


def test_settings_are_restored_at_start(make_window: WindowFactory, store, samples, data_dir: Path) -> None:
    from desktop.views.profile_list_model import SortKey

    ids = stored(samples, store, "hitech-hubei", "county-park")
    window = make_window()
    window.resize(760, 600)
    window.splitter.setSizes([330, 430])
    window.panel.set_sort_key(SortKey.CHANGED)
    window.open_profile(ids["桐川县工业园区"])
    window.set_language("en")
    window.close()

    saved = settings_at(data_dir)
    assert saved.value("language") == "en"
    assert Path(saved.fileName()).parent == data_dir
    again = make_window()
    assert (again.size().width(), again.size().height()) == (760, 600)
    assert again.splitter.sizes()[0] == 330
    assert again.panel.model.sort_key() is SortKey.CHANGED
    assert again.current_id() == ids["桐川县工业园区"]


def test_shortcuts(make_window: WindowFactory) -> None:
    window = make_window()
    c = window.commands
    assert c.new.shortcut() == QKeySequence("Ctrl+N")
    assert c.save.shortcut() == QKeySequence("Ctrl+S")
    assert c.find.shortcut() == QKeySequence("Ctrl+F")
    assert c.export_plan.shortcut() == QKeySequence("Ctrl+E")  # the workbook: what officials circulate
    assert c.export.shortcut() == QKeySequence("Ctrl+Shift+E")  # the profile file
    assert c.delete.shortcut() == QKeySequence(Qt.Key.Key_Delete)
    assert c.delete in window.panel.view.actions()  # Del works in the list, not while typing in a field
    c.find.trigger()
    assert window.panel.search.hasFocus() or window.focusWidget() is window.panel.search


def test_about_names_version_knowledge_base_and_source(make_window: WindowFactory) -> None:
    from desktop import __version__
    from desktop.models.knowledge.loader import default_knowledge_base

    kb = default_knowledge_base()
    window = make_window(kb=kb)
    text = window.about_text()
    assert __version__ in text
    assert kb.version in text
    assert kb.source.citation.zh.split("，")[0].split(",")[0] in text.replace("&quot;", '"')


def test_the_tabs_go_from_the_profile_to_its_plan_then_other_zones_and_the_knowledge_base(
    make_window: WindowFactory,
) -> None:
    from PySide6.QtWidgets import QLabel

    window = make_window()
    tabs = [window.editor.tabText(i) for i in range(window.editor.count())]
    assert tabs == [
        "基本信息",
        "资源禀赋",
        "发展阶段与现状",
        "目标与备注",
        "本区机构",
        "对标结果",
        "行动计划",
        "对比",
        "知识库",
    ]
    index = window.add_page(QLabel("…"), "另一页")
    assert window.editor.tabText(index) == "另一页" and index == len(tabs)


def test_settings_live_where_the_test_put_them(window: MainWindow, data_dir: Path) -> None:
    assert isinstance(window.settings, QSettings)
    assert window.settings.format() == QSettings.Format.IniFormat
    assert Path(window.settings.fileName()).is_relative_to(data_dir)


def press(window: MainWindow, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A key pressed on the keyboard: through the window system, where Qt matches shortcuts."""
    from PySide6.QtTest import QTest

    QTest.keyClick(window.windowHandle(), key, modifier)


def test_del_deletes_a_profile_only_from_the_list(qtbot: QtBot, make_window: WindowFactory, store, samples) -> None:
    stored(samples, store, "county-park")
    window = make_window()
    window.activateWindow()
    qtbot.waitActive(window)
    window.confirm_delete = Recorder(False)  # type: ignore[method-assign]

    window.editor.basic.city_edit.setFocus()
    window.editor.basic.city_edit.setCursorPosition(0)
    press(window, Qt.Key.Key_Delete)
    assert window.confirm_delete.calls == []  # type: ignore[attr-defined]
    assert window.editor.basic.city_edit.text() == "州市"  # the key edited the text instead

    window.panel.view.setFocus()
    press(window, Qt.Key.Key_Delete)
    assert window.confirm_delete.calls == [("桐川县工业园区",)]  # type: ignore[attr-defined]


def test_ctrl_f_goes_to_the_search_box(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    window.activateWindow()
    qtbot.waitActive(window)
    window.editor.basic.name_edit.setFocus()
    press(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.panel.search.hasFocus()


def test_ctrl_s_ctrl_e_ctrl_n_from_the_keyboard(qtbot: QtBot, make_window: WindowFactory, store, samples) -> None:
    shift_ctrl = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    ids = stored(samples, store, "county-park")
    window = make_window()
    window.activateWindow()
    qtbot.waitActive(window)
    window.editor.basic.city_edit.setFocus()
    window.editor.basic.city_edit.setText("宜春市")

    press(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert store.load(ids["桐川县工业园区"]).city == "宜春市"

    window.get_save_path = Recorder(None)  # type: ignore[method-assign]
    press(window, Qt.Key.Key_E, shift_ctrl)  # type: ignore[arg-type]
    assert len(window.get_save_path.calls) == 1  # type: ignore[attr-defined]  # the profile file

    assert window.pages.plan is not None
    window.pages.plan.get_save_path = Recorder(None)  # type: ignore[method-assign]
    press(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert len(window.pages.plan.get_save_path.calls) == 1  # type: ignore[attr-defined]  # the plan workbook

    press(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.current_id() is None and window.editor.basic.name_edit.text() == ""
