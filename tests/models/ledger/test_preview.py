"""Importing returned forms: every change and decision shown before anything is applied, then one save."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from desktop.models.errors import StoreError
from desktop.models.ledger.service import apply_ledger, export_ledger, import_ledger, preview_ledger
from desktop.models.ledger.types import Issue, IssueKind
from desktop.models.profile_format import read_profile
from desktop.models.store import ProfileStore
from desktop.models.vocabulary.plan import Status
from desktop.resources import resource_path
from tests.models.ledger.support import NAME, TODAY, action_rows, fill, stored_bytes, stored_plan

NOW = datetime(2026, 6, 20, 8, 0, tzinfo=UTC)


def _kinds(issues: tuple[Issue, ...]) -> list[IssueKind]:
    return [issue.kind for issue in issues]


def test_a_return_is_shown_then_applied_in_one_save(store: ProfileStore, all_form: Path, tmp_path: Path) -> None:
    plan, version = stored_plan(store)
    first = next(iter(action_rows(all_form)))
    back = tmp_path / "back.xlsx"
    fill(
        all_form,
        back,
        {first: {"status": "已完成", "percent": 100, "progress": "已建成", "reported_on": date(2026, 6, 1)}},
    )
    before = stored_bytes(store)
    dry = import_ledger(store, NAME, [back], dry_run=True)
    assert dry.dry_run and dry.applied == () and stored_bytes(store) == before
    [proposal] = dry.preview.proposals
    changes = {c.field: (c.old.zh, c.new.zh) for c in proposal.changes}
    assert changes["status"] == ("未开始", "已完成")
    assert changes["percent"] == ("", "100")
    assert proposal.proposed and not dry.preview.refusing

    result = import_ledger(store, NAME, [back], now=NOW)
    assert result.version == version + 1  # one save
    after, _ = stored_plan(store)
    assert after.get(first).status is Status.DONE
    [report] = after.reports(first)
    assert (report.percent, report.progress, report.applied_at, report.source) == (100, "已建成", NOW, "back.xlsx")
    assert report.unit == plan.get(first).lead  # the all-units form: the action's lead reported


def test_the_newer_of_two_returns_on_one_action_is_proposed(
    store: ProfileStore, all_form: Path, tmp_path: Path
) -> None:
    first = next(iter(action_rows(all_form)))
    newer, older = tmp_path / "newer.xlsx", tmp_path / "older.xlsx"
    fill(all_form, newer, {first: {"percent": 60, "reported_on": date(2026, 6, 10)}})
    fill(all_form, older, {first: {"percent": 30, "reported_on": date(2026, 5, 10)}})
    loaded = preview_ledger(store, NAME, [newer, older])
    assert IssueKind.SAME_ACTION in _kinds(loaded.preview.issues)
    by_file = {p.where.file: p for p in loaded.preview.proposals}
    assert by_file["newer.xlsx"].proposed and not by_file["older.xlsx"].proposed
    apply_ledger(store, loaded, now=NOW)
    plan, _ = stored_plan(store)
    assert [r.percent for r in plan.reports(first)] == [60]


def test_the_user_may_accept_the_other_return(store: ProfileStore, all_form: Path, tmp_path: Path) -> None:
    first = next(iter(action_rows(all_form)))
    newer, older = tmp_path / "newer.xlsx", tmp_path / "older.xlsx"
    fill(all_form, newer, {first: {"percent": 60, "reported_on": date(2026, 6, 10)}})
    fill(all_form, older, {first: {"percent": 30, "reported_on": date(2026, 5, 10)}})
    loaded = preview_ledger(store, NAME, [newer, older])
    keys = frozenset(p.key for p in loaded.preview.proposals)  # both
    result = apply_ledger(store, loaded, keys, now=NOW)
    assert len(result.applied) == 2
    plan, _ = stored_plan(store)
    assert [r.percent for r in plan.reports(first)] == [30, 60]


def test_a_return_older_than_one_applied_is_flagged_and_not_applied(
    store: ProfileStore, all_form: Path, tmp_path: Path
) -> None:
    first = next(iter(action_rows(all_form)))
    june, may = tmp_path / "june.xlsx", tmp_path / "may.xlsx"
    fill(all_form, june, {first: {"status": "进行中", "percent": 60, "reported_on": date(2026, 6, 10)}})
    fill(all_form, may, {first: {"status": "未开始", "percent": 30, "reported_on": date(2026, 5, 10)}})
    import_ledger(store, NAME, [june], now=NOW)
    before = stored_bytes(store)
    late = import_ledger(store, NAME, [may], now=NOW)
    assert IssueKind.OLDER_THAN_APPLIED in _kinds(late.preview.issues)
    assert late.applied == () and not late.preview.proposals[0].proposed
    assert stored_bytes(store) == before
    again = import_ledger(store, NAME, [june], now=NOW)  # the same file a second time
    assert IssueKind.ALREADY_APPLIED in _kinds(again.preview.issues) and again.applied == ()
    assert stored_bytes(store) == before


def test_a_form_of_another_zone_is_refused(store: ProfileStore, tmp_path: Path) -> None:
    other = read_profile(resource_path("samples", "hitech-hubei.json"))
    store.import_profile(other)
    their_form = export_ledger(store, other.name, tmp_path, today=TODAY).paths[0]
    first = next(iter(action_rows(their_form)))
    back = tmp_path / "theirs.xlsx"
    fill(their_form, back, {first: {"percent": 50, "reported_on": date(2026, 6, 1)}})
    (tmp_path / "ours").mkdir()
    export_ledger(store, NAME, tmp_path / "ours", today=TODAY)  # our plan is saved too
    before = stored_bytes(store)
    result = import_ledger(store, NAME, [back], now=NOW)
    [issue] = result.preview.issues
    assert issue.kind is IssueKind.OTHER_ZONE and issue.refusing
    assert other.name in issue.message.zh and "theirs.xlsx" in issue.message.zh
    assert result.applied == () and stored_bytes(store) == before


def test_an_action_the_plan_no_longer_has_is_refused_the_others_matched_by_id(
    store: ProfileStore, all_form: Path, tmp_path: Path
) -> None:
    ids = list(action_rows(all_form))
    back = tmp_path / "back.xlsx"
    fill(
        all_form,
        back,
        {
            ids[0]: {"percent": 50, "reported_on": date(2026, 6, 1)},
            ids[1]: {"percent": 20, "reported_on": date(2026, 6, 1)},
        },
    )
    plan, version = stored_plan(store)
    plan.remove(ids[0])
    profile_id = store.find_id(NAME)
    assert profile_id is not None
    store.save_plan(profile_id, plan.to_data(), expected_version=version)
    result = import_ledger(store, NAME, [back], now=NOW)
    kinds = _kinds(result.preview.issues)
    assert IssueKind.OLDER_PLAN in kinds and IssueKind.ACTION_GONE in kinds
    gone = next(i for i in result.preview.issues if i.kind is IssueKind.ACTION_GONE)
    assert gone.refusing and ids[0] in gone.message.zh and "第 5 行" in gone.message.zh
    assert [p.action_id for p in result.applied] == [ids[1]]


def test_a_row_with_changed_protected_cells_is_not_applied_by_default(
    store: ProfileStore, all_form: Path, tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    from desktop.models.ledger.layout import AT

    first = next(iter(action_rows(all_form)))
    book = load_workbook(all_form)
    ws = book.worksheets[0]
    row = action_rows(all_form)[first]
    ws.cell(row=row, column=AT["kpi"]).value = "改过的指标"
    ws.cell(row=row, column=AT["percent"]).value = 70
    ws.cell(row=row, column=AT["reported_on"]).value = date(2026, 6, 1)
    book.save(tmp_path / "back.xlsx")
    result = import_ledger(store, NAME, [tmp_path / "back.xlsx"], now=NOW)
    assert IssueKind.PROTECTED_CHANGED in _kinds(result.preview.issues)
    [proposal] = result.preview.proposals
    assert not proposal.proposed and result.applied == ()


def test_applying_against_a_plan_saved_since_the_preview_is_a_conflict(
    store: ProfileStore, all_form: Path, tmp_path: Path
) -> None:
    first = next(iter(action_rows(all_form)))
    back = tmp_path / "back.xlsx"
    fill(all_form, back, {first: {"percent": 50, "reported_on": date(2026, 6, 1)}})
    loaded = preview_ledger(store, NAME, [back])
    plan, version = stored_plan(store)
    plan.update(first, notes="someone else's edit")
    profile_id = store.find_id(NAME)
    assert profile_id is not None
    store.save_plan(profile_id, plan.to_data(), expected_version=version)
    before = stored_bytes(store)
    with pytest.raises(StoreError):
        apply_ledger(store, loaded, now=NOW)
    assert stored_bytes(store) == before


def test_a_form_of_a_zone_renamed_since_is_still_its_own(store: ProfileStore, all_form: Path, tmp_path: Path) -> None:
    first = next(iter(action_rows(all_form)))
    back = tmp_path / "back.xlsx"
    fill(all_form, back, {first: {"percent": 45, "reported_on": date(2026, 6, 1)}})
    profile_id = store.find_id(NAME)
    assert profile_id is not None
    profile, version = store.load_versioned(profile_id)
    store.update(profile_id, profile.with_changes(name="桐川县经济开发区"), expected_version=version)
    result = import_ledger(store, "桐川县经济开发区", [back], now=NOW)
    assert not result.preview.refusing and len(result.applied) == 1


def test_a_save_that_left_the_forms_actions_alone_is_not_flagged(
    store: ProfileStore, all_form: Path, tmp_path: Path
) -> None:
    ids = list(action_rows(all_form))
    first, second = tmp_path / "first.xlsx", tmp_path / "second.xlsx"
    fill(all_form, first, {ids[0]: {"percent": 10, "reported_on": date(2026, 6, 1)}})
    fill(all_form, second, {ids[1]: {"percent": 20, "reported_on": date(2026, 6, 2)}})
    import_ledger(store, NAME, [first], now=NOW)  # the plan's version moves on
    result = import_ledger(store, NAME, [second], now=NOW)
    assert result.preview.issues == () and len(result.applied) == 1
    plan, version = stored_plan(store)
    plan.update(ids[2], title="改名后的行动")
    profile_id = store.find_id(NAME)
    assert profile_id is not None
    store.save_plan(profile_id, plan.to_data(), expected_version=version)
    retitled = import_ledger(store, NAME, [second], dry_run=True)
    assert IssueKind.OLDER_PLAN in _kinds(retitled.preview.issues)


def test_a_status_the_percentage_contradicts_is_applied_and_flagged(
    store: ProfileStore, all_form: Path, tmp_path: Path
) -> None:
    ids = list(action_rows(all_form))
    back = tmp_path / "back.xlsx"
    fill(
        all_form,
        back,
        {
            ids[0]: {"status": "已完成", "percent": 60, "reported_on": date(2026, 6, 1)},
            ids[1]: {"status": "未开始", "percent": 30, "reported_on": date(2026, 6, 1)},
            ids[2]: {"status": "进行中", "percent": 30, "reported_on": date(2026, 6, 1)},
        },
    )
    result = import_ledger(store, NAME, [back], now=NOW)
    flagged = [i for i in result.preview.issues if i.kind is IssueKind.STATUS_PERCENT]
    assert [i.action_id for i in flagged] == ids[:2]
    assert "完成状态为“已完成”，完成进度却为 60%" in flagged[0].message.zh
    assert not result.preview.refusing and len(result.applied) == 3
