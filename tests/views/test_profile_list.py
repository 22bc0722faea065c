"""The list of saved profiles: a well-behaved Qt model, filtered as you type, sorted by name or last change."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop.models.store import ProfileSummary
from desktop.models.vocabulary import Stage
from desktop.views.i18n import Language
from desktop.views.profile_list import ProfileListPanel
from desktop.views.profile_list_model import (
    ID_ROLE,
    SAVED_ROLE,
    STAGE_ROLE,
    ProfileFilterProxy,
    ProfileListModel,
    SortKey,
    format_saved,
)

NOON = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)


def rows() -> list[ProfileSummary]:
    return [
        ProfileSummary(1, "武汉东湖高新区", Stage.GROWTH, NOON, 3),
        ProfileSummary(2, "北京经开区", Stage.MATURE, NOON + timedelta(days=2), 1),
        ProfileSummary(3, "安庆工业园", Stage.NASCENT, NOON + timedelta(days=1), 5),
        ProfileSummary(4, "Suzhou Industrial Park", Stage.TRANSFORMING, NOON - timedelta(days=1), 2),
        ProfileSummary(5, "开发区 10", Stage.GROWTH, NOON, 1),
        ProfileSummary(6, "开发区 2", Stage.GROWTH, NOON, 1),
    ]


@pytest.fixture
def model(language: Language) -> ProfileListModel:
    return ProfileListModel(language)


def names(model: object) -> list[str]:
    return [model.index(row, 0).data() for row in range(model.rowCount())]  # type: ignore[attr-defined]


def test_the_models_pass_qt_model_checks(qtmodeltester: ModelTester, model: ProfileListModel) -> None:
    model.set_rows(rows())
    qtmodeltester.check(model)
    proxy = ProfileFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_text("开发区")
    qtmodeltester.check(proxy)
    model.set_sort_key(SortKey.CHANGED)
    model.set_rows(rows()[:2])
    qtmodeltester.check(model)


def test_names_sort_as_people_expect(model: ProfileListModel) -> None:
    model.set_rows(rows())
    # Chinese by pinyin (an, bei, kai, wu), numbers by value, then Latin letters.
    assert names(model) == [
        "安庆工业园",
        "北京经开区",
        "开发区 2",
        "开发区 10",
        "武汉东湖高新区",
        "Suzhou Industrial Park",
    ]


def test_last_change_puts_the_newest_first(model: ProfileListModel) -> None:
    model.set_rows(rows())
    model.set_sort_key(SortKey.CHANGED)
    assert names(model)[:2] == ["北京经开区", "安庆工业园"]
    assert names(model)[-1] == "Suzhou Industrial Park"


def test_each_row_shows_stage_and_last_save(model: ProfileListModel, language: Language) -> None:
    model.set_rows(rows())
    index = model.index(names(model).index("北京经开区"), 0)
    assert index.data(ID_ROLE) == 2
    assert index.data(STAGE_ROLE) == "成熟期"
    assert index.data(SAVED_ROLE) == format_saved(NOON + timedelta(days=2))
    assert "北京经开区" in index.data(Qt.ItemDataRole.ToolTipRole)
    language.set("en")
    assert index.data(STAGE_ROLE) == "Mature"


def test_saved_times_are_shown_in_local_time() -> None:
    moment = datetime(2024, 5, 1, 12, 0)  # SQLite gives UTC back without a zone
    assert format_saved(moment) == moment.replace(tzinfo=UTC).astimezone().strftime("%Y-%m-%d %H:%M")


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("", 6), ("开发区", 2), ("SUZHOU", 1), ("  工业 ", 1), ("深圳", 0)],
)
def test_the_filter_matches_part_of_the_name_in_any_case(model: ProfileListModel, typed: str, expected: int) -> None:
    model.set_rows(rows())
    proxy = ProfileFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_text(typed)
    assert proxy.rowCount() == expected


def test_the_panel_keeps_the_open_profile_selected(qtbot: QtBot, language: Language) -> None:
    panel = ProfileListPanel(language)
    qtbot.addWidget(panel)
    panel.set_rows(rows())
    panel.select(3)
    panel.set_filter("武汉")
    assert panel.visible_names() == ["武汉东湖高新区"]
    panel.set_filter("")
    assert panel.view.currentIndex().data(ID_ROLE) == 3  # the selection comes back with the row
    panel.set_sort_key(SortKey.CHANGED)
    assert panel.view.currentIndex().data(ID_ROLE) == 3


def test_picking_a_row_asks_for_that_profile(qtbot: QtBot, language: Language) -> None:
    panel = ProfileListPanel(language)
    qtbot.addWidget(panel)
    panel.set_rows(rows())
    with qtbot.waitSignal(panel.profileRequested) as requested:
        panel.view.setCurrentIndex(panel.proxy.index(0, 0))
    assert requested.args == [panel.proxy.index(0, 0).data(ID_ROLE)]
    with qtbot.assertNotEmitted(panel.profileRequested):
        panel.select(4)  # the window moving the selection is not a request


def test_filtering_ten_thousand_profiles(qtbot: QtBot, language: Language) -> None:
    """Speed is benchmarks/bench_startup.py's to prove; here: the filter finds exactly the matching names."""
    many = [ProfileSummary(i, f"测试开发区{i:05d}", Stage.GROWTH, NOON, 1) for i in range(10_000)]
    panel = ProfileListPanel(language)
    qtbot.addWidget(panel)
    panel.show()
    panel.set_rows(many)
    panel.set_filter("0999")
    assert panel.visible_names() == [f"测试开发区{i:05d}" for i in (999, *range(9990, 10_000))]
