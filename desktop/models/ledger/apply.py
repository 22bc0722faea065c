"""Apply the accepted proposals of a preview to a plan: a progress report per row, the action's status updated.

Pure: returns a new plan (the given one is not touched); the service saves it in one transaction.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from desktop.models.ledger.types import ImportPreview, Proposal
from desktop.models.plan.plan import ActionPlan


def apply_preview(
    plan: ActionPlan,
    preview: ImportPreview,
    accepted: frozenset[str] | None = None,
    *,
    now: datetime | None = None,
) -> tuple[ActionPlan, tuple[Proposal, ...]]:
    """The plan with the ``accepted`` proposals applied (None: the proposed ones), and those applied, in order.

    Each applied row becomes a ``ProgressReport`` (``applied_at`` = ``now``); each touched action takes the status of
    its newest report, when that report gives one. Keys that are not in the preview are ignored."""
    keys = preview.default_keys() if accepted is None else accepted
    chosen = tuple(p for p in preview.proposals if p.key in keys)
    result = ActionPlan.from_data(plan.to_data())
    if not chosen:
        return result, ()
    moment = now or datetime.now(tz=UTC)
    touched: list[str] = []
    for proposal in chosen:
        result.add_report(proposal.action_id, replace(proposal.report, applied_at=moment))
        if proposal.action_id not in touched:
            touched.append(proposal.action_id)
    for action_id in touched:
        latest = result.latest_report(action_id)
        if latest is not None and latest.status is not None and latest.status is not result.get(action_id).status:
            result.update(action_id, status=latest.status.value)
    return result, chosen
