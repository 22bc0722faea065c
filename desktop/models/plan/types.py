"""The action plan in the "1+N" form: one lead unit and N partner units per action."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from desktop.models.text import Text

# Re-exported: the value sets an action holds.
from desktop.models.vocabulary.plan import Phase as Phase
from desktop.models.vocabulary.plan import Priority as Priority
from desktop.models.vocabulary.plan import Status as Status

# Fields a user may change; those the generator also sets are recorded in Action.edited when changed,
# so regenerating a plan keeps them.
EDITABLE_FIELDS = (
    "title",
    "description",
    "kpi",
    "why",
    "priority",
    "phase",
    "lead",
    "partners",
    "status",
    "start",
    "end",
    "owner",
    "notes",
)
# Fields only the user ever sets: always kept on regeneration.
USER_FIELDS = ("status", "start", "end", "owner", "notes")


@dataclass(frozen=True, slots=True)
class Action:
    """One action of the plan. Generated texts are bilingual; text the user typed is the same in both languages."""

    id: str  # stable: generated actions "<measure id>/<slug>", user-added "user.<n>"
    recommendation: str  # the measure it implements, e.g. "rec.2.1" ("" for a user action with none)
    draws_on: tuple[str, ...]  # IDs of US cases and practices it learns from
    title: Text
    description: Text
    kpi: Text
    why: Text
    priority: Priority
    phase: Phase
    lead: str  # department ID (the "1")
    partners: tuple[str, ...]  # department IDs (the "N")
    paragraphs: tuple[int, ...]
    status: Status = Status.NOT_STARTED
    start: date | None = None
    end: date | None = None
    owner: str = ""
    notes: str = ""
    user_added: bool = False
    edited: frozenset[str] = field(default_factory=frozenset)  # generated fields the user has changed
