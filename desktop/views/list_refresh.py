"""Keep the profile list current when others change the shared database: on window activation and on a timer, one
cheap query (the store's change marker); the list is read again only when the marker moved."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from desktop.models.errors import ZonePlannerError

REFRESH_MS = 30_000


class ListRefresh(QObject):
    """``check()`` re-lists through ``reload`` when ``marker()`` changed since the last look; failures are quiet (the
    next user action reports them) so a timer never pops up a dialog."""

    def __init__(self, marker: Callable[[], object], reload: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._marker = marker
        self._reload = reload
        self._seen: object = None
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        self.seen()
        self.timer.start()

    def seen(self) -> None:
        """The list was just read: what the marker says now is what it shows."""
        try:
            self._seen = self._marker()
        except ZonePlannerError:
            self._seen = None

    def check(self) -> bool:
        """Re-list if anything changed; True if it did."""
        try:
            now = self._marker()
        except ZonePlannerError:
            return False
        if now == self._seen:
            return False
        self._reload()
        self._seen = now
        return True
