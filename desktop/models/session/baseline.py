"""The plan as saved: what the plan on screen is compared with to know whether it has unsaved changes."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from desktop.models.errors import ZonePlannerError
from desktop.models.plan.plan import ActionPlan
from desktop.models.text import Text


@dataclass(frozen=True, slots=True)
class StoredPlan:
    """A plan document read from the store: the plan, or why it could not be read (the document stays stored)."""

    plan: ActionPlan | None
    problem: Text | None = None

    @classmethod
    def read(cls, data: Mapping[str, object] | None) -> StoredPlan:
        if data is None:
            return cls(None)
        try:
            return cls(ActionPlan.from_data(data))
        except ZonePlannerError as error:
            return cls(None, error.message)


class PlanBaseline:
    """The one record of the saved plan. A profile with no stored plan counts the plan first shown for it (its
    proposals) as saved; a stored plan that cannot be read is replaced only by a plan the user changed."""

    def __init__(self) -> None:
        self._saved: dict[str, object] | None = None
        self.keep_stored = False  # the stored plan could not be read: leave it for inspection unless edited

    def reset(self, plan: ActionPlan | None, *, keep_stored: bool = False) -> None:
        self._saved = None if plan is None else plan.to_data()
        self.keep_stored = keep_stored

    def changed(self, plan: ActionPlan | None) -> bool:
        return plan is not None and plan.to_data() != self._saved

    def to_save(self, plan: ActionPlan | None) -> ActionPlan | None:
        """The plan to store with the profile, or None to leave the stored one alone."""
        if plan is None or (self.keep_stored and not self.changed(plan)):
            return None
        return plan
