"""The plan table view: columns sized from the font and their content, the action title taking the spare width."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from desktop.models.plan.types import Phase, Priority, Status
from desktop.models.text import Lang
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
    Column.BASIS: 9,
}
# Typical longest content of the narrow columns.
_SAMPLES = {
    Column.NUMBER: "99",
    Column.START: "2025-12-31",
    Column.END: "2025-12-31",
    Column.PARAGRAPHS: "¶6–8, ¶29",
}
# English words run longer than Chinese ones for the same meaning: give the texts that matter most more room.
_STRETCH: dict[Lang, dict[Column, float]] = {"zh": {}, "en": {Column.TITLE: 1.4, Column.PARTNERS: 1.2, Column.KPI: 1.2}}
# How spare width is shared out when the window is wider than the columns need.
_SPARE_SHARES = {Column.TITLE: 0.5, Column.PARTNERS: 0.2, Column.KPI: 0.2, Column.PARAGRAPHS: 0.1}
_CHOICES = {Column.PRIORITY: Priority, Column.PHASE: Phase, Column.STATUS: Status}


class PlanTable(QTableView):
    def __init__(self, model: PlanTableModel, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
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
        self._base: dict[Column, int] = {}  # fitted (or user-dragged) widths, before sharing out spare room
        self._sharing = False
        header.sectionResized.connect(self._user_resized)
        self.fit_columns()

    def fit_columns(self, lang: Lang | None = None) -> None:
        """Give every column room for its header and its usual content (in ``lang``, by default the current one)."""
        self._lang = lang or self._lang
        cell = self.fontMetrics()
        head = self.horizontalHeader().fontMetrics()
        full_width = cell.horizontalAdvance("国")
        padding = cell.horizontalAdvance("MM")
        model = self.model()
        for column in Column:
            title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            needed = head.horizontalAdvance(title) + padding
            if column in _TEXT_WIDTHS:
                stretch = _STRETCH[self._lang].get(column, 1.0)
                needed = max(needed, round(full_width * _TEXT_WIDTHS[column] * stretch))
            elif column in _CHOICES:
                needed = max(
                    needed,
                    *(cell.horizontalAdvance(label) + padding for _v, label in choices(_CHOICES[column], self._lang)),
                )
            else:
                needed = max(needed, cell.horizontalAdvance(_SAMPLES[column]) + padding)
            self._base[column] = needed
        self._share_spare_width()

    def scroll_to_row(self, row: int) -> None:
        """Bring a row into view without scrolling sideways (that would hide the # and title columns)."""
        left = self.horizontalScrollBar().value()
        self.scrollTo(self.model().index(row, Column.TITLE))
        self.horizontalScrollBar().setValue(left)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._share_spare_width()

    def _share_spare_width(self) -> None:
        # A wide window widens the long texts (the title most); a narrow one scrolls rather than squeezing them.
        spare = max(0, self.viewport().width() - sum(self._base.values()))
        self._sharing = True
        try:
            for column, width in self._base.items():
                self.setColumnWidth(column, width + int(spare * _SPARE_SHARES.get(column, 0.0)))
        finally:
            self._sharing = False

    def _user_resized(self, column: int, _old: int, new: int) -> None:
        if not self._sharing and column in self._base:
            self._base[Column(column)] = new
