"""Qt's own words that Qt's Chinese catalogue misses, translated in ours.

Qt ships ``qtbase_zh_CN`` for its dialogs (installed by ``Language``), but the catalogue lags behind Qt's sources: Qt
6 gave the file dialog's labels keyboard accelerators ("&Look in:", "Files of &type:") while the catalogue still
translates "Look in:", so a Chinese file dialog showed those two labels in English. The strings are listed here, in
Qt's own contexts, so ``tools/update_translations.py`` puts them in our catalogue, which is asked before Qt's. The
file-dialog test (tests/views/test_file_dialogs.py) finds any English word a later Qt brings back: add it here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

from PySide6 import QtCore

# Marks a string for the catalogue and returns it unchanged (PySide's stub says "object"; it is the str given).
QT_TRANSLATE_NOOP = cast(Callable[[str, str], str], QtCore.QT_TRANSLATE_NOOP)

QT_STRINGS_OUR_CATALOGUE_TRANSLATES: tuple[tuple[str, str], ...] = (
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "&Look in:")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:")),
)
