"""The window is usable before the engine is loaded: the store first (list, form), the knowledge base a moment later.

A window that gets its analyser after the store must end up exactly where one given both at once is, and nothing
typed in between may be lost.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop import app as app_module
from desktop.models.analysis import Analyzer
from desktop.models.plan.plan import ActionPlan
from desktop.models.profile import Profile
from desktop.models.profile_format import profile_to_data
from desktop.models.session.drafts import draft_document
from desktop.models.store import ProfileStore
from desktop.models.vocabulary import Condition
from desktop.views.i18n import Language
from desktop.views.main_window import MainWindow
from tests.helpers.widgets import Recorder
from tests.helpers.window import WindowFactory, settings_at

TICKED = Condition.CLUSTER_ORGANIZATION  # changes what the engine proposes for the sample zone


@pytest.fixture
def later(qtbot: QtBot, language: Language, data_dir: Path) -> Iterator[MainWindow]:
    """A window as the application starts it: shown empty, then given the store, then (by the test) the engine."""
    window = MainWindow(None, language, settings_at(data_dir))
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.autosave_timer.stop()
    window.ask_save_discard_cancel = lambda _name: "discard"  # type: ignore[method-assign]
    window.close()
    window.deleteLater()


def shown(window: MainWindow) -> tuple[object, dict[str, object] | None, bool]:
    """What the user sees of the analysis: the ranked matches, the plan on screen, and whether it is unsaved."""
    matches, plan = window.pages.matches, window.pages.plan
    assert matches is not None and plan is not None
    analysis = matches.analysis()
    assert analysis is not None and analysis.profile == window.editor.profile()
    shown_plan = plan.plan()
    return analysis, None if shown_plan is None else shown_plan.to_data(), plan.is_dirty()


def saved_with_edited_plan(store: ProfileStore, analyzer: Analyzer, profile: Profile) -> ActionPlan:
    """The sample saved with a plan the user edited (one proposal dropped); returns that plan."""
    actions = analyzer.analyse(profile).actions
    plan = ActionPlan(actions[1:], removed=[actions[0].id])
    store.create(profile, plan_data=plan.to_data())
    return plan


def test_an_engine_given_after_the_store_shows_what_one_given_at_once_shows(
    later: MainWindow, make_window: WindowFactory, store: ProfileStore, analyzer: Analyzer, samples: dict[str, Profile]
) -> None:
    stored = saved_with_edited_plan(store, analyzer, samples["hitech-hubei"])

    later.attach_store(store)
    assert later.current_id() is not None and later.editor.profile() == samples["hitech-hubei"]  # usable
    assert later.pages.matches is None and later.pages.plan is None  # the engine is not there yet
    assert later.pages.results_tab.notice.text() == "正在打开知识库…"
    later.attach_analysis(None, analyzer)

    at_once = make_window()
    assert shown(later) == shown(at_once)
    _ranking, plan, dirty = shown(later)
    assert plan == stored.to_data() and not dirty  # the stored plan, as saved: nothing to save
    assert not later.isWindowModified() and later.commands.export_plan.isEnabled()
    assert later.kb is analyzer.kb  # the About box names it


def test_typing_before_the_engine_arrives_is_kept_and_followed(
    later: MainWindow,
    make_window: WindowFactory,
    qtbot: QtBot,
    store: ProfileStore,
    analyzer: Analyzer,
    samples: dict[str, Profile],
) -> None:
    profile = samples["hitech-hubei"].with_changes(conditions={**samples["hitech-hubei"].conditions, TICKED: False})
    store.create(profile)
    later.attach_store(store)
    later.editor.situation.set_condition(TICKED, True)  # typed while the knowledge base loads
    later.attach_analysis(None, analyzer)
    qtbot.waitUntil(lambda: shown_profile(later) == later.editor.profile())

    at_once = make_window()
    at_once.editor.situation.set_condition(TICKED, True)
    qtbot.waitUntil(lambda: shown_profile(at_once) == at_once.editor.profile())
    typed = later.editor.profile()
    assert typed is not None and typed.conditions[TICKED]  # the typing is still in the form
    assert later.isWindowModified() and later.commands.save.isEnabled()
    assert shown(later) == shown(at_once)  # matched and planned on what was typed, as if the engine had been there


def shown_profile(window: MainWindow) -> Profile | None:
    matches = window.pages.matches
    analysis = matches.analysis() if matches is not None else None
    return analysis.profile if analysis is not None else None


def test_a_crash_draft_with_an_edited_plan_is_restored_on_a_progressive_start(
    qapp: object,
    qtbot: QtBot,
    store: ProfileStore,
    analyzer: Analyzer,
    samples: dict[str, Profile],
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    profile_id = store.create(samples["hitech-hubei"])
    actions = analyzer.analyse(samples["hitech-hubei"]).actions
    edited = ActionPlan(actions[1:], removed=[actions[0].id])
    form = profile_to_data(samples["hitech-hubei"]) | {"goals": "一小时的输入"}
    store.save_draft(f"profile:{profile_id}", draft_document(form, edited))
    store.close()
    monkeypatch.setattr(QMessageBox, "information", Recorder(QMessageBox.StandardButton.Ok))
    asked = Recorder(True)
    monkeypatch.setattr(MainWindow, "ask_restore_draft", lambda _self, *args: asked(*args))

    _app, window, _data = app_module.start(["--data-dir", str(data_dir)])
    try:
        assert app_module.finish_start(window, data_dir)
        assert asked.calls == []  # offered once the plan page exists, so the draft's plan has somewhere to go
        qtbot.waitUntil(window.autosave_timer.isActive)
        assert len(asked.calls) == 1
        assert window.editor.goals.goals_edit.toPlainText() == "一小时的输入"
        plan = window.pages.plan
        assert plan is not None and plan.plan() is not None
        assert plan.plan().to_data() == edited.to_data() and plan.is_dirty()  # type: ignore[union-attr]
    finally:
        window.ask_save_discard_cancel = lambda _name: "discard"  # type: ignore[method-assign]
        window.close()
        window.store.close()
        window.language.uninstall()
