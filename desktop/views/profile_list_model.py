"""The saved profiles as a Qt list model, and the proxy that filters them by name as the user types."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from enum import Enum
from typing import TYPE_CHECKING, TypeAlias

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
    from desktop.models.store.records import DamagedProfile
    from desktop.models.text import Text

    Row: TypeAlias = ProfileSummary | DamagedProfile

ID_ROLE = Qt.ItemDataRole.UserRole + 1
STAGE_ROLE = Qt.ItemDataRole.UserRole + 2  # the stage's label in the current language
SAVED_ROLE = Qt.ItemDataRole.UserRole + 3  # the last save, local time, as text
DAMAGED_ROLE = Qt.ItemDataRole.UserRole + 4  # what is wrong with a profile this version cannot read, else None
SAMPLE_ROLE = Qt.ItemDataRole.UserRole + 5  # "示例" / "Sample" for a sample profile, else None
NO_TIME = "—"


def problem_of(row: Row) -> Text | None:
    """What is wrong with a listed profile (a ``DamagedProfile``), or None for one that reads fine."""
    return getattr(row, "problem", None)


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
    """One row per saved profile; rows are plain ``ProfileSummary`` values (or ``DamagedProfile`` for one this version
    cannot read: listed, marked, deletable), replaced as a whole."""

    def __init__(self, language: Language, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._rows: list[Row] = []
        self._keys: list[str] = []  # case-folded names, for filtering without calling data() per row
        self._positions: dict[int, int] = {}  # profile ID → row
        self._samples: frozenset[int] = frozenset()  # IDs of the sample profiles (marked 示例)
        self._sort = SortKey.NAME
        self._collator = QCollator(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
        self._collator.setNumericMode(True)  # "区 2" before "区 10"
        language.changed.connect(self._language_changed)

    # --- content ------------------------------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._place(self._sorted(rows))
        self.endResetModel()

    def _place(self, rows: list[Row]) -> None:
        self._rows = rows
        self._keys = [row.name.casefold() for row in rows]
        self._positions = {row.id: position for position, row in enumerate(rows)}

    def rows(self) -> list[Row]:
        return list(self._rows)

    def set_samples(self, ids: frozenset[int]) -> None:
        """Which profiles are samples: their rows say so (the rows themselves are not replaced)."""
        if ids == self._samples:
            return
        self._samples = frozenset(ids)
        if self._rows:
            roles = [SAMPLE_ROLE, Qt.ItemDataRole.ToolTipRole]
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1), roles)

    def is_sample(self, profile_id: int | None) -> bool:
        return profile_id is not None and profile_id in self._samples

    def sample_ids(self) -> frozenset[int]:
        """The listed sample profiles."""
        return frozenset(row.id for row in self._rows if row.id in self._samples)

    def filter_key(self, row: int) -> str:
        return self._keys[row]

    def row_of(self, profile_id: int) -> int:
        return self._positions.get(profile_id, -1)

    def summary_of(self, profile_id: int) -> Row | None:
        """The listed row of a profile, if it has a save time to show (a damaged row may not)."""
        row = self.row_of(profile_id)
        return self._rows[row] if row >= 0 and self._rows[row].updated_at is not None else None

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

    def _sorted(self, rows: Sequence[Row]) -> list[Row]:
        if self._sort is SortKey.CHANGED:
            oldest = datetime.min.replace(tzinfo=UTC)  # an unreadable save time sorts last
            return sorted(
                rows, key=lambda r: (local_time(r.updated_at) if r.updated_at else oldest, r.id), reverse=True
            )
        return sorted(rows, key=lambda r: (self._collator.sortKey(r.name), r.id))

    # --- Qt model -----------------------------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 — Qt's default argument
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        problem = problem_of(row)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return row.name
        if role == ID_ROLE:
            return row.id
        if role == DAMAGED_ROLE:
            return None if problem is None else self._language.text(problem)
        if role == SAMPLE_ROLE:
            return self.tr("Sample") if row.id in self._samples else None
        if role == STAGE_ROLE:
            return self.tr("Damaged") if problem is not None else self._language.text(label(row.stage))
        if role == SAVED_ROLE:
            return format_saved(row.updated_at) if row.updated_at else NO_TIME
        if role == Qt.ItemDataRole.ToolTipRole:
            if problem is not None:
                return plain_tooltip(
                    self.tr(
                        "{name}\nDamaged: this version cannot read it ({problem}).\n"
                        "Right-click to delete it; the command line can export it as stored (profiles export --raw)."
                    ).format(name=row.name, problem=self._language.text(problem))
                )
            tip = self.tr("{name}\n{stage} · saved {saved} · versions kept: {count}").format(
                name=row.name,
                stage=self._language.text(label(row.stage)),
                saved=format_saved(row.updated_at),
                count=row.revision_count,
            )
            if row.id in self._samples:
                tip += "\n" + self.tr("A sample profile shipped with the application (Help → Remove all samples).")
            return plain_tooltip(tip)
        return None

    def _language_changed(self) -> None:
        if self._rows:
            roles = [STAGE_ROLE, DAMAGED_ROLE, SAMPLE_ROLE, Qt.ItemDataRole.ToolTipRole]
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
