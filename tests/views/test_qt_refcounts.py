"""A long editing session must not wear out Python's reference count of None, True and False.

Some Qt for Python builds drop a reference to None on every call that returns nothing; on CPython before 3.12 (where
None is not immortal) the process then aborts with "none_dealloc" after a few hundred edits. This guards the pinned
PySide6 range: typing into the form is exactly the path that makes such calls by the thousand.
"""

from __future__ import annotations

import gc
import sys

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from desktop.views.main_window import MainWindow

EDITS = 100  # enough to show a leak of one reference a call, few enough to fail before the process aborts
SLACK = 50  # caches may take or release a handful of references; a leak costs one or more per call


def _counts() -> tuple[int, int, int]:
    gc.collect()
    return sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)


def test_qt_calls_returning_nothing_keep_none_alive(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = _counts()
    for number in range(500):
        label.setText(str(number))
        label.setVisible(number % 2 == 0)
    after = _counts()
    assert all(a >= b - SLACK for a, b in zip(after, before, strict=True)), (before, after)


def test_typing_in_the_form_keeps_none_alive(window: MainWindow) -> None:
    goals = window.editor.goals.goals_edit
    before = _counts()
    for number in range(EDITS):
        goals.setPlainText("目标" * (number % 7))
    after = _counts()
    assert all(a >= b - SLACK for a, b in zip(after, before, strict=True)), (before, after)
