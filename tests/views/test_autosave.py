"""Autosave: unsaved work (the form and the plan) outlives a crash, and a crash's draft outlives the next start."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop import app as app_module
from desktop.models.profile import Profile
from desktop.models.profile_format import profile_to_data
from desktop.models.store import ProfileStore, StartupReport, open_store
from desktop.models.text import Text
from desktop.views.main_window import MainWindow
from desktop.views.plan import PlanPage
from desktop.views.plan.table_model import Column
from tests.helpers.widgets import Recorder
from tests.helpers.window import WindowFactory, settings_at

EDIT = Qt.ItemDataRole.EditRole
HUBEI = "楚川科学城高新技术产业开发区"


def plan_of(window: MainWindow) -> PlanPage:
    assert window.pages.plan is not None
    return window.pages.plan


def owner_of_first_action(window: MainWindow) -> object:
    plan = plan_of(window)
    return plan.model.index(0, Column.OWNER).data()


def time_passes(window: MainWindow) -> None:
    """What the autosave timer does when its interval is up — if it is running at all."""
    if window.autosave_timer.isActive():
        window.autosave_timer.timeout.emit()


def test_a_crash_draft_is_offered_even_if_a_start_up_notice_is_read_slowly(
    make_window: WindowFactory,
    store: ProfileStore,
    samples: dict[str, Profile],
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    profile_id = store.create(samples["hitech-hubei"])
    settings = settings_at(data_dir)
    settings.setValue("profiles/last", profile_id)
    settings.sync()
    # What the last session autosaved before it died, in the shape earlier versions wrote: the bare form.
    typed = profile_to_data(samples["hitech-hubei"]) | {"goals": "一小时的输入"}
    store.save_draft(f"profile:{profile_id}", typed)

    window = make_window()  # opens the last profile, clean: on its own, nothing to keep
    assert window.current_id() == profile_id and not window.isWindowModified()
    window.ask_restore_draft = Recorder(True)  # type: ignore[method-assign]
    # The user reads the notice for longer than the autosave interval.
    monkeypatch.setattr(QMessageBox, "information", lambda *_args: time_passes(window))
    report = StartupReport(messages=[Text("数据库已升级到新版本。", "The database was upgraded.")])

    app_module.after_show(window, report, None)

    assert [call[0] for call in window.ask_restore_draft.calls] == [HUBEI]  # type: ignore[attr-defined]
    assert window.editor.goals.goals_edit.toPlainText() == "一小时的输入"
    assert window.isWindowModified()
    assert window.autosave_timer.isActive()  # from now on the window's own work is kept


def test_autosave_removes_only_drafts_it_wrote(
    make_window: WindowFactory, store: ProfileStore, samples: dict[str, Profile]
) -> None:
    profile_id = store.create(samples["county-park"])
    left_by_a_crash = profile_to_data(samples["county-park"]) | {"city": "吉安市"}
    store.save_draft(f"profile:{profile_id}", left_by_a_crash)
    window = make_window()

    window.autosave_draft()  # the form is clean, but the draft is not this session's to remove
    assert [draft.key for draft in store.list_drafts()] == [f"profile:{profile_id}"]

    window.editor.basic.city_edit.setText("萍乡市")
    window.autosave_draft()
    window.editor.basic.city_edit.setText("赣州市")  # typed back: nothing unsaved
    window.autosave_draft()
    assert store.list_drafts() == []  # its own draft, now of nothing, is gone


def test_autosave_writes_only_when_the_work_changed(
    make_window: WindowFactory, store: ProfileStore, samples: dict[str, Profile], monkeypatch: pytest.MonkeyPatch
) -> None:
    store.create(samples["county-park"])
    window = make_window()
    writes, deletes = Recorder(), Recorder()
    monkeypatch.setattr(store, "save_draft", writes)
    monkeypatch.setattr(store, "delete_draft", deletes)

    for _tick in range(3):
        window.autosave_draft()  # idle and clean: the database is left alone
    window.editor.basic.city_edit.setText("萍乡市")
    for _tick in range(3):
        window.autosave_draft()  # one change, one write
    window.editor.goals.notes_edit.setPlainText("待核实")
    window.autosave_draft()

    assert len(writes.calls) == 2 and deletes.calls == []
    _key, document = writes.calls[-1]
    assert document["form"]["city"] == "萍乡市" and document["form"]["notes"] == "待核实"  # type: ignore[index]


def test_plan_edits_come_back_after_a_crash(
    make_window: WindowFactory, store: ProfileStore, samples: dict[str, Profile], data_dir: Path
) -> None:
    profile_id = store.create(samples["hitech-hubei"])
    crashed = make_window()
    crashed.offer_drafts()  # at start (nothing to offer); autosave runs from here on
    plan = plan_of(crashed)
    plan.model.setData(plan.model.index(0, Column.OWNER), "王强", EDIT)
    assert crashed.isWindowModified() and not crashed.editor.is_dirty()  # only the plan changed
    crashed.autosave_timer.timeout.emit()  # a few seconds pass
    crashed.autosave_timer.stop()  # the process dies: no close, no save, no question

    reopened, _ = open_store(data_dir, load_samples=False)
    try:
        again = make_window(reopened)
        assert owner_of_first_action(again) != "王强"  # the saved plan never had it
        again.ask_restore_draft = Recorder(True)  # type: ignore[method-assign]
        again.offer_drafts()

        assert [call[0] for call in again.ask_restore_draft.calls] == [HUBEI]  # type: ignore[attr-defined]
        assert again.current_id() == profile_id
        assert owner_of_first_action(again) == "王强"
        assert again.isWindowModified() and again.commands.save.isEnabled()  # restored, not saved yet
        assert reopened.load_plan(profile_id) is None

        again.commands.save.trigger()
        saved = reopened.load_plan(profile_id)
        assert saved is not None and "王强" in [action["owner"] for action in saved["actions"]]  # type: ignore[union-attr, index]
        assert reopened.list_drafts() == [] and not again.isWindowModified()
    finally:
        again.close()
        reopened.close()
