"""A form page shows a newly opened profile from its heading, wherever the previous profile was left scrolled."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QScrollArea
from pytestqt.qtbot import QtBot

from desktop.models.profile import Profile
from desktop.models.store import ProfileStore
from desktop.views.editor.common import PAGE_SCROLL
from tests.helpers.window import WindowFactory


def test_the_stage_tab_starts_at_its_heading_after_switching_profile(
    make_window: WindowFactory, store: ProfileStore, samples: dict[str, Profile], qtbot: QtBot
) -> None:
    first, second = (store.create(profile) for profile in list(samples.values())[:2])
    window = make_window()
    window.resize(1024, 700)  # a 1366×768 laptop at 125 %: the stage page is taller than its tab
    window.open_profile(first)
    page = window.editor.situation
    window.editor.setCurrentWidget(page)
    area = page.findChild(QScrollArea, PAGE_SCROLL)
    assert area is not None
    heading = page.findChildren(QGroupBox)[0]  # "集群发展阶段 *", the page's first section
    bar = area.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum())  # the user read the first profile's problems at the bottom
    assert heading.visibleRegion().isEmpty()

    window.open_profile(second)

    assert bar.value() == 0
    assert not heading.visibleRegion().isEmpty() and heading.title().startswith("集群发展阶段")
