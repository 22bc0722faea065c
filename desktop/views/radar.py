"""A radar (spider) chart of 0–5 ratings, drawn with QPainter: one polygon per series, an optional legend on top.

The profile form draws one zone, its ratings written beside the axis names; the comparison overlays two to four
zones in their own colours, named in the legend.

An axis name is laid out in whole words: English breaks between words, Chinese only after a joining character
(与, 和, 及, 、) or, in a name without one, between two-character words ("中小企业 / 配套协作", never "中小企业配套协 /
作"); the rating stays with the last word. A word too long for the room is shortened with "…", and the whole name is
in the tooltip of every label.

A rating that is not known (None, 未评估) is never drawn as 0: the zone's outline leaves a gap at that spoke (its
neighbours are not joined across it), the spoke is drawn dashed in the zone's colour with a hollow ring at its outer
end, and the axis name says "not assessed" (or carries a "?" when several zones are overlaid).
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QHelpEvent, QPainter, QPaintEvent, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from desktop.models.vocabulary import ENDOWMENT_MAX, ENDOWMENT_MIN

_LABEL_MARGIN = 6
_LEGEND_GAP = 8  # around the legend, and between its rows
_LEGEND_SPACING = 20  # between two entries of a row
_SWATCH = 12
# A lone polygon is filled boldly; overlaid ones lightly, so that each stays visible through the others.
_FILL_ALPHA_ONE, _FILL_ALPHA_SEVERAL = 70, 40
_MAX_LABEL_LINES = 3
_LABEL_MIN_WIDTH, _LABEL_MAX_WIDTH, _LABEL_WIDTH_STEP = 60, 220, 10  # pixels
_WORTH_ANOTHER_LINE = 4.0  # pixels of radius a narrower, taller label must win to be chosen
# The web's centre and radius, and each spoke's label in lines.
_Layout = tuple[QPointF, float, tuple[tuple[str, ...], ...]]
# Chinese names break after these joining characters; a name without one breaks between two-character words.
_JOINERS = "与和及、/·"


def name_units(name: str) -> list[str]:
    """The pieces a name may be broken into, each kept whole on a line."""
    if not name:
        return []
    if any(ch.isspace() for ch in name.strip()):  # words (English; a mixed name keeps its words too)
        words = name.split()
        return [word + " " for word in words[:-1]] + words[-1:]
    cuts = [i + 1 for i, ch in enumerate(name[:-1]) if ch in _JOINERS]
    if not cuts:
        cuts = list(range(2, len(name) - 1, 2))  # two-character words; never a single character left alone
    edges = [0, *cuts, len(name)]
    return [name[a:b] for a, b in itertools.pairwise(edges) if name[a:b]]


def wrap_name(name: str, suffix: str, width: int, metrics: QFontMetrics) -> tuple[list[str], bool]:
    """``name`` (with ``suffix``, e.g. " 3", kept on its last line) in lines at most ``width`` wide, broken only
    between units; True if something had to be shortened with "…"."""
    units = name_units(name)
    if units:
        units[-1] += suffix
    else:
        units = [suffix.strip()]
    lines: list[str] = []
    for unit in units:
        if lines and metrics.horizontalAdvance((lines[-1] + unit).rstrip()) <= width:
            lines[-1] += unit
        else:
            lines.append(unit)
    lines = [line.rstrip() for line in lines]
    shortened = False
    if len(lines) > _MAX_LABEL_LINES:
        lines = [*lines[: _MAX_LABEL_LINES - 1], "".join(lines[_MAX_LABEL_LINES - 1 :])]
    for i, line in enumerate(lines):
        if metrics.horizontalAdvance(line) > width:
            lines[i] = metrics.elidedText(line, Qt.TextElideMode.ElideRight, width)
            shortened = True
    return lines, shortened


@dataclass(frozen=True, slots=True)
class RadarSeries:
    name: str
    colour: QColor
    values: Mapping[str, int | None]  # axis key → rating (outside 0–5 at the nearest end); None: not known


class RadarChart(QWidget):
    """Spokes for ``axes`` (keys), named by ``set_labels``; ``set_series`` draws the polygons.

    ``legend`` names the series above the web; ``label_values`` writes the first series' rating after each axis name
    (for a single zone, where the number says more than the picture).
    """

    def __init__(
        self,
        axes: Sequence[str],
        parent: QWidget | None = None,
        *,
        legend: bool = False,
        label_values: bool = False,
        minimum: QSize = QSize(320, 280),  # noqa: B008 — an immutable default, copied by Qt
        hint: QSize = QSize(440, 380),  # noqa: B008
    ) -> None:
        super().__init__(parent)
        self._axes = tuple(axes)
        self._labels = {axis: axis for axis in self._axes}
        self._series: tuple[RadarSeries, ...] = ()
        self._legend = legend
        self._label_values = label_values
        self._hint = QSize(hint)
        self._geometry: tuple[object, _Layout] | None = None
        self.setMinimumSize(minimum)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(self._hint)

    # --- content ------------------------------------------------------------------------------------------------

    def set_series(self, series: Sequence[RadarSeries]) -> None:
        self._series = tuple(series)
        self.update()

    def series(self) -> tuple[RadarSeries, ...]:
        return self._series

    def legend_names(self) -> list[str]:
        return [s.name for s in self._series] if self._legend else []

    def set_labels(self, labels: Mapping[str, str]) -> None:
        self._labels.update(labels)
        self.update()

    def value(self, series: RadarSeries, axis: str) -> int | None:
        """The rating drawn for ``axis`` (an out-of-range one at the nearest end of the scale); None: not known."""
        raw = series.values.get(axis)
        return None if raw is None else max(ENDOWMENT_MIN, min(ENDOWMENT_MAX, int(raw)))

    def unknown_axes(self, series: RadarSeries) -> tuple[int, ...]:
        """The spokes where ``series`` has no rating (drawn as a gap, never as 0)."""
        return tuple(i for i, axis in enumerate(self._axes) if self.value(series, axis) is None)

    def label_text(self, index: int) -> str:
        """The whole label of spoke ``index``: its name and, as the chart says, its rating or "?"."""
        return self._labels[self._axes[index]] + self._label_suffix(index)

    def _label_suffix(self, index: int) -> str:
        axis = self._axes[index]
        if self._label_values and self._series:
            rating = self.value(self._series[0], axis)
            return " " + (self.tr("not assessed") if rating is None else str(rating))
        if any(self.value(series, axis) is None for series in self._series):
            return " ?"
        return ""

    def label_lines(self, index: int) -> list[str]:
        """The label of spoke ``index`` as drawn, line by line (see ``wrap_name`` and ``_fit``)."""
        return list(self._layout()[2][index])

    def _widest_label(self) -> int:
        return max(_LABEL_MIN_WIDTH, min(_LABEL_MAX_WIDTH, int(self.width() * 0.33)))

    def _lines_at(self, index: int, budget: int) -> list[str]:
        """Spoke ``index``'s label in lines about ``budget`` wide: wider if a word would need "…" at that width,
        up to a third of the chart (where "…" is the last resort)."""
        name, suffix, metrics = self._labels[self._axes[index]], self._label_suffix(index), self.fontMetrics()
        wide = self._widest_label()
        for width in range(budget, wide, _LABEL_WIDTH_STEP):
            lines, shortened = wrap_name(name, suffix, width, metrics)
            if not shortened:
                return lines
        return wrap_name(name, suffix, wide, metrics)[0]

    def _size_of(self, lines: Sequence[str]) -> QSizeF:
        metrics = self.fontMetrics()
        width = max(metrics.horizontalAdvance(line) for line in lines)
        return QSizeF(width + 1, metrics.lineSpacing() * (len(lines) - 1) + metrics.height())

    # --- geometry (public so the picture can be checked without reading pixels) ---------------------------------

    def legend_rows(self) -> list[list[tuple[RadarSeries, QRectF]]]:
        """The legend's entries with the box each takes (swatch and name), in centred rows that fit the width."""
        if not self._legend or not self._series:
            return []
        metrics = self.fontMetrics()
        height = metrics.height()
        room = self.width() - 2 * _LEGEND_GAP
        rows: list[list[tuple[RadarSeries, float]]] = [[]]
        used = 0.0
        for series in self._series:
            width = min(float(room), _SWATCH + 6 + metrics.horizontalAdvance(series.name) + 1)  # a long name is cut
            if rows[-1] and used + _LEGEND_SPACING + width > room:
                rows.append([])
                used = 0.0
            used += (_LEGEND_SPACING if rows[-1] else 0) + width
            rows[-1].append((series, width))
        placed = []
        for number, row in enumerate(rows):
            total = sum(width for _, width in row) + _LEGEND_SPACING * (len(row) - 1)
            x = max(float(_LEGEND_GAP), (self.width() - total) / 2)
            y = _LEGEND_GAP + number * (height + _LEGEND_GAP)
            boxes = []
            for series, width in row:
                boxes.append((series, QRectF(x, y, width, height)))
                x += width + _LEGEND_SPACING
            placed.append(boxes)
        return placed

    def legend_height(self) -> int:
        rows = len(self.legend_rows())
        return rows * (self.fontMetrics().height() + _LEGEND_GAP) + _LEGEND_GAP if rows else 0

    def _label_size(self, index: int) -> QSizeF:
        """The box a spoke's label needs, as laid out for the current size."""
        return self._size_of(self.label_lines(index))

    def centre_and_radius(self) -> tuple[QPointF, float]:
        """The largest web whose labels all fit below the legend (measured once per size and text)."""
        centre, radius, _labels = self._layout()
        return centre, radius

    def _layout(self) -> _Layout:
        top = self.legend_height()
        key = (self.width(), self.height(), top, tuple(self.label_text(i) for i in range(len(self._axes))))
        if self._geometry is None or self._geometry[0] != key:
            self._geometry = (key, self._fit(top))
        return self._geometry[1]

    def _fit(self, top: int) -> _Layout:
        """Try the labels from a third of the chart's width down to their narrowest: narrower labels take more
        lines but leave the web more room. The largest web wins (wider labels where it makes no real difference),
        so a tall, narrow panel gets a large web with its names on two or three lines."""
        best: _Layout | None = None
        for budget in range(self._widest_label(), _LABEL_MIN_WIDTH - 1, -_LABEL_WIDTH_STEP):
            labels = tuple(tuple(self._lines_at(i, budget)) for i in range(len(self._axes)))
            centre, radius = self._radius_for([self._size_of(lines) for lines in labels], top)
            if best is None or radius > best[1] + _WORTH_ANOTHER_LINE:
                best = (centre, radius, labels)
        assert best is not None
        return best

    def _radius_for(self, sizes: Sequence[QSizeF], top: int) -> tuple[QPointF, float]:
        half_w, half_h = self.width() / 2, (self.height() - top) / 2
        radius = min(half_w, half_h)
        for index, size in enumerate(sizes):
            dx, dy = self._direction(index)
            if abs(dx) > 0.01:
                radius = min(radius, (half_w - size.width() - _LABEL_MARGIN * 2) / abs(dx))
            if abs(dy) > 0.01:
                # A label beside a slanted spoke is centred on its tip: half its height sticks out.
                needed = size.height() if abs(dx) < 0.01 else size.height() / 2
                radius = min(radius, (half_h - needed - _LABEL_MARGIN * 2) / abs(dy))
        return QPointF(half_w, top + half_h), max(20.0, radius)

    def _direction(self, index: int) -> tuple[float, float]:
        angle = -math.pi / 2 + 2 * math.pi * index / len(self._axes)
        return math.cos(angle), math.sin(angle)

    def point(self, index: int, value: float) -> QPointF:
        """Where ``value`` lies on spoke ``index`` (spoke 0 points straight up, the rest follow clockwise)."""
        centre, radius = self.centre_and_radius()
        dx, dy = self._direction(index)
        distance = radius * (value - ENDOWMENT_MIN) / (ENDOWMENT_MAX - ENDOWMENT_MIN)
        return QPointF(centre.x() + distance * dx, centre.y() + distance * dy)

    def polygon(self, series: RadarSeries) -> QPolygonF:
        """The outline through the known ratings, in spoke order (unknown spokes are left out, not put at 0)."""
        points = []
        for i, axis in enumerate(self._axes):
            rating = self.value(series, axis)
            if rating is not None:
                points.append(self.point(i, rating))
        return QPolygonF(points)

    def outline_runs(self, series: RadarSeries) -> list[list[int]]:
        """The spokes joined by the outline: runs of neighbouring known spokes (all of them, closed, when none is
        unknown). A run never crosses an unknown spoke, so a gap shows where a rating is missing."""
        count = len(self._axes)
        unknown = set(self.unknown_axes(series))
        if not unknown:
            return [list(range(count))]
        start = max(unknown)  # walk round from just after an unknown spoke so no run is split at index 0
        runs: list[list[int]] = []
        current: list[int] = []
        for step in range(1, count + 1):
            index = (start + step) % count
            if index in unknown:
                if current:
                    runs.append(current)
                current = []
            else:
                current.append(index)
        if current:
            runs.append(current)
        return runs

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
        return int(horizontal | Qt.AlignmentFlag.AlignVCenter)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            spoke = next((i for i in range(len(self._axes)) if self.label_rect(i).contains(event.pos())), None)
            if spoke is None:
                QToolTip.hideText()
            else:  # the whole label, also where the drawing had to shorten it
                QToolTip.showText(event.globalPos(), self.label_text(spoke), self)
            return True
        return super().event(event)

    # --- painting -----------------------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paint_web(painter)
        alpha = _FILL_ALPHA_ONE if len(self._series) == 1 else _FILL_ALPHA_SEVERAL
        for series in self._series:
            self._paint_series(painter, series, alpha)
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.WindowText)))
        for index in range(len(self._axes)):
            painter.drawText(self.label_rect(index), self._label_flags(index), "\n".join(self.label_lines(index)))
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

    def _paint_series(self, painter: QPainter, series: RadarSeries, alpha: int) -> None:
        polygon = self.polygon(series)
        fill = QColor(series.colour)
        fill.setAlpha(alpha)
        unknown = self.unknown_axes(series)
        if not unknown:
            painter.setPen(QPen(series.colour, 2))
            painter.setBrush(fill)
            painter.drawPolygon(polygon)
        else:
            # The known part lightly filled, its outline broken at each unknown spoke.
            if polygon.size() >= 3:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(fill)
                painter.drawPolygon(polygon)
            painter.setPen(QPen(series.colour, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            for run in self.outline_runs(series):
                points = [self.point(i, self.value(series, self._axes[i]) or 0) for i in run]
                painter.drawPolyline(QPolygonF(points))
            centre, _ = self.centre_and_radius()
            dashed = QPen(series.colour, 1.5, Qt.PenStyle.DashLine)
            for index in unknown:
                painter.setPen(dashed)
                painter.drawLine(centre, self.point(index, ENDOWMENT_MAX))
                painter.setPen(QPen(series.colour, 2))
                painter.drawEllipse(self.point(index, ENDOWMENT_MAX), 4, 4)  # hollow: no rating to mark
        painter.setPen(QPen(series.colour, 2))
        painter.setBrush(series.colour)
        for index in range(polygon.size()):
            painter.drawEllipse(polygon.at(index), 3, 3)

    def _paint_legend(self, painter: QPainter) -> None:
        text_pen = QPen(self.palette().color(QPalette.ColorRole.WindowText))
        for row in self.legend_rows():
            for series, box in row:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(series.colour)
                swatch = QRectF(box.x(), box.y() + (box.height() - _SWATCH) / 2, _SWATCH, _SWATCH)
                painter.drawRoundedRect(swatch, 2, 2)
                painter.setPen(text_pen)
                text = box.adjusted(_SWATCH + 6, 0, 0, 0)
                name = self.fontMetrics().elidedText(series.name, Qt.TextElideMode.ElideRight, int(text.width()))
                painter.drawText(text, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), name)
