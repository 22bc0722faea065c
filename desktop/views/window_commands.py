"""The main window's commands on profiles: open, new, save, duplicate, rename, delete, import, export, history.

Each asks what it must (through the window's dialog methods), lets the ``ProfileSession`` do the work, and shows
the outcome; on any failure it says why and keeps what is on screen.
"""

from __future__ import annotations

from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QCoreApplication

from desktop.models.errors import ZonePlannerError
from desktop.models.profile import Profile
from desktop.models.profile_format import parse_profile, read_profile, write_profile
from desktop.models.profile_names import NameTemplate
from desktop.views import settings as saved

if TYPE_CHECKING:
    from datetime import date

    from desktop.models.report.settings import ReportSettings
    from desktop.models.session.baseline import StoredPlan
    from desktop.models.store.conflict import ConflictError
    from desktop.views.plan.page import PlanPage
    from desktop.views.window_parts import WindowParts

    _Base = WindowParts
else:
    _Base = object


class ProfileCommands(_Base):
    """Mixed into ``MainWindow``: the commands of its File and Profile menus."""

    # --- opening and saving -------------------------------------------------------------------------------------

    def open_profile(self, profile_id: int) -> bool:
        """Show a saved profile with its saved plan (unsaved changes must have been dealt with already)."""
        try:
            profile, plan = self.session.open(profile_id)
        except ZonePlannerError as error:
            self.show_error(
                QCoreApplication.translate("MainWindow", "The profile cannot be opened."), self._message(error)
            )
            self.reload_list()
            return False
        self._show(profile, plan)
        return True

    def _show(self, profile: Profile | None, plan: StoredPlan | None = None) -> None:
        if profile is None:
            self.session.new()
        self.editor.load(profile)
        self.pages.show_profile(profile, plan)  # no saved plan: the proposals of the analysis
        self.panel.select(self.current_id())
        self._update_state()

    def new_profile(self) -> None:
        if not self.maybe_keep_changes():
            return
        self._show(None)
        self.editor.setCurrentIndex(0)
        self.editor.basic.name_edit.setFocus()
        self._status(QCoreApplication.translate("MainWindow", "New profile: fill in the form, then save."))

    def _profile_requested(self, profile_id: int) -> None:
        if profile_id == self.current_id():
            return
        if not self.ready():  # a click on the first paint's list, before the store is open: nothing to open it with
            self.panel.select(self.current_id())
            return
        if not self.maybe_keep_changes():
            self.panel.select(self.current_id())  # stay where the unsaved work is
            return
        self.open_profile(profile_id)

    def _catch_up(self) -> None:
        """Bring the matches, and a plan nobody edited, up to the form now (not after the matching pause)."""
        profile = self.editor.profile()
        if profile is not None:
            self.pages.catch_up(profile)

    def save(self) -> bool:
        """Store the form and the plan in one go; on any failure say why and keep everything that was typed."""
        profile: Profile | None = None
        if self.current_id() is None or self.editor.is_dirty():
            errors = self.editor.validate()
            if errors:
                self.editor.reveal_errors()
                self.show_error(
                    QCoreApplication.translate("MainWindow", "The profile cannot be saved yet."),
                    self._form_problems(errors),
                )
                return False
            profile = parse_profile(self.editor.current_data())
        with suppress(ZonePlannerError):  # a profile that cannot be matched is saved all the same
            self._catch_up()  # the plan saved is the plan of the profile saved
        try:
            done = self.session.save(profile, self.pages.shown_plan())
        except ZonePlannerError as error:
            from desktop.models.store.conflict import ConflictError  # the store is loaded by now

            if isinstance(error, ConflictError):
                return self._resolve_conflict(error, profile)
            failed = (
                QCoreApplication.translate(
                    "MainWindow", "The profile was not saved. What you typed is still in the form."
                )
                if profile is not None
                else QCoreApplication.translate(
                    "MainWindow", "The plan was not saved. Your edits are still in the plan."
                )
            )
            self.autosave_draft()  # e.g. the server went away: the work is kept as a draft on this computer at once
            self.show_error(failed, self._message(error))
            return False
        if done.kind == "nothing":
            return True
        if done.kind == "profile":
            self.editor.mark_saved()
        self._draft_problem(done.draft_problem)
        self.reload_list()
        name = self.session.saved_name
        if done.kind == "profile":
            self._status(QCoreApplication.translate("MainWindow", "Saved “{name}”.").format(name=name))
        else:
            self._status(QCoreApplication.translate("MainWindow", "Saved the plan of “{name}”.").format(name=name))
        return True

    def _resolve_conflict(self, conflict: ConflictError, profile: Profile | None) -> bool:
        """Someone saved the open profile first: show what differs; keep mine, take theirs or save mine as a copy."""
        from desktop.models.store.conflict import differences

        mine = profile if profile is not None else self.editor.profile()
        theirs = conflict.theirs
        listed = differences(mine, theirs.profile) if mine is not None and theirs.profile is not None else []
        choice = self.ask_conflict(conflict.name, theirs.saved_by or "", listed)
        try:
            if choice == "mine":
                self.session.keep_mine(theirs.version)
                return self.save()
            if choice == "theirs":
                stored, plan = self.session.take_theirs()
                self._draft_problem(self.session.forget_draft())
                self._show(stored, plan)
                self.reload_list()
                return True
            if choice == "copy" and mine is not None:
                template = NameTemplate(
                    numbered=QCoreApplication.translate("MainWindow", "{name} (copy {number})"),
                    first=QCoreApplication.translate("MainWindow", "{name} (copy)"),
                )
                new_id, name = self.session.save_as_copy(mine, self.pages.shown_plan(), template)
                self.reload_list()
                self.open_profile(new_id)
                self._status(QCoreApplication.translate("MainWindow", "Saved a copy as “{name}”.").format(name=name))
                return True
        except ZonePlannerError as error:
            self.show_error(
                QCoreApplication.translate(
                    "MainWindow", "The profile was not saved. What you typed is still in the form."
                ),
                self._message(error),
            )
        return False

    def maybe_keep_changes(self) -> bool:
        """Before the form and plan are replaced: True when it is safe to go on (saved, discarded, nothing to lose)."""
        if not self.is_dirty() or not self.ready():
            return True
        choice = self.ask_save_discard_cancel(
            self.editor.basic.name_edit.text().strip() or QCoreApplication.translate("MainWindow", "New profile")
        )
        if choice == "save":
            return self.save()
        if choice == "discard":
            self._draft_problem(self.session.forget_draft())
            return True
        return False

    def _open_last_profile(self) -> None:
        last_id, rows = saved.LAST_PROFILE.read(self.settings), self.panel.model.rows()
        if last_id is not None and self.panel.model.summary_of(last_id) is not None:
            self.open_profile(last_id)
        elif rows:
            self.open_profile(rows[0].id)
        else:
            self._show(None)

    # --- profile commands ---------------------------------------------------------------------------------------

    def duplicate_profile(self) -> None:
        if self.current_id() is None or not self.maybe_keep_changes():
            return
        template = NameTemplate(
            numbered=QCoreApplication.translate("MainWindow", "{name} (copy {number})"),
            first=QCoreApplication.translate("MainWindow", "{name} (copy)"),
        )
        try:
            new_id, copy_name = self.session.duplicate(template)
        except ZonePlannerError as error:
            self.show_error(
                QCoreApplication.translate("MainWindow", "The profile was not duplicated."), self._message(error)
            )
            return
        self.reload_list()
        self.open_profile(new_id)
        self._status(QCoreApplication.translate("MainWindow", "Saved a copy as “{name}”.").format(name=copy_name))

    def rename_profile(self) -> None:
        if self.current_id() is None or not self.maybe_keep_changes():
            return
        old_name = self.session.saved_name
        new_name = self.ask_text(
            QCoreApplication.translate("MainWindow", "Rename profile"),
            QCoreApplication.translate("MainWindow", "New name:"),
            old_name,
        )
        if new_name is None or new_name.strip() == old_name:
            return
        problem = self.session.name_problem(new_name)
        if problem is not None:
            self.show_error(
                QCoreApplication.translate("MainWindow", "The profile was not renamed."),
                self.language.text(problem.form_message),
            )
            return
        try:
            name = self.session.rename(new_name)
        except ZonePlannerError as error:
            self.show_error(
                QCoreApplication.translate("MainWindow", "The profile was not renamed."), self._message(error)
            )
            return
        self.reload_list()
        self.open_profile(self.session.current_id)  # type: ignore[arg-type]
        self._status(QCoreApplication.translate("MainWindow", "Renamed to “{name}”.").format(name=name))

    def delete_profile(self) -> None:
        name = self.session.saved_name if self.ready() else ""
        if self.current_id() is None or not self.confirm_delete(name):
            return
        try:
            draft_problem = self.session.delete()
        except ZonePlannerError as error:
            self.show_error(
                QCoreApplication.translate("MainWindow", "The profile was not deleted."), self._message(error)
            )
            return
        self._draft_problem(draft_problem)
        self.reload_list()
        remaining = self.panel.model.rows()
        if not remaining or not self.open_profile(remaining[0].id):
            self._show(None)
        self._status(QCoreApplication.translate("MainWindow", "Deleted “{name}”.").format(name=name))

    def import_profile(self) -> None:
        """Read a profile file; a bad file is reported and changes nothing."""
        path = self.get_open_path(self._last_folder())
        if path is None:
            return
        saved.LAST_FOLDER.write(self.settings, path.parent)
        failed = QCoreApplication.translate("MainWindow", "{file} was not imported.").format(file=path.name)
        try:
            profile = read_profile(path)
            exists = self.session.exists(profile.name)  # the store may be locked or unreadable too
        except ZonePlannerError as error:
            self.show_error(failed, self._message(error))
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
            new_id = self.session.import_profile(profile, on_conflict)
        except ZonePlannerError as error:
            self.show_error(failed, self._message(error))
            return
        self.reload_list()
        self.open_profile(new_id)
        name = self.session.saved_name
        self._status(
            QCoreApplication.translate("MainWindow", "Imported “{name}” from {file}.").format(name=name, file=path.name)
        )

    def export_profile(self) -> None:
        """Write what the form shows to a profile file (it must be valid; it need not be saved first)."""
        profile = self.editor.profile()
        if profile is None:
            self.editor.reveal_errors()
            self.show_error(
                QCoreApplication.translate("MainWindow", "The profile cannot be exported yet."),
                self._form_problems(self.editor.validate()),
            )
            return
        from desktop.views.plan.file_name import safe_name  # the plan page's rule for file names; loaded on demand

        path = self.get_save_path(self._last_folder() / f"{safe_name(profile.name.strip(), 'profile')}.json")
        if path is None:
            return
        path = path if path.suffix else path.with_suffix(".json")
        saved.LAST_FOLDER.write(self.settings, path.parent)
        try:
            write_profile(profile, path)
        except ZonePlannerError as error:
            self.show_error(
                QCoreApplication.translate("MainWindow", "The profile was not exported."), self._message(error)
            )
            return
        self._status(QCoreApplication.translate("MainWindow", "Exported to {path}.").format(path=path))

    def export_workbook(self) -> Path | None:
        """Ctrl+E and the plan page's Export button: the plan as shown, with the profile as the form shows it, to
        an Excel workbook.

        Unsaved changes are exported as they are on screen (the status bar says so); the form must be valid, so the
        workbook never describes a profile that cannot be saved; and an edited plan made for an older profile is
        not written without asking whether to update it first.
        """
        plan = self._plan_to_export()
        if plan is None:
            return None
        plan.export_folder = saved.EXPORT_FOLDER.read(self.settings)
        path = plan.export_workbook()  # asks where, writes, reports failures itself
        if path is None:
            return None
        saved.EXPORT_FOLDER.write(self.settings, path.parent)
        saved.LAST_FOLDER.write(self.settings, path.parent)  # the next import or export starts here too
        message = QCoreApplication.translate("MainWindow", "Exported the plan workbook to {path}.").format(path=path)
        if self.is_dirty():
            message += " " + QCoreApplication.translate(
                "MainWindow", "It holds the changes on screen, which are not saved yet."
            )
        self._status(message)
        return path

    def _plan_to_export(self) -> PlanPage | None:
        """The plan page, once the plan may be exported: a valid form, matching caught up, an out-of-date edited plan
        updated or kept as the user chooses (the same rule for the workbook and the 行动方案)."""
        plan = self.pages.plan
        if plan is None:
            self.show_error(
                QCoreApplication.translate("MainWindow", "The plan cannot be exported."),
                QCoreApplication.translate("MainWindow", "The knowledge base could not be loaded."),
            )
            return None
        if self.editor.profile() is None:
            self.editor.reveal_errors()
            self.show_error(
                QCoreApplication.translate("MainWindow", "The plan cannot be exported yet: the profile has problems."),
                self._form_problems(self.editor.validate()),
            )
            return None
        try:
            self._catch_up()  # an edit made within the matching pause is in the workbook too
        except ZonePlannerError as error:
            self.show_error(
                QCoreApplication.translate("MainWindow", "The plan was not exported."), self._message(error)
            )
            return None
        if plan.is_behind():
            answer = self.ask_update_plan(self.editor.basic.name_edit.text().strip())
            if answer == "cancel":
                return None
            if answer == "update":
                plan.regenerate(tell=False)  # keeps the user's edits; an unsaved change, shown as such
        return plan

    def export_report(self) -> Path | None:
        """File → Export action plan document: the plan as shown, as a 行动方案 in Word (公文 layout). The issuing
        unit and date are asked with what the zone entered last time; they are kept with its plan."""
        from desktop.models.errors import ExportError
        from desktop.models.report.settings import ReportSettings
        from desktop.models.report.writer import write_report  # python-docx loads only when a document is written
        from desktop.views.plan.file_name import plan_file_name  # the plan package is not needed for the first paint

        page = self._plan_to_export()
        current = page.plan() if page is not None else None
        inputs = page.report_inputs() if page is not None else None
        if page is None or current is None or inputs is None:
            return None
        analysis, kb, lang = inputs
        settings = self.ask_report_settings(ReportSettings.from_data(current.report), page.today())
        if settings is None:
            return None
        word = QCoreApplication.translate("MainWindow", "action-plan-document")
        name = plan_file_name(analysis.profile.name, word, page.today(), "zone").removesuffix(".xlsx") + ".docx"
        folder = saved.EXPORT_FOLDER.read(self.settings) or self._last_folder()
        target = self.get_report_path(folder / name)
        if target is None:
            return None
        if target.suffix.lower() != ".docx":
            target = target.with_name(target.name + ".docx")
        try:
            write_report(
                target,
                profile=analysis.profile,
                result=analysis.result,
                actions=current.actions,
                kb=kb,
                lang=lang,
                settings=settings,
                today=page.today(),
            )
        except ExportError as error:
            self.show_error(QCoreApplication.translate("MainWindow", "The document was not written."), error.text(lang))
            return None
        if current.report != settings.to_data():
            current.report = settings.to_data()  # remembered with the plan: saved with the profile
            self._update_state()
        saved.EXPORT_FOLDER.write(self.settings, target.parent)
        saved.LAST_FOLDER.write(self.settings, target.parent)  # the next import or export starts here too
        self._status(
            QCoreApplication.translate("MainWindow", "Exported the action plan document to {path}.").format(path=target)
        )
        return target

    # --- replaceable questions of the 行动方案 export (tests swap these) -----------------------------------------

    def ask_report_settings(self, remembered: ReportSettings, today: date) -> ReportSettings | None:
        from desktop.views.report_dialog import ReportDialog

        dialog = ReportDialog(today, self)
        dialog.load(remembered)
        return dialog.settings() if dialog.exec() == ReportDialog.DialogCode.Accepted else None

    def get_report_path(self, suggested: Path) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        chosen, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("MainWindow", "Export action plan document"),
            str(suggested),
            QCoreApplication.translate("MainWindow", "Word documents (*.docx)"),
        )
        return Path(chosen) if chosen else None

    def show_history(self) -> None:
        profile_id = self.current_id()
        if profile_id is None:
            return
        revision_id = self.choose_revision(profile_id)
        if revision_id is None or not self.maybe_keep_changes():
            return
        try:
            self.session.restore_revision(revision_id)
        except ZonePlannerError as error:
            self.show_error(
                QCoreApplication.translate("MainWindow", "The version was not restored."), self._message(error)
            )
            return
        self.reload_list()
        self.open_profile(profile_id)
        with_plan = any(r.id == revision_id and r.has_plan for r in self.store.revisions(profile_id))
        if with_plan:
            told = QCoreApplication.translate(
                "MainWindow", "Restored an earlier version with its plan; it is now the newest save."
            )
        else:  # a version saved before plans were kept in the history: the plan stays as it was
            told = QCoreApplication.translate(
                "MainWindow", "Restored an earlier version; it recorded no plan, so the plan was left as it was."
            )
        self._status(told)
