"""The plan page's 台账 button: its menu sends the forms, takes the returns in and shows the progress."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QPushButton, QStyle, QWidget


class LedgerCommand(StrEnum):
    EXPORT_FORMS = "export_forms"
    IMPORT_RETURNS = "import_returns"
    OVERVIEW = "overview"
    TIMELINE = "timeline"
    BULLETIN = "bulletin"


class LedgerButton(QPushButton):
    """``requested(command)``: the window runs it (it has the store and the saved plan the forms refer to)."""

    requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ledgerButton")
        self.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogContentsView))
        self.setAutoDefault(False)
        menu = QMenu(self)
        self.actions_by_command: dict[LedgerCommand, QAction] = {}
        for command in LedgerCommand:
            if command in (LedgerCommand.OVERVIEW, LedgerCommand.BULLETIN):
                menu.addSeparator()
            action = menu.addAction("")
            action.setObjectName(f"ledger_{command.value}")
            action.triggered.connect(lambda _checked=False, c=command: self.requested.emit(c.value))
            self.actions_by_command[command] = action
        self.setMenu(menu)
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(self.tr("Ledger"))
        self.setToolTip(
            self.tr("Progress ledger: send progress forms to the units, take back what they return, see the progress")
        )
        texts = {
            LedgerCommand.EXPORT_FORMS: self.tr("Export progress forms…"),
            LedgerCommand.IMPORT_RETURNS: self.tr("Import returned forms…"),
            LedgerCommand.OVERVIEW: self.tr("Progress overview…"),
            LedgerCommand.TIMELINE: self.tr("Progress of the selected action…"),
            LedgerCommand.BULLETIN: self.tr("Export progress bulletin…"),
        }
        for command, text in texts.items():
            self.actions_by_command[command].setText(text)

    def set_has_selection(self, selected: bool) -> None:
        self.actions_by_command[LedgerCommand.TIMELINE].setEnabled(selected)
