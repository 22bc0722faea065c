"""What changed between two versions of a plan: actions added and removed, and the fields an official follows
(lead, owner, dates, status, phase, priority, title) of the actions in both. Used by the version history and by the
undo of plan edits; no Qt here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, fields
from datetime import date
from typing import Protocol

from desktop.models.errors import ZonePlannerError
from desktop.models.plan.columns import COLUMN_LABELS, PlanColumn
from desktop.models.plan.plan import ActionPlan
from desktop.models.plan.types import Action, Phase, Priority, Status
from desktop.models.text import Text
from desktop.models.vocabulary.plan import plan_label

# The fields compared, in the order changes are told, each named as the plan's table names its column.
FIELDS: tuple[tuple[str, PlanColumn], ...] = (
    ("title", PlanColumn.TITLE),
    ("lead", PlanColumn.LEAD),
    ("owner", PlanColumn.OWNER),
    ("start", PlanColumn.START),
    ("end", PlanColumn.END),
    ("status", PlanColumn.STATUS),
    ("phase", PlanColumn.PHASE),
    ("priority", PlanColumn.PRIORITY),
)

ADDED = Text("新增行动“{title}”", "Added “{title}”")
REMOVED = Text("删除行动“{title}”", "Removed “{title}”")
CHANGED = Text("“{title}”的{field}：{before} → {after}", "“{title}”, {field}: {before} → {after}")
MOVED = Text("调整了行动顺序", "Changed the order of the actions")
EDITED = Text("修改了行动“{title}”", "Edited “{title}”")
NOT_SET = Text("未填", "not set")
NO_CHANGE = Text("计划无变化", "No change to the plan")


_FIELD_NAMES = tuple(f.name for f in fields(Action))


@dataclass(frozen=True, slots=True)
class FieldChange:
    action_id: str
    title: Text  # the action's title in the newer version
    field: str
    before: object
    after: object


@dataclass(frozen=True, slots=True)
class PlanDiff:
    added: tuple[Action, ...] = ()
    removed: tuple[Action, ...] = ()
    changed: tuple[FieldChange, ...] = ()
    # Actions in both whose other fields (texts, partners, notes, KPI…) changed: named, not detailed.
    edited: tuple[Action, ...] = ()
    moved: bool = False

    def __bool__(self) -> bool:
        return bool(self.added or self.removed or self.changed or self.edited or self.moved)

    def action_ids(self) -> list[str]:
        """The actions the change touched, added first (where the user should look after an undo)."""
        ids = [a.id for a in self.added] + [c.action_id for c in self.changed] + [a.id for a in self.edited]
        return list(dict.fromkeys(ids + [a.id for a in self.removed]))


def plan_of(data: Mapping[str, object] | None) -> ActionPlan | None:
    """A stored plan document as a plan; None when there is none or it cannot be read."""
    if data is None:
        return None
    try:
        return ActionPlan.from_data(data)
    except ZonePlannerError:
        return None


class HasActions(Protocol):
    """A plan, or a snapshot of one: its actions in order."""

    @property
    def actions(self) -> Sequence[Action]: ...


def plan_diff(before: HasActions, after: HasActions) -> PlanDiff:
    old = {a.id: a for a in before.actions}
    new = {a.id: a for a in after.actions}
    added = tuple(a for a in after.actions if a.id not in old)
    removed = tuple(a for a in before.actions if a.id not in new)
    changed: list[FieldChange] = []
    edited: list[Action] = []
    for action in after.actions:
        previous = old.get(action.id)
        if previous is None or previous == action:
            continue
        fields = [
            FieldChange(action.id, action.title, name, getattr(previous, name), getattr(action, name))
            for name, _ in FIELDS
            if getattr(previous, name) != getattr(action, name)
        ]
        changed.extend(fields)
        told = {name for name, _ in FIELDS}
        if any(getattr(previous, name) != getattr(action, name) for name in _FIELD_NAMES if name not in told):
            edited.append(action)
    kept_old = [a.id for a in before.actions if a.id in new]
    kept_new = [a.id for a in after.actions if a.id in old]
    return PlanDiff(added, removed, tuple(changed), tuple(edited), kept_old != kept_new)


def value_text(value: object, unit_name: Callable[[str], Text], *, field: str = "") -> Text:
    """A compared value as the plan shows it: words for choices, dates as written, units by name."""
    if value is None or value == "":
        return NOT_SET
    if isinstance(value, Priority | Phase | Status):
        return plan_label(value)
    if isinstance(value, date):
        return Text.same(value.isoformat())
    if isinstance(value, Text):
        return value
    if field == "lead" and isinstance(value, str):
        return unit_name(value)
    return Text.same(str(value))


def describe(diff: PlanDiff, unit_name: Callable[[str], Text]) -> list[Text]:
    """One line per change, in the plan's words; empty when nothing changed."""
    lines = [fill(ADDED, title=a.title) for a in diff.added]
    lines += [fill(REMOVED, title=a.title) for a in diff.removed]
    labels = dict(FIELDS)
    for change in diff.changed:
        label = COLUMN_LABELS[labels[change.field]]
        before = value_text(change.before, unit_name, field=change.field)
        after = value_text(change.after, unit_name, field=change.field)
        lines.append(fill(CHANGED, title=change.title, field=label, before=before, after=after))
    lines += [fill(EDITED, title=a.title) for a in diff.edited if not _told(diff, a.id)]
    if diff.moved:
        lines.append(MOVED)
    return lines


def _told(diff: PlanDiff, action_id: str) -> bool:
    """Whether a field change of this action is already told (then "edited" would say less than is shown)."""
    return any(c.action_id == action_id for c in diff.changed)


def fill(template: Text, **values: Text) -> Text:
    """``template`` with bilingual values, each language taking its own side (``Text.format`` puts one value in
    both)."""
    return Text(
        template.zh.format(**{k: v.zh for k, v in values.items()}),
        template.en.format(**{k: v.en for k, v in values.items()}),
    )
