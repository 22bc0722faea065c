"""The ranking as a two-level tree: four groups (traits, cases, practices, recommendations), matches under each."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from desktop.models.formatting import PARAGRAPHS_HEADING, points_text
from desktop.models.text import DEFAULT_LANG, Lang
from desktop.models.vocabulary.gaps import SCORE as SCORE_LABEL

Index = QModelIndex | QPersistentModelIndex

ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the knowledge-item ID of a match row, None on a group row
SCORE_ROLE = Qt.ItemDataRole.UserRole + 2  # the score as a float 0–100, for the bar delegate

TITLE, SCORE, PARAGRAPHS = range(3)
_GROUP = 0  # internalId of a top-level (group) index; a match row carries its group's row + 1


@dataclass(frozen=True, slots=True)
class RankingRow:
    id: str
    title: str
    score: float
    paragraphs: str  # the citation as shown, e.g. "¶7、¶29–31"
    paragraphs_tip: str = ""  # our summary of those paragraphs, shown on hovering the citation


@dataclass(frozen=True, slots=True)
class RankingGroup:
    title: str
    rows: tuple[RankingRow, ...]


class RankingModel(QAbstractItemModel):
    """Plain rows in, read-only tree out."""

    def __init__(self, lang: Lang = DEFAULT_LANG, parent: object = None) -> None:
        super().__init__(parent)
        self._groups: tuple[RankingGroup, ...] = ()
        self._headers: tuple[str, ...] = ()
        self.set_language(lang)

    def set_language(self, lang: Lang) -> None:
        """Headers in ``lang`` and the interface language now installed (rows come with ``set_groups``)."""
        self._headers = (self.tr("Match"), SCORE_LABEL.get(lang), PARAGRAPHS_HEADING.get(lang))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._headers) - 1)

    def set_groups(self, groups: list[RankingGroup] | tuple[RankingGroup, ...]) -> None:
        self.beginResetModel()
        self._groups = tuple(groups)
        self.endResetModel()

    def groups(self) -> tuple[RankingGroup, ...]:
        return self._groups

    def index_of(self, item_id: str) -> QModelIndex:
        """The first-column index of the match with that ID, invalid if it is not shown."""
        for group_row, group in enumerate(self._groups):
            for row, match in enumerate(group.rows):
                if match.id == item_id:
                    return self.createIndex(row, 0, group_row + 1)
        return QModelIndex()

    # --- QAbstractItemModel -------------------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _GROUP)
        if parent.internalId() == _GROUP:
            return self.createIndex(row, column, parent.row() + 1)
        return QModelIndex()

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid() or child.internalId() == _GROUP:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, _GROUP)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == _GROUP and parent.column() == 0:
            return len(self._groups[parent.row()].rows)
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(self._headers)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        horizontal = orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._headers)
        if horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if index.internalId() == _GROUP:
            return self._group_data(self._groups[index.row()], index.column(), role)
        match = self._groups[index.internalId() - 1].rows[index.row()]
        return self._match_data(match, index.column(), role)

    def _group_data(self, group: RankingGroup, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole and column == TITLE:
            # Chinese writes the count in full-width brackets: the catalogue has "{title}（{count}）".
            return self.tr("{title} ({count})").format(title=group.title, count=len(group.rows))
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _match_data(self, match: RankingRow, column: int, role: int) -> object:
        if role == ID_ROLE:
            return match.id
        if role == SCORE_ROLE and column == SCORE:
            return match.score
        if role == Qt.ItemDataRole.DisplayRole:
            return (match.title, points_text(match.score), match.paragraphs)[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == TITLE:
            return match.title
        if role == Qt.ItemDataRole.ToolTipRole and column == PARAGRAPHS:
            return match.paragraphs_tip or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == SCORE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
