"""A read-only tree of plain nodes for the knowledge browser: groups by kind, items, sub-measures, glossary terms."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QFont

Index = QModelIndex | QPersistentModelIndex

KEY_ROLE = Qt.ItemDataRole.UserRole + 1  # "item:<id>", "term:<id>" or "group:<name>"
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2  # casefolded text the search box looks in ("" for groups)


@dataclass(frozen=True, slots=True)
class KnowledgeNode:
    key: str
    title: str
    search_text: str = ""
    children: tuple[KnowledgeNode, ...] = ()
    tooltip: str = ""


class KnowledgeTreeModel(QAbstractItemModel):
    """Nodes are flattened into lists once; an index's internalId is its node's position in them."""

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)
        self._nodes: list[KnowledgeNode] = []
        self._parents: list[int] = []  # -1 for top-level nodes
        self._rows: list[int] = []  # row within the parent
        self._children: dict[int, list[int]] = {-1: []}
        self._header = self.tr("Knowledge base")

    def set_nodes(self, nodes: list[KnowledgeNode] | tuple[KnowledgeNode, ...]) -> None:
        self.beginResetModel()
        self._nodes, self._parents, self._rows, self._children = [], [], [], {-1: []}
        for node in nodes:
            self._add(node, -1)
        self.endResetModel()

    def _add(self, node: KnowledgeNode, parent: int) -> None:
        position = len(self._nodes)
        self._nodes.append(node)
        self._parents.append(parent)
        self._rows.append(len(self._children[parent]))
        self._children[parent].append(position)
        self._children[position] = []
        for child in node.children:
            self._add(child, position)

    def index_of(self, key: str) -> QModelIndex:
        for position, node in enumerate(self._nodes):
            if node.key == key:
                return self.createIndex(self._rows[position], 0, position)
        return QModelIndex()

    # --- QAbstractItemModel -------------------------------------------------------------------------------------

    def _position(self, parent: Index) -> int:
        return int(parent.internalId()) if parent.isValid() else -1

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        return self.createIndex(row, column, self._children[self._position(parent)][row])

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid():
            return QModelIndex()
        parent = self._parents[int(child.internalId())]
        if parent < 0:
            return QModelIndex()
        return self.createIndex(self._rows[parent], 0, parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._children.get(self._position(parent), ()))

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 1

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if section == 0 and orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._header
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        node = self._nodes[int(index.internalId())]
        if role == Qt.ItemDataRole.DisplayRole:
            return node.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return node.tooltip or node.title
        if role == KEY_ROLE:
            return node.key
        if role == SEARCH_ROLE:
            return node.search_text
        if role == Qt.ItemDataRole.FontRole and self._parents[int(index.internalId())] < 0:
            font = QFont()
            font.setBold(True)  # the kind groups stand out from their entries
            return font
        return None


def normalise(text: str) -> str:
    """What the search compares: case and width folded, so "IBM" finds "ibm" and full-width "ＩＢＭ"."""
    return unicodedata.normalize("NFKC", text).casefold()


class KnowledgeFilter(QSortFilterProxyModel):
    """Keeps the nodes whose text holds every word of the query, with their ancestors (and a match's children)."""

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)
        self._words: tuple[str, ...] = ()
        self.setRecursiveFilteringEnabled(True)
        self.setAutoAcceptChildRows(True)

    def set_query(self, query: str) -> None:
        words = tuple(normalise(query).split())
        if words == self._words:
            return
        self.beginFilterChange()
        self._words = words
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def query_words(self) -> tuple[str, ...]:
        return self._words

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._words:
            return True
        source = self.sourceModel()
        haystack = source.index(source_row, 0, source_parent).data(SEARCH_ROLE) or ""
        return all(word in haystack for word in self._words)
