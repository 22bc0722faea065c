"""A one-line label for user text such as a zone name: shortened with "…" to the room it is given, never wider.

A name may be 100 characters long; shown in full, a heading would make the window wider than the screen. This label
takes whatever width the layout gives it (it asks for none), draws as much as fits followed by "…", and puts the
whole text in its tooltip while it is shortened. ``text()`` stays the whole text; it is shown as plain text, so a
name such as ``<b>x</b>`` reads as typed.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from desktop.views.plain_text import plain_tooltip

ELLIPSIS = "…"


class ElidedLabel(QLabel):
    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(False)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setText(text)

    def setText(self, text: str) -> None:
        super().setText(text)
        self._update_tooltip()

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        margins = self.contentsMargins()
        narrow = self.fontMetrics().horizontalAdvance(ELLIPSIS) + margins.left() + margins.right() + 2 * self.margin()
        return QSize(min(hint.width(), narrow), hint.height())

    def shown_text(self) -> str:
        """What the label draws at its current width ("…" at the end when the text does not fit)."""
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, self._room())

    def is_elided(self) -> bool:
        return self.shown_text() != self.text()

    def _room(self) -> int:
        return max(0, self.contentsRect().width() - 2 * self.margin())

    def _update_tooltip(self) -> None:
        self.setToolTip(plain_tooltip(self.text()) if self.is_elided() else "")

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_tooltip()

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.is_elided():
            super().paintEvent(event)
            return
        painter = QPainter(self)
        rect = self.contentsRect().adjusted(self.margin(), self.margin(), -self.margin(), -self.margin())
        self.style().drawItemText(
            painter,
            rect,
            int(self.alignment()),
            self.palette(),
            self.isEnabled(),
            self.shown_text(),
            self.foregroundRole(),
        )
        painter.end()
