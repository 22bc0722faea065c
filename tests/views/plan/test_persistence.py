"""A plan survives plan_data() → load_plan(), and a save and reopen of the store; dirty follows the data."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.models.analysis import Analysis
from desktop.models.knowledge.types import KnowledgeBase
from desktop.models.plan.types import Status
from desktop.models.profile import Profile
from desktop.models.store import open_store
from desktop.views.plan import PlanPage
from desktop.views.plan.table_model import Column
from tests.helpers.plan_page import Interactions, make_page

EDIT = Qt.ItemDataRole.EditRole


def _edit(page: PlanPage) -> None:
    page.model.setData(page.model.index(0, Column.STATUS), "done", EDIT)
    page.model.setData(page.model.index(0, Column.NOTES), "已列入年度重点工作", EDIT)
    page.model.setData(page.model.index(2, Column.START), date(2025, 7, 1), EDIT)
    page.model.setData(page.model.index(2, Column.TITLE), "搭建集群数据平台（一期）", EDIT)


def _check(page: PlanPage, analysis: Analysis) -> None:
    plan = page.plan()
    assert plan is not None
    assert plan.actions[0].status is Status.DONE
    assert plan.actions[0].notes == "已列入年度重点工作"
    assert plan.actions[2].start == date(2025, 7, 1)
    assert page.model.index(2, Column.TITLE).data() == "搭建集群数据平台（一期）"
    assert len(plan.actions) == len(analysis.actions)


def test_plan_data_round_trip_keeps_the_edits(
    qtbot: QtBot, page: PlanPage, analysis: Analysis, kb: KnowledgeBase, asked: Interactions
) -> None:
    page.set_analysis(analysis)
    _edit(page)
    assert page.is_dirty()
    data = page.plan_data()

    reopened = make_page(qtbot, kb, "zh", asked)
    reopened.load_plan(data, analysis)

    _check(reopened, analysis)
    assert not reopened.is_dirty()
    assert not reopened.banner.isVisibleTo(reopened)  # same profile: nothing to regenerate


def test_saved_in_the_store_and_reopened_keeps_the_edits(
    qtbot: QtBot,
    tmp_path: Path,
    page: PlanPage,
    analysis: Analysis,
    profile: Profile,
    kb: KnowledgeBase,
    asked: Interactions,
) -> None:
    store, _report = open_store(tmp_path / "store")
    profile_id = store.find_id(profile.name) or store.create(profile)  # the samples may be there already
    page.load_plan(store.load_plan(profile_id), analysis)  # nothing saved yet: the proposals
    _edit(page)
    store.save_plan(profile_id, page.plan_data())
    page.mark_saved()
    assert not page.is_dirty()
    store.close()

    store, _report = open_store(tmp_path / "store")
    reopened = make_page(qtbot, kb, "zh", asked)
    reopened.load_plan(store.load_plan(profile_id), analysis)
    store.close()

    _check(reopened, analysis)


def test_dirty_is_a_comparison_not_a_flag(page: PlanPage, analysis: Analysis) -> None:
    page.set_analysis(analysis)
    status = page.model.index(1, Column.STATUS)
    page.model.setData(status, "in_progress", EDIT)
    assert page.is_dirty()
    page.model.setData(status, "not_started", EDIT)
    assert not page.is_dirty()  # back to what was loaded
    page.model.setData(status, "done", EDIT)
    page.mark_saved()
    assert not page.is_dirty()
