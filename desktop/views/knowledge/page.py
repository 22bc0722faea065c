"""知识库: browse and search every trait, case, practice, recommendation and glossary term of the knowledge base."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QLineEdit, QSplitter, QTreeView, QVBoxLayout, QWidget

from desktop.models.knowledge.types import KnowledgeBase
from desktop.models.text import Lang
from desktop.views.common.rich_text import escape
from desktop.views.knowledge.detail import KnowledgeDetail
from desktop.views.knowledge.nodes import knowledge_nodes
from desktop.views.knowledge.tree_model import KEY_ROLE, KnowledgeFilter, KnowledgeTreeModel


class KnowledgePage(QWidget):
    """Tree by kind on the left (filtered as the user types), the selected entry on the right, the source below."""

    def __init__(self, kb: KnowledgeBase, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kb = kb
        self._lang = lang
        self.model = KnowledgeTreeModel(self)
        self.model.set_nodes(knowledge_nodes(kb, lang))
        self.proxy = KnowledgeFilter(self)
        self.proxy.setSourceModel(self.model)
        self._build()
        self.detail.show_message(self.tr("Select an entry on the left to read it here."))

    # --- public -------------------------------------------------------------------------------------------------

    def set_query(self, text: str) -> None:
        """Same as typing in the search box."""
        self.search.setText(text)

    def select_key(self, key: str) -> bool:
        """Select "item:<id>" or "term:<id>"; a search that hides it is cleared first. False if unknown."""
        source = self.model.index_of(key)
        if not source.isValid():
            return False
        index = self.proxy.mapFromSource(source)
        if not index.isValid():
            self.search.clear()
            index = self.proxy.mapFromSource(source)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.tree.selectionModel().setCurrentIndex(index, flags)
        self.tree.scrollTo(index)
        return True

    def select_item(self, item_id: str) -> bool:
        return self.select_key(f"item:{item_id}")

    def selected_key(self) -> str | None:
        index = self.tree.currentIndex()
        return index.data(KEY_ROLE) if index.isValid() else None

    def set_language(self, lang: Lang) -> None:
        """Show the page in ``lang`` (the window installs the translators first), keeping search and selection."""
        key = self.selected_key()
        self._lang = lang
        self.detail.set_language(lang)
        self.model.set_nodes(knowledge_nodes(self._kb, lang))
        self.proxy.set_query(self.search.text())
        self.tree.expandAll()
        self.retranslate()
        if key is None or not self.select_key(key):
            self.detail.show_message(self.tr("Select an entry on the left to read it here."))
        elif not key.startswith("group:"):
            self.detail.show_key(key)  # the same entry: the selection did not change, so nothing redraws it

    def visible_keys(self) -> list[str]:
        """Keys of the entries the filter leaves in the tree, top to bottom (groups included)."""
        keys: list[str] = []

        def walk(parent: QModelIndex) -> None:
            for row in range(self.proxy.rowCount(parent)):
                index = self.proxy.index(row, 0, parent)
                keys.append(index.data(KEY_ROLE))
                walk(index)

        walk(QModelIndex())
        return keys

    # --- building -----------------------------------------------------------------------------------------------

    def _build(self) -> None:
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._query_changed)

        self.tree = QTreeView(self)
        self.tree.setModel(self.proxy)
        self.tree.setHeaderHidden(True)
        self.tree.setStyleSheet("QTreeView::item { padding: 3px 0; }")
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.expandAll()
        self.tree.selectionModel().currentChanged.connect(self._current_changed)

        self.count_label = QLabel(self)
        self.count_label.setStyleSheet("color: #5f6b7a;")

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(6)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.tree, 1)
        left_layout.addWidget(self.count_label)

        self.detail = KnowledgeDetail(self._kb, self._lang, self)
        self.detail.linkActivated.connect(self.select_key)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("knowledgeSplitter")  # the window keeps its place (views/settings.py)
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        # The list nearly as wide as the reading pane: at 1024 px a third cut the English titles, while a summary
        # reads well at half the page.
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([600, 640])
        splitter.setChildrenCollapsible(False)

        self._title = title = QLabel(self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        title.setFont(font)
        self._subtitle = subtitle = QLabel(self)
        subtitle.setWordWrap(True)
        subtitle.setStyleSheet("color: #5f6b7a;")

        self.source = QLabel(self)
        self.source.setObjectName("sourceCitation")
        self.source.setWordWrap(True)
        self.source.setTextFormat(Qt.TextFormat.RichText)
        self.source.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.source.setStyleSheet("color: #5f6b7a; border-top: 1px solid #d9dee5; padding-top: 6px;")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(6)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addSpacing(4)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.source)
        self.retranslate()

    def retranslate(self) -> None:
        """Set the page's own words in the current language (after construction and on a language change)."""
        self.search.setPlaceholderText(self.tr("Search titles, summaries, facts and terms"))
        self._title.setText(self.tr("Knowledge base"))
        version = self.tr("Knowledge base version {version} ({date}).").format(
            version=self._kb.version, date=self._kb.date
        )
        self._subtitle.setText(
            self.tr(
                "The US cluster experience and the recommendations of the source article, in our own words, "
                "each traced to its paragraphs (¶)."
            )
            + " "
            + version
        )
        source = escape(self.tr("Source:"))
        self.source.setText(f"<b>{source}</b> {escape(self._kb.source.citation.get(self._lang))}")
        self._update_count()

    # --- behaviour ----------------------------------------------------------------------------------------------

    def _query_changed(self, text: str) -> None:
        self.proxy.set_query(text)
        self.tree.expandAll()
        self._update_count()
        current = self.tree.currentIndex()
        if self.proxy.query_words() and (not current.isValid() or str(current.data(KEY_ROLE)).startswith("group:")):
            # Show the first hit so a search answers without another click.
            first = self._first_entry()
            if first.isValid():
                self.tree.setCurrentIndex(first)

    def _first_entry(self) -> QModelIndex:
        for key in self.visible_keys():
            if not key.startswith("group:"):
                return self.proxy.mapFromSource(self.model.index_of(key))
        return QModelIndex()

    def _update_count(self) -> None:
        entries = [k for k in self.visible_keys() if not k.startswith("group:")]
        if self.proxy.query_words():
            found = self.tr("Entries found: {count}").format(count=len(entries))
            text = found if entries else self.tr("Nothing found")
        else:
            text = self.tr("Entries: {count}").format(count=len(entries))
        self.count_label.setText(text)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        key = current.data(KEY_ROLE) if current.isValid() else None
        if key is None:
            self.detail.show_message(self.tr("Select an entry on the left to read it here."))
        elif key.startswith("group:"):
            count = self.proxy.rowCount(current)
            text = self.tr("{group} ({count}). Select an entry to read it.")
            self.detail.show_message(text.format(group=current.data(), count=count))
        else:
            self.detail.show_key(key)
