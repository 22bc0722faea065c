"""The window's status bar: a passing message ("已保存……") and, on the right, the lasting state of the open profile.

A passing message is said once, in the language of the moment. When the user switches language it is cleared rather
than left standing in the old language beside a retranslated window; the state label is retranslated by the window.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow, QStatusBar

from desktop.views.i18n import Language
from desktop.views.window_heading import StateLabel


class WindowStatusBar(QStatusBar):
    def __init__(self, language: Language, parent: QMainWindow) -> None:
        super().__init__(parent)
        self.setObjectName("windowStatusBar")
        self.state_label = StateLabel(self)
        self.addPermanentWidget(self.state_label)
        language.changed.connect(lambda _lang: self.clearMessage())


def install_status_bar(window: QMainWindow, language: Language) -> WindowStatusBar:
    """Give ``window`` its status bar (before anything shows a message in it)."""
    bar = WindowStatusBar(language, window)
    window.setStatusBar(bar)
    return bar
