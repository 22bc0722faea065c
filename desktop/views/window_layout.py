"""The main window's size, splitter and list order, restored at start and kept at close (see ``settings``)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from desktop.views import settings as saved

if TYPE_CHECKING:
    from desktop.views.window_parts import WindowParts

    _Base = WindowParts
else:
    _Base = object


class WindowLayout(_Base):
    """Mixed into ``MainWindow``: its layout settings."""

    # --- settings -----------------------------------------------------------------------------------------------

    def _restore_layout(self) -> None:
        geometry = saved.GEOMETRY.read(self.settings)
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        self._fit_on_screen()
        splitter = saved.SPLITTER.read(self.settings)
        if splitter is not None:
            self.splitter.restoreState(splitter)
        self.panel.set_sort_key(saved.SORT.read(self.settings))

    def _fit_on_screen(self) -> None:
        """Never larger than the screen's free area: a size saved on a bigger screen (or the first-run size on a
        small one) would put the window's edges, and its buttons, out of reach."""
        screen = self.screen()
        if screen is None:
            return
        room = screen.availableGeometry()
        frame = self.frameGeometry()  # the title bar and borders, once the window has them
        width = min(self.width(), room.width() - (frame.width() - self.width()))
        height = min(self.height(), room.height() - (frame.height() - self.height()))
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)

    def save_settings(self) -> None:
        s = self.settings
        saved.GEOMETRY.write(s, self.saveGeometry())
        saved.SPLITTER.write(s, self.splitter.saveState())
        saved.SORT.write(s, self.panel.model.sort_key())
        saved.LANGUAGE.write(s, self.language.lang)
        if self.ready():  # before the store is open nothing was chosen: keep the last choice
            saved.LAST_PROFILE.write(s, self.current_id())
        s.sync()

    def _last_folder(self) -> Path:
        return saved.LAST_FOLDER.read(self.settings) or Path.home()
