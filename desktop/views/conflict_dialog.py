"""Someone else saved the open profile first: show what differs, field by field, and ask what to do."""

from __future__ import annotations

from typing import Literal

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

Resolution = Literal["mine", "theirs", "copy"]


class ConflictDialog(QDialog):
    """Keep mine (save over theirs) / take theirs / save mine as a copy; the differences listed above the buttons."""

    def __init__(
        self, name: str, saved_by: str, differences: list[tuple[str, str, str]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.choice: Resolution | None = None
        self.setWindowTitle(self.tr("Saved by someone else"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "“{name}” was changed and saved by {user} after you opened it. Your changes are not saved yet."
            ).format(name=name, user=saved_by or "?"),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(len(differences), 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Yours"), self.tr("Theirs")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for row, values in enumerate(differences):
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(self)
        role = QDialogButtonBox.ButtonRole.AcceptRole
        self.mine = buttons.addButton(self.tr("Keep mine (save over theirs)"), role)
        self.theirs = buttons.addButton(self.tr("Take theirs"), role)
        self.copy = buttons.addButton(self.tr("Save mine as a copy"), role)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.clicked.connect(self._clicked)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 360)

    def _clicked(self, button: QPushButton) -> None:
        chosen: dict[QPushButton, Resolution] = {self.mine: "mine", self.theirs: "theirs", self.copy: "copy"}
        if button in chosen:
            self.choice = chosen[button]
            self.accept()


def ask_conflict(
    name: str, saved_by: str, differences: list[tuple[str, str, str]], parent: QWidget | None = None
) -> Resolution | None:
    dialog = ConflictDialog(name, saved_by, differences, parent)
    dialog.exec()
    return dialog.choice
