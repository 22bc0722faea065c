"""The rule that keeps a plan current: a plan nobody edited follows the profile; an edited one waits to be asked."""

from __future__ import annotations

from collections.abc import Sequence

from desktop.models.plan.plan import ActionPlan, has_user_work
from desktop.models.plan.types import Action


def untouched(plan: ActionPlan, proposals: Sequence[Action]) -> bool:
    """Nobody worked on ``plan``, made from ``proposals``: no action added, removed, edited or moved out of the
    proposals' order (a plan from the store is checked against its own profile's proposals)."""
    if plan.removed_ids or any(a.user_added or has_user_work(a) for a in plan.actions):
        return False
    order = {a.id: n for n, a in enumerate(proposals)}
    shared = [order[a.id] for a in plan.actions if a.id in order]
    return shared == sorted(shared)


def behind(plan: ActionPlan, proposals: Sequence[Action]) -> bool:
    """Regenerating ``plan`` from ``proposals`` would change it: it was made for an older profile."""
    trial = ActionPlan.from_data(plan.to_data())  # tried on a copy: the plan changes only when asked
    trial.regenerate(proposals)
    return trial != plan


def followed(plan: ActionPlan | None, basis: Sequence[Action], proposals: Sequence[Action]) -> ActionPlan | None:
    """The plan that follows ``proposals`` when nobody edited ``plan`` (made from ``basis``): the proposals
    themselves; None when ``plan`` has the user's edits, which only the user may have regenerated."""
    return ActionPlan(proposals) if plan is None or untouched(plan, basis) else None
