"""The main window's test helpers: its settings file and the type of the window factory fixture."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings

from desktop.views.main_window import MainWindow


def settings_at(data_dir: Path) -> QSettings:
    return QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)


WindowFactory = Callable[..., MainWindow]
