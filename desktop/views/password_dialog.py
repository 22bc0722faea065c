"""Ask for the shared database's password, for this session only (never written to the settings)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget


def ask_password(database: str, parent: QWidget | None = None) -> str | None:
    """The password the user typed for ``database`` (shown without its password), or None if they cancelled."""
    title = QCoreApplication.translate("PasswordDialog", "Database password")
    label = QCoreApplication.translate(
        "PasswordDialog",
        "The shared database {database} asks for a password.\n"
        "It is used for this session only and is not saved (to avoid typing it each time, ask IT for a .pgpass "
        "file).",
    ).format(database=database)
    value, accepted = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Password)
    return value if accepted else None
