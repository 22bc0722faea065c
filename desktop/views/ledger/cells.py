"""Read-only tables of the ledger's views: filled row by row with text, numbers centred, nothing editable."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

ACTION_ID_ROLE = Qt.ItemDataRole.UserRole  # the action a row is about (first column), for "show it in the plan"
LATE = QColor("#b3261e")


def read_only_table(parent: QWidget, name: str) -> QTableWidget:
    table = QTableWidget(parent)
    table.setObjectName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(True)
    table.verticalHeader().hide()
    table.horizontalHeader().setHighlightSections(False)
    # Wrapped texts need their rows re-measured whenever a column's width changes (the stretched one on showing).
    table.horizontalHeader().sectionResized.connect(lambda *_: table.resizeRowsToContents())
    return table


def fill(
    table: QTableWidget,
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    *,
    centred: frozenset[int] = frozenset(),
    stretch: int | None = None,
    action_ids: Sequence[str] = (),
    late_column: int | None = None,
    fixed: dict[int, int] | None = None,
) -> None:
    """Put ``rows`` into ``table``; ``stretch`` is the column that takes the room left (texts), ``fixed`` columns
    start at the width given (the user may drag them) and wrap their text, the others fit their contents."""
    table.clear()
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            item = QTableWidgetItem(value)
            item.setToolTip(value if len(value) > 20 else "")
            if c in centred:
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            if c == 0 and r < len(action_ids):
                item.setData(ACTION_ID_ROLE, action_ids[r])
            if late_column is not None and c == late_column and value not in ("", "0"):
                item.setForeground(LATE)
            table.setItem(r, c, item)
    header = table.horizontalHeader()
    for c in range(len(headers)):
        if c == stretch:
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.Stretch)
        elif fixed and c in fixed:
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.Interactive)
            table.setColumnWidth(c, fixed[c])
        else:
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
    table.resizeRowsToContents()


def texts(table: QTableWidget) -> list[list[str]]:
    """What the table shows, row by row (tests and copying read it this way)."""
    rows: list[list[str]] = []
    for r in range(table.rowCount()):
        items = [table.item(r, c) for c in range(table.columnCount())]
        rows.append([item.text() if item is not None else "" for item in items])
    return rows
