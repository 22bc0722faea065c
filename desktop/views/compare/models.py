"""Item models of the comparison page: the checkable list of saved profiles and the side-by-side table."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractListModel, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap

from desktop.views.plain_text import plain_tooltip

Index = QModelIndex | QPersistentModelIndex

ID_ROLE = Qt.ItemDataRole.UserRole + 1
MAX_CHOSEN = 4


@dataclass(frozen=True, slots=True)
class ProfileChoice:
    id: int
    name: str
    detail: str  # e.g. "成长期 · 2026-01-15", shown as the tooltip


class ProfileChoiceModel(QAbstractListModel):
    """Saved profiles with a check box each; at most ``MAX_CHOSEN`` may be checked, in the order they were."""

    chosenChanged = Signal()
    refused = Signal(int)  # the ID the user tried to add beyond the limit

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)
        self._rows: tuple[ProfileChoice, ...] = ()
        self._chosen: list[int] = []

    def set_rows(self, rows: list[ProfileChoice] | tuple[ProfileChoice, ...]) -> None:
        """Replace the list; choices of profiles that still exist are kept."""
        self.beginResetModel()
        self._rows = tuple(rows)
        ids = {row.id for row in self._rows}
        before = list(self._chosen)
        self._chosen = [i for i in self._chosen if i in ids]
        self.endResetModel()
        if before != self._chosen:
            self.chosenChanged.emit()

    def rows(self) -> tuple[ProfileChoice, ...]:
        return self._rows

    def chosen(self) -> list[int]:
        return list(self._chosen)

    def set_chosen(self, ids: list[int]) -> None:
        known = {row.id for row in self._rows}
        chosen = [i for i in dict.fromkeys(ids) if i in known][:MAX_CHOSEN]
        if chosen != self._chosen:
            self._chosen = chosen
            if self._rows:
                self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1), [Qt.ItemDataRole.CheckStateRole])
            self.chosenChanged.emit()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(f"{row.name}\n{row.detail}" if row.detail else row.name)
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if row.id in self._chosen else Qt.CheckState.Unchecked
        if role == ID_ROLE:
            return row.id
        return None

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        row = self._rows[index.row()]
        checked = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        if checked == (row.id in self._chosen):
            return True
        if checked:
            if len(self._chosen) >= MAX_CHOSEN:
                self.refused.emit(row.id)
                return False
            self._chosen.append(row.id)
        else:
            self._chosen.remove(row.id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.chosenChanged.emit()
        return True


def _swatch(colour: QColor) -> QIcon:
    """The profile's radar colour beside its name in the header, so table and chart read together."""
    pixmap = QPixmap(12, 12)
    pixmap.fill(colour)
    return QIcon(pixmap)


@dataclass(frozen=True, slots=True)
class ComparisonColumn:
    name: str
    colour: QColor
    cells: tuple[str, ...]  # one per row of the table


class ComparisonModel(QAbstractTableModel):
    """Rows are the compared aspects (stage, best matches, actions), columns the profiles."""

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)
        self._row_titles: tuple[str, ...] = ()
        self._columns: tuple[ComparisonColumn, ...] = ()

    def set_table(self, row_titles: list[str] | tuple[str, ...], columns: list[ComparisonColumn]) -> None:
        if any(len(c.cells) != len(row_titles) for c in columns):
            raise ValueError("every column needs one cell per row")
        self.beginResetModel()
        self._row_titles = tuple(row_titles)
        self._columns = tuple(columns)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._row_titles)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._columns[index.column()].cells[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            column = self._columns[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return column.name
            if role == Qt.ItemDataRole.ToolTipRole:
                return plain_tooltip(column.name)  # the header may show it shortened
            if role == Qt.ItemDataRole.DecorationRole:
                return _swatch(column.colour)
        vertical = orientation == Qt.Orientation.Vertical and 0 <= section < len(self._row_titles)
        if vertical and role == Qt.ItemDataRole.DisplayRole:
            return self._row_titles[section]
        return None
