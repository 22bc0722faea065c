"""The main window's size, splitters, list order and plan columns, restored at start and kept (see ``settings``).

The tabs' pages are built after the window (once the engine is loaded, the comparison and knowledge pages on first
use): each is given its remembered splitter place and columns as it is built, and a splitter moved or a column
chosen is written at once, so a crash does not lose it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QSplitter, QTableView, QWidget

from desktop.views import settings as saved
from desktop.views.compact_tabs import compact_tabs

if TYPE_CHECKING:
    from desktop.views.plan.plan_table import PlanTable
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
        compact_tabs(self.editor)  # all the profile's tabs in view at 1024 px, in English too
        splitter = saved.SPLITTER.read(self.settings)
        if splitter is not None:
            self.splitter.restoreState(splitter)
        else:  # a small screen gives the list less, so the tabs keep room for their tables
            list_width = min(290, self.width() // 4)
            self.splitter.setSizes([list_width, self.width() - list_width])
        self.panel.set_sort_key(saved.SORT.read(self.settings))
        self.splitter.splitterMoved.connect(
            lambda _pos, _index: saved.SPLITTER.write(self.settings, self.splitter.saveState())
        )
        self.pages.pageBuilt.connect(self._page_built)
        for page in (self.pages.matches, self.pages.plan):  # built already (a window made with its engine)
            if page is not None:
                self._page_built(page)

    def _page_built(self, page: QWidget) -> None:
        """A tab's page was built: give it its remembered splitter place and plan columns, and keep their changes."""
        for splitter in page.findChildren(QSplitter):
            setting = saved.PAGE_SPLITTERS.get(splitter.objectName())
            if setting is not None:
                keep_splitter(splitter, setting, self.settings)
        table = page.findChild(QTableView, "planTable")
        if table is not None:
            keep_plan_columns(table, self.settings)  # type: ignore[arg-type]

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
        for splitter in self.editor.findChildren(QSplitter):  # the tabs' pages built in this run
            setting = saved.PAGE_SPLITTERS.get(splitter.objectName())
            if setting is not None:
                setting.write(s, splitter.saveState())
        saved.SORT.write(s, self.panel.model.sort_key())
        saved.LANGUAGE.write(s, self.language.lang)
        if self.ready():  # before the store is open nothing was chosen: keep the last choice
            saved.LAST_PROFILE.write(s, self.current_id())
        s.sync()

    def _last_folder(self) -> Path:
        return saved.LAST_FOLDER.read(self.settings) or Path.home()


def keep_splitter(splitter: QSplitter, setting: saved.Setting[QByteArray | None], settings: QSettings) -> None:
    state = setting.read(settings)
    if state is not None:
        splitter.restoreState(state)
    splitter.splitterMoved.connect(lambda _pos, _index: setting.write(settings, splitter.saveState()))


def keep_plan_columns(table: PlanTable, settings: QSettings) -> None:
    from desktop.views.plan.table_model import Column  # the plan's views load with the plan page, not at start

    by_key = {column.spec.key.value: column for column in Column}
    chosen = saved.PLAN_COLUMNS.read(settings)
    if chosen is not None:
        table.set_visible_columns(by_key[key] for key in chosen if key in by_key)
    table.columnsChosen.connect(
        lambda: saved.PLAN_COLUMNS.write(settings, tuple(column.spec.key.value for column in table.visible_columns()))
    )
