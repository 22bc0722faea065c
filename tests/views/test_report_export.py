"""File → Export action plan document: asked once per zone (issuer, date), written from the plan on screen."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import docx
from pytestqt.qtbot import QtBot

from desktop.models.profile import Profile
from desktop.models.report.settings import ReportSettings
from desktop.models.store import ProfileStore
from desktop.views.report_dialog import ReportDialog
from tests.helpers.widgets import Recorder
from tests.helpers.window import WindowFactory


def test_the_file_menu_offers_the_document(
    make_window: WindowFactory, store: ProfileStore, samples: dict[str, Profile]
) -> None:
    store.create(samples["county-park"])
    window = make_window()
    assert window.commands.export_report in window.commands.file_menu.actions()
    assert window.commands.export_report.isEnabled()


def test_export_writes_the_plan_on_screen_and_remembers_what_was_entered(
    make_window: WindowFactory, store: ProfileStore, samples: dict[str, Profile], tmp_path: Path
) -> None:
    store.create(samples["county-park"])
    window = make_window()
    plan = window.pages.plan
    assert plan is not None and plan.plan() is not None
    entered = ReportSettings("桐川县工业园区管委会", "2026-05-08", True, "县委副书记")
    window.ask_report_settings = Recorder(entered)  # type: ignore[method-assign]
    target = tmp_path / "方案.docx"
    window.get_report_path = Recorder(target)  # type: ignore[method-assign]

    assert window.export_report() == target

    assert window.ask_report_settings.calls[0][0] == ReportSettings()  # type: ignore[attr-defined]
    lines = [p.text for p in docx.Document(str(target)).paragraphs if p.text.strip()]
    assert lines[1] == "（征求意见稿）" and "桐川县工业园区管委会" in lines and "2026年5月8日" in lines
    titles = [a.title.zh for a in plan.plan().actions]  # type: ignore[union-attr]
    assert all(any(line.startswith(f"{n}．{t}。") for line in lines) for n, t in enumerate(titles, 1)) or all(
        any(t in line for line in lines) for t in titles
    )
    assert window.isWindowModified()  # remembered with the plan, saved with the profile
    assert window.save()
    again = Recorder(None)
    window.ask_report_settings = again  # type: ignore[method-assign]
    assert window.export_report() is None  # cancelled in the dialog: nothing written, nothing asked after
    assert again.calls[0][0] == entered


def test_the_dialog_loads_and_gives_back_the_settings_and_needs_an_issuer(qtbot: QtBot) -> None:
    dialog = ReportDialog(date(2026, 3, 1))
    qtbot.addWidget(dialog)
    entered = ReportSettings("某管委会", "2026-05-08", True, "张三")
    dialog.load(entered)
    assert dialog.settings() == entered
    dialog.issuer.setText("  ")
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
    dialog.load(ReportSettings("某管委会"))
    assert dialog.settings().date == "2026-03-01"  # no date remembered: the day of export
