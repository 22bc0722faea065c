"""The window's help commands: 帮助 → 使用说明 (F1), the sample profiles (marked 示例, removed all at once, loaded
again), and the first-start hint an empty store shows above the profile list.

It is installed by the window in one line (``WindowHelp(window)``) and works through what the window offers its
parts; every question it asks goes through a method of its own, which tests replace.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QObject, QSettings
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QBoxLayout, QMessageBox, QStyle, QWidget

from desktop.models.errors import ZonePlannerError
from desktop.models.help_guide import StoreKind
from desktop.models.text import Text
from desktop.views.help.first_start import FirstStartHint
from desktop.views.help.guide_dialog import GuideDialog
from desktop.views.plain_text import plain_message

if TYPE_CHECKING:  # the window's parts, for the type checker only (no import cycle); the store brings SQLAlchemy
    from desktop.models.store import ProfileStore
    from desktop.views.i18n import Language
    from desktop.views.profile_list import ProfileListPanel
    from desktop.views.window_actions import WindowActions

LISTED_NAMES = 8  # names a question lists before "and N more"


class HelpHost(Protocol):
    """What the help commands use of the main window."""

    settings: QSettings
    language: Language
    panel: ProfileListPanel
    commands: WindowActions
    database: str
    shared: bool
    read_only: Text | None

    @property
    def store(self) -> ProfileStore: ...
    def ready(self) -> bool: ...
    def current_id(self) -> int | None: ...
    def maybe_keep_changes(self) -> bool: ...
    def reload_list(self) -> None: ...
    def open_profile(self, profile_id: int) -> bool: ...
    def new_profile(self) -> None: ...
    def show_error(self, summary: str, details: str = "") -> None: ...
    def _status(self, message: str) -> None: ...
    def _message(self, error: ZonePlannerError) -> str: ...


class WindowHelp(QObject):
    def __init__(self, window: HelpHost) -> None:
        parent = window if isinstance(window, QObject) else None
        super().__init__(parent)
        self._window = window
        owner = window if isinstance(window, QWidget) else None
        style = window.panel.style()
        self.guide_action = QAction(style.standardIcon(QStyle.StandardPixmap.SP_DialogHelpButton), "", owner)
        self.guide_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))  # F1
        self.load_samples_action = QAction(owner)
        self.remove_samples_action = QAction(owner)
        menu = window.commands.help_menu
        about = window.commands.about
        menu.insertAction(about, self.guide_action)
        menu.insertSeparator(about)
        menu.insertActions(about, [self.load_samples_action, self.remove_samples_action])
        menu.insertSeparator(about)
        if owner is not None:
            owner.addAction(self.guide_action)  # F1 from anywhere in the window, menu open or not
        window.panel.view.addAction(self.remove_samples_action)  # also in the list's right-click menu
        self.guide_action.triggered.connect(self.show_guide)
        self.load_samples_action.triggered.connect(self.load_samples)
        self.remove_samples_action.triggered.connect(self.remove_samples)

        self.hint = FirstStartHint(window.panel)
        self.hint.hide()
        layout = window.panel.layout()
        if isinstance(layout, QBoxLayout):
            layout.insertWidget(layout.indexOf(window.panel.view), self.hint)
        self.hint.new_button.clicked.connect(window.new_profile)
        self.hint.samples_button.clicked.connect(self.load_samples)
        self.hint.guide_button.clicked.connect(self.show_guide)
        self.guide: GuideDialog | None = None
        self._absent = False  # some shipped sample is not in the store (so loading them adds something)
        menu.aboutToShow.connect(self._update_actions)

        model = window.panel.model
        model.modelReset.connect(self._listed)  # every reload of the list: which rows are samples, is it empty
        window.language.changed.connect(self.retranslate)
        self.retranslate()

    # --- words --------------------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.guide_action.setText(QCoreApplication.translate("WindowHelp", "&User guide"))
        self.guide_action.setToolTip(
            QCoreApplication.translate(
                "WindowHelp", "How to use the application: the workflow, the scores, the plan (F1)"
            )
        )
        self.load_samples_action.setText(QCoreApplication.translate("WindowHelp", "&Load the sample profiles"))
        self.load_samples_action.setToolTip(
            QCoreApplication.translate(
                "WindowHelp", "Add the sample profiles again (your own profiles are not touched)"
            )
        )
        self.remove_samples_action.setText(QCoreApplication.translate("WindowHelp", "&Remove all sample profiles…"))
        self.remove_samples_action.setToolTip(
            QCoreApplication.translate("WindowHelp", "Delete every profile marked Sample; your own profiles stay")
        )
        self.hint.retranslate()
        if self.guide is not None and self.guide.isVisible():
            self._fill_guide(self.guide)  # in the new language, where the reader is

    # --- the user guide -----------------------------------------------------------------------------------------

    def show_guide(self) -> GuideDialog:
        """Open (or bring forward) the user guide, filled in with the folder and database really in use."""
        window = self._window
        if self.guide is None:
            self.guide = GuideDialog(window if isinstance(window, QWidget) else None)
            screen = self.guide.screen().availableGeometry()
            self.guide.resize(min(760, screen.width() - 40), min(680, screen.height() - 60))
        self._fill_guide(self.guide)
        if self.guide.isVisible():
            self.guide.raise_()
            self.guide.activateWindow()
        else:
            self.guide.show()
        return self.guide

    def _fill_guide(self, guide: GuideDialog) -> None:
        window = self._window
        kind = StoreKind.SHARED if window.shared else StoreKind.LOCAL
        folder = str(Path(window.settings.fileName()).parent)  # the settings live in the data folder
        database = window.database or QCoreApplication.translate("WindowHelp", "(not opened yet)")
        guide.show_guide(kind, window.language.lang, {"data_folder": folder, "database": database})

    # --- sample profiles ----------------------------------------------------------------------------------------

    def _listed(self) -> None:
        """The list was filled: mark its samples, enable the sample commands, show the hint if nothing is there."""
        window = self._window
        model = window.panel.model
        samples: frozenset[int] = frozenset()
        absent = False
        if window.ready():
            from desktop.models.store.samples import sample_ids, shipped_sample_names

            rows = [(row.id, row.name) for row in model.rows()]
            try:
                samples = sample_ids(window.store, rows)
            except ZonePlannerError:
                samples = frozenset()  # the list still works; only the 示例 marks are missing
            absent = bool(shipped_sample_names() - {name for _, name in rows})
        model.set_samples(samples)
        self._absent = absent
        self._update_actions()
        self.hint.setVisible(window.ready() and model.rowCount() == 0)

    def _update_actions(self) -> None:
        """The sample commands act only on a store that can be written (it may turn out read-only after the list
        was filled, so the menu asks again as it opens)."""
        window = self._window
        writable = window.ready() and window.read_only is None
        self.remove_samples_action.setEnabled(writable and bool(window.panel.model.sample_ids()))
        self.load_samples_action.setEnabled(writable and self._absent)
        self.hint.samples_button.setEnabled(writable and self._absent)

    def remove_samples(self) -> None:
        """Delete every sample profile after one question naming them; the user's own profiles stay."""
        window = self._window
        model = window.panel.model
        ids = model.sample_ids()
        self._update_actions()
        if not ids or not self.remove_samples_action.isEnabled():
            return
        names = [row.name for row in model.rows() if row.id in ids]
        current = window.current_id()
        if model.is_sample(current) and not window.maybe_keep_changes():
            return
        if not self.ask_remove_samples(names):
            return
        from desktop.models.store.samples import remove_samples

        try:
            removed = remove_samples(window.store, ids)
        except ZonePlannerError as error:
            window.reload_list()
            window.show_error(
                QCoreApplication.translate("WindowHelp", "The sample profiles were not all removed."),
                window._message(error),
            )
            return
        window.reload_list()
        if current in ids:  # the open profile is gone: open another, or a new one
            remaining = model.rows()
            if not remaining or not window.open_profile(remaining[0].id):
                window.new_profile()
        window._status(
            QCoreApplication.translate("WindowHelp", "Removed {count} sample profiles.").format(count=removed)
        )

    def load_samples(self) -> None:
        """Add the shipped samples whose names are free; nothing of the user's is replaced."""
        window = self._window
        self._update_actions()
        if not self.load_samples_action.isEnabled():
            return
        from desktop.models.store.samples import add_samples

        try:
            added, problems = add_samples(window.store)
        except ZonePlannerError as error:
            window.show_error(
                QCoreApplication.translate("WindowHelp", "The sample profiles were not loaded."), window._message(error)
            )
            return
        window.reload_list()
        if problems:
            window.show_error(
                QCoreApplication.translate("WindowHelp", "Some sample profiles were not loaded."),
                "\n".join(window.language.text(problem) for problem in problems),
            )
        if added:
            first = window.store.find_id(added[0])
            if window.current_id() is None and first is not None and window.maybe_keep_changes():
                window.open_profile(first)
            window._status(
                QCoreApplication.translate("WindowHelp", "Loaded {count} sample profiles.").format(count=len(added))
            )

    def ask_remove_samples(self, names: list[str]) -> bool:
        """Remove these samples? Names them (the first few) and says how many; No is the default."""
        shown = "\n".join(f"• {name}" for name in names[:LISTED_NAMES])
        if len(names) > LISTED_NAMES:
            shown += "\n" + QCoreApplication.translate("WindowHelp", "… and {count} more").format(
                count=len(names) - LISTED_NAMES
            )
        buttons = QMessageBox.StandardButton
        parent = self._window if isinstance(self._window, QWidget) else None
        box = QMessageBox(
            QMessageBox.Icon.Question,
            QCoreApplication.translate("WindowHelp", "Remove sample profiles"),
            QCoreApplication.translate(
                "WindowHelp", "Remove all {count} sample profiles with their plans and saved versions?"
            ).format(count=len(names)),
            buttons.Yes | buttons.No,
            parent,
        )
        box.setInformativeText(
            shown
            + "\n\n"
            + QCoreApplication.translate(
                "WindowHelp",
                "Your own profiles are not touched. Help → Load the sample profiles brings the samples back.",
            )
        )
        box.setDefaultButton(buttons.No)
        plain_message(box)
        return box.exec() == buttons.Yes
