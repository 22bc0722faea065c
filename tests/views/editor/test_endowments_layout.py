"""Each endowment's name, slider and rating line read as one group at any window size (#13.7 polish): on a tall
1600×1000 window the spare height used to be shared out between the rows, leaving each slider far above its rating."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from desktop.models.vocabulary import Endowment
from desktop.views.editor.common import PAGE_SCROLL
from tests.helpers.window import WindowFactory


def top(widget: QWidget, page: QWidget) -> int:
    return widget.mapTo(page, QPoint(0, 0)).y()


def text_top(label: QLabel, page: QWidget) -> int:
    """Where the label's text is drawn: a label taller than its text places the text by its vertical alignment."""
    text = label.heightForWidth(label.width()) if label.hasHeightForWidth() else label.sizeHint().height()
    spare = max(label.height() - text, 0)
    alignment = label.alignment()
    offset = (
        0
        if alignment & Qt.AlignmentFlag.AlignTop
        else spare
        if alignment & Qt.AlignmentFlag.AlignBottom
        else spare // 2
    )
    return top(label, page) + offset


@pytest.mark.parametrize("size", [(1600, 1000), (1280, 800), (1024, 700)])
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_each_rating_line_sits_right_under_its_slider(
    make_window: WindowFactory, qtbot: QtBot, lang: str, size: tuple[int, int]
) -> None:
    window = make_window()
    window.set_language(lang)  # type: ignore[arg-type]
    window.resize(*size)
    page = window.editor.endowments
    window.editor.setCurrentWidget(page)
    qtbot.wait(50)
    line = page.fontMetrics().height()
    endowments = list(Endowment)
    for endowment, following in zip(endowments, [*endowments[1:], None], strict=True):
        slider, meaning = page.sliders[endowment], page.meanings[endowment]
        gap = text_top(meaning, page) - (top(slider, page) + slider.height())
        assert 0 <= gap <= line, (endowment, gap)  # the rating line right under its slider (a wrapped name: a line)
        if following is not None:  # and the next endowment starts after a short gap, not half a screen away
            below = top(page.sliders[following], page) - (top(meaning, page) + meaning.height())
            assert below <= 3 * line, (endowment, below)
    area = page.findChild(QScrollArea, PAGE_SCROLL)
    assert area is not None and area.horizontalScrollBar().maximum() == 0
    window.set_language("zh")
