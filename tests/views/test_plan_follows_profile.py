"""The plan saved and exported is the plan of the profile: a plan nobody edited follows every change of the form,
and an edited plan made for an older profile is not exported without asking whether to update it first."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from python_calamine import CalamineWorkbook

from desktop.models.analysis import Analyzer
from desktop.models.plan.plan import ActionPlan
from desktop.models.profile import Profile
from desktop.models.profile_format import parse_profile, profile_to_data
from desktop.models.store import ProfileStore
from desktop.models.vocabulary import Condition
from desktop.models.workbook.action_sheet import OWNER, TITLE
from desktop.views.main_window import MainWindow
from desktop.views.plan import PlanPage
from desktop.views.plan.table_model import Column
from tests.helpers.widgets import Recorder
from tests.helpers.window import WindowFactory

NAME = "新建科技园"
# Ticked once the form is complete: each one changes what the engine proposes for the zone.
TICKED = (Condition.CLUSTER_ORGANIZATION, Condition.IUR_ALLIANCE, Condition.INFORMATION_PLATFORM)


def plan_of(window: MainWindow) -> PlanPage:
    assert window.pages.plan is not None
    return window.pages.plan


def untick(profile: Profile) -> dict[str, object]:
    """The sample as a new zone that has none of ``TICKED`` yet."""
    conditions = {condition: False for condition in TICKED}
    return profile_to_data(profile.with_changes(name=NAME, conditions={**dict(profile.conditions), **conditions}))


def exported_actions(path: Path) -> list[tuple[str, str]]:
    """The workbook's action sheet as a reader sees it: (title, owner) of each action, top to bottom."""
    rows = CalamineWorkbook.from_path(str(path)).get_sheet_by_name("行动计划").to_python()
    return [(str(row[TITLE - 1]), str(row[OWNER - 1])) for row in rows[1:] if row[TITLE - 1]]


def fill_and_tick(qtbot: QtBot, window: MainWindow, profile: Profile) -> None:
    """A new profile typed in: complete (so matched, with a plan), then boxes ticked, the last ones at once."""
    window.commands.new.trigger()
    matches = window.pages.matches
    assert matches is not None
    with qtbot.waitSignal(matches.analysisChanged, timeout=5000):
        window.editor.load_data(untick(profile), baseline=False)
    situation = window.editor.situation
    with qtbot.waitSignal(matches.analysisChanged, timeout=5000):
        situation.set_condition(TICKED[0], True)
    for condition in TICKED[1:]:  # saved before the matching pause is over
        situation.set_condition(condition, True)


@pytest.mark.parametrize("export_by", ["Ctrl+E", "the plan page's button"])
def test_a_new_profile_saves_and_exports_the_plan_of_the_profile_saved(
    qtbot: QtBot,
    make_window: WindowFactory,
    store: ProfileStore,
    samples: dict[str, Profile],
    analyzer: Analyzer,
    tmp_path: Path,
    export_by: str,
) -> None:
    sample = samples["county-park"]
    first = analyzer.analyse(parse_profile(untick(sample))).actions  # the plan when the form first became valid
    window = make_window()
    window.activateWindow()
    qtbot.waitActive(window)
    fill_and_tick(qtbot, window, sample)

    window.commands.save.trigger()

    profile_id = store.find_id(NAME)
    assert profile_id is not None
    engine = analyzer.analyse(store.load(profile_id)).actions  # what `zoneplanner export` writes for it
    assert {a.id for a in engine} != {a.id for a in first}  # the boxes ticked changed what is proposed
    plan = plan_of(window)
    assert store.load_plan(profile_id) == ActionPlan(engine).to_data()  # saved with the profile it belongs to
    assert plan.banner.isHidden()  # nothing "changed since the plan was made"
    assert not window.isWindowModified()

    target = tmp_path / "计划.xlsx"
    plan.get_save_path = Recorder(target)  # type: ignore[method-assign]
    plan.ask_open_folder = Recorder(False)  # type: ignore[method-assign]
    with qtbot.waitSignal(plan.exported, timeout=10_000):
        if export_by == "Ctrl+E":
            QTest.keyClick(window.windowHandle(), Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
        else:
            plan.export_button.click()

    assert exported_actions(target) == [(a.title.zh, "") for a in engine]


@pytest.mark.parametrize("answer", ["update", "as_is", "cancel"])
def test_an_edited_plan_older_than_the_profile_is_exported_only_after_asking(
    qtbot: QtBot,
    make_window: WindowFactory,
    store: ProfileStore,
    samples: dict[str, Profile],
    analyzer: Analyzer,
    tmp_path: Path,
    answer: str,
) -> None:
    store.create(parse_profile(untick(samples["county-park"])))
    window = make_window()
    plan = plan_of(window)
    plan.model.setData(plan.model.index(0, Column.OWNER), "李娜", Qt.ItemDataRole.EditRole)  # the user's work
    matches = window.pages.matches
    assert matches is not None
    with qtbot.waitSignal(matches.analysisChanged, timeout=5000):
        window.editor.situation.set_condition(TICKED[0], True)
    shown = plan.plan()
    assert shown is not None
    on_screen = [(a.title.zh, a.owner) for a in shown.actions]
    updated = ActionPlan.from_data(shown.to_data())
    updated.regenerate(analyzer.analyse(window.editor.profile()).actions)  # type: ignore[arg-type]
    assert updated != shown  # the plan on screen is older than the profile
    window.ask_update_plan = Recorder(answer)  # type: ignore[method-assign]
    target = tmp_path / "计划.xlsx"
    plan.get_save_path = Recorder(target)  # type: ignore[method-assign]
    plan.ask_open_folder = Recorder(False)  # type: ignore[method-assign]

    written = window.export_workbook()

    assert window.ask_update_plan.calls == [(NAME,)]  # type: ignore[attr-defined]
    if answer == "cancel":
        assert written is None and not target.exists() and plan.get_save_path.calls == []  # type: ignore[attr-defined]
        return
    assert written == target
    if answer == "update":
        assert exported_actions(target) == [(a.title.zh, a.owner) for a in updated.actions]
        assert "李娜" in [owner for _title, owner in exported_actions(target)]  # the user's edit is kept
        assert window.isWindowModified()  # the updated plan is not saved behind the user's back
    else:
        assert exported_actions(target) == on_screen  # as it is, because the user said so
