"""Compare returned forms with the plan: every change per action (old → new) and everything that needs a decision.

Nothing is changed here. Rules (docs/ledger.md): a form of another zone is refused; an action the plan no longer has
is refused; a form written from an older plan version is matched by action ID and flagged; of several returns on one
action the newest 填报日期 is proposed (ties: the file given last); a return not newer than one already applied is
flagged and not proposed; a row whose protected cells changed is reported and not proposed; added rows and bad values
are reported and never applied. Changes and issues are listed in the plan's order of actions.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from desktop.models.formatting import join
from desktop.models.ledger import words
from desktop.models.ledger.types import (
    FieldChange,
    FormIdentity,
    FormRefused,
    ImportPreview,
    InputField,
    Issue,
    IssueKind,
    ProblemKind,
    Proposal,
    ReturnedForm,
    ReturnedRow,
)
from desktop.models.ledger.words import say
from desktop.models.plan.plan import ActionPlan
from desktop.models.plan.progress import ProgressReport
from desktop.models.plan.types import Action
from desktop.models.text import Text
from desktop.models.vocabulary.plan import STATUS, Status

_PROBLEM_ISSUES = {
    ProblemKind.BAD_VALUE: IssueKind.BAD_VALUE,
    ProblemKind.FORMULA_NO_VALUE: IssueKind.BAD_VALUE,
    ProblemKind.ADDED_ROW: IssueKind.ADDED_ROW,
    ProblemKind.PROTECTED_CHANGED: IssueKind.PROTECTED_CHANGED,
    ProblemKind.DUPLICATE_ROW: IssueKind.DUPLICATE_ROW,
    ProblemKind.MISSING_DATE: IssueKind.MISSING_DATE,
}
# The report's fields in the order a change list shows them.
SHOWN_FIELDS: tuple[InputField, ...] = (
    InputField.STATUS,
    InputField.PERCENT,
    InputField.PROGRESS,
    InputField.PROBLEMS,
    InputField.NEXT_STEPS,
    InputField.REPORTER,
    InputField.REPORTED_ON,
)


def build_preview(
    plan: ActionPlan,
    forms: Sequence[ReturnedForm],
    refused: Sequence[FormRefused] = (),
    *,
    zone: str,
    profile_id: int | None,
    plan_version: int | None,
    files: Sequence[str] = (),
) -> ImportPreview:
    issues: list[Issue] = [Issue(IssueKind.FILE_REFUSED, error.message) for error in refused]
    candidates: list[tuple[int, ReturnedForm, ReturnedRow]] = []
    actions = {action.id: action for action in plan}
    for index, form in enumerate(forms):
        identity = form.identity
        if not _same_zone(identity.zone, identity.profile_id, zone, profile_id):
            issues.append(
                Issue(IssueKind.OTHER_ZONE, words.OTHER_ZONE.format(file=form.name, theirs=identity.zone, ours=zone))
            )
            continue
        if _plan_moved_on(identity, plan_version, actions):
            issues.append(
                Issue(
                    IssueKind.OLDER_PLAN,
                    words.OLDER_PLAN.format(file=form.name, theirs=identity.plan_version, ours=plan_version),
                )
            )
        issues.extend(Issue(_PROBLEM_ISSUES[p.kind], p.message, p.where, p.action_id) for p in form.problems)
        titles = {row.action_id: dict(row.protected).get("title", row.action_id) for row in identity.rows}
        for row in form.rows:
            if row.empty or row.bad:
                continue
            if row.action_id not in actions:
                issues.append(
                    Issue(
                        IssueKind.ACTION_GONE,
                        say(
                            words.ACTION_GONE,
                            place=row.where.text(),
                            title=titles.get(row.action_id, row.action_id),
                            id=row.action_id,
                        ),
                        row.where,
                        row.action_id,
                    )
                )
                continue
            candidates.append((index, form, row))
    proposals: list[Proposal] = []
    by_action: dict[str, list[tuple[int, ReturnedForm, ReturnedRow]]] = {}
    for candidate in candidates:
        by_action.setdefault(candidate[2].action_id, []).append(candidate)
    for number, action in enumerate(plan, start=1):  # in the plan's order
        found = by_action.get(action.id)
        if not found:
            continue
        newest = max(found, key=lambda c: (c[2].reported_on, c[0]))
        if len(found) > 1:
            chosen = newest[1].name
            issues.append(
                Issue(
                    IssueKind.SAME_ACTION,
                    say(
                        words.SAME_ACTION,
                        title=action.title,
                        count=len(found),
                        files=join([Text.same(c[1].name) for c in found]),
                        chosen=chosen,
                    ),
                    action_id=action.id,
                )
            )
        latest = plan.latest_report(action.id)
        for index, form, row in sorted(found, key=lambda c: (c[2].reported_on, c[0])):
            report = _report(form, row, action.lead)
            notes: list[Text] = []
            proposed, late = True, False
            if latest is not None and report.reported_on <= latest.reported_on:
                if _same_values(report, latest):
                    issues.append(
                        Issue(
                            IssueKind.ALREADY_APPLIED,
                            say(words.ALREADY_APPLIED, place=row.where.text(), date=report.reported_on.isoformat()),
                            row.where,
                            action.id,
                        )
                    )
                    continue
                message = say(
                    words.OLDER_THAN_APPLIED,
                    place=row.where.text(),
                    date=report.reported_on.isoformat(),
                    applied=latest.reported_on.isoformat(),
                )
                issues.append(Issue(IssueKind.OLDER_THAN_APPLIED, message, row.where, action.id))
                notes.append(message)
                proposed, late = False, True
            mismatch = _mismatch(row)
            if mismatch is not None:  # applied as returned: the office may want to ask the unit
                message = say(mismatch, place=row.where.text(), percent=row.percent)
                issues.append(Issue(IssueKind.STATUS_PERCENT, message, row.where, action.id))
                notes.append(message)
            if row.protected_changed:
                message = say(words.PROTECTED_ROW, place=row.where.text())
                notes.append(message)
                proposed = late = False
            if (index, row) != (newest[0], newest[2]):
                notes.append(words.NOT_CHOSEN_OLDER)
                proposed = late = False
            proposals.append(
                Proposal(
                    key=f"{index}:{row.where.row}",
                    action_id=action.id,
                    action_title=action.title,
                    report=report,
                    where=row.where,
                    changes=_changes(action.status, latest, report),
                    proposed=proposed,
                    notes=tuple(notes),
                    late=late,
                    number=number,
                )
            )
    # In the plan's order, as the changes are: what concerns a whole file first, then each action's issues (file by
    # file, row by row within one action), then rows of actions the plan no longer has. The sort is stable.
    position = {action.id: number for number, action in enumerate(plan)}
    issues.sort(key=lambda issue: position.get(issue.action_id, len(position)) if issue.action_id else -1)
    return ImportPreview(
        zone=zone,
        profile_id=profile_id,
        plan_version=plan_version,
        proposals=tuple(proposals),
        issues=tuple(issues),
        forms=tuple(files) if files else tuple(f.name for f in forms),
        refused_files=tuple(error.path.name for error in refused),
    )


def _plan_moved_on(identity: FormIdentity, plan_version: int | None, actions: Mapping[str, Action]) -> bool:
    """The form was written from another version of the plan, and the plan changed for this form's actions since
    (one is gone or retitled). Saves that did not touch them (a return applied, the profile edited) are not news."""
    if None in (identity.plan_version, plan_version) or identity.plan_version == plan_version:
        return False
    for row in identity.rows:
        action = actions.get(row.action_id)
        if action is None or dict(row.protected).get("title", "") != action.title.get(identity.lang):
            return True
    return False


def _mismatch(row: ReturnedRow) -> Text | None:
    """A status the percentage contradicts: done at less than 100 %, not started at more than 0 %."""
    if row.percent is None:
        return None
    if row.status is Status.DONE and row.percent < 100:
        return words.DONE_BELOW_100
    if row.status is Status.NOT_STARTED and row.percent > 0:
        return words.NOT_STARTED_ABOVE_0
    return None


def _same_zone(theirs: str, their_id: int | None, ours: str, our_id: int | None) -> bool:
    """The same store's profile (its ID survives a rename), or a profile of the same name (another copy of it)."""
    if their_id is not None and our_id is not None and their_id == our_id:
        return True
    return theirs.strip() == ours.strip()


