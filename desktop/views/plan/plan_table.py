"""The plan table view: the key columns fit the width without scrolling, the user chooses the others.

By default the table shows what an official scans a plan for — the action, who leads it, its priority, phase, status
and dates — and the detail panel below shows the rest of the selected action. The header's context menu shows or
hides any column (the number and the action always stay); the window remembers the choice (``PLAN_COLUMNS`` in
``views/settings.py``). Columns are sized from the font and their content; a wide table shares out the spare width
(the title most), a narrow one shrinks the long texts (shortened with "…", full in the tooltip and the detail panel)
before it would scroll sideways.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QAction, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView, QWidget

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
_SPARE_SHARES = {Column.TITLE: 0.5, Column.LEAD: 0.15, Column.PARTNERS: 0.2, Column.KPI: 0.2, Column.PARAGRAPHS: 0.1}
_CHOICES: dict[Column, type[Priority] | type[Phase] | type[Status]] = {
    Column.PRIORITY: Priority,
    Column.PHASE: Phase,
    Column.STATUS: Status,
}
# The narrowest a long text is squeezed to (full-width characters) before the table scrolls sideways instead.
_MIN_TEXT_WIDTHS = {Column.TITLE: 8, Column.LEAD: 5}
_MIN_OTHER_TEXT = 4
# English needs about twice the characters for the same words: the action and its lead keep more room before the
# phase gives up the part of its label in brackets (at 1024 px they were cut to about ten letters).
_MIN_STRETCH: dict[Lang, dict[Column, float]] = {"zh": {}, "en": {Column.TITLE: 1.6, Column.LEAD: 1.4}}
_BRACKETS = ("（", "(")

ALWAYS_SHOWN = (Column.NUMBER, Column.TITLE)
# What the table shows until the user chooses: the action, who leads it, and when and how far it is.
DEFAULT_COLUMNS = (
    Column.NUMBER,
    Column.TITLE,
    Column.LEAD,
    Column.PRIORITY,
    Column.PHASE,
    Column.STATUS,
    Column.START,
    Column.END,
)
# Shown in the detail panel in any case (there, in full and editable): not repeated among the hidden columns.
# The lead and the partners are edited in the panel's own pickers (views/plan/unit_fields.py).
PANEL_COLUMNS = (Column.TITLE, Column.KPI, Column.BASIS, Column.PARAGRAPHS, Column.LEAD, Column.PARTNERS)
# Where the lead ("1" of "1+N") is shown: beside the action it leads, before the plan's schedule.
_SHOWN_AFTER = {Column.LEAD: Column.TITLE}


class PlanTable(QTableView):
    columnsChosen = Signal()  # the user showed or hid a column (the window remembers the choice)

    def __init__(self, model: PlanTableModel, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planTable")
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
        for column, after in _SHOWN_AFTER.items():
            header.moveSection(header.visualIndex(column), header.visualIndex(after) + 1)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._show_column_menu)
        self.set_visible_columns(DEFAULT_COLUMNS)

    # --- which columns -----------------------------------------------------------------------------------------

    def visible_columns(self) -> tuple[Column, ...]:
        return tuple(column for column in Column if not self.isColumnHidden(column))

    def set_visible_columns(self, columns: Iterable[Column]) -> None:
        """Show ``columns`` (with the number and the action, which always show) and hide the others."""
        shown = {*columns, *ALWAYS_SHOWN}
        for column in Column:
            self.setColumnHidden(column, column not in shown)
        self.fit_columns()

    def hidden_columns(self) -> tuple[Column, ...]:
        return tuple(column for column in Column if self.isColumnHidden(column))

    def column_menu(self) -> QMenu:
        """The header's context menu: one check box per column that may be hidden, and the default choice."""
        menu = QMenu(self)
        model = self.model()
        header = self.horizontalHeader()
        for column in sorted(Column, key=header.visualIndex):  # in the order the table shows them
            if column in ALWAYS_SHOWN:
                continue
            action = QAction(str(model.headerData(column, Qt.Orientation.Horizontal) or ""), menu)
            action.setCheckable(True)
            action.setChecked(not self.isColumnHidden(column))
            action.setData(int(column))
            action.toggled.connect(lambda shown, which=column: self._choose(which, shown))
            menu.addAction(action)
        menu.addSeparator()
        default = menu.addAction(self.tr("Default columns"))
        default.triggered.connect(lambda: self._choose_all(DEFAULT_COLUMNS))
        return menu

    def _show_column_menu(self, position: QPoint) -> None:
        self.column_menu().exec(self.horizontalHeader().mapToGlobal(position))

    def _choose(self, column: Column, shown: bool) -> None:
        self.setColumnHidden(column, not shown)
        self._share_spare_width()
        self.columnsChosen.emit()

    def _choose_all(self, columns: Iterable[Column]) -> None:
        self.set_visible_columns(columns)
        self.columnsChosen.emit()

    # --- widths ------------------------------------------------------------------------------------------------

    def minimum_columns_width(self) -> int:
        """The width the shown columns need at the least (long texts squeezed): narrower, and the table scrolls."""
        return sum(self._minimum(column) for column in self.visible_columns())

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
                # A date or a number needs less room around it than a word that may be cut.
                needed = max(needed, cell.horizontalAdvance(_SAMPLES[column]) + padding // 2)
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

    def _minimum(self, column: Column) -> int:
        base = self._base.get(column, 0)
        if column in _CHOICES:
            return min(base, self._short_choice_width(column))
        if column not in _TEXT_WIDTHS:
            return base
        full_width = self.fontMetrics().horizontalAdvance("国")
        stretch = _MIN_STRETCH[self._lang].get(column, 1.0)
        return min(base, round(full_width * _MIN_TEXT_WIDTHS.get(column, _MIN_OTHER_TEXT) * stretch))

    def _short_choice_width(self, column: Column) -> int:
        """Room for the choices' labels up to their part in brackets ("Near term (…"), and for the header."""
        cell = self.fontMetrics()
        padding = cell.horizontalAdvance("M")  # a tight fit: only when the table would otherwise scroll sideways
        title = str(self.model().headerData(column, Qt.Orientation.Horizontal) or "")
        widths = [self.horizontalHeader().fontMetrics().horizontalAdvance(title) + padding]
        for _value, label in choices(_CHOICES[column], self._lang):
            cut = min((label.find(mark) for mark in _BRACKETS if mark in label), default=-1)
            widths.append(cell.horizontalAdvance(label[: cut + 1] + "…" if cut > 0 else label) + padding)
        return max(widths)

    def _share_spare_width(self) -> None:
        """Fit the shown columns to the width: spare room widens the long texts (the title most); too little room
        squeezes them, each in proportion to what it can give, down to its minimum (then the table scrolls)."""
        shown = [column for column in self.visible_columns() if column in self._base]
        room = self.viewport().width()
        needed = sum(self._base[column] for column in shown)
        widths = {column: self._base[column] for column in shown}
        if needed <= room:
            shares = {column: _SPARE_SHARES.get(column, 0.0) for column in shown}
            total_share = sum(shares.values()) or 1.0
            for column in shown:
                widths[column] += int((room - needed) * shares[column] / total_share)
        else:
            # The long texts give first; the choices (the phase's bracketed years) only when that is not enough.
            over = needed - room
            for group in ([c for c in shown if c not in _CHOICES], [c for c in shown if c in _CHOICES]):
                give = {column: self._base[column] - self._minimum(column) for column in group}
                can_give = sum(give.values())
                cut = min(over, can_give)
                for column in group:
                    if can_give:
                        widths[column] -= min(give[column], math.ceil(cut * give[column] / can_give))
                over -= cut
                if over <= 0:
                    break
        self._sharing = True
        try:
            for column, width in widths.items():
                self.setColumnWidth(column, width)
        finally:
            self._sharing = False

    def _user_resized(self, column: int, _old: int, new: int) -> None:
        if not self._sharing and column in self._base:
            self._base[Column(column)] = new


def hidden_cells(table: PlanTable, action_id: str) -> list[tuple[str, str]]:
    """(column label, cell text) of the action's cells in the columns ``table`` hides, except those the detail panel
    shows anyway (its texts, basis and ¶): what the panel adds below the action."""
    model = table.model()
    assert isinstance(model, PlanTableModel)
    row = model.row_of(action_id)
    if row < 0:
        return []
    return [
        (str(model.headerData(column, Qt.Orientation.Horizontal) or ""), str(model.index(row, column).data() or ""))
        for column in table.hidden_columns()
        if column not in PANEL_COLUMNS
    ]
