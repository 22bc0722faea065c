"""The plan page's 台账 button: its menu sends the forms, takes the returns in and shows the progress."""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QPushButton, QStyle, QWidget


class LedgerCommand(StrEnum):
    EXPORT_FORMS = "export_forms"
    IMPORT_RETURNS = "import_returns"
    OVERVIEW = "overview"
    TIMELINE = "timeline"
    BULLETIN = "bulletin"


def command_texts() -> dict[LedgerCommand, str]:
    """The commands' words, shared by the button's menu and the window's File menu (one translation each)."""
    return {
        LedgerCommand.EXPORT_FORMS: QCoreApplication.translate("LedgerButton", "Export progress forms…"),
        LedgerCommand.IMPORT_RETURNS: QCoreApplication.translate("LedgerButton", "Import returned forms…"),
        LedgerCommand.OVERVIEW: QCoreApplication.translate("LedgerButton", "Progress overview…"),
        LedgerCommand.TIMELINE: QCoreApplication.translate("LedgerButton", "Progress of the selected action…"),
        LedgerCommand.BULLETIN: QCoreApplication.translate("LedgerButton", "Export progress bulletin…"),
    }


def fill_menu(menu: QMenu, send: Callable[[str], object]) -> dict[LedgerCommand, QAction]:
    """The commands in ``menu``, grouped (forms out and in; progress; bulletin); each sends its name."""
    actions: dict[LedgerCommand, QAction] = {}
    for command in LedgerCommand:
        if command in (LedgerCommand.OVERVIEW, LedgerCommand.BULLETIN):
            menu.addSeparator()
        action = menu.addAction("")
        action.setObjectName(f"ledger_{command.value}")
        action.triggered.connect(lambda _checked=False, c=command: send(c.value))
        actions[command] = action
    return actions


class LedgerButton(QPushButton):
    """``requested(command)``: the window runs it (it has the store and the saved plan the forms refer to)."""

    requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ledgerButton")
        self.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogContentsView))
        self.setAutoDefault(False)
        menu = QMenu(self)
        self.actions_by_command = fill_menu(menu, self.requested.emit)
        self.setMenu(menu)
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(self.tr("Ledger"))
        self.setToolTip(
            self.tr("Progress ledger: send progress forms to the units, take back what they return, see the progress")
        )
        for command, text in command_texts().items():
            self.actions_by_command[command].setText(text)

    def set_has_selection(self, selected: bool) -> None:
        self.actions_by_command[LedgerCommand.TIMELINE].setEnabled(selected)