def _report(form: ReturnedForm, row: ReturnedRow, lead: str) -> ProgressReport:
    assert row.reported_on is not None  # a row with input always has a date (taken from the file when not given)
    return ProgressReport(
        reported_on=row.reported_on,
        unit=form.identity.unit or lead,
        reporter=row.reporter,
        status=row.status,
        percent=row.percent,
        progress=row.progress,
        problems=row.problems,
        next_steps=row.next_steps,
        source=form.name,
    )


def _same_values(a: ProgressReport, b: ProgressReport) -> bool:
    return replace(a, applied_at=None, source="") == replace(b, applied_at=None, source="")


def _changes(status: Status, latest: ProgressReport | None, new: ProgressReport) -> tuple[FieldChange, ...]:
    changes: list[FieldChange] = []
    for field in SHOWN_FIELDS:
        if field is InputField.STATUS:
            old_text, new_text = _status(status), _status(new.status) if new.status is not None else _status(status)
        else:
            old_text = _value(latest, field.value) if latest is not None else Text("", "")
            new_text = _value(new, field.value)
        if old_text != new_text:
            changes.append(FieldChange(field.value, words.INPUT_LABELS[field], old_text, new_text))
    return tuple(changes)


def _status(status: Status | None) -> Text:
    return STATUS[status] if status is not None else Text("", "")


def _value(report: ProgressReport, name: str) -> Text:
    value = getattr(report, name)
    if value is None:
        return Text("", "")
    if hasattr(value, "isoformat"):
        return Text.same(value.isoformat())
    return Text.same(str(value))
