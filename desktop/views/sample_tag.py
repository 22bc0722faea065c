"""The small "示例 / Sample" tag a sample profile carries at the end of its name in the profile list."""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen

TAG_TEXT = QColor("#1f4e9c")
TAG_FILL = QColor("#e8eefb")
TAG_LINE = QColor("#9fb6e0")
_PAD = 5


def paint_sample_tag(painter: QPainter, font: QFont, line: QRect, text: str) -> int:
    """Draw the tag right-aligned in ``line`` (the name's line); returns the width it took, for the name to give up."""
    painter.save()
    painter.setFont(font)
    metrics = painter.fontMetrics()
    width = metrics.horizontalAdvance(text) + 2 * _PAD
    height = min(line.height(), metrics.height() + 2)
    box = QRectF(line.right() - width, line.top() + (line.height() - height) / 2, width, height)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(TAG_LINE, 1))
    painter.setBrush(TAG_FILL)
    painter.drawRoundedRect(box, 3, 3)
    painter.setPen(TAG_TEXT)
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
    painter.restore()
    return width
