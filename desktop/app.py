"""Start the window: QApplication, translations, store, main window (all Qt start-up lives here)."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication.instance() or QApplication([sys.argv[0], *(argv or [])])
    window = QMainWindow()
    window.setWindowTitle("开发区集群对标规划助手")
    window.show()
    return app.exec()
