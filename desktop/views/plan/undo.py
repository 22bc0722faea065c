"""Undo and redo of the plan's edits within the session (Ctrl+Z / Ctrl+Shift+Z).

Every change made through the plan's table model — a cell, a text typed in the detail panel, an action added,
removed or moved, a regeneration — is kept as a snapshot of the plan before and after it. Undo puts the earlier
snapshot back; actions are frozen, so a snapshot shares them and costs little even for hundreds of actions, and
it undoes every kind of edit the same way, including ones added later. What a
step did is told in the plan's own words by the Qt-free plan diff, so the Edit menu can say "Undo: removed …".

Opening another plan (another profile, the proposals of a new analysis, a draft) starts a new history: an undo
never reaches across into another profile's plan.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from desktop.models.plan.diff import PlanDiff, describe, plan_diff
from desktop.models.plan.plan import ActionPlan
from desktop.models.plan.progress import ProgressReport
from desktop.models.plan.types import Action
from desktop.models.text import Lang, Text
from desktop.views.plan.table_model import PlanTableModel

UnitName = Callable[[str], Text]


@dataclass(frozen=True, slots=True)
class Snapshot:
    """A plan as it was: its (frozen) actions and the rest of its state. Taken and compared in a few milliseconds
    for hundreds of actions, where writing and re-reading the plan document would make every key press wait."""

    actions: tuple[Action, ...]
    removed: frozenset[str]
    report: tuple[tuple[str, object], ...]
    progress: tuple[tuple[str, tuple[ProgressReport, ...]], ...]

    @classmethod
    def of(cls, plan: ActionPlan) -> Snapshot:
        return cls(
            tuple(plan.actions),
            plan.removed_ids,
            tuple(sorted(plan.report.items())),
            tuple(sorted(plan.progress_reports.items())),
        )

    def plan(self) -> ActionPlan:
        return ActionPlan(self.actions, self.removed, dict(self.report), _progress(self.progress))


def _progress(items: tuple[tuple[str, tuple[ProgressReport, ...]], ...]) -> Mapping[str, tuple[ProgressReport, ...]]:
    return dict(items)


_MERGE_ID = 13_11  # any fixed number: steps that may merge share it (Qt asks for one)


class _Step(QUndoCommand):
    """One edit: the plan document before and after it."""

    def __init__(self, history: PlanUndo, before: Snapshot, after: Snapshot, diff: PlanDiff) -> None:
        super().__init__()
        self._history = history
        self.before, self.after = before, after
        self.diff = diff
        self._pushed = False  # QUndoStack.push runs redo(): the edit is already done then
        # Typing in a text box of one action sends an edit per key: those steps merge into one.
        self.typing = _typing_key(diff)

    def redo(self) -> None:
        if self._pushed:
            self._history.show(self.after, self.diff)
        self._pushed = True

    def undo(self) -> None:
        self._history.show(self.before, self.diff)

    def id(self) -> int:
        return _MERGE_ID if self.typing is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, _Step) or other.typing is None or other.typing != self.typing:
            return False
        self.after = other.after
        return True


def _typing_key(diff: PlanDiff) -> str | None:
    """The action whose texts alone changed (what typing in the detail panel does, a key at a time), else None."""
    if diff.added or diff.removed or diff.moved:
        return None
    touched = {c.action_id for c in diff.changed} | {a.id for a in diff.edited}
    if len(touched) != 1 or any(c.field not in _TEXT_FIELDS for c in diff.changed):
        return None
    return touched.pop()


_TEXT_FIELDS = frozenset({"title"})  # of the fields the diff tells; description, KPI and reason count as "edited"


class PlanUndo(QObject):
    """The undo history of the plan shown in ``model``. ``restored(action_id)``: an undo or redo brought the plan
    back; the action it touched should be selected (empty when none is left to show)."""

    restored = Signal(str)

    def __init__(self, model: PlanTableModel, unit_name: UnitName, lang: Lang, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.stack = QUndoStack(self)
        self._model = model
        self._unit_name = unit_name
        self._lang = lang
        self._plan: ActionPlan | None = None  # the plan object followed: another one is another history
        self._last: Snapshot | None = None
        self._applying = False
        model.planChanged.connect(self._changed)
        model.modelReset.connect(self._reset_if_new)

    def set_language(self, lang: Lang) -> None:
        """Name the steps in ``lang`` (the Edit menu shows the next one's name)."""
        self._lang = lang
        for index in range(self.stack.count()):
            step = self.stack.command(index)
            if isinstance(step, _Step):
                step.setText(self._text(step.diff))

    def _reset_if_new(self) -> None:
        if self._applying or self._model.plan is self._plan:
            return  # an undo putting a plan back, or a regeneration of the same plan
        self._plan = self._model.plan
        self._last = None if self._plan is None else Snapshot.of(self._plan)
        self.stack.clear()

    def _changed(self) -> None:
        plan = self._model.plan
        if self._applying or plan is None:
            return
        if plan is not self._plan or self._last is None:
            self._reset_if_new()
            return
        after = Snapshot.of(plan)
        if after == self._last:
            return
        diff = plan_diff(self._last, after)
        step = _Step(self, self._last, after, diff)
        step.setText(self._text(diff))
        self._last = after
        self.stack.push(step)

    def show(self, data: Snapshot, diff: PlanDiff) -> None:
        """Put a plan document back on screen, as the plan the page edits from now on."""
        self._applying = True
        try:
            plan = data.plan()
            self._model.set_plan(plan)
            self._plan, self._last = plan, data
            self._model.planChanged.emit()  # the page refreshes and the window marks the change as unsaved
        finally:
            self._applying = False
        present = {a.id for a in plan.actions}
        shown = [action_id for action_id in diff.action_ids() if action_id in present]
        self.restored.emit(shown[0] if shown else "")

    def _text(self, diff: PlanDiff) -> str:
        lines = describe(diff, self._unit_name)
        return lines[0].get(self._lang) if lines else ""
