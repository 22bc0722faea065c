"""The main window: saved profiles on the left; on the right the profile form, its matches and plan, the comparison
and the knowledge base in tabs; and the commands that move between them.

The window lays out, wires and asks; the work on the open profile (saving, naming, drafts, the plan's baseline) is
the ``ProfileSession``'s. Everything the window asks the user goes through a small method of its own (see
``WindowDialogs``), so tests replace that method instead of clicking through real dialogs.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMessageBox, QSplitter, QVBoxLayout, QWidget

from desktop.models.errors import ProfileError, ProfileErrors, ZonePlannerError
from desktop.models.formatting import list_text
from desktop.models.knowledge.types import KnowledgeBase
from desktop.models.text import Lang, Text
from desktop.views import settings as saved
from desktop.views.about import about_text
from desktop.views.editor import ProfileEditor
from desktop.views.editor.common import field_title
from desktop.views.editor.editor import Title
from desktop.views.help.window_help import WindowHelp
from desktop.views.i18n import Language
from desktop.views.ledger.controller import LedgerController
from desktop.views.list_refresh import ListRefresh
from desktop.views.profile_list import ProfileListPanel
from desktop.views.profile_list_model import format_saved
from desktop.views.shortcut_guard import ShortcutGuard
from desktop.views.window_actions import build_actions
from desktop.views.window_commands import ProfileCommands
from desktop.views.window_dialogs import WindowDialogs
from desktop.views.window_drafts import DraftKeeping
from desktop.views.window_edit import EditCommands
from desktop.views.window_first_paint import FirstPaintShowing
from desktop.views.window_heading import ProfileHeading
from desktop.views.window_layout import WindowLayout
from desktop.views.window_pages import WindowPages
from desktop.views.window_status import install_status_bar

if TYPE_CHECKING:  # the store (SQLAlchemy) and the engine are imported only once the window is on screen
    from desktop.models.analysis import Analyzer
    from desktop.models.session.session import ProfileSession
    from desktop.models.store import BackupInfo, ProfileStore
    from desktop.views.conflict_dialog import Resolution

AUTOSAVE_MS = 5_000
STATUS_MS = 6_000
EXPORT_FOLDER_KEY = saved.EXPORT_FOLDER.key


class MainWindow(ProfileCommands, DraftKeeping, FirstPaintShowing, WindowLayout, WindowDialogs):
    """Built at the edge with everything it needs (store, language, settings, knowledge base, analyser) passed in.

    The store may come a moment later (``attach_store``), and the knowledge base and engine a moment after it
    (``attach_analysis``): the application shows the window first, then opens the database behind it, so the user
    sees the window at once and can work in the form before the matches are ready; commands stay disabled until
    the store is there.
    The unsaved state is the form's and the plan's together: both are saved, asked about and marked as one.
    """

    def __init__(
        self,
        store: ProfileStore | None,
        language: Language,
        settings: QSettings,
        kb: KnowledgeBase | None = None,
        parent: QWidget | None = None,
        *,
        analyzer: Analyzer | None = None,
    ) -> None:
        super().__init__(parent)
        self._session: ProfileSession | None = None
        # Which database is in use (password hidden), whether others share it, and why it can only be read (if so).
        self.database = ""
        self.shared = False
        self.read_only: Text | None = None
        self.language = language
        self.settings = settings
        self.kb = kb

        self.panel = ProfileListPanel(language, self)
        self.editor = ProfileEditor(language, self)
        heading = ProfileHeading(self)
        # What the window says about the open profile: its name, what to fix or when it was saved, and whether all
        # is saved. Public because that is what the user reads (tests read it too).
        self.heading, self.subheading = heading.title, heading.subtitle
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 10, 8, 4)
        right_layout.setSpacing(2)
        right_layout.addWidget(heading)
        right_layout.addSpacing(6)
        right_layout.addWidget(self.editor, 1)
        # Before the language signal reaches the window: pages rebuilt for a language are there when it retranslates.
        self.pages = WindowPages(self.editor, language)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.panel)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([290, 990])
        self.setCentralWidget(self.splitter)

        self.commands = build_actions(self)
        show_plan = lambda: self.editor.setCurrentWidget(self.pages.plan_tab)  # noqa: E731
        self.edit_commands = EditCommands(self, self.commands.profile_menu, language, show_plan)  # 撤销 / 重做
        # Ctrl+E is the workbook officials circulate: it must work from the text boxes too (see ShortcutGuard).
        self.shortcut_guard = ShortcutGuard(self, [self.commands.export_plan])
        self.state_label = install_status_bar(self, language).state_label  # a passing message goes on language change
        self._connect()
        self.ledger = LedgerController(self)  # the plan page's 台账 menu: forms out, returns in, progress shown
        self.help = WindowHelp(self)  # 帮助 → 使用说明 (F1), the sample profiles, the first-start hint

        # Started by ``offer_drafts``: until the user was offered the last session's draft, there is nothing to keep.
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setInterval(AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(self.autosave_draft)
        # Others may change a shared database: the list follows on activation and every 30 s, cheaply.
        self.list_refresh = ListRefresh(lambda: self.store.change_marker(), self.reload_list, self)

        self._restore_layout()
        self.retranslate()
        if store is not None:
            self.attach_store(store)
            self.attach_analysis(kb, analyzer)
        else:
            self.statusBar().showMessage(self.tr("Opening the saved profiles…"))

    @property
    def session(self) -> ProfileSession:
        if self._session is None:
            raise RuntimeError("the profile store is not attached yet")  # commands are disabled until it is
        return self._session

    @property
    def store(self) -> ProfileStore:
        return self.session.store

    def ready(self) -> bool:
        return self._session is not None

    def attach_store(self, store: ProfileStore) -> None:
        """Start working on the store: list the profiles and open the one last used. The form is usable at once;
        the matches, plan, comparison and knowledge tabs wait for ``attach_analysis``."""
        from desktop.models.session.session import ProfileSession

        self._session = ProfileSession(store)
        self.pages.attach(store, self._session.baseline)
        self.statusBar().clearMessage()
        self.reload_list()
        self.list_refresh.start()
        # The profile the first paint showed is taken over; typing that started before the store was ready is kept.
        if not self._adopt_first_paint() and not self.editor.is_dirty():
            self._open_last_profile()
        self._update_state()

    def attach_analysis(self, kb: KnowledgeBase | None, analyzer: Analyzer | None) -> None:
        """The knowledge base and the engine, loaded after the store: the pages show the open profile's analysis and
        stored plan, then follow what was typed meanwhile.

        Without an analyser (the knowledge base or the rules could not be loaded) profiles can still be edited; the
        matches, plan and comparison tabs say why they are empty.
        """
        assert self.ready(), "attach the store first"
        if kb is None and analyzer is not None:
            kb = analyzer.kb
        if kb is not None:
            self.kb = kb
        self.pages.attach_analysis(self.kb, analyzer)
        self.edit_commands.attach(self.pages.plan)
        self._form_changed()
        self._update_state()

    # --- wiring -------------------------------------------------------------------------------------------------

    def _connect(self) -> None:
        a = self.commands
        a.new.triggered.connect(self.new_profile)
        a.save.triggered.connect(self.save)
        a.import_.triggered.connect(self.import_profile)
        a.export.triggered.connect(self.export_profile)
        a.export_plan.triggered.connect(self.export_workbook)
        a.export_report.triggered.connect(self.export_report)
        a.quit.triggered.connect(self.close)
        a.duplicate.triggered.connect(self.duplicate_profile)
        a.rename.triggered.connect(self.rename_profile)
        a.delete.triggered.connect(self.delete_profile)
        a.history.triggered.connect(self.show_history)
        a.find.triggered.connect(self.panel.focus_search)
        a.about.triggered.connect(self.show_about)
        for code, action in a.languages.items():
            action.triggered.connect(lambda _checked=False, lang=code: self.set_language(lang))
        # The list's own right-click menu and the Del key act on the profile under the cursor.
        for action in (a.duplicate, a.rename, a.export, a.history, a.delete):
            self.panel.view.addAction(action)
        self.panel.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.panel.profileRequested.connect(self._profile_requested)
        self.panel.deleteRequested.connect(self._delete_listed)
        self.editor.changed.connect(self._update_state)
        self.editor.changed.connect(self._form_changed)
        self.pages.planEdited.connect(self._update_state)
        self.pages.exportRequested.connect(self.export_workbook)
        self.language.changed.connect(self.retranslate)

    def add_page(self, widget: QWidget, title: Title) -> int:
        """Add a page beside the form's four (results, plan...); see ``ProfileEditor.add_page``."""
        return self.editor.add_page(widget, title)

    def retranslate(self) -> None:
        self.commands.retranslate()
        self.commands.languages[self.language.lang].setChecked(True)
        self._update_state()
        self._form_changed()  # the results tab's "fix the profile" notice, in the new language

    def set_database(self, database: str, *, shared: bool, read_only: Text | None = None) -> None:
        """Say which database is in use (title bar, About box); a read-only one leaves nothing editable."""
        self.database, self.shared, self.read_only = database, shared, read_only
        self._update_state()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow() and self.ready():
            self.list_refresh.check()

    def set_language(self, lang: Lang) -> None:
        self.language.set(lang)
        saved.LANGUAGE.write(self.settings, lang)

    # --- state shown to the user --------------------------------------------------------------------------------

    def current_id(self) -> int | None:
        if self._session is None:  # before the store is open: the profile the first paint shows, if any
            return self.first_paint_id()
        return self._session.current_id

    def is_dirty(self) -> bool:
        """Unsaved work: the form differs from the stored profile, or the plan from the stored plan."""
        return self.editor.is_dirty() or self.pages.is_dirty()

    def _update_state(self) -> None:
        dirty, valid, ready = self.is_dirty(), self.editor.is_valid(), self.ready()
        name = self.editor.basic.name_edit.text().strip()
        shown_name = name or self.tr("New profile")
        if self.panel.model.is_sample(self.current_id()):  # a sample says so in the title and the heading
            shown_name = self.tr("{name} (sample)").format(name=shown_name)
        where = f" — {self.database}" if self.shared else ""  # a shared database is named in the title bar
        self.setWindowTitle(f"{shown_name}[*] — {self.app_title()}{where}")
        self.setWindowModified(dirty)
        self.commands.save.setEnabled(ready and dirty and valid)
        saved_one = ready and self.current_id() is not None
        for action in (self.commands.duplicate, self.commands.rename, self.commands.delete, self.commands.history):
            action.setEnabled(saved_one)
        for action in (self.commands.new, self.commands.import_, self.commands.export):
            action.setEnabled(ready)
        self.commands.export_plan.setEnabled(ready and self.pages.plan is not None)
        self.commands.export_report.setEnabled(ready and self.pages.plan is not None)
        if self.read_only is not None:
            self._lock_editing()
        self.heading.setText(shown_name if saved_one or name else self.tr("New profile (not saved yet)"))
        self.subheading.setText(self._subheading_text(valid))
        if dirty:
            state = self.tr("Unsaved changes")
        elif self.current_id() is None:
            state = self.tr("Not saved yet")  # a new, blank profile: nothing of it is stored
        else:
            state = self.tr("All changes saved")
        self.state_label.set_state(state, dirty)

    def _lock_editing(self) -> None:
        """Read-only: no command or control that could only fail at save (viewing and exporting stay)."""
        c = self.commands
        for action in (c.save, c.new, c.import_, c.delete, c.rename, c.duplicate, c.history):
            action.setEnabled(False)
        for page in (self.editor.basic, self.editor.endowments, self.editor.situation, self.editor.goals):
            page.setEnabled(False)
        if self.pages.plan is not None:
            self.pages.plan.setEnabled(False)

    def _problem_fields(self) -> str:
        """The fields the form's problems are in, named as the form names them."""
        fields = dict.fromkeys(error.field.split("[")[0] for error in self.editor.errors())
        return list_text((field_title(path, self.language) for path in fields), self.language.lang)

    def _subheading_text(self, valid: bool) -> str:
        if not valid:
            return self.tr("Before saving, fix or fill in: {fields}").format(fields=self._problem_fields())
        current = self.current_id()
        summary = self.panel.model.summary_of(current) if current is not None else None
        if summary is None:
            return self.tr("Not saved yet. Save with Ctrl+S.")
        return self.tr("Last saved {time} · versions kept: {count}").format(
            time=format_saved(summary.updated_at), count=summary.revision_count
        )

    def reload_list(self) -> None:
        try:
            rows = self.store.list_profiles()  # damaged ones too: listed, marked, deletable
        except ZonePlannerError as error:
            self.show_error(self.tr("The saved profiles cannot be listed."), self._message(error))
            return
        self.panel.set_rows(rows)
        self.list_refresh.seen()
        self.panel.select(self.current_id())
        self.pages.refresh_compare()
        self._update_state()

    def _form_changed(self) -> None:
        """Every edit: the matches follow a valid form (after a pause the page waits for); else say what to fix."""
        if not self.ready():
            return
        profile = self.editor.profile() if self.editor.is_valid() else None
        problems = "" if profile is not None else self._problem_fields()
        self.pages.follow_form(
            profile,
            self.tr("Matches appear once the profile is complete. Fix or fill in: {fields}").format(fields=problems),
        )

    def _delete_listed(self, profile_id: int, name: str) -> None:
        """Delete from the list's menu: the open profile as the Delete command does; another (a damaged profile
        cannot be opened) directly."""
        if profile_id == self.current_id():
            self.delete_profile()
            return
        if not self.confirm_delete(name):
            return
        try:
            self.store.delete(profile_id)
        except ZonePlannerError as error:
            self.show_error(self.tr("The profile was not deleted."), self._message(error))
            return
        self.reload_list()
        self._status(self.tr("Deleted “{name}”.").format(name=name))

    def _status(self, message: str) -> None:
        self.statusBar().showMessage(message, STATUS_MS)

    def _message(self, error: ZonePlannerError) -> str:
        if isinstance(error, ProfileErrors):
            return "\n".join(f"• {self.language.text(e.message)}" for e in error.errors)
        return self.language.text(error.message)

    def _form_problems(self, errors: list[ProfileError]) -> str:
        """The form's problems as the form words them (the field's label, no path in a file)."""
        return "\n".join(f"• {self.language.text(e.form_message)}" for e in errors)

    def _draft_problem(self, error: ZonePlannerError | None) -> None:
        if error is not None:
            self._status(self.tr("Autosave failed: {reason}").format(reason=self._message(error)))

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.maybe_keep_changes():
            event.ignore()
            return
        self.autosave_timer.stop()
        self.save_settings()
        event.accept()

    # --- the window's own dialogs (the others are WindowDialogs'; tests replace them all) ----------------------

    def ask_restore_backup(self, backups: list[BackupInfo]) -> Path | None:
        from desktop.views.backup_dialog import choose_backup

        return choose_backup(backups, self)

    def choose_revision(self, profile_id: int) -> int | None:
        from desktop.views.history_dialog import HistoryDialog

        try:
            units = self.kb.departments if self.kb is not None else None
            dialog = HistoryDialog(self.store, profile_id, self.language, self, units=units)
        except ZonePlannerError as error:
            self.show_error(self.tr("The version history cannot be shown."), self._message(error))
            return None
        return dialog.chosen_revision() if dialog.exec() == HistoryDialog.DialogCode.Accepted else None

    def ask_password(self, database: str) -> str | None:
        from desktop.views.password_dialog import ask_password

        return ask_password(database, self)

    def ask_conflict(self, name: str, saved_by: str, differences: list[tuple[str, str, str]]) -> Resolution | None:
        from desktop.views.conflict_dialog import ask_conflict

        return ask_conflict(name, saved_by, differences, self)

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About ZonePlanner"), self.about_text())

    def about_text(self) -> str:
        return about_text(self.app_title(), self.kb, self.language, self.database, shared=self.shared)
