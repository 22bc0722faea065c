"""Showing user text (zone names, notes) exactly as typed where Qt would guess it is HTML.

Labels are set to plain text where they are built. Tooltips cannot be: Qt shows a tooltip as rich text whenever it
looks like HTML, so a zone named ``<b>x</b>`` would show a bold "x". Such a tooltip is sent as HTML that spells the
text out instead.
"""

from __future__ import annotations

from html import escape

from PySide6.QtGui import Qt
from PySide6.QtWidgets import QLabel, QMessageBox


def plain_tooltip(text: str) -> str:
    """``text`` as a tooltip that shows it literally (unchanged when Qt would not read it as HTML anyway)."""
    if not Qt.mightBeRichText(text):
        return text
    return f'<p style="white-space: pre-wrap;">{escape(text, quote=False)}</p>'


def plain_message(box: QMessageBox) -> None:
    """Show a message box's text and informative text (set before this call) as plain text."""
    box.setTextFormat(Qt.TextFormat.PlainText)
    # The informative text has a label of its own that the box does not expose; Qt names it.
    informative = box.findChild(QLabel, "qt_msgbox_informativelabel")
    if informative is not None:
        informative.setTextFormat(Qt.TextFormat.PlainText)
