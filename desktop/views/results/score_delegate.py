"""Paints a match's score as a bar with the number beside it, so the ranking reads at a glance."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desktop.views.results.ranking_model import SCORE_ROLE, Index

# Strong, fair and weak fits in one hue family: the bar length carries the value, the shade only reinforces it.
_STRONG = QColor("#1f5fbf")
_FAIR = QColor("#5b8fdd")
_WEAK = QColor("#a7c1ea")
_TRACK = QColor("#e6ebf2")
_NUMBER_WIDTH = 34
_BAR_HEIGHT = 8


def bar_colour(score: float) -> QColor:
    if score >= 60:
        return _STRONG
    if score >= 30:
        return _FAIR
    return _WEAK


class ScoreBarDelegate(QStyledItemDelegate):
    """Draws rows that carry ``SCORE_ROLE``; other cells (group rows) are drawn normally."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        score = index.data(SCORE_ROLE)
        if score is None:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)

        rect = opt.rect.adjusted(8, 0, -8, 0)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        track = QRectF(
            rect.left(), rect.center().y() - _BAR_HEIGHT / 2 + 1, rect.width() - _NUMBER_WIDTH - 6, _BAR_HEIGHT
        )
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(_TRACK)
        painter.drawRoundedRect(track, _BAR_HEIGHT / 2, _BAR_HEIGHT / 2)
        fraction = max(0.0, min(1.0, float(score) / 100.0))
        if fraction > 0:
            filled = QRectF(track.left(), track.top(), max(track.height(), track.width() * fraction), track.height())
            painter.setBrush(bar_colour(float(score)))
            painter.drawRoundedRect(filled, _BAR_HEIGHT / 2, _BAR_HEIGHT / 2)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(opt.palette.color(role))
        painter.setFont(opt.font)
        number_rect = rect.adjusted(rect.width() - _NUMBER_WIDTH, 0, 0, 0)
        painter.drawText(
            number_rect,
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            str(index.data(Qt.ItemDataRole.DisplayRole)),
        )
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(max(hint.width(), 100), hint.height())
