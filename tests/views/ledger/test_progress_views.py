"""The plan's progress in the window: the overview shows what is overdue and silent, a timeline the returns."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import docx
from PySide6.QtWidgets import QDialog, QLabel, QMenu, QPushButton
from pytestqt.qtbot import QtBot

from desktop.models.analysis import Analyzer
from desktop.models.plan.plan import ActionPlan
from desktop.models.plan.progress import ProgressReport
from desktop.models.plan.types import Status
from desktop.models.profile import Profile
from desktop.models.progress.periods import Period
from desktop.models.store import ProfileStore
from desktop.views.ledger.cells import texts
from desktop.views.ledger.progress_dialog import ProgressDialog
from desktop.views.ledger.timeline_dialog import TimelineDialog
from desktop.views.main_window import MainWindow
from tests.helpers.widgets import Recorder
from tests.helpers.window import WindowFactory

TODAY = date(2027, 6, 30)


def _plan_with_returns(profile: Profile, analyzer: Analyzer) -> ActionPlan:
    """The generated plan; its first action late with a stated problem, its second done through two returns."""
    plan = ActionPlan(analyzer.analyse(profile).actions)
    late, done = plan.actions[0], plan.actions[1]
    plan.update(late.id, status=Status.IN_PROGRESS.value, end=date(2027, 4, 30))
    plan.add_report(
        late.id,
        ProgressReport(date(2027, 6, 10), late.lead, "李四", Status.IN_PROGRESS, 40, "已完成选址", "用地指标未落实"),
    )
    plan.update(done.id, status=Status.DONE.value)
    plan.add_report(done.id, ProgressReport(date(2027, 4, 5), done.lead, "王五", Status.IN_PROGRESS, 60))
    plan.add_report(done.id, ProgressReport(date(2027, 5, 28), done.lead, "王五", Status.DONE, 100, "已设立"))
    return plan


def _window(make_window: WindowFactory, store: ProfileStore, profile: Profile, analyzer: Analyzer) -> MainWindow:
    store.create(profile, plan_data=_plan_with_returns(profile, analyzer).to_data())
    window = make_window()
    page = window.pages.plan
    assert page is not None and page.plan() is not None
    page.today = lambda: TODAY  # type: ignore[method-assign]
    window.ledger.show_dialog = Recorder()  # type: ignore[method-assign]
    return window


def test_the_overview_shows_the_overdue_action_with_its_problem_and_leads_to_it(
    make_window: WindowFactory, store: ProfileStore, samples: dict[str, Profile], analyzer: Analyzer
) -> None:
    window = _window(make_window, store, samples["county-park"], analyzer)
    page = window.pages.plan
    assert page is not None
    late = page.plan().actions[0]  # type: ignore[union-attr]
    dialog = window.ledger.show_overview()
    assert isinstance(dialog, ProgressDialog)
    overdue = dialog.findChild(type(dialog.overdue), "progressOverdue")
    assert overdue is not None
    (row,) = texts(overdue)
    assert row[0] == late.title.zh and row[2] == "2027-04-30" and row[-1] == "用地指标未落实"
    assert dialog.tabs.tabText(1) == "逾期（1）"
    # Every other action has had no return in the last month: silent, unless done.
    silent = texts(dialog.silent)
    assert len(silent) == len(page.plan()) - 2  # type: ignore[arg-type]
    # Double-clicking the overdue action selects it in the plan.
    page.select_row(len(page.plan()) - 1)  # type: ignore[arg-type]
    overdue.cellDoubleClicked.emit(0, 0)
    assert page.details.action_id() == late.id


def test_the_overview_counts_silent_actions_over_the_period_the_units_report_in(
    make_window: WindowFactory, store: ProfileStore, samples: dict[str, Profile], analyzer: Analyzer
) -> None:
    window = _window(make_window, store, samples["county-park"], analyzer)
    dialog = window.ledger.show_overview()
    assert isinstance(dialog, ProgressDialog)
    by_month = len(texts(dialog.silent))
    dialog.period.setCurrentIndex(1)  # quarterly: the return of 10 June counts, the one of 5 April does not
    assert len(texts(dialog.silent)) == by_month
    units = texts(dialog.by_unit)
    assert sum(int(row[1]) for row in units) == len(window.pages.plan.plan())  # type: ignore[union-attr, arg-type]
    assert sum(int(row[5]) for row in units) == 1  # the overdue column


def test_an_actions_timeline_lists_its_returns_newest_first_with_what_changed(
    make_window: WindowFactory, store: ProfileStore, samples: dict[str, Profile], analyzer: Analyzer
) -> None:
    window = _window(make_window, store, samples["county-park"], analyzer)
    page = window.pages.plan
    assert page is not None
    page.select_row(1)
    dialog = window.ledger.show_timeline()
    assert isinstance(dialog, TimelineDialog)
    rows = texts(dialog.table)
    assert [row[0] for row in rows] == ["2027-05-28", "2027-04-05"]
    assert rows[0][2] == "进行中 → 已完成" and rows[0][3] == "100% (+40)" and rows[0][1].endswith("（王五）")
    page.select_row(2)
    empty = window.ledger.show_timeline()
    assert isinstance(empty, QDialog) and not empty.findChild(type(dialog.table), "timelineTable").isVisibleTo(empty)


def test_the_bulletin_is_written_from_the_plan_on_screen_for_the_period_asked(
    make_window: WindowFactory, store: ProfileStore, samples: dict[str, Profile], analyzer: Analyzer, tmp_path: Path
) -> None:
    window = _window(make_window, store, samples["county-park"], analyzer)
    asked = Recorder((Period(date(2027, 4, 1), TODAY), ".docx", "桐川县工业园区管委会"))
    window.ledger.ask_bulletin = asked  # type: ignore[method-assign]
    target = tmp_path / "通报"
    window.ledger.get_bulletin_path = Recorder(target)  # type: ignore[method-assign]
    written = window.ledger.export_bulletin()
    assert written == tmp_path / "通报.docx"
    assert asked.calls[0][:2] == (date(2027, 5, 31), TODAY)  # offered: the last month (returns from April before it)
    lines = [p.text for p in docx.Document(str(written)).paragraphs if p.text.strip()]
    assert "三、逾期事项" in lines and any("用地指标未落实" in line for line in lines)
    assert lines[-2] == "桐川县工业园区管委会"


def test_the_detail_panel_shows_the_latest_return_and_links_to_the_timeline(
    make_window: WindowFactory, store: ProfileStore, samples: dict[str, Profile], analyzer: Analyzer
) -> None:
    window = _window(make_window, store, samples["county-park"], analyzer)
    page = window.pages.plan
    assert page is not None
    latest = page.findChild(QLabel, "latestReport")
    assert latest is not None
    page.select_row(1)
    assert latest.text().startswith("2027-05-28 · 已完成 · 100% · 王五")
    assert "已设立" in latest.toolTip()
    page.select_row(2)
    assert latest.text() == "尚无"
    page.select_row(1)
    latest.linkActivated.emit("timeline")
    (shown,) = window.ledger.show_dialog.calls  # type: ignore[attr-defined]
    assert isinstance(shown[0], TimelineDialog)


def test_the_file_menu_offers_the_ledger_commands_after_the_plan_documents(
    make_window: WindowFactory, store: ProfileStore, samples: dict[str, Profile], analyzer: Analyzer
) -> None:
    window = _window(make_window, store, samples["county-park"], analyzer)
    menu = window.findChild(QMenu, "ledgerMenu")
    assert menu is not None and menu.title() == "进度台账(&L)"
    entries = window.commands.file_menu.actions()
    assert entries.index(menu.menuAction()) == entries.index(window.commands.export_report) + 1
    texts_shown = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts_shown == ["导出台账填报表…", "导入台账…", "进展总览…", "所选任务的进展记录…", "导出进展通报…"]
    menu.aboutToShow.emit()
    overview = next(a for a in menu.actions() if a.objectName() == "ledger_overview")
    assert overview.isEnabled()
    overview.trigger()
    (shown,) = window.ledger.show_dialog.calls  # type: ignore[attr-defined]
    assert isinstance(shown[0], ProgressDialog)


def test_the_overview_leads_on_to_the_bulletin(
    make_window: WindowFactory, store: ProfileStore, samples: dict[str, Profile], analyzer: Analyzer, qtbot: QtBot
) -> None:
    window = _window(make_window, store, samples["county-park"], analyzer)
    asked = Recorder(None)  # the user cancels the bulletin's questions: nothing written
    window.ledger.ask_bulletin = asked  # type: ignore[method-assign]
    dialog = window.ledger.show_overview()
    assert isinstance(dialog, ProgressDialog)
    button = dialog.findChild(QPushButton, "progressBulletin")
    assert button is not None and button.text() == "导出进展通报…"
    button.click()
    qtbot.waitUntil(lambda: bool(asked.calls))
    assert asked.calls[0][1] == TODAY


def test_the_bulletin_offers_the_zones_committee_as_issuer_when_none_was_given(
    make_window: WindowFactory, store: ProfileStore, samples: dict[str, Profile], analyzer: Analyzer, tmp_path: Path
) -> None:
    window = _window(make_window, store, samples["county-park"], analyzer)
    asked = Recorder(None)
    window.ledger.ask_bulletin = asked  # type: ignore[method-assign]
    assert window.ledger.export_bulletin() is None  # cancelled: only what was offered matters here
    assert asked.calls[0][2] == "桐川县工业园区管委会"  # not an empty field giving an unsigned 公文
