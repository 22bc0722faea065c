"""导入台账 lists what it found in the plan's order, whatever the order of the files and of their rows (acceptance
of #15.2): an official reading the list against the plan meets action 1 before action 5."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from desktop.models.ledger.service import preview_ledger
from desktop.models.store import ProfileStore
from tests.models.ledger.support import NAME, action_rows, fill, stored_plan


def test_changes_and_notes_follow_the_plan_not_the_files(store: ProfileStore, all_form: Path, tmp_path: Path) -> None:
    plan, _ = stored_plan(store)
    ids = [action.id for action in plan]
    rows = action_rows(all_form)
    late, early = tmp_path / "a-late.xlsx", tmp_path / "b-early.xlsx"
    # The first file reports on the plan's later actions, the second on its earlier ones; each has a bad value.
    fill(all_form, late, {ids[6]: {"percent": 150}, ids[4]: {"percent": 40, "reported_on": date(2026, 6, 1)}})
    fill(all_form, early, {ids[2]: {"percent": 150}, ids[0]: {"percent": 10, "reported_on": date(2026, 6, 2)}})
    preview = preview_ledger(store, NAME, [late, early]).preview
    assert [p.action_id for p in preview.proposals] == [ids[0], ids[4]]
    assert list(preview.by_action()) == [ids[0], ids[4]]
    assert [p.number for p in preview.proposals] == [1, 5]  # numbered as the plan (and plan show) numbers them
    flagged = [issue.action_id for issue in preview.issues if issue.action_id]
    assert flagged == [ids[2], ids[6]], "the bad values must be listed in the plan's order, not file by file"
    assert rows[ids[2]] < rows[ids[6]]
