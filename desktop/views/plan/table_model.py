"""The action plan as an editable table: one row per action, every change goes through the ``ActionPlan``."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QStyle

from desktop.models.errors import ZonePlannerError
from desktop.models.formatting import paragraphs_text
from desktop.models.knowledge.types import Department
from desktop.models.plan.columns import COLUMNS, ColumnSpec, PlanColumn
from desktop.models.plan.phase_dates import PhaseMismatch, follow_dates, phase_mismatch, plan_start
from desktop.models.plan.plan import ActionPlan, RegenerationReport
from desktop.models.plan.types import Action, Phase, Priority, Status
from desktop.models.plan.units import ZoneUnits
from desktop.models.text import Lang, Text
from desktop.views.plan.labels import choice_label, date_text, list_separator

Index = QModelIndex | QPersistentModelIndex

# The action of a row, for delegates and the detail panel (a plain frozen dataclass).
ACTION_ROLE = Qt.ItemDataRole.UserRole + 1

_ADDED_BACKGROUND = QColor("#e6f4ea")  # rows a regeneration just added
_OVERDUE_FOREGROUND = QColor("#b3261e")


class Column(IntEnum):
    """The window's columns, in order; each is described by the plan's column spec of the same name."""

    NUMBER = 0
    TITLE = 1
    BASIS = 2
    PRIORITY = 3
    PHASE = 4
    STATUS = 5
    START = 6
    END = 7
    LEAD = 8
    PARTNERS = 9
    KPI = 10
    OWNER = 11
    NOTES = 12
    PARAGRAPHS = 13

    @property
    def spec(self) -> ColumnSpec:
        return COLUMNS[PlanColumn[self.name]]


# Column → Action field, for the columns a user may edit in the table.
FIELDS: dict[Column, str] = {
    column: column.spec.field for column in Column if column.spec.editable and column.spec.field
}
_ENUMS = {Column.PRIORITY: Priority, Column.PHASE: Phase, Column.STATUS: Status}


def _alignment(column: Column) -> int:
    """Short values centred as the column spec says (cells and their headers alike), text from the left."""
    horizontal = Qt.AlignmentFlag.AlignCenter if column.spec.centred else Qt.AlignmentFlag.AlignLeft
    return int(horizontal | Qt.AlignmentFlag.AlignVCenter)


def is_overdue(action: Action, today: date) -> bool:
    """Past its end date and not done (a shelved action is not counted as late: it was put aside on purpose)."""
    return action.end is not None and action.end < today and action.status not in (Status.DONE, Status.SHELVED)


class PlanTableModel(QAbstractTableModel):
    """Rows are a snapshot of ``plan.actions``; edits call the plan and refresh the snapshot."""

    planChanged = Signal()  # after any change to the plan made through this model
    editRejected = Signal(str)  # the plan refused a value; the text says why

    def __init__(
        self,
        departments: Mapping[str, Department],
        lang: Lang,
        today: Callable[[], date] = date.today,
        parent: QObject | None = None,
        titles: Mapping[str, Text] | None = None,
    ) -> None:
        super().__init__(parent)
        self._units = ZoneUnits(departments)  # who the zone's units are and what it calls them (plan/units.py)
        self._titles = titles or {}  # knowledge item ID → title: the basis is shown by its title, its ID as a tip
        self._lang = lang
        self._today = today
        self._plan: ActionPlan | None = None
        self._rows: list[Action] = []
        self._highlighted: frozenset[str] = frozenset()

    # --- reading -------------------------------------------------------------------------------------------------
    @property
    def plan(self) -> ActionPlan | None:
        return self._plan

    def set_plan(self, plan: ActionPlan | None) -> None:
        self.beginResetModel()
        self._plan = plan
        self._rows = list(plan.actions) if plan else []
        self._highlighted = frozenset()
        self.endResetModel()

    def set_units(self, units: ZoneUnits) -> None:
        """The zone's units changed (another profile, a unit renamed or added): the unit columns show its names."""
        self._units = units
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(Column) - 1))

    def set_language(self, lang: Lang) -> None:
        self._lang = lang
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(Column) - 1))

    def actions(self) -> list[Action]:
        return list(self._rows)

    def action_at(self, row: int) -> Action:
        return self._rows[row]

    def row_of(self, action_id: str) -> int:
        for row, action in enumerate(self._rows):
            if action.id == action_id:
                return row
        return -1

    def highlighted(self) -> frozenset[str]:
        return self._highlighted

    def set_highlighted(self, action_ids: frozenset[str]) -> None:
        self._highlighted = frozenset(action_ids)
        if self._rows:
            last = self.index(len(self._rows) - 1, len(Column) - 1)
            self.dataChanged.emit(self.index(0, 0), last, [Qt.ItemDataRole.BackgroundRole])

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's own signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        column = Column(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return column.spec.label.get(self._lang)
        if role == Qt.ItemDataRole.ToolTipRole and column.spec.tip is not None:
            return column.spec.tip.get(self._lang)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _alignment(column)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if Column(index.column()) in FIELDS:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        action = self._rows[index.row()]
        column = Column(index.column())
        if column == Column.PHASE and role in _PHASE_FLAG_ROLES and (problem := self.phase_problem(action)):
            return _phase_flag(problem, role, self._lang)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(action, column, index.row())
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(action, column, index.row())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(action, column, index.row())
        if role == ACTION_ROLE:
            return action
        if role == Qt.ItemDataRole.BackgroundRole and action.id in self._highlighted:
            return _ADDED_BACKGROUND
        if role == Qt.ItemDataRole.ForegroundRole and column in (Column.END, Column.STATUS):
            return _OVERDUE_FOREGROUND if is_overdue(action, self._today()) else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _alignment(column)
        return None

    def phase_problem(self, action: Action) -> PhaseMismatch | None:
        """Whether the action's dates put it in another phase than its own (flagged in the phase column)."""
        return phase_mismatch(action, plan_start(self._plan, self._today()))

    def _display(self, action: Action, column: Column, row: int) -> str:
        lang = self._lang
        match column:
            case Column.NUMBER:
                return str(row + 1)
            case Column.TITLE:
                return action.title.get(lang)
            case Column.BASIS:
                title = self._titles.get(action.basis)
                return title.get(lang) if title is not None else action.basis
            case Column.PRIORITY:
                return choice_label(action.priority, lang)
            case Column.PHASE:
                return choice_label(action.phase, lang)
            case Column.STATUS:
                return choice_label(action.status, lang)
            case Column.START:
                return date_text(action.start)
            case Column.END:
                return date_text(action.end)
            case Column.LEAD:
                return self._units.name(action.lead, lang) if action.lead else ""
            case Column.PARTNERS:
                return list_separator(lang).join(self._units.names(action.partners, lang))
            case Column.KPI:
                return action.kpi.get(lang)
            case Column.OWNER:
                return action.owner
            case Column.NOTES:
                return action.notes
            case Column.PARAGRAPHS:
                return paragraphs_text(action.paragraphs, lang)

    def _edit_value(self, action: Action, column: Column, row: int) -> object:
        match column:
            case Column.TITLE:
                return action.title.get(self._lang)
            case Column.KPI:
                return action.kpi.get(self._lang)
            case Column.PRIORITY | Column.PHASE | Column.STATUS:
                return str(getattr(action, FIELDS[column]).value)
            case Column.START | Column.END:
                value = getattr(action, FIELDS[column])
                return QDate(value.year, value.month, value.day) if value else None
            case Column.LEAD:
                return action.lead
            case Column.PARTNERS:
                return list(action.partners)
            case Column.OWNER:
                return action.owner
            case Column.NOTES:
                return action.notes
        return self._display(action, column, row)

    def _tooltip(self, action: Action, column: Column, row: int) -> str | None:
        if column == Column.END and is_overdue(action, self._today()):
            overdue = QCoreApplication.translate("PlanTableModel", "Overdue: the end date has passed")
            return f"{self._display(action, column, row)} — {overdue}"
        if column == Column.BASIS and action.basis:
            return f"{self._display(action, column, row)} ({action.basis})"
        text = self._display(action, column, row)
        return text or None

    # --- editing -------------------------------------------------------------------------------------------------
    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            role != Qt.ItemDataRole.EditRole
            or not index.isValid()
            or not self.flags(index) & Qt.ItemFlag.ItemIsEditable
        ):
            return False
        column = Column(index.column())
        try:
            converted = self._convert(column, value)
        except ValueError:
            return False
        action = self._rows[index.row()]
        current = getattr(action, FIELDS[column])
        if isinstance(current, Text) and isinstance(converted, Text):
            # Text is compared in the language shown: retyping the same words keeps the other language too.
            unchanged = current.get(self._lang) == converted.get(self._lang)
        else:
            unchanged = current == converted
        if unchanged:
            return True  # not an edit, so the action is not marked as edited
        changes = {FIELDS[column]: converted}
        if column in (Column.START, Column.END):  # a phase the plan proposed follows the dates set (#13.12)
            changes = follow_dates(action, changes, plan_start(self._plan, self._today()))
        return self.update(action.id, **changes)

    def _convert(self, column: Column, value: object) -> object:
        if column in _ENUMS:
            return _ENUMS[column](str(value))
        if column in (Column.START, Column.END):
            return _to_date(value)
        if column == Column.PARTNERS:
            if isinstance(value, str) or not isinstance(value, list | tuple):
                raise ValueError(value)
            return tuple(dict.fromkeys(str(v) for v in value))  # keep order, drop repeats
        text = "" if value is None else str(value)
        if column in (Column.TITLE, Column.KPI):
            return Text.same(text.strip())
        return text.strip() if column == Column.LEAD else text

    def update(self, action_id: str, **changes: object) -> bool:
        """Change fields of one action through the plan; on refusal emit ``editRejected`` and change nothing."""
        row = self.row_of(action_id)
        if self._plan is None or row < 0:
            return False
        try:
            self._plan.update(action_id, **changes)
        except ZonePlannerError as error:
            # The message names the action by its title; the row number says where it is in the table.
            where = QCoreApplication.translate("PlanTableModel", "Row {row}: {problem}")
            self.editRejected.emit(where.format(row=row + 1, problem=error.text(self._lang)))
            return False
        self._rows[row] = self._find(action_id)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))
        self.planChanged.emit()
        return True

    def add_custom(self, title: str, **fields: Any) -> Action | None:
        """Append a user action (``fields``: lead, partners, kpi, description); returns it, or None when there is no
        plan or the plan refused a value (``editRejected`` says why)."""
        if self._plan is None:
            return None
        row = len(self._rows)
        try:
            ActionPlan().add_custom(title, **fields)  # the same checks on an empty plan: a refusal touches nothing
        except ZonePlannerError as error:
            self.editRejected.emit(error.text(self._lang))
            return None
        self.beginInsertRows(QModelIndex(), row, row)
        action = self._plan.add_custom(title, **fields)
        self._rows = list(self._plan.actions)
        self.endInsertRows()
        self._renumber(row)
        self.planChanged.emit()
        return action

    def remove(self, action_id: str) -> bool:
        row = self.row_of(action_id)
        if self._plan is None or row < 0:
            return False
        self.beginRemoveRows(QModelIndex(), row, row)
        self._plan.remove(action_id)
        self._rows = list(self._plan.actions)
        self.endRemoveRows()
        self._renumber(row)
        self.planChanged.emit()
        return True

    def move(self, action_id: str, new_row: int) -> bool:
        """Move an action to ``new_row`` (its index after the move)."""
        row = self.row_of(action_id)
        if self._plan is None or row < 0 or not 0 <= new_row < len(self._rows) or new_row == row:
            return False
        # Qt counts the destination before the move: moving down by one means "before the row after next".
        destination = new_row + 1 if new_row > row else new_row
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination)
        self._plan.move(action_id, new_row)
        self._rows = list(self._plan.actions)
        self.endMoveRows()
        self._renumber(min(row, new_row))
        self.planChanged.emit()
        return True

    def regenerate(self, proposed: list[Action]) -> RegenerationReport | None:
        if self._plan is None:
            return None
        self.beginResetModel()
        report = self._plan.regenerate(proposed)
        self._rows = list(self._plan.actions)
        self._highlighted = frozenset(action.id for action in report.added)
        self.endResetModel()
        self.planChanged.emit()
        return report

    def _find(self, action_id: str) -> Action:
        assert self._plan is not None
        return next(action for action in self._plan.actions if action.id == action_id)

    def _renumber(self, first_row: int) -> None:
        """The # column counts rows, so rows after an insert, removal or move show new numbers."""
        if first_row < len(self._rows):
            self.dataChanged.emit(self.index(first_row, Column.NUMBER), self.index(len(self._rows) - 1, Column.NUMBER))


_PHASE_FLAG_ROLES = (
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.DecorationRole,
)
_PHASE_FOREGROUND = QColor("#a15c00")


def _phase_flag(problem: PhaseMismatch, role: int, lang: Lang) -> object:
    """The phase cell of an action whose dates disagree with its phase: a warning sign, and the reason as tip."""
    if role == Qt.ItemDataRole.ToolTipRole:
        return problem.reason.get(lang)
    if role == Qt.ItemDataRole.ForegroundRole:
        return _PHASE_FOREGROUND
    return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)


def _to_date(value: object) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, QDate):
        return date(value.year(), value.month(), value.day()) if value.isValid() else None
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        return date.fromisoformat(value.strip())
    raise ValueError(value)
