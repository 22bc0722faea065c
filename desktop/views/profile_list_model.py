"""The saved profiles as a Qt list model, and the proxy that filters them by name as the user types."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractListModel,
    QCollator,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from desktop.models.vocabulary import label
from desktop.views.i18n import Language
from desktop.views.plain_text import plain_tooltip

if TYPE_CHECKING:  # the store package brings SQLAlchemy; the window needs only the row types' names
    from desktop.models.store import ProfileSummary

ID_ROLE = Qt.ItemDataRole.UserRole + 1
STAGE_ROLE = Qt.ItemDataRole.UserRole + 2  # the stage's label in the current language
SAVED_ROLE = Qt.ItemDataRole.UserRole + 3  # the last save, local time, as text

_Index = QModelIndex | QPersistentModelIndex


class SortKey(Enum):
    NAME = "name"  # A→Z (Chinese names by pinyin)
    CHANGED = "changed"  # most recently saved first


def local_time(moment: datetime) -> datetime:
    """The store keeps UTC (SQLite hands it back without a zone); show it in the user's own time."""
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone()


def format_saved(moment: datetime, *, seconds: bool = False) -> str:
    """Local time to the minute; with ``seconds`` where saves a few seconds apart must be told apart (history)."""
    return local_time(moment).strftime("%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M")


class ProfileListModel(QAbstractListModel):
    """One row per saved profile; rows are plain ``ProfileSummary`` values, replaced as a whole."""

    def __init__(self, language: Language, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._rows: list[ProfileSummary] = []
        self._keys: list[str] = []  # case-folded names, for filtering without calling data() per row
        self._positions: dict[int, int] = {}  # profile ID → row
        self._sort = SortKey.NAME
        self._collator = QCollator(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
        self._collator.setNumericMode(True)  # "区 2" before "区 10"
        language.changed.connect(self._language_changed)

    # --- content ------------------------------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[ProfileSummary]) -> None:
        self.beginResetModel()
        self._place(self._sorted(rows))
        self.endResetModel()

    def _place(self, rows: list[ProfileSummary]) -> None:
        self._rows = rows
        self._keys = [row.name.casefold() for row in rows]
        self._positions = {row.id: position for position, row in enumerate(rows)}

    def rows(self) -> list[ProfileSummary]:
        return list(self._rows)

    def filter_key(self, row: int) -> str:
        return self._keys[row]

    def row_of(self, profile_id: int) -> int:
        return self._positions.get(profile_id, -1)

    def summary_of(self, profile_id: int) -> ProfileSummary | None:
        row = self.row_of(profile_id)
        return self._rows[row] if row >= 0 else None

    def sort_key(self) -> SortKey:
        return self._sort

    def set_sort_key(self, key: SortKey) -> None:
        if key is self._sort:
            return
        self._sort = key
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        ids = [self._rows[index.row()].id for index in before]
        self._place(self._sorted(self._rows))
        self.changePersistentIndexList(before, [self.index(self.row_of(i)) for i in ids])
        self.layoutChanged.emit()

    def _sorted(self, rows: Sequence[ProfileSummary]) -> list[ProfileSummary]:
        if self._sort is SortKey.CHANGED:
            return sorted(rows, key=lambda r: (local_time(r.updated_at), r.id), reverse=True)
        return sorted(rows, key=lambda r: (self._collator.sortKey(r.name), r.id))

    # --- Qt model -----------------------------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 — Qt's default argument
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return row.name
        if role == ID_ROLE:
            return row.id
        if role == STAGE_ROLE:
            return self._language.text(label(row.stage))
        if role == SAVED_ROLE:
            return format_saved(row.updated_at)
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(
                self.tr("{name}\n{stage} · saved {saved} · versions kept: {count}").format(
                    name=row.name,
                    stage=self._language.text(label(row.stage)),
                    saved=format_saved(row.updated_at),
                    count=row.revision_count,
                )
            )
        return None

    def _language_changed(self) -> None:
        if self._rows:
            roles = [STAGE_ROLE, Qt.ItemDataRole.ToolTipRole]
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1), roles)


class ProfileFilterProxy(QSortFilterProxyModel):
    """Keeps the rows whose name contains the typed text (any case); the source model does the sorting."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._needle = ""

    def set_text(self, text: str) -> None:
        needle = text.strip().casefold()
        if needle == self._needle:
            return
        self.beginFilterChange()
        self._needle = needle
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        if not self._needle:
            return True
        model = self.sourceModel()
        assert isinstance(model, ProfileListModel)
        return self._needle in model.filter_key(source_row)
