"""Autosave drafts: which profile a draft belongs to, and what it holds (the form, and the plan when edited)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from desktop.models.errors import ZonePlannerError
from desktop.models.plan.plan import ActionPlan

NEW_DRAFT_KEY = "new"


def draft_key(profile_id: int | None) -> str:
    return NEW_DRAFT_KEY if profile_id is None else f"profile:{profile_id}"


def draft_profile_id(key: str) -> int | None:
    prefix, _, number = key.partition(":")
    return int(number) if prefix == "profile" and number.isdigit() else None


def draft_document(form: Mapping[str, object], plan: ActionPlan | None) -> dict[str, object]:
    """What a draft stores: ``{"form": <profile object>, "plan": <plan document or null>}``."""
    return {"form": dict(form), "plan": None if plan is None else plan.to_data()}


def draft_parts(data: Mapping[str, object]) -> tuple[dict[str, object], dict[str, object] | None]:
    """A draft's form and edited plan document (None: the plan was not changed).

    Earlier versions wrote the form alone (a bare profile object, which has no "form" key); those are read too.
    """
    form = data.get("form")
    if isinstance(form, dict):
        plan = data.get("plan")
        return form, plan if isinstance(plan, dict) else None
    return dict(data), None


@dataclass(frozen=True, slots=True)
class DraftOffer:
    """A draft a crash left behind, ready to be offered: whose it is, its form, its edited plan (None: unchanged)."""

    key: str
    form: dict[str, object]
    plan: ActionPlan | None
    saved_at: datetime

    @property
    def profile_id(self) -> int | None:
        return draft_profile_id(self.key)

    @property
    def name(self) -> str:
        return str(self.form.get("name") or "").strip()

    @classmethod
    def of(cls, key: str, data: Mapping[str, object], saved_at: datetime) -> DraftOffer:
        form, plan_data = draft_parts(data)
        try:
            plan = ActionPlan.from_data(plan_data) if plan_data is not None else None
        except ZonePlannerError:
            plan = None  # an unreadable plan in a draft: the form is still worth restoring
        return cls(key, form, plan, saved_at)
