"""A radar chart with several series (one per compared profile) and a legend, drawn with QPainter.

The profile editor's radar (``desktop.views.editor.radar``) draws a single polygon; comparing needs overlaid,
colour-coded polygons and a legend, so this page has its own small chart.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.models.vocabulary import ENDOWMENT_MAX, ENDOWMENT_MIN

_LABEL_WIDTH = 132  # axis labels wrap within this width so long English names stay readable
_GAP = 8
_LEGEND_SWATCH = 12


@dataclass(frozen=True, slots=True)
class RadarSeries:
    name: str
    colour: QColor
    values: Mapping[str, int]  # axis key → 0–5


class MultiRadarChart(QWidget):
    """Spokes for ``axes`` (keys), labelled by ``labels``; one translucent polygon per series, legend on top."""

    def __init__(self, axes: Sequence[str], labels: Mapping[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._axes = tuple(axes)
        self._labels = dict(labels)
        self._series: tuple[RadarSeries, ...] = ()
        # Narrower than this and the axis labels collide; lower and the side-by-side table below loses its rows on a
        # 1366×768 screen (the chart grows again with the window).
        self.setMinimumSize(420, 280)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(560, 420)

    def set_series(self, series: Sequence[RadarSeries]) -> None:
        self._series = tuple(series)
        self.update()

    def series(self) -> tuple[RadarSeries, ...]:
        return self._series

    def legend_names(self) -> list[str]:
        return [s.name for s in self._series]

    # --- geometry (public so tests can check the picture without reading pixels) ----------------------------------

    def legend_height(self) -> int:
        return self.fontMetrics().height() + 2 * _GAP if self._series else 0

    def centre_and_radius(self) -> tuple[QPointF, float]:
        metrics = self.fontMetrics()
        top = self.legend_height()
        height = self.height() - top
        room_x = self.width() / 2 - _LABEL_WIDTH - _GAP * 2
        room_y = height / 2 - metrics.height() * 2 - _GAP * 2
        centre = QPointF(self.width() / 2, top + height / 2)
        return centre, max(30.0, min(room_x, room_y))

    def point(self, index: int, value: float) -> QPointF:
        centre, radius = self.centre_and_radius()
        angle = -math.pi / 2 + 2 * math.pi * index / len(self._axes)
        distance = radius * (value - ENDOWMENT_MIN) / (ENDOWMENT_MAX - ENDOWMENT_MIN)
        return QPointF(centre.x() + distance * math.cos(angle), centre.y() + distance * math.sin(angle))

    # --- painting -----------------------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paint_web(painter)
        for series in self._series:
            self._paint_series(painter, series)
        self._paint_labels(painter)
        self._paint_legend(painter)
        painter.end()

    def _paint_web(self, painter: QPainter) -> None:
        palette = self.palette()
        centre, _ = self.centre_and_radius()
        count = len(self._axes)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for level in range(ENDOWMENT_MIN + 1, ENDOWMENT_MAX + 1):
            painter.drawPolygon(QPolygonF([self.point(i, level) for i in range(count)]))
        for i in range(count):
            painter.drawLine(centre, self.point(i, ENDOWMENT_MAX))
        painter.setPen(QPen(palette.color(QPalette.ColorRole.PlaceholderText)))
        for level in range(ENDOWMENT_MIN + 1, ENDOWMENT_MAX + 1):
            tick = self.point(0, level)
            painter.drawText(QPointF(tick.x() + 4, tick.y() + 4), str(level))

    def _paint_series(self, painter: QPainter, series: RadarSeries) -> None:
        polygon = QPolygonF([self.point(i, series.values.get(axis, 0)) for i, axis in enumerate(self._axes)])
        fill = QColor(series.colour)
        fill.setAlpha(40)
        painter.setPen(QPen(series.colour, 2))
        painter.setBrush(fill)
        painter.drawPolygon(polygon)
        painter.setBrush(series.colour)
        for vertex in polygon:
            painter.drawEllipse(vertex, 3, 3)

    def _paint_labels(self, painter: QPainter) -> None:
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.WindowText)))
        metrics = self.fontMetrics()
        centre, _ = self.centre_and_radius()
        flags = int(Qt.TextFlag.TextWordWrap)
        for i, axis in enumerate(self._axes):
            text = self._labels.get(axis, axis)
            box = metrics.boundingRect(QRectF(0, 0, _LABEL_WIDTH, 1000).toRect(), flags, text)
            tip = self.point(i, ENDOWMENT_MAX)
            dx, dy = tip.x() - centre.x(), tip.y() - centre.y()
            if abs(dx) < 1:
                x, align = tip.x() - box.width() / 2, Qt.AlignmentFlag.AlignHCenter
            elif dx > 0:
                x, align = tip.x() + _GAP, Qt.AlignmentFlag.AlignLeft
            else:
                x, align = tip.x() - _GAP - box.width(), Qt.AlignmentFlag.AlignRight
            if abs(dy) < 1:
                y = tip.y() - box.height() / 2
            elif dy > 0:
                y = tip.y() + (_GAP / 2 if abs(dx) < 1 else 0)
            else:
                y = tip.y() - box.height() - (_GAP / 2 if abs(dx) < 1 else 0)
            rect = QRectF(x, y, box.width() + 1, box.height())
            painter.drawText(rect, int(align) | flags, text)

    def _paint_legend(self, painter: QPainter) -> None:
        if not self._series:
            return
        metrics = QFontMetrics(self.font())
        widths = [_LEGEND_SWATCH + 6 + metrics.horizontalAdvance(s.name) for s in self._series]
        total = sum(widths) + 20 * (len(widths) - 1)
        x = max(_GAP, (self.width() - total) / 2)
        y = _GAP
        height = metrics.height()
        for series, width in zip(self._series, widths, strict=True):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(series.colour)
            swatch = QRectF(x, y + (height - _LEGEND_SWATCH) / 2, _LEGEND_SWATCH, _LEGEND_SWATCH)
            painter.drawRoundedRect(swatch, 2, 2)
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.WindowText)))
            text_rect = QRectF(x + _LEGEND_SWATCH + 6, y, width - _LEGEND_SWATCH - 6 + 1, height)
            painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), series.name)
            x += width + 20
