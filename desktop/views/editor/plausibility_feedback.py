"""Showing a soft warning beside a figure: an amber note under the field, never a red frame — the value is kept and
the profile saves. The check itself is the domain's (``profile_plausibility``)."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from desktop.models.profile_plausibility import figure_warnings, target_warnings
from desktop.views.i18n import Language

WARNING_COLOUR = "#8a5300"  # amber, dark enough to read on white: a caution, not an error


class FieldWarning(QLabel):
    """The note under a field whose value is unusual; hidden while it is usual."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setStyleSheet(f"color: {WARNING_COLOUR};")
        self.setObjectName("fieldWarning")
        self.hide()

    def show_message(self, message: str) -> None:
        self.setText(message)
        self.setVisible(bool(message))


def figure_warning_texts(data: Mapping[str, object], language: Language) -> dict[str, str]:
    """Field path → the warning to show, for the figures of a form object that are outside their usual range."""
    figures = data.get("figures")
    if not isinstance(figures, Mapping):
        return {}
    return {warning.path: language.text(warning.message) for warning in figure_warnings(figures)}


def target_warning_texts(data: Mapping[str, object], language: Language) -> list[str]:
    """The warnings on the zone's targets (base or target values outside their indicator's usual range)."""
    return [language.text(warning.message) for warning in target_warnings(data.get("targets"))]
