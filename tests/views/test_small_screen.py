"""The window on a 1366×768 laptop at 125 % (1024×700): the plan's key columns without scrolling, the rest in the
detail panel; the user's choice of columns and the splitters' places kept between runs; texts read from their start.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea, QSplitter
from pytestqt.qtbot import QtBot

from desktop.models.profile import Profile
from desktop.models.store import ProfileStore
from desktop.views.editor.common import PAGE_SCROLL
from desktop.views.main_window import MainWindow
from desktop.views.plan import PlanPage
from desktop.views.plan.table_model import Column
from tests.helpers.window import WindowFactory

SMALL = (1024, 700)


@pytest.fixture
def stored(store: ProfileStore, samples: dict[str, Profile]) -> list[int]:
    return [store.create(profile) for profile in samples.values()]


def plan_tab(window: MainWindow, qtbot: QtBot) -> PlanPage:
    page = window.pages.plan
    assert page is not None
    window.editor.setCurrentWidget(window.pages.plan_tab)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    return page


def header_labels(page: PlanPage) -> list[str]:
    """The column titles the user sees, left to right."""
    header = page.table.horizontalHeader()
    shown = [column for column in Column if not page.table.isColumnHidden(column)]
    shown.sort(key=header.visualIndex)
    return [str(page.model.headerData(column, header.orientation())) for column in shown]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_plan_shows_its_key_columns_without_sideways_scrolling(
    make_window: WindowFactory, stored: list[int], qtbot: QtBot, lang: str
) -> None:
    window = make_window()
    window.set_language(lang)  # type: ignore[arg-type]
    window.resize(*SMALL)
    page = plan_tab(window, qtbot)
    qtbot.wait(50)  # the layout settles

    expected = {
        "zh": ["序号", "行动", "牵头单位", "优先级", "阶段", "状态", "开始日期", "结束日期"],
        "en": ["No.", "Action", "Lead unit", "Priority", "Phase", "Status", "Start date", "End date"],
    }[lang]
    assert header_labels(page) == expected
    assert page.table.horizontalScrollBar().maximum() == 0  # all of them in view
    page.select_row(0)
    more = page.details.more_label.text()
    assert ("开始日期" if lang == "zh" else "Start date") not in more  # shown in the table
    # The hidden columns' values are in the detail panel: the partners in its own picker, to be edited there.
    partners = page.details.partners_field.picker.summary()
    assert partners and partners == page.model.index(0, Column.PARTNERS).data()
    window.set_language("zh")


def test_the_chosen_columns_are_kept_for_the_next_run(
    make_window: WindowFactory, stored: list[int], qtbot: QtBot
) -> None:
    window = make_window()
    page = plan_tab(window, qtbot)
    menu = page.table.column_menu()  # the header's context menu
    choices = {action.text(): action for action in menu.actions() if action.isCheckable()}
    assert "序号" not in choices and "行动" not in choices  # always shown
    assert list(choices)[:5] == ["牵头单位", "借鉴依据", "优先级", "阶段", "状态"]  # in the table's order
    assert choices["配合单位"].isChecked() is False and choices["牵头单位"].isChecked()
    choices["配合单位"].setChecked(True)  # show the partners
    choices["开始日期"].setChecked(False)  # hide both dates
    choices["结束日期"].setChecked(False)
    assert "配合单位" in header_labels(page) and "开始日期" not in header_labels(page)
    page.select_row(0)
    assert "开始日期" in page.details.more_label.text() and "配合单位" not in page.details.more_label.text()
    window.close()

    again = plan_tab(make_window(), qtbot)
    assert header_labels(again) == ["序号", "行动", "牵头单位", "优先级", "阶段", "状态", "配合单位"]

    menu = again.table.column_menu()
    default = next(action for action in menu.actions() if action.text() == "默认列")
    default.trigger()
    assert "配合单位" not in header_labels(again) and "开始日期" in header_labels(again)


def test_the_splitters_are_where_the_user_left_them(
    make_window: WindowFactory, stored: list[int], qtbot: QtBot
) -> None:
    window = make_window()
    window.resize(1280, 800)
    plan_tab(window, qtbot)
    moved = {}
    for name in ("matchesSplitter", "planSplitter"):
        splitter = window.findChild(QSplitter, name)
        assert splitter is not None
        total = sum(splitter.sizes())
        splitter.setSizes([total // 3, total - total // 3])
        moved[name] = splitter.sizes()
    main = window.splitter.sizes()
    window.close()

    again = make_window()
    again.resize(1280, 800)
    plan_tab(again, qtbot)
    for name, sizes in moved.items():
        splitter = again.findChild(QSplitter, name)
        assert splitter is not None and splitter.sizes() == sizes
    assert again.splitter.sizes() == main


def test_an_english_action_title_reads_from_its_start(
    make_window: WindowFactory, stored: list[int], qtbot: QtBot
) -> None:
    window = make_window()
    window.set_language("en")
    window.resize(*SMALL)
    page = plan_tab(window, qtbot)
    for row in (0, 1):
        page.select_row(row)
        title = page.details.title_edit
        assert title.text() and title.cursorPosition() == 0  # not scrolled to the end of a long title
    window.set_language("zh")


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_match_titles_are_read_whole_in_a_small_window(
    make_window: WindowFactory, stored: list[int], qtbot: QtBot, lang: str
) -> None:
    window = make_window()
    window.set_language(lang)  # type: ignore[arg-type]
    window.resize(*SMALL)
    page = window.pages.matches
    assert page is not None
    window.editor.setCurrentWidget(window.pages.results_tab)
    qtbot.waitUntil(lambda: page.analysis() is not None)
    qtbot.wait(50)
    tree = page.tree
    metrics = tree.fontMetrics()
    assert tree.header().sectionSize(0) >= 14 * metrics.horizontalAdvance("国")  # was about five characters
    model = tree.model()
    rows = [
        model.index(r, 0, model.index(g, 0))
        for g in range(model.rowCount())
        for r in range(model.rowCount(model.index(g, 0)))
    ]
    longest = max(rows, key=lambda index: metrics.horizontalAdvance(str(index.data())))
    assert metrics.horizontalAdvance(str(longest.data())) > tree.header().sectionSize(0)  # it cannot fit on one line
    assert tree.visualRect(longest).height() >= 2 * metrics.lineSpacing()  # so its row has room for more lines
    assert tree.textElideMode() == Qt.TextElideMode.ElideNone  # and nothing of it is cut with "…"
    window.set_language("zh")


@pytest.mark.parametrize(("lang", "beside"), [("zh", True), ("en", False)])
def test_the_endowments_tab_never_scrolls_sideways(
    make_window: WindowFactory, stored: list[int], qtbot: QtBot, lang: str, beside: bool
) -> None:
    """At 1024×700 the chart sits beside the ratings where both fit (Chinese) and under them where they do not
    (English's longer names); either way the page needs no horizontal scroll bar."""
    window = make_window()
    window.set_language(lang)  # type: ignore[arg-type]
    window.resize(*SMALL)
    window.splitter.setSizes([SMALL[0] // 4, SMALL[0] - SMALL[0] // 4])  # a first start at this size
    page = window.editor.endowments
    window.editor.setCurrentWidget(page)
    qtbot.wait(50)
    area = page.findChild(QScrollArea, PAGE_SCROLL)
    assert area is not None
    assert area.horizontalScrollBar().maximum() == 0
    assert page.chart_beside_ratings() is beside
    assert page.radar.isVisible()
    window.resize(1600, 1000)  # and a large screen has room for both side by side in either language
    qtbot.wait(50)
    assert page.chart_beside_ratings() and area.horizontalScrollBar().maximum() == 0
    window.set_language("zh")


def test_the_stage_tab_puts_its_check_boxes_in_as_many_columns_as_fit(
    make_window: WindowFactory, stored: list[int], qtbot: QtBot
) -> None:
    window = make_window()
    window.set_language("en")  # the longest labels ("Water treatment and water technology")
    window.resize(*SMALL)
    window.splitter.setSizes([SMALL[0] // 4, SMALL[0] - SMALL[0] // 4])
    page = window.editor.situation
    window.editor.setCurrentWidget(page)
    qtbot.wait(50)
    area = page.findChild(QScrollArea, PAGE_SCROLL)
    assert area is not None
    assert area.horizontalScrollBar().maximum() == 0
    assert page.industry_columns() == 2
    window.resize(1600, 1000)
    qtbot.wait(50)
    assert page.industry_columns() == 3 and area.horizontalScrollBar().maximum() == 0
    window.set_language("zh")


def test_a_dragged_splitter_is_kept_at_once_not_only_at_a_clean_exit(
    make_window: WindowFactory, stored: list[int], qtbot: QtBot
) -> None:
    from PySide6.QtCore import QPoint
    from PySide6.QtTest import QTest

    from desktop.views import settings as saved

    window = make_window()
    plan_tab(window, qtbot)
    splitter = window.findChild(QSplitter, "planSplitter")
    assert splitter is not None
    handle = splitter.handle(1)
    start = handle.rect().center()
    before = splitter.sizes()
    QTest.mousePress(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(handle, start + QPoint(0, -60))
    QTest.mouseRelease(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start + QPoint(0, -60))
    assert splitter.sizes() != before

    stored_state = saved.PAGE_SPLITTERS["planSplitter"].read(window.settings)  # before any close
    assert stored_state is not None and stored_state == splitter.saveState()


def test_english_actions_and_leads_are_readable_in_a_small_window(
    make_window: WindowFactory, stored: list[int], qtbot: QtBot
) -> None:
    """English words are long: at 1024 px the action and its lead were cut to about ten and six letters while the
    phase kept "(within 1 year)" whole. The phase now gives up its bracket before the action becomes unreadable."""
    window = make_window()
    window.set_language("en")
    window.resize(*SMALL)
    page = plan_tab(window, qtbot)
    qtbot.wait(50)
    table = page.table
    window.splitter.setSizes([290, SMALL[0] - 290])  # the widest profile list a first start gives (window_layout.py)
    qtbot.wait(50)
    letters = "abcdefghijklmnopqrstuvwxyz"
    letter = table.fontMetrics().horizontalAdvance(letters) / len(letters)
    assert table.horizontalScrollBar().maximum() == 0
    assert table.columnWidth(Column.TITLE) >= 22 * letter
    assert table.columnWidth(Column.LEAD) >= 12 * letter
    # The phase still reads up to its bracket: "Near term (…".
    phase = str(page.model.index(0, Column.PHASE).data())
    assert table.columnWidth(Column.PHASE) >= table.fontMetrics().horizontalAdvance(phase.split("(")[0] + "(…")
    window.set_language("zh")


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_tab_is_in_view_in_a_small_window(
    make_window: WindowFactory, stored: list[int], qtbot: QtBot, lang: str
) -> None:
    """English tab titles are long: at 1024 px the last tabs (Knowledge) hid behind scroll arrows."""
    from PySide6.QtWidgets import QToolButton

    window = make_window()
    window.set_language(lang)  # type: ignore[arg-type]
    window.resize(*SMALL)
    window.splitter.setSizes([290, SMALL[0] - 290])  # the widest profile list a first start gives
    qtbot.wait(50)
    bar = window.editor.tabBar()
    assert bar.tabRect(bar.count() - 1).right() < bar.width()
    assert not [button for button in bar.findChildren(QToolButton) if button.isVisible()]  # no scroll arrows
    window.set_language("zh")
