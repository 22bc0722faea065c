"""The plan table view: columns sized from the font and their content, the action title taking the spare width."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from desktop.models.plan.types import Phase, Priority, Status
from desktop.views.plan.labels import choices
from desktop.views.plan.table_model import Column, PlanTableModel

# Widths of free-text columns in full-width characters (a Chinese character; about two Latin letters).
_TEXT_WIDTHS = {
    Column.TITLE: 15,
    Column.LEAD: 9,
    Column.PARTNERS: 11,
    Column.KPI: 12,
    Column.OWNER: 4,
    Column.NOTES: 7,
}
# Typical longest content of the narrow columns.
_SAMPLES = {
    Column.NUMBER: "99",
    Column.RECOMMENDATION: "rec.3.3",
    Column.START: "2025-12-31",
    Column.END: "2025-12-31",
    Column.PARAGRAPHS: "¶13–16",
}
_CHOICES = {Column.PRIORITY: Priority, Column.PHASE: Phase, Column.STATUS: Status}


class PlanTable(QTableView):
    def __init__(self, model: PlanTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 14)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self._title_width = 0
        self.fit_columns()

    def fit_columns(self) -> None:
        """Give every column room for its header and its usual content."""
        cell = self.fontMetrics()
        head = self.horizontalHeader().fontMetrics()
        full_width = cell.horizontalAdvance("国")
        padding = cell.horizontalAdvance("MM")
        model = self.model()
        for column in Column:
            title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            needed = head.horizontalAdvance(title) + padding
            if column in _TEXT_WIDTHS:
                needed = max(needed, full_width * _TEXT_WIDTHS[column])
            elif column in _CHOICES:
                needed = max(
                    needed, *(cell.horizontalAdvance(label) + padding for _v, label in choices(_CHOICES[column]))
                )
            else:
                needed = max(needed, cell.horizontalAdvance(_SAMPLES[column]) + padding)
            self.setColumnWidth(column, needed)
        self._title_width = self.columnWidth(Column.TITLE)
        self._give_spare_width_to_title()

    def scroll_to_row(self, row: int) -> None:
        """Bring a row into view without scrolling sideways (that would hide the # and title columns)."""
        left = self.horizontalScrollBar().value()
        self.scrollTo(self.model().index(row, Column.TITLE))
        self.horizontalScrollBar().setValue(left)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._give_spare_width_to_title()

    def _give_spare_width_to_title(self) -> None:
        # A wide window widens the action title; a narrow one scrolls rather than squeezing it.
        others = sum(self.columnWidth(c) for c in Column if c != Column.TITLE)
        spare = self.viewport().width() - others
        self.setColumnWidth(Column.TITLE, max(self._title_width, spare))
