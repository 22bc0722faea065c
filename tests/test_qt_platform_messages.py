"""Qt's offscreen platform (the tests' display) says "This plugin does not support propagateSizeHints()" (or raise,
…) when a window is shown, resized or deleted. Such a message can surface during a later test that uses no Qt at all
(a window test's widgets deleted after it ended) and used to fail, for instance, the migration head check after
``tests/views``. It is the test platform talking, never the application: ignored everywhere (pyproject.toml
``qt_log_ignore``); every other Qt warning still fails the test it happens in."""

from __future__ import annotations

import pytest
from PySide6.QtCore import qWarning
from pytestqt.qtbot import QtBot

PLATFORM = "This plugin does not support propagateSizeHints()"
OTHER = "QLayout: Attempting to add QLayout to a widget which already has a layout"


def test_a_stray_platform_message_does_not_fail_an_unrelated_test(qapp: object) -> None:
    qWarning(PLATFORM)  # as a window test's leftovers do, surfacing in this test


@pytest.mark.qt_log_level_fail("NO")  # this test looks at the verdicts itself
def test_any_other_qt_warning_still_counts(qtbot: QtBot, qtlog: object) -> None:
    qWarning(PLATFORM)
    qWarning(OTHER)
    verdicts = {record.message: record.ignored for record in qtlog.records}  # type: ignore[attr-defined]
    assert verdicts == {PLATFORM: True, OTHER: False}
