"""A radar (spider) chart of the eight endowment ratings, drawn with QPainter."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.models.vocabulary import ENDOWMENT_MAX, ENDOWMENT_MIN

_FILL = QColor(32, 104, 176, 70)
_LINE = QColor(32, 104, 176)
_LABEL_MARGIN = 6


class RadarChart(QWidget):
    """Draws one polygon over ``len(axes)`` spokes; ``set_values`` repaints. Axis labels are set by the owner."""

    def __init__(self, axes: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._axes = tuple(axes)
        self._labels = {axis: axis for axis in self._axes}
        self._values = {axis: ENDOWMENT_MIN for axis in self._axes}
        self._geometry: tuple[object, tuple[QPointF, float]] | None = None
        self.setMinimumSize(320, 280)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(440, 380)

    def values(self) -> dict[str, int]:
        return dict(self._values)

    def set_values(self, values: Mapping[str, int]) -> None:
        changed = False
        for axis in self._axes:
            value = max(ENDOWMENT_MIN, min(ENDOWMENT_MAX, int(values.get(axis, ENDOWMENT_MIN))))
            changed |= self._values[axis] != value
            self._values[axis] = value
        if changed:
            self.update()

    def set_labels(self, labels: Mapping[str, str]) -> None:
        self._labels.update(labels)
        self.update()

    # Geometry is public so the picture can be checked without reading pixels.
    def label_text(self, index: int) -> str:
        axis = self._axes[index]
        return f"{self._labels[axis]} {self._values[axis]}"

    def _label_size(self, index: int) -> QSizeF:
        """The box a spoke's label needs, wrapped to a width that leaves the web most of the room."""
        wrap = max(70, min(150, int(self.width() * 0.24)))
        flags = int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignCenter)
        box = self.fontMetrics().boundingRect(QRect(0, 0, wrap, 1000), flags, self.label_text(index))
        return QSizeF(box.width() + 1, box.height())

    def centre_and_radius(self) -> tuple[QPointF, float]:
        """The largest web whose labels all fit inside the widget (measured once per size and text)."""
        key = (self.width(), self.height(), tuple(self.label_text(i) for i in range(len(self._axes))))
        if self._geometry is None or self._geometry[0] != key:
            self._geometry = (key, self._fit())
        return self._geometry[1]

    def _fit(self) -> tuple[QPointF, float]:
        half_w, half_h = self.width() / 2, self.height() / 2
        radius = min(half_w, half_h)
        for index in range(len(self._axes)):
            size = self._label_size(index)
            dx, dy = self._direction(index)
            if abs(dx) > 0.01:
                radius = min(radius, (half_w - size.width() - _LABEL_MARGIN * 2) / abs(dx))
            if abs(dy) > 0.01:
                # A label beside a slanted spoke is centred on its tip: half its height sticks out.
                needed = size.height() if abs(dx) < 0.01 else size.height() / 2
                radius = min(radius, (half_h - needed - _LABEL_MARGIN * 2) / abs(dy))
        return QPointF(half_w, half_h), max(20.0, radius)

    def _direction(self, index: int) -> tuple[float, float]:
        angle = -math.pi / 2 + 2 * math.pi * index / len(self._axes)
        return math.cos(angle), math.sin(angle)

    def point(self, index: int, value: float) -> QPointF:
        """Where ``value`` lies on spoke ``index`` (spoke 0 points straight up, the rest follow clockwise)."""
        centre, radius = self.centre_and_radius()
        dx, dy = self._direction(index)
        distance = radius * (value - ENDOWMENT_MIN) / (ENDOWMENT_MAX - ENDOWMENT_MIN)
        return QPointF(centre.x() + distance * dx, centre.y() + distance * dy)

    def polygon(self) -> QPolygonF:
        return QPolygonF([self.point(i, self._values[axis]) for i, axis in enumerate(self._axes)])

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        grid = QPen(palette.color(QPalette.ColorRole.Mid), 1)
        count = len(self._axes)
        centre, _ = self.centre_and_radius()

        painter.setPen(grid)
        for level in range(ENDOWMENT_MIN + 1, ENDOWMENT_MAX + 1):
            painter.drawPolygon(QPolygonF([self.point(i, level) for i in range(count)]))
        for i in range(count):
            painter.drawLine(centre, self.point(i, ENDOWMENT_MAX))

        painter.setPen(QPen(palette.color(QPalette.ColorRole.PlaceholderText)))
        for level in range(ENDOWMENT_MIN + 1, ENDOWMENT_MAX + 1):
            tick = self.point(0, level)
            painter.drawText(QPointF(tick.x() + 4, tick.y() + 4), str(level))

        painter.setPen(QPen(_LINE, 2))
        painter.setBrush(_FILL)
        painter.drawPolygon(self.polygon())
        painter.setBrush(_LINE)
        polygon = self.polygon()
        for index in range(polygon.size()):
            painter.drawEllipse(polygon.at(index), 3, 3)

        painter.setPen(QPen(palette.color(QPalette.ColorRole.WindowText)))
        for index in range(len(self._axes)):
            painter.drawText(self.label_rect(index), self._label_flags(index), self.label_text(index))
        painter.end()

    def label_rect(self, index: int) -> QRectF:
        """Where spoke ``index``'s label goes: just outside the tip, on the side away from the centre."""
        size = self._label_size(index)
        tip = self.point(index, ENDOWMENT_MAX)
        dx, dy = self._direction(index)
        if abs(dx) < 0.01:
            x = tip.x() - size.width() / 2
        elif dx > 0:
            x = tip.x() + _LABEL_MARGIN
        else:
            x = tip.x() - _LABEL_MARGIN - size.width()
        if abs(dx) >= 0.01:
            y = tip.y() - size.height() / 2
        elif dy > 0:
            y = tip.y() + _LABEL_MARGIN
        else:
            y = tip.y() - _LABEL_MARGIN - size.height()
        return QRectF(QPointF(x, y), size)

    def _label_flags(self, index: int) -> int:
        dx, _ = self._direction(index)
        horizontal = (
            Qt.AlignmentFlag.AlignHCenter
            if abs(dx) < 0.01
            else Qt.AlignmentFlag.AlignLeft
            if dx > 0
            else Qt.AlignmentFlag.AlignRight
        )
        return int(horizontal | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap)
