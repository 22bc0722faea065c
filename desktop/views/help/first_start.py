"""The hint an empty store shows above the profile list: how to begin (a new profile, the samples) and where help is."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget


class FirstStartHint(QFrame):
    """Three ways to begin, each a button; the owner connects them and shows the hint while the store is empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstStartHint")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#firstStartHint { background: #f3f7fd; border: 1px solid #c9d8ee; border-radius: 4px; }")
        self.label = QLabel(self)
        self.label.setObjectName("firstStartText")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.new_button = QPushButton(self)
        self.samples_button = QPushButton(self)
        self.guide_button = QPushButton(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.setSpacing(6)
        layout.addWidget(self.label)
        for button in (self.new_button, self.samples_button, self.guide_button):
            button.setAutoDefault(False)
            layout.addWidget(button)
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setText(
            self.tr(
                "No zone profiles yet. Start a new profile and fill in the form, or load the sample profiles to "
                "see how the matches and the plan look. Press F1 for the user guide."
            )
        )
        self.new_button.setText(self.tr("New profile"))
        self.samples_button.setText(self.tr("Load the sample profiles"))
        self.guide_button.setText(self.tr("User guide (F1)"))
