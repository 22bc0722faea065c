"""What an official does with the window: send forms to every lead unit, take back their files (one re-saved by
LibreOffice, one with a bad value, one later return older than what was applied), see each change, apply, print the
进展通报."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import docx
from openpyxl import load_workbook

from desktop.models.ledger.types import ImportPreview
from desktop.models.plan.types import Status
from desktop.models.profile import Profile
from desktop.models.progress.periods import Period
from desktop.models.store import ProfileStore
from desktop.views.ledger.import_dialog import ImportDialog
from tests.helpers.widgets import Recorder
from tests.helpers.window import WindowFactory
from tests.models.ledger.support import action_rows, fill, resave_with_libreoffice, soffice

TODAY = date(2026, 6, 30)


def _unit_of(form: Path) -> list[str]:
    """The action IDs a form lists (its hidden ID column)."""
    return list(action_rows(form))


def test_forms_out_returns_in_changes_seen_applied_and_the_bulletin_printed(
    make_window: WindowFactory, store: ProfileStore, samples: dict[str, Profile], tmp_path: Path
) -> None:
    profile = samples["county-park"]
    store.create(profile)
    window = make_window()
    page = window.pages.plan
    assert page is not None
    page.today = lambda: TODAY  # type: ignore[method-assign]
    sent = tmp_path / "sent"
    sent.mkdir()
    window.ledger.ask_forms_by_unit = Recorder(True)  # type: ignore[method-assign]
    window.ledger.get_forms_folder = Recorder(sent)  # type: ignore[method-assign]
    window.ledger.show_information = Recorder()  # type: ignore[method-assign]
    result = window.ledger.export_forms()
    assert result is not None and len(result.paths) >= 5  # one form per lead unit
    first, second, third = result.paths[:3]
    a, b, c = _unit_of(first)[0], _unit_of(second)[0], _unit_of(third)[0]

    back = tmp_path / "back"
    back.mkdir()
    fill(
        first,
        back / first.name,
        {
            a: {
                "status": "进行中",
                "percent": 50,
                "problems": "资金未到位",
                "next_steps": "7月拨付",
                "reported_on": date(2026, 6, 20),
            }
        },
    )
    fill(second, back / second.name, {b: {"status": "已完成", "percent": 150, "reported_on": date(2026, 6, 21)}})
    fill(third, tmp_path / third.name, {c: {"status": "已完成", "percent": 100, "reported_on": date(2026, 6, 22)}})
    resaved = resave_with_libreoffice(tmp_path / third.name, tmp_path) if soffice() else tmp_path / third.name
    returned = [back / first.name, back / second.name, resaved]
    window.ledger.get_return_files = Recorder(returned)  # type: ignore[method-assign]
    seen: list[tuple[list[str], list[str], frozenset[str]]] = []

    def look_and_apply(preview: ImportPreview) -> frozenset[str]:
        dialog = ImportDialog(preview, "zh", window)
        actions = [dialog.changes.topLevelItem(i).text(0) for i in range(dialog.changes.topLevelItemCount())]  # type: ignore[union-attr]
        issues = [dialog.issues.item(i).text() for i in range(dialog.issues.count())]  # type: ignore[union-attr]
        seen.append((actions, issues, dialog.accepted_keys()))
        return dialog.accepted_keys()

    window.ledger.ask_import = look_and_apply  # type: ignore[method-assign]
    imported = window.ledger.import_returns()
    assert imported is not None and len(imported.applied) == 2
    actions, issues, _keys = seen[0]
    plan = page.plan()
    assert plan is not None
    numbers = {action.id: n for n, action in enumerate(plan, start=1)}
    assert actions == [f"{numbers[a]}. {plan.get(a).title.zh}", f"{numbers[c]}. {plan.get(c).title.zh}"]
    assert any(second.name in issue and "150" in issue for issue in issues)  # named by file, with the value
    assert plan.get(a).status is Status.IN_PROGRESS and plan.get(c).status is Status.DONE
    assert plan.get(b).status is Status.NOT_STARTED  # the row with a bad value is not applied

    # A return filled in earlier than the one applied comes in late: shown, flagged, not ticked.
    late = tmp_path / "late.xlsx"
    fill(first, late, {a: {"status": "未开始", "percent": 10, "reported_on": date(2026, 6, 1)}})
    window.ledger.get_return_files = Recorder([late])  # type: ignore[method-assign]
    assert window.ledger.import_returns() is not None
    _actions, late_issues, ticked = seen[1]
    assert ticked == frozenset() and late_issues
    assert page.plan().get(a).status is Status.IN_PROGRESS  # type: ignore[union-attr]

    window.ledger.ask_bulletin = Recorder((Period(date(2026, 6, 1), TODAY), ".docx", "桐川县工业园区管委会"))  # type: ignore[method-assign]
    window.ledger.get_bulletin_path = Recorder(tmp_path / "通报.docx")  # type: ignore[method-assign]
    written = window.ledger.export_bulletin()
    assert written is not None
    lines = [p.text for p in docx.Document(str(written)).paragraphs if p.text.strip()]
    assert any("本期新完成任务1项" in line for line in lines)
    assert any("7月拨付" in line for line in lines)
    assert load_workbook(resaved).worksheets[0].title  # the re-saved file is still a workbook
