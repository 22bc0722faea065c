"""Above the form: the open profile's name, large, and a line on what it still needs or when it was saved."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.views.elided_label import ElidedLabel

MUTED = "color: #5f6b7a;"
UNSAVED = "color: #a15c00;"


class ProfileHeading(QWidget):
    """The name is shortened with "…" to the room it has: a name may be 100 characters and must not widen the
    window. Both lines are plain text: names are shown as typed, even when they look like HTML."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = ElidedLabel(parent=self)
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = QLabel(self)
        self.subtitle.setTextFormat(Qt.TextFormat.PlainText)
        self.subtitle.setWordWrap(True)
        self.subtitle.setStyleSheet(MUTED)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)


class StateLabel(QLabel):
    """The status bar's lasting word on the open profile: saved, not saved yet, or unsaved changes (in amber)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)

    def set_state(self, text: str, dirty: bool) -> None:
        self.setText(text)
        self.setStyleSheet(UNSAVED if dirty else MUTED)
