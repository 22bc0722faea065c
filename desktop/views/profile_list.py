"""The left pane: saved profiles with their stage and last save, a search box that filters as you type, a sort order."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from desktop.views.i18n import Language
from desktop.views.profile_list_model import (
    DAMAGED_ROLE,
    ID_ROLE,
    SAMPLE_ROLE,
    SAVED_ROLE,
    STAGE_ROLE,
    ProfileFilterProxy,
    ProfileListModel,
    SortKey,
)
from desktop.views.sample_tag import paint_sample_tag

if TYPE_CHECKING:  # the store package brings SQLAlchemy; the window needs only the row types' names
    from desktop.models.store import ProfileSummary

_PAD_X, _PAD_Y, _GAP = 10, 6, 2
DAMAGED_COLOUR = QColor("#b3261e")  # a damaged row's name and note: the error colour of the window's messages


class ProfileDelegate(QStyledItemDelegate):
    """Two lines per profile: the name, then "stage · last saved" in a smaller, quieter font."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        name = QFontMetrics(self._name_font(option.font)).height()
        detail = QFontMetrics(self._detail_font(option.font)).height()
        return QSize(200, _PAD_Y * 2 + name + _GAP + detail)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else QApplication.style()
        option_text = option.text
        option.text = ""  # the panel (selection, hover) comes from the style; the text is ours
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        active = option.state & QStyle.StateFlag.State_Active
        group = QPalette.ColorGroup.Active if active else QPalette.ColorGroup.Inactive
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        rect = option.rect.adjusted(_PAD_X, _PAD_Y, -_PAD_X, -_PAD_Y)

        damaged = index.data(DAMAGED_ROLE) is not None

        painter.save()
        painter.setFont(self._name_font(option.font))
        painter.setPen(option.palette.color(group, text_role))
        line = painter.fontMetrics().height()
        if damaged:  # a warning sign before the name, the name in the error colour
            icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning, option, option.widget)
            icon.paint(painter, QRect(rect.left(), rect.top(), line, line))
            rect.setLeft(rect.left() + line + _GAP * 2)
            if not selected:
                painter.setPen(DAMAGED_COLOUR)
        sample = index.data(SAMPLE_ROLE)
        name_width = rect.width()
        if sample:  # "示例" at the end of the name's line; a long name is shortened to leave it room
            tag = paint_sample_tag(
                painter, self._detail_font(option.font), QRect(rect.left(), rect.top(), rect.width(), line), sample
            )
            name_width -= tag + _GAP * 3
        elided = painter.fontMetrics().elidedText(option_text, Qt.TextElideMode.ElideRight, name_width)
        painter.drawText(QRect(rect.left(), rect.top(), name_width, line), Qt.AlignmentFlag.AlignLeft, elided)

        painter.setFont(self._detail_font(option.font))
        if not selected:
            painter.setPen(option.palette.color(group, QPalette.ColorRole.PlaceholderText))
        if damaged and not selected:
            painter.setPen(DAMAGED_COLOUR)
        detail = f"{index.data(STAGE_ROLE)} · {index.data(SAVED_ROLE)}"
        detail_rect = QRect(rect.left(), rect.top() + line + _GAP, rect.width(), painter.fontMetrics().height())
        elided = painter.fontMetrics().elidedText(detail, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(detail_rect, Qt.AlignmentFlag.AlignLeft, elided)
        painter.restore()

    @staticmethod
    def _name_font(font: QFont) -> QFont:
        bold = QFont(font)
        bold.setBold(True)
        return bold

    @staticmethod
    def _detail_font(font: QFont) -> QFont:
        smaller = QFont(font)
        smaller.setPointSizeF(max(7.0, font.pointSizeF() * 0.9))
        return smaller


class ProfileListPanel(QWidget):
    """Emits ``profileRequested(id)`` when the user picks a profile; ``select`` moves the selection quietly.

    ``deleteRequested(id, name)`` comes from the row's context menu: a damaged profile cannot be opened, so it is
    deleted from the list itself.
    """

    profileRequested = Signal(int)
    deleteRequested = Signal(int, str)

    def __init__(self, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ProfileListModel(language, self)
        self.proxy = ProfileFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self._selected: int | None = None
        self._quiet = False

        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.sort_combo = QComboBox(self)
        self._sort_label = QLabel(self)
        self._sort_label.setBuddy(self.sort_combo)
        self.view = QListView(self)
        self.view.setModel(self.proxy)
        self.view.setItemDelegate(ProfileDelegate(self.view))
        self.view.setUniformItemSizes(True)  # constant row height: the view need not measure 10,000 rows
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.count_label = QLabel(self)
        self.count_label.setStyleSheet("color: #5f6b7a;")

        sort_row = QHBoxLayout()
        sort_row.addWidget(self._sort_label)
        sort_row.addWidget(self.sort_combo, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 4, 8)
        layout.setSpacing(6)
        layout.addWidget(self.search)
        layout.addLayout(sort_row)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)

        self.search.textChanged.connect(self.set_filter)
        self.sort_combo.currentIndexChanged.connect(self._sort_chosen)
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        language.changed.connect(self.retranslate)
        self.retranslate()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search by name (Ctrl+F)"))
        self._sort_label.setText(self.tr("Sort by"))
        self.sort_combo.blockSignals(True)
        self.sort_combo.clear()
        self.sort_combo.addItem(self.tr("Name"), SortKey.NAME.value)
        self.sort_combo.addItem(self.tr("Last change"), SortKey.CHANGED.value)
        self.sort_combo.setCurrentIndex(self.sort_combo.findData(self.model.sort_key().value))
        self.sort_combo.blockSignals(False)
        self._update_count()

    # --- content ------------------------------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[ProfileSummary]) -> None:
        self.model.set_rows(rows)
        self.select(self._selected)
        self._update_count()

    def set_filter(self, text: str) -> None:
        if self.search.text() != text:
            self.search.setText(text)  # comes back here through textChanged
            return
        # Hiding the current row makes Qt move the current index to a row still shown; that move is the filter's,
        # not the user's choice, so it must not open another profile. The open one is highlighted again if shown.
        self._quiet = True
        try:
            self.proxy.set_text(text)
        finally:
            self._quiet = False
        self.select(self._selected)
        self._update_count()

    def set_sort_key(self, key: SortKey) -> None:
        self.sort_combo.setCurrentIndex(self.sort_combo.findData(key.value))

    def visible_names(self) -> list[str]:
        return [self.proxy.index(row, 0).data() for row in range(self.proxy.rowCount())]

    def selected_id(self) -> int | None:
        return self._selected

    def select(self, profile_id: int | None) -> None:
        """Highlight a profile without announcing it (the window already shows it); None clears the highlight."""
        self._selected = profile_id
        source_row = self.model.row_of(profile_id) if profile_id is not None else -1
        index = self.proxy.mapFromSource(self.model.index(source_row)) if source_row >= 0 else QModelIndex()
        was_quiet, self._quiet = self._quiet, True
        try:
            if index.isValid():
                self.view.setCurrentIndex(index)
                self.view.scrollTo(index)
            else:
                self.view.selectionModel().clear()
        finally:
            self._quiet = was_quiet

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # --- behaviour ----------------------------------------------------------------------------------------------

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._quiet or not current.isValid():
            return
        profile_id = current.data(ID_ROLE)
        if profile_id != self._selected:
            self.profileRequested.emit(profile_id)

    def row_menu(self, index: QModelIndex) -> QMenu:
        """The context menu of a row (its own method, so tests can trigger its actions without a popup)."""
        menu = QMenu(self)
        profile_id, name = index.data(ID_ROLE), index.data()
        delete = menu.addAction(self.tr("Delete…"))
        delete.triggered.connect(lambda: self.deleteRequested.emit(profile_id, name))
        return menu

    def _context_menu(self, position: QPoint) -> None:
        index = self.view.indexAt(position)
        if index.isValid():
            menu = self.row_menu(index)
            menu.exec(self.view.viewport().mapToGlobal(position))
            menu.deleteLater()

    def _sort_chosen(self) -> None:
        self.model.set_sort_key(SortKey(self.sort_combo.currentData()))
        self.select(self._selected)

    def _update_count(self) -> None:
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        if shown == total:
            self.count_label.setText(self.tr("Profiles: {total}").format(total=total))
        else:
            self.count_label.setText(self.tr("Showing {shown} of {total} profiles").format(shown=shown, total=total))
