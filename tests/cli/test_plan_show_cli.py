"""``zoneplanner plan show NAME [--json]``: the plan with each action's latest status and progress history."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

import pytest

from desktop.cli.main import main
from desktop.models.ledger.service import read_zone
from desktop.models.plan.progress import ProgressReport
from desktop.models.vocabulary.plan import Status
from tests.models.ledger.support import NAME, SAMPLE, stored_plan, stored_zone


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_a_profile_without_a_saved_plan_shows_the_proposal_and_says_so(capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(capsys, "profiles", "import", str(SAMPLE))[0] == 0
    code, out, err = _run(capsys, "plan", "show", NAME, "--json")
    assert code == 0
    assert "还没有保存的行动计划" in err
    shown = json.loads(out)
    assert shown["saved"] is False and "plan_version" not in shown  # a generated plan has no version to report
    assert shown["actions"] and all(a["history"] == [] for a in shown["actions"])
    for lang, said in (("zh", "行动计划（尚未保存，以下为生成的建议计划，共"), ("en", "action plan (not saved yet")):
        code, out, _ = _run(capsys, "plan", "show", NAME, "--lang", lang)
        heading = out.splitlines()[0]
        assert code == 0 and said in heading and "None" not in heading


def test_history_oldest_first_with_the_latest_status(capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(capsys, "profiles", "import", str(SAMPLE))[0] == 0
    with stored_zone() as store:
        zone = read_zone(store, NAME, save_generated=True)
        plan, version = stored_plan(store)
        action = plan.actions[1]
        applied = datetime(2026, 6, 20, tzinfo=UTC)
        for day, percent, status in ((date(2026, 6, 1), 60, Status.IN_PROGRESS), (date(2026, 3, 1), 20, None)):
            plan.add_report(
                action.id,
                ProgressReport(day, action.lead, "李四", status, percent, f"进展{percent}", applied_at=applied),
            )
        plan.update(action.id, status="in_progress", end="2026-01-31")
        store.save_plan(zone.profile_id, plan.to_data(), expected_version=version)
    code, out, err = _run(capsys, "plan", "show", NAME, "--json")
    assert (code, err) == (0, "")
    shown = json.loads(out)
    assert shown["saved"] is True and shown["plan_version"] == version + 1
    entry = shown["actions"][1]
    assert entry["id"] == action.id and entry["number"] == 2
    assert (entry["status"], entry["percent"], entry["overdue"]) == ("in_progress", 60, True)
    assert [h["reported_on"] for h in entry["history"]] == ["2026-03-01", "2026-06-01"]
    assert entry["latest"]["progress"] == "进展60" and entry["latest"]["reporter"] == "李四"
    assert shown["progress"]["overdue"] == 1
    code, out, _ = _run(capsys, "plan", "show", NAME, "--lang", "en")
    assert code == 0
    lines = out.splitlines()
    at = lines.index(f"2. {action.title.en}")
    assert "status: In progress (overdue), 60%" in lines[at + 1]
    assert lines[at + 2].startswith("   2026-03-01 ") and lines[at + 2].endswith("(李四): 20%")
    assert lines[at + 3] == "      Progress: 进展20"
