"""The profile's tab bar with less padding around each title, so all nine tabs show at 1024 px in English.

Qt's styles put about two letters of space on each side of a tab's title. With nine tabs and English titles that is
wider than the editor at 1024×700 (a 1366×768 laptop at 125 %), and Qt then hides the last tabs behind scroll
arrows. Half that padding still separates the titles clearly and leaves every tab in view; it is used only while
the full padding would not fit (a wide window keeps the style's own look).
"""

from __future__ import annotations

from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOption, QTabBar, QTabWidget, QWidget

_SPACE_KEPT = 0.5  # the share of the style's horizontal tab padding that is kept when the tabs would not fit
_FRAME = 8  # the tab widget's frame and margins beside the bar


class _CompactTabStyle(QProxyStyle):
    def pixelMetric(
        self, metric: QStyle.PixelMetric, option: QStyleOption | None = None, widget: QWidget | None = None
    ) -> int:
        value = super().pixelMetric(metric, option, widget)
        if metric == QStyle.PixelMetric.PM_TabBarTabHSpace and isinstance(widget, QTabBar) and _crowded(widget, value):
            return round(value * _SPACE_KEPT)
        return value


def _crowded(bar: QTabBar, space: int) -> bool:
    """Whether the titles with the full padding are wider than the tab widget (measured from the texts, not from the
    bar's own size, which depends on the padding)."""
    parent = bar.parentWidget()
    room = parent.width() if parent is not None else bar.width()
    metrics = bar.fontMetrics()
    needed = sum(metrics.horizontalAdvance(bar.tabText(i)) + space for i in range(bar.count()))
    return needed > room - _FRAME


def compact_tabs(tabs: QTabWidget) -> None:
    """Give ``tabs``' bar the compact padding (the rest of its look is the application's style)."""
    bar = tabs.tabBar()
    style = _CompactTabStyle(bar.style().name())
    style.setParent(bar)  # lives as long as the bar; a proxy style is not owned by the widget it is set on
    bar.setStyle(style)
