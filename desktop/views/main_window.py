"""The main window: saved profiles on the left; on the right the profile form, its matches and plan, the comparison
and the knowledge base in tabs; and the commands that move between them.

Everything the window asks the user (confirmations, file names, messages) goes through a small method of its own,
so tests replace that method instead of clicking through real dialogs.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import datetime
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QFont
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop import __version__
from desktop.models.errors import ProfileError, ProfileErrors, ZonePlannerError
from desktop.models.knowledge.types import KnowledgeBase
from desktop.models.profile import Profile
from desktop.models.profile_format import parse_profile, read_profile, write_profile
from desktop.models.profile_rules import NAME_MAX, validate_field
from desktop.models.text import Lang
from desktop.views.editor import ProfileEditor
from desktop.views.editor.common import field_title
from desktop.views.editor.editor import Title
from desktop.views.elided_label import ElidedLabel
from desktop.views.history_dialog import HistoryDialog
from desktop.views.i18n import Language
from desktop.views.plain_text import plain_message
from desktop.views.profile_list import ProfileListPanel
from desktop.views.profile_list_model import SortKey, format_saved
from desktop.views.shortcut_guard import ShortcutGuard
from desktop.views.window_actions import build_actions
from desktop.views.window_pages import WindowPages

if TYPE_CHECKING:  # the store (SQLAlchemy) and the engine are imported only once the window is on screen
    from desktop.models.analysis import Analyzer
    from desktop.models.store import ProfileStore

AUTOSAVE_MS = 5_000
STATUS_MS = 6_000
NEW_DRAFT_KEY = "new"
PROFILE_FILTER = "*.json"
EXPORT_FOLDER_KEY = "plan/export_folder"

Choice = Literal["save", "discard", "cancel"]
Conflict = Literal["replace", "keep_both"]


def draft_key(profile_id: int | None) -> str:
    return NEW_DRAFT_KEY if profile_id is None else f"profile:{profile_id}"


def draft_profile_id(key: str) -> int | None:
    prefix, _, number = key.partition(":")
    return int(number) if prefix == "profile" and number.isdigit() else None


def copy_base(name: str, templates: tuple[str, ...]) -> str:
    """``name`` without a copy suffix written by one of ``templates`` ("{name} (copy)", "{name} (copy {number})")."""
    for template in templates:
        pattern = re.escape(template).replace(r"\{name\}", "(?P<name>.+)").replace(r"\{number\}", r"\d+")
        found = re.fullmatch(pattern, name)
        if found:
            return found["name"]
    return name


def draft_parts(data: Mapping[str, object]) -> tuple[dict[str, object], dict[str, object] | None]:
    """A draft's form and edited plan (None: the plan was not changed).

    Drafts are ``{"form": <profile object>, "plan": <plan document or null>}``; earlier versions wrote the form
    alone (a bare profile object, which has no "form" key), and those drafts are restored too.
    """
    form = data.get("form")
    if isinstance(form, dict):
        plan = data.get("plan")
        return form, plan if isinstance(plan, dict) else None
    return dict(data), None


class MainWindow(QMainWindow):
    """Built at the edge with everything it needs (store, language, settings, knowledge base, analyser) passed in.

    The store may come a moment later (``attach_store``): the application shows the window first and opens the
    database behind it, so the user sees the window at once; commands stay disabled until the store is there.
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
        self._store: ProfileStore | None = None
        self.language = language
        self.settings = settings
        self.kb = kb
        self._current_id: int | None = None
        self._saved_name = ""  # the stored name of the open profile (the form may hold an edited one)
        # The draft this session owns: its key and the document last written (None: adopted from a crash, content
        # not written by us). Autosave replaces or removes only this one; any other draft is a crash's, to be offered.
        self._own_draft: tuple[str, dict[str, object] | None] | None = None

        self.panel = ProfileListPanel(language, self)
        self.editor = ProfileEditor(language, self)
        self._heading = ElidedLabel(parent=self)  # a name may be 100 characters: shortened, never widening the window
        heading_font = QFont(self._heading.font())
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.3)
        heading_font.setBold(True)
        self._heading.setFont(heading_font)
        self._subheading = QLabel(self)
        self._subheading.setTextFormat(Qt.TextFormat.PlainText)
        self._subheading.setWordWrap(True)
        self._subheading.setStyleSheet("color: #5f6b7a;")
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 10, 8, 4)
        right_layout.setSpacing(2)
        right_layout.addWidget(self._heading)
        right_layout.addWidget(self._subheading)
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
        # Ctrl+E is the workbook officials circulate: it must work from the text boxes too (see ShortcutGuard).
        self._shortcut_guard = ShortcutGuard(self, [self.commands.export_plan])
        self._state_label = QLabel(self)
        self._state_label.setTextFormat(Qt.TextFormat.PlainText)
        self.statusBar().addPermanentWidget(self._state_label)
        self._connect()

        # Started by ``offer_drafts``: until the user was offered the last session's draft, there is nothing to keep.
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setInterval(AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(self.autosave_draft)

        self._restore_layout()
        self.retranslate()
        if store is not None:
            self.attach_store(store, kb, analyzer)
        else:
            self.statusBar().showMessage(self.tr("Opening the saved profiles…"))

    @property
    def store(self) -> ProfileStore:
        if self._store is None:
            raise RuntimeError("the profile store is not attached yet")  # commands are disabled until it is
        return self._store

    def ready(self) -> bool:
        return self._store is not None

    def attach_store(
        self, store: ProfileStore, kb: KnowledgeBase | None = None, analyzer: Analyzer | None = None
    ) -> None:
        """Start working on the store: build the pages, list the profiles and open the one last used.

        Without an analyser (the knowledge base or the rules could not be loaded) profiles can still be edited; the
        matches, plan and comparison tabs say why they are empty.
        """
        self._store = store
        if kb is None and analyzer is not None:
            kb = analyzer.kb
        if kb is not None:
            self.kb = kb
        self.pages.attach(store, self.kb, analyzer, self.export_workbook)
        self.statusBar().clearMessage()
        self.reload_list()
        if not self.editor.is_dirty():  # typing that started before the store was ready is kept
            self._open_last_profile()
        else:
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
        self.editor.changed.connect(self._update_state)
        self.editor.changed.connect(self._form_changed)
        self.pages.planEdited.connect(self._update_state)
        self.language.changed.connect(self.retranslate)

    def add_page(self, widget: QWidget, title: Title) -> int:
        """Add a page beside the form's four (results, plan...); see ``ProfileEditor.add_page``."""
        return self.editor.add_page(widget, title)

    def retranslate(self) -> None:
        self.commands.retranslate()
        self.commands.languages[self.language.lang].setChecked(True)
        self._update_state()
        self._form_changed()  # the results tab's "fix the profile" notice, in the new language

    def set_language(self, lang: Lang) -> None:
        self.language.set(lang)
        self.settings.setValue("language", lang)

    # --- state shown to the user --------------------------------------------------------------------------------

    def current_id(self) -> int | None:
        return self._current_id

    def app_title(self) -> str:
        return self.tr("Development Zone Cluster Benchmarking Assistant")

    def is_dirty(self) -> bool:
        """Unsaved work: the form differs from the stored profile, or the plan from the stored plan."""
        return self.editor.is_dirty() or self.pages.is_dirty()

    def _update_state(self) -> None:
        dirty = self.is_dirty()
        valid = self.editor.is_valid()
        name = self.editor.basic.name_edit.text().strip()
        shown_name = name or self.tr("New profile")
        self.setWindowTitle(f"{shown_name}[*] — {self.app_title()}")
        self.setWindowModified(dirty)
        ready = self.ready()
        self.commands.save.setEnabled(ready and dirty and valid)
        saved = ready and self._current_id is not None
        for action in (self.commands.duplicate, self.commands.rename, self.commands.delete, self.commands.history):
            action.setEnabled(saved)
        for action in (self.commands.new, self.commands.import_, self.commands.export):
            action.setEnabled(ready)
        self.commands.export_plan.setEnabled(ready and self.pages.plan is not None)
        self._heading.setText(shown_name if saved or name else self.tr("New profile (not saved yet)"))
        self._subheading.setText(self._subheading_text(valid))
        if dirty:
            state = self.tr("Unsaved changes")
        elif self._current_id is None:
            state = self.tr("Not saved yet")  # a new, blank profile: nothing of it is stored
        else:
            state = self.tr("All changes saved")
        self._state_label.setText(state)
        self._state_label.setStyleSheet("color: #a15c00;" if dirty else "color: #5f6b7a;")

    def _problem_fields(self) -> str:
        """The fields the form's problems are in, named as the form names them."""
        fields = dict.fromkeys(error.field.split("[")[0] for error in self.editor.errors())
        separator = "、" if self.language.lang == "zh" else ", "
        return separator.join(field_title(path, self.language) for path in fields)

    def _subheading_text(self, valid: bool) -> str:
        if not valid:
            return self.tr("Before saving, fix or fill in: {fields}").format(fields=self._problem_fields())
        summary = self.panel.model.summary_of(self._current_id) if self._current_id is not None else None
        if summary is None:
            return self.tr("Not saved yet. Save with Ctrl+S.")
        return self.tr("Last saved {time} · versions kept: {count}").format(
            time=format_saved(summary.updated_at), count=summary.revision_count
        )

    def reload_list(self) -> None:
        try:
            rows = self.store.list_summaries()
        except ZonePlannerError as error:
            self.show_error(self.tr("The saved profiles cannot be listed."), self._message(error))
            return
        self.panel.set_rows(rows)
        self.panel.select(self._current_id)
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

    def _status(self, message: str) -> None:
        self.statusBar().showMessage(message, STATUS_MS)

    def _message(self, error: ZonePlannerError) -> str:
        if isinstance(error, ProfileErrors):
            return "\n".join(f"• {self.language.text(e.message)}" for e in error.errors)
        return self.language.text(error.message)

    def _form_problems(self, errors: list[ProfileError]) -> str:
        """The form's problems as the form words them (the field's label, no path in a file)."""
        return "\n".join(f"• {self.language.text(e.form_message)}" for e in errors)

    # --- opening and saving -------------------------------------------------------------------------------------

    def open_profile(self, profile_id: int) -> bool:
        """Show a saved profile with its saved plan (unsaved changes must have been dealt with already)."""
        try:
            profile = self.store.load(profile_id)
            plan_data = self.store.load_plan(profile_id)
        except ZonePlannerError as error:
            self.show_error(self.tr("The profile cannot be opened."), self._message(error))
            self.reload_list()
            return False
        self._show(profile_id, profile, plan_data)
        return True

    def _show(
        self, profile_id: int | None, profile: Profile | None, plan_data: dict[str, object] | None = None
    ) -> None:
        self._current_id = profile_id
        self._saved_name = profile.name if profile else ""
        self.editor.load(profile)
        self.pages.show_profile(profile, plan_data)  # no saved plan: the proposals of the analysis
        self.panel.select(profile_id)
        self._update_state()

    def new_profile(self) -> None:
        if not self.maybe_keep_changes():
            return
        self._show(None, None)
        self.editor.setCurrentIndex(0)
        self.editor.basic.name_edit.setFocus()
        self._status(self.tr("New profile: fill in the form, then save."))

    def _profile_requested(self, profile_id: int) -> None:
        if profile_id == self._current_id:
            return
        if not self.maybe_keep_changes():
            self.panel.select(self._current_id)  # stay where the unsaved work is
            return
        self.open_profile(profile_id)

    def save(self) -> bool:
        """Store the form and the plan in one go; on any failure say why and keep everything that was typed."""
        plan_data = self.pages.plan_to_save()
        if self._current_id is not None and not self.editor.is_dirty():
            return self._save_plan_only(self._current_id, plan_data)
        errors = self.editor.validate()
        if errors:
            self.editor.reveal_errors()
            self.show_error(self.tr("The profile cannot be saved yet."), self._form_problems(errors))
            return False
        profile = parse_profile(self.editor.current_data())
        old_key = draft_key(self._current_id)
        try:
            if self._current_id is None:
                self._current_id = self.store.create(profile, plan_data=plan_data)
            else:
                self.store.update(self._current_id, profile, plan_data=plan_data)
        except ZonePlannerError as error:
            self.show_error(
                self.tr("The profile was not saved. What you typed is still in the form."), self._message(error)
            )
            return False
        self._saved_name = profile.name.strip()
        self.editor.mark_saved()
        self.pages.mark_saved()
        self._forget_draft(old_key)
        self.reload_list()
        self._status(self.tr("Saved “{name}”.").format(name=self._saved_name))
        return True

    def _save_plan_only(self, profile_id: int, plan_data: dict[str, object] | None) -> bool:
        """Only the plan changed: store it without a new version of an unchanged profile."""
        if plan_data is None:
            return True
        try:
            self.store.save_plan(profile_id, plan_data)
        except ZonePlannerError as error:
            self.show_error(self.tr("The plan was not saved. Your edits are still in the plan."), self._message(error))
            return False
        self.pages.mark_saved()
        self._forget_draft(draft_key(profile_id))
        self.reload_list()
        self._status(self.tr("Saved the plan of “{name}”.").format(name=self._saved_name))
        return True

    def maybe_keep_changes(self) -> bool:
        """Before the form and plan are replaced: True when it is safe to go on (saved, discarded, nothing to lose)."""
        if not self.is_dirty() or not self.ready():
            return True
        choice = self.ask_save_discard_cancel(self.editor.basic.name_edit.text().strip() or self.tr("New profile"))
        if choice == "save":
            return self.save()
        if choice == "discard":
            self._forget_draft(draft_key(self._current_id))
            return True
        return False

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.maybe_keep_changes():
            event.ignore()
            return
        self.autosave_timer.stop()
        self.save_settings()
        event.accept()

    # --- profile commands ---------------------------------------------------------------------------------------

    def duplicate_profile(self) -> None:
        if self._current_id is None or not self.maybe_keep_changes():
            return
        try:
            original = self.store.load(self._current_id)
            plan_data = self.store.load_plan(self._current_id)  # the copy starts with the same plan
            copy_name = self._copy_name(original.name)
            new_id = self.store.create(original.with_changes(name=copy_name), plan_data=plan_data)
        except ZonePlannerError as error:
            self.show_error(self.tr("The profile was not duplicated."), self._message(error))
            return
        self.reload_list()
        self.open_profile(new_id)
        self._status(self.tr("Saved a copy as “{name}”.").format(name=copy_name))

    def _copy_name(self, name: str) -> str:
        """The first free name of "X (copy)", "X (copy 2)", "X (copy 3)"...; a copy of a copy counts on from X."""
        first, numbered = self.tr("{name} (copy)"), self.tr("{name} (copy {number})")
        base = copy_base(name, (first, numbered))
        number = 1
        while True:
            template = first if number == 1 else numbered.replace("{number}", str(number))
            suffix_length = len(template) - len("{name}")
            candidate = template.replace("{name}", base[: NAME_MAX - suffix_length])
            if self.store.find_id(candidate) is None:
                return candidate
            number += 1

    def rename_profile(self) -> None:
        if self._current_id is None or not self.maybe_keep_changes():
            return
        new_name = self.ask_text(self.tr("Rename profile"), self.tr("New name:"), self._saved_name)
        if new_name is None or new_name.strip() == self._saved_name:
            return
        problem = validate_field("name", new_name)
        if problem is not None:
            self.show_error(self.tr("The profile was not renamed."), self.language.text(problem.form_message))
            return
        try:
            profile = self.store.load(self._current_id)
            self.store.update(self._current_id, profile.with_changes(name=new_name.strip()))
        except ZonePlannerError as error:
            self.show_error(self.tr("The profile was not renamed."), self._message(error))
            return
        self.reload_list()
        self.open_profile(self._current_id)
        self._status(self.tr("Renamed to “{name}”.").format(name=new_name.strip()))

    def delete_profile(self) -> None:
        if self._current_id is None or not self.confirm_delete(self._saved_name):
            return
        deleted, name = self._current_id, self._saved_name
        try:
            self.store.delete(deleted)
        except ZonePlannerError as error:
            self.show_error(self.tr("The profile was not deleted."), self._message(error))
            return
        self._forget_draft(draft_key(deleted))
        self._current_id = None
        self.reload_list()
        remaining = self.panel.model.rows()
        if remaining:
            self.open_profile(remaining[0].id)
        else:
            self._show(None, None)
        self._status(self.tr("Deleted “{name}”.").format(name=name))

    def import_profile(self) -> None:
        """Read a profile file; a bad file is reported and changes nothing."""
        path = self.get_open_path()
        if path is None:
            return
        self._remember_folder(path)
        try:
            profile = read_profile(path)
            exists = self.store.find_id(profile.name) is not None  # the store may be locked or unreadable too
        except ZonePlannerError as error:
            self.show_error(self.tr("{file} was not imported.").format(file=path.name), self._message(error))
            return
        on_conflict: Literal["error", "replace", "keep_both"] = "error"
        if exists:
            answer = self.ask_import_conflict(profile.name)
            if answer is None:
                return
            on_conflict = answer
        if not self.maybe_keep_changes():
            return
        try:
            new_id = self.store.import_profile(profile, on_conflict)
        except ZonePlannerError as error:
            self.show_error(self.tr("{file} was not imported.").format(file=path.name), self._message(error))
            return
        self.reload_list()
        self.open_profile(new_id)
        self._status(self.tr("Imported “{name}” from {file}.").format(name=self._saved_name, file=path.name))

    def export_profile(self) -> None:
        """Write what the form shows to a profile file (it must be valid; it need not be saved first)."""
        profile = self.editor.profile()
        if profile is None:
            self.editor.reveal_errors()
            self.show_error(self.tr("The profile cannot be exported yet."), self._form_problems(self.editor.validate()))
            return
        from desktop.views.plan.file_name import safe_name  # the plan page's rule for file names; loaded on demand

        suggested = self._last_folder() / f"{safe_name(profile.name.strip(), 'profile')}.json"
        path = self.get_save_path(suggested)
        if path is None:
            return
        if not path.suffix:
            path = path.with_suffix(".json")
        self._remember_folder(path)
        try:
            write_profile(profile, path)
        except ZonePlannerError as error:
            self.show_error(self.tr("The profile was not exported."), self._message(error))
            return
        self._status(self.tr("Exported to {path}.").format(path=path))

    def export_workbook(self) -> Path | None:
        """Ctrl+E: write the plan as shown, with the profile as the form shows it, to an Excel workbook.

        Unsaved changes are exported as they are on screen (the status bar says so); the form must be valid, so the
        workbook never describes a profile that cannot be saved.
        """
        plan = self.pages.plan
        if plan is None:
            self.show_error(self.tr("The plan cannot be exported."), self.tr("The knowledge base could not be loaded."))
            return None
        profile = self.editor.profile()
        if profile is None:
            self.editor.reveal_errors()
            self.show_error(
                self.tr("The plan cannot be exported yet: the profile has problems."),
                self._form_problems(self.editor.validate()),
            )
            return None
        try:
            self.pages.catch_up(profile)  # an edit made within the matching pause is in the workbook too
        except ZonePlannerError as error:
            self.show_error(self.tr("The plan was not exported."), self._message(error))
            return None
        plan.export_folder = self._export_folder()
        path = plan.export_workbook()  # asks where, writes, reports failures itself
        if path is None:
            return None
        self.settings.setValue(EXPORT_FOLDER_KEY, str(path.parent))
        message = self.tr("Exported the plan workbook to {path}.").format(path=path)
        if self.is_dirty():
            message += " " + self.tr("It holds the changes on screen, which are not saved yet.")
        self._status(message)
        return path

    def show_history(self) -> None:
        if self._current_id is None:
            return
        revision_id = self.choose_revision(self._current_id)
        if revision_id is None or not self.maybe_keep_changes():
            return
        try:
            self.store.restore_revision(self._current_id, revision_id)
        except ZonePlannerError as error:
            self.show_error(self.tr("The version was not restored."), self._message(error))
            return
        self.reload_list()
        self.open_profile(self._current_id)
        self._status(self.tr("Restored an earlier version; it is now the newest save."))

    # --- drafts (autosave) --------------------------------------------------------------------------------------

    def autosave_draft(self) -> None:
        """Keep unsaved work — the form, and the plan when it was edited — so a crash loses a few seconds at most.

        Writes only when the work differs from what it last wrote (an idle window leaves the database alone), and
        removes only its own draft once nothing is unsaved: another draft is a crash's, to be offered first.
        """
        if not self.ready():
            return
        key = draft_key(self._current_id)
        try:
            if self.is_dirty():
                document: dict[str, object] = {"form": self.editor.current_data(), "plan": self.pages.plan_draft()}
                if self._own_draft != (key, document):
                    self.store.save_draft(key, document)
                    self._own_draft = (key, document)
            elif self._own_draft is not None:
                self.store.delete_draft(self._own_draft[0])
                self._own_draft = None
        except ZonePlannerError as error:
            self._status(self.tr("Autosave failed: {reason}").format(reason=self._message(error)))

    def _forget_draft(self, key: str) -> None:
        if self._own_draft is not None and self._own_draft[0] == key:
            self._own_draft = None
        try:
            self.store.delete_draft(key)
        except ZonePlannerError as error:
            self._status(self.tr("Autosave failed: {reason}").format(reason=self._message(error)))

    def offer_drafts(self) -> None:
        """At start: offer the newest draft a crash left back (declining forgets it); then start autosaving.

        Autosave starts only now, so that it can never touch that draft before the user was asked about it.
        """
        if not self.ready():
            return
        try:
            self._offer_newest_draft()
        finally:
            self.autosave_timer.start()

    def _offer_newest_draft(self) -> None:
        try:
            drafts = self.store.list_drafts()
        except ZonePlannerError:
            return
        if not drafts:
            return
        draft = drafts[0]
        form, plan = draft_parts(draft.data)
        name = str(form.get("name") or "").strip() or self.tr("New profile")
        if not self.ask_restore_draft(name, draft.saved_at):
            self._forget_draft(draft.key)
            return
        profile_id = draft_profile_id(draft.key)
        if profile_id is None or not self.open_profile(profile_id):
            self._show(None, None)
        self.editor.load_data(form, baseline=False)
        if plan is not None:
            self.pages.restore_plan(plan)
        if draft.key == draft_key(self._current_id):
            self._own_draft = (draft.key, None)  # the work is on screen now: this session keeps its draft
        else:
            self._forget_draft(draft.key)  # the profile is gone: the draft lives on as a new one
        self.autosave_draft()
        self._update_state()
        self._status(self.tr("Restored unsaved changes of “{name}”. Save them to keep them.").format(name=name))

    # --- settings -----------------------------------------------------------------------------------------------

    def _restore_layout(self) -> None:
        s = self.settings
        geometry = s.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        self._fit_on_screen()
        splitter = s.value("window/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        sort = str(s.value("profiles/sort", SortKey.NAME.value))
        self.panel.set_sort_key(SortKey(sort) if sort in SortKey._value2member_map_ else SortKey.NAME)

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

    def _open_last_profile(self) -> None:
        last = self.settings.value("profiles/last")
        last_id = int(last) if isinstance(last, int | str) and str(last).isdigit() else None
        rows = self.panel.model.rows()
        if last_id is not None and self.panel.model.summary_of(last_id) is not None:
            self.open_profile(last_id)
        elif rows:
            self.open_profile(rows[0].id)
        else:
            self._show(None, None)

    def save_settings(self) -> None:
        s = self.settings
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/splitter", self.splitter.saveState())
        s.setValue("profiles/sort", self.panel.model.sort_key().value)
        s.setValue("language", self.language.lang)
        if self._current_id is not None:
            s.setValue("profiles/last", self._current_id)
        elif self.ready():  # before the store is open nothing was chosen: keep the last choice
            s.remove("profiles/last")
        s.sync()

    def _last_folder(self) -> Path:
        folder = self.settings.value("files/folder")
        return Path(str(folder)) if folder and Path(str(folder)).is_dir() else Path.home()

    def _remember_folder(self, path: Path) -> None:
        self.settings.setValue("files/folder", str(path.parent))

    def _export_folder(self) -> Path | None:
        """Where the last workbook went (None: the plan page proposes the documents folder)."""
        folder = self.settings.value(EXPORT_FOLDER_KEY)
        return Path(str(folder)) if folder and Path(str(folder)).is_dir() else None

    # --- everything the window asks the user (tests replace these) ----------------------------------------------

    def ask_save_discard_cancel(self, name: str) -> Choice:
        buttons = QMessageBox.StandardButton
        answer = self._ask(
            QMessageBox.Icon.Question,
            self.tr("Unsaved changes"),
            self.tr("“{name}” has changes that are not saved. Save them first?").format(name=name),
            buttons.Save | buttons.Discard | buttons.Cancel,
            buttons.Save,
        )
        return {buttons.Save: "save", buttons.Discard: "discard"}.get(answer, "cancel")  # type: ignore[return-value]

    def confirm_delete(self, name: str) -> bool:
        buttons = QMessageBox.StandardButton
        answer = self._ask(
            QMessageBox.Icon.Warning,
            self.tr("Delete profile"),
            self.tr("Delete “{name}” with all its saved versions? This cannot be undone.").format(name=name),
            buttons.Yes | buttons.No,
            buttons.No,
        )
        return answer == buttons.Yes

    def ask_import_conflict(self, name: str) -> Conflict | None:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Profile exists"), "", parent=self)
        box.setTextFormat(Qt.TextFormat.PlainText)  # the name as typed, even if it looks like HTML
        box.setText(self.tr("A profile named “{name}” already exists.").format(name=name))
        replace = box.addButton(self.tr("Replace it (its history is kept)"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Keep both"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(keep)
        box.exec()
        clicked = box.clickedButton()
        return "replace" if clicked is replace else "keep_both" if clicked is keep else None

    def ask_text(self, title: str, label: str, text: str) -> str | None:
        value, accepted = QInputDialog.getText(self, title, label, text=text)
        return value if accepted else None

    def ask_restore_draft(self, name: str, saved_at: datetime) -> bool:
        buttons = QMessageBox.StandardButton
        answer = self._ask(
            QMessageBox.Icon.Question,
            self.tr("Restore unsaved changes?"),
            self.tr(
                "ZonePlanner was closed without saving changes to “{name}” (autosaved {time}). Restore them?"
            ).format(name=name, time=format_saved(saved_at)),
            buttons.Yes | buttons.No,
            buttons.Yes,
        )
        return answer == buttons.Yes

    def ask_restore_backup(self, backup: Path, saved_at: datetime) -> bool:
        buttons = QMessageBox.StandardButton
        answer = self._ask(
            QMessageBox.Icon.Question,
            self.tr("Restore the backup?"),
            self.tr(
                "The database file was damaged and has been set aside (it is not deleted). The newest backup is "
                "from {time}. Restore it now? Changes made after it will not be in it."
            ).format(time=format_saved(saved_at)),
            buttons.Yes | buttons.No,
            buttons.Yes,
        )
        return answer == buttons.Yes

    def get_open_path(self) -> Path | None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import profile"), str(self._last_folder()), self._file_filter()
        )
        return Path(chosen) if chosen else None

    def get_save_path(self, suggested: Path) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Export profile"), str(suggested), self._file_filter())
        return Path(chosen) if chosen else None

    def choose_revision(self, profile_id: int) -> int | None:
        try:
            dialog = HistoryDialog(self.store, profile_id, self.language, self)
        except ZonePlannerError as error:
            self.show_error(self.tr("The version history cannot be shown."), self._message(error))
            return None
        return dialog.chosen_revision() if dialog.exec() == HistoryDialog.DialogCode.Accepted else None

    def show_error(self, summary: str, details: str = "") -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.app_title(), summary, QMessageBox.StandardButton.Ok, self)
        box.setInformativeText(details)
        plain_message(box)  # both texts may quote names and values as typed
        box.exec()

    def _ask(
        self,
        icon: QMessageBox.Icon,
        title: str,
        text: str,
        buttons: QMessageBox.StandardButton,
        default: QMessageBox.StandardButton,
    ) -> QMessageBox.StandardButton:
        """A question with standard buttons whose text (which quotes names) is shown as plain text."""
        box = QMessageBox(icon, title, text, buttons, self)
        box.setDefaultButton(default)
        plain_message(box)
        return QMessageBox.StandardButton(box.exec())

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About ZonePlanner"), self.about_text())

    def about_text(self) -> str:
        source, local = self.tr("Source:"), self.tr("Profiles and plans are kept on this computer only.")
        missing = self.tr("The knowledge base could not be loaded.")
        lines = [f"<h3>ZonePlanner {escape(__version__)}</h3>", f"<p>{escape(self.app_title())}</p>"]
        if self.kb is not None:
            version = self.tr("Knowledge base version {version} ({date})").format(
                version=self.kb.version, date=self.kb.date
            )
            lines.append(f"<p>{escape(version)}</p>")
            lines.append(f"<p>{escape(source)} {escape(self.language.text(self.kb.source.citation))}</p>")
        else:
            lines.append(f"<p>{escape(missing)}</p>")
        lines.append(f"<p>{escape(local)}</p>")
        return "".join(lines)

    def _file_filter(self) -> str:
        return self.tr("Zone profiles ({pattern})").format(pattern=PROFILE_FILTER)
