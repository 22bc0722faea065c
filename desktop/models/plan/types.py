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
class Indicator:
    """What an action's KPI measures, so that it can be checked: from a base (year) to a target (year).

    ``base`` None is "待填" (the zone has not given it: the plan never fills in a default). ``target`` None is "待填"
    too (an effort target that would need a figure the zone has not given). ``target_year`` None: the time frame is
    the action's phase (一年内 / 三年内 / 五年内), stated in the KPI text.
    """

    name: Text
    unit: Text
    target: float | None
    target_year: int | None = None
    base: float | None = None
    base_year: int | None = None
    indicator_id: str = ""  # an ID of resources/profile/indicators.toml when it is one of the zone's targets


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
    # The knowledge item it implements: a rec.*, practice.* or case.* ID ("" for a user action). ``recommendation``
    # keeps the rec.* ID only, "" when the action comes from a practice or a case lesson.
    basis: str = ""
    depends_on: tuple[str, ...] = ()  # IDs of actions of the plan that must come first
    indicator: Indicator | None = None

    def __post_init__(self) -> None:
        if not self.basis and self.recommendation:  # built without a basis: the recommendation is what it implements
            object.__setattr__(self, "basis", self.recommendation)
