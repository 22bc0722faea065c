"""Check boxes in as many columns as the width allows (up to a maximum), so a form never scrolls sideways.

A long English label ("Water treatment and water technology") does not wrap in a check box; three such columns
need more than a 1024-pixel window has. The grid therefore takes its column count from the room it is given.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QGridLayout, QWidget


class ReflowGrid:
    """Places ``widgets`` row by row in ``grid`` in at most ``most`` columns; ``fit(width)`` re-places them when the
    number of columns that fit ``width`` changes."""

    def __init__(self, grid: QGridLayout, widgets: Sequence[QWidget], most: int) -> None:
        self._grid = grid
        self._widgets = list(widgets)
        self._most = most
        self._columns = 0
        self._place(most)

    def columns(self) -> int:
        return self._columns

    def fit(self, width: int) -> None:
        widest = max((widget.sizeHint().width() for widget in self._widgets), default=0)
        spacing = max(0, self._grid.horizontalSpacing())
        columns = self._most
        while columns > 1 and columns * widest + (columns - 1) * spacing > width:
            columns -= 1
        if columns != self._columns:
            self._place(columns)

    def _place(self, columns: int) -> None:
        for widget in self._widgets:
            self._grid.removeWidget(widget)
        for index, widget in enumerate(self._widgets):
            self._grid.addWidget(widget, index // columns, index % columns)
        self._columns = columns
