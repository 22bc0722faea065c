"""A non-modal notice above the plan: the profile changed since the plan was made; offer to regenerate."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class ProfileChangedBanner(QFrame):
    regenerateRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("profileChangedBanner")
        self.setStyleSheet(
            "#profileChangedBanner { background: #fef7e0; border: 1px solid #f9d67a; border-radius: 4px; }"
        )
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.regenerate_button = QPushButton(self)
        self.regenerate_button.clicked.connect(self.regenerateRequested)
        self.dismiss_button = QPushButton(self)
        self.dismiss_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 8, 8)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.regenerate_button)
        layout.addWidget(self.dismiss_button)
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setText(
            self.tr(
                "The zone profile has changed since this plan was made. Regenerate the plan from the profile? "
                "Your edits to actions that stay are kept."
            )
        )
        self.regenerate_button.setText(self.tr("Regenerate"))
        self.dismiss_button.setText(self.tr("Not now"))
