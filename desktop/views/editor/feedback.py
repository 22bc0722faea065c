"""Showing a field's problem next to the field: a red explanation under it and a red frame around it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

ERROR_COLOUR = "#b3261e"

# Applied once to the editor: widgets flagged with the ``invalid`` property get a red frame. The title padding is there
# because a group-box title mixing Chinese and Latin text was measured too short and lost its last character
# (e.g. "主导产业 *（可多选" without its closing bracket) once the style sheet is in force.
INVALID_STYLE = f"""
QLineEdit[invalid="true"], QComboBox[invalid="true"], QPlainTextEdit[invalid="true"] {{
    border: 1px solid {ERROR_COLOUR}; border-radius: 3px; padding: 2px;
}}
QGroupBox[invalid="true"] {{ color: {ERROR_COLOUR}; }}
QGroupBox::title {{ padding-right: 1em; }}
"""


class FieldError(QLabel):
    """The explanation of a field's problem; hidden while the field is fine."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)  # the message quotes what was typed, markup and all
        self.setWordWrap(True)
        self.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.setObjectName("fieldError")
        self.hide()

    def show_message(self, message: str) -> None:
        self.setText(message)
        self.setVisible(bool(message))


def set_invalid(widget: QWidget, invalid: bool) -> None:
    """Flag ``widget`` for the ``INVALID_STYLE`` rules (a dynamic property needs a re-polish to take effect)."""
    if bool(widget.property("invalid")) == invalid:
        return
    widget.setProperty("invalid", invalid)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
