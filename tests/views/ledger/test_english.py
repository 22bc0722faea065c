"""The ledger's views in English: every word of their own is English (the units' own texts stay as typed)."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from desktop.models.analysis import Analyzer
from desktop.models.knowledge.loader import default_knowledge_base
from desktop.models.ledger.names import unit_names
from desktop.models.plan.plan import ActionPlan
from desktop.models.plan.progress import ProgressReport
from desktop.models.plan.types import Status
from desktop.models.profile import Profile
from desktop.views.ledger.cells import texts
from desktop.views.ledger.import_dialog import ImportDialog
from desktop.views.ledger.progress_dialog import ProgressDialog
from desktop.views.ledger.timeline_dialog import TimelineDialog
from tests.helpers.widgets import CJK, visible_texts
from tests.views.ledger.test_import_dialog import _preview

TODAY = date(2027, 6, 30)


def _plan(profile: Profile, analyzer: Analyzer) -> ActionPlan:
    plan = ActionPlan(analyzer.analyse(profile).actions)
    first = plan.actions[0]
    plan.update(first.id, status=Status.IN_PROGRESS.value, end=date(2027, 4, 30))
    plan.add_report(first.id, ProgressReport(date(2027, 5, 2), first.lead, "Li", Status.NOT_STARTED, 0))
    plan.add_report(first.id, ProgressReport(date(2027, 6, 10), first.lead, "Li", Status.IN_PROGRESS, 40, "", "land"))
    return plan


def test_overview_and_timeline_speak_english(qtbot: QtBot, samples: dict[str, Profile], analyzer: Analyzer) -> None:
    profile = samples["hitech-hubei"]
    plan = _plan(profile, analyzer)
    names = unit_names(profile, default_knowledge_base())
    overview = ProgressDialog(plan, lambda unit: names(unit).en, "en", TODAY)
    qtbot.addWidget(overview)
    cells = [
        cell for table in (overview.by_unit, overview.overdue, overview.silent) for row in texts(table) for cell in row
    ]
    shown = visible_texts(overview) + cells
    assert not [text for text in shown if CJK.search(text)]
    assert overview.tabs.tabText(1) == "Overdue (1)"
    timeline = TimelineDialog(plan, plan.actions[0].id, lambda unit: names(unit).en, "en")
    qtbot.addWidget(timeline)
    rows = texts(timeline.table)
    assert rows[0][2] == "Not started → In progress" and rows[0][3] == "40% (+40)" and rows[0][1].endswith(" (Li)")
    assert not [text for text in visible_texts(timeline) + [c for r in rows for c in r] if CJK.search(text)]


def test_the_import_dialog_speaks_english(qtbot: QtBot) -> None:
    dialog = ImportDialog(_preview(), "en")
    qtbot.addWidget(dialog)
    assert dialog.apply_button.text() == "Apply the ticked returns (1)"
    own = [text for text in visible_texts(dialog) if "xlsx" not in text]
    assert not [text for text in own if CJK.search(text)]
