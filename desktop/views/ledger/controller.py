"""The window's ledger commands: send the forms, take the returns in, show the progress, write the bulletin.

The forms refer to the saved plan (its stored version), and returns are applied to the store in one transaction, so
both start from a saved profile: unsaved changes are saved first (or the command stops). Afterwards the profile is
opened again, so the window shows what is stored. Every question is a small method that tests replace.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QDialog, QFileDialog, QMenu, QMessageBox

from desktop.models.errors import ZonePlannerError
from desktop.models.text import Lang
from desktop.views import settings as saved
from desktop.views.plan.ledger_button import LedgerCommand, command_texts, fill_menu

if TYPE_CHECKING:  # the plan and progress models load with the plan page, after the first paint
    from desktop.models.ledger.types import ExportResult, ImportPreview, ImportResult
    from desktop.models.plan.plan import ActionPlan
    from desktop.models.progress.periods import Period
    from desktop.views.plan import PlanPage
    from desktop.views.window_parts import WindowParts


class LedgerController(QObject):
    def __init__(self, window: WindowParts) -> None:
        super().__init__(window)
        self.window = window
        window.pages.ledgerRequested.connect(self.run)
        # The same commands in the File menu, after the documents the plan is exported as.
        self.menu = QMenu(window)
        self.menu.setObjectName("ledgerMenu")
        self.menu_actions = fill_menu(self.menu, self.run)
        file_menu = window.commands.file_menu
        entries = file_menu.actions()
        after = entries.index(window.commands.export_report) + 1 if window.commands.export_report in entries else 0
        file_menu.insertMenu(entries[after] if after < len(entries) else None, self.menu)  # type: ignore[arg-type]
        self.menu.aboutToShow.connect(self._update_menu)
        window.language.changed.connect(lambda _lang: self.retranslate())
        self.retranslate()

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("Progress &ledger"))
        for command, text in command_texts().items():
            self.menu_actions[command].setText(text)

    def _update_menu(self) -> None:
        page, plan = self._plan()
        usable = plan is not None and page is not None and page.report_inputs() is not None
        for command, action in self.menu_actions.items():
            needs_selection = command is LedgerCommand.TIMELINE
            action.setEnabled(usable and (not needs_selection or page.details.action_id() is not None))  # type: ignore[union-attr]

    def run(self, command: str) -> None:
        handlers: dict[LedgerCommand, Callable[[], object]] = {
            LedgerCommand.EXPORT_FORMS: self.export_forms,
            LedgerCommand.IMPORT_RETURNS: self.import_returns,
            LedgerCommand.OVERVIEW: self.show_overview,
            LedgerCommand.TIMELINE: self.show_timeline,
            LedgerCommand.BULLETIN: self.export_bulletin,
        }
        handlers[LedgerCommand(command)]()

    # --- sending and receiving ----------------------------------------------------------------------------------

    def export_forms(self) -> ExportResult | None:
        from desktop.models.ledger.service import export_ledger

        name = self._saved_zone(self.tr("The progress forms are written from the saved plan."))
        if name is None:
            return None
        by_unit = self.ask_forms_by_unit()
        if by_unit is None:
            return None
        folder = self.get_forms_folder(self._folder())
        if folder is None:
            return None
        try:
            result = export_ledger(
                self.window.session.store, name, folder, by_unit=by_unit, lang=self._lang(), today=self._today()
            )
        except ZonePlannerError as error:
            self.window.show_error(self.tr("The progress forms were not written."), error.text(self._lang()))
            return None
        saved.EXPORT_FOLDER.write(self.window.settings, folder)
        if result.saved_plan:
            self._reopen()  # the generated plan was saved so that the forms refer to it
        message = self.tr("Progress forms written to {folder}: {count} (actions in them: {actions}).").format(
            count=len(result.paths), actions=result.actions, folder=str(folder)
        )
        self.window._status(message)
        self.show_information(message)
        return result

    def import_returns(self) -> ImportResult | None:
        from desktop.models.ledger.service import apply_ledger, preview_ledger

        name = self._saved_zone(self.tr("Returns are applied to the saved plan."))
        if name is None:
            return None
        files = self.get_return_files(self._folder())
        if not files:
            return None
        store, lang = self.window.session.store, self._lang()
        try:
            loaded = preview_ledger(store, name, files, today=self._today())
        except ZonePlannerError as error:
            self.window.show_error(self.tr("The returned forms could not be read."), error.text(lang))
            return None
        keys = self.ask_import(loaded.preview)
        if keys is None:
            self.window._status(self.tr("Import cancelled: nothing was applied."))
            return None
        try:
            result = apply_ledger(store, loaded, keys)
        except ZonePlannerError as error:
            self.window.show_error(self.tr("Nothing was applied."), error.text(lang))
            return None
        saved.EXPORT_FOLDER.write(self.window.settings, files[0].parent)
        self._reopen()
        self.window._status(self.tr("Returns applied: {count}.").format(count=len(result.applied)))
        return result

    # --- showing progress -------------------------------------------------------------------------------------

    def show_overview(self) -> QDialog | None:
        from desktop.views.ledger.progress_dialog import ProgressDialog

        page, plan = self._plan()
        if page is None or plan is None:
            return None
        dialog = ProgressDialog(plan, self._unit_name(), self._lang(), page.today(), self.window)
        dialog.actionChosen.connect(lambda action_id: self._select(page, action_id))
        dialog.actionChosen.connect(dialog.accept)
        dialog.bulletinRequested.connect(dialog.accept)
        # Once the overview has closed: the bulletin's own questions are modal too.
        dialog.bulletinRequested.connect(lambda: QTimer.singleShot(0, self, self.export_bulletin))
        self.show_dialog(dialog)
        return dialog

    def show_timeline(self) -> QDialog | None:
        from desktop.views.ledger.timeline_dialog import TimelineDialog

        page, plan = self._plan()
        action_id = page.details.action_id() if page is not None else None
        if page is None or plan is None or action_id is None:
            return None
        dialog = TimelineDialog(plan, action_id, self._unit_name(), self._lang(), self.window)
        self.show_dialog(dialog)
        return dialog

    def export_bulletin(self) -> Path | None:
        from desktop.models.bulletin_export import write_bulletin
        from desktop.models.progress.periods import bulletin_start
        from desktop.models.report.bulletin import BulletinInputs
        from desktop.models.report.bulletin_issuer import bulletin_issuer
        from desktop.views.plan.file_name import plan_file_name

        page, plan = self._plan()
        inputs = page.report_inputs() if page is not None else None
        if page is None or plan is None or inputs is None:
            return None
        analysis, _kb, lang = inputs
        today = page.today()
        dates = [r.reported_on for reports in plan.progress_reports.values() for r in reports if r.reported_on <= today]
        start = bulletin_start(min(dates, default=None), today)
        asked = self.ask_bulletin(start, today, bulletin_issuer(plan.report, analysis.profile.name, lang))
        if asked is None:
            return None
        period, suffix, issuer = asked
        word = self.tr("progress-bulletin")
        name = plan_file_name(analysis.profile.name, word, today, "zone").removesuffix(".xlsx") + suffix
        target = self.get_bulletin_path(self._folder() / name, suffix)
        if target is None:
            return None
        if target.suffix.lower() != suffix:
            target = target.with_name(target.name + suffix)
        bulletin = BulletinInputs(plan, period, analysis.profile.name, self._unit_name(), lang, issuer, today)
        try:
            write_bulletin(target, bulletin)
        except ZonePlannerError as error:
            self.window.show_error(self.tr("The progress bulletin was not written."), error.text(lang))
            return None
        saved.EXPORT_FOLDER.write(self.window.settings, target.parent)
        self.window._status(self.tr("Exported the progress bulletin to {path}.").format(path=str(target)))
        return target

    # --- replaceable questions (tests swap these) -------------------------------------------------------------

    def ask_save_first(self, reason: str) -> bool:
        answer = QMessageBox.question(
            self.window,
            self.window.app_title(),
            reason + "\n\n" + self.tr("Save your changes now?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Save

    def ask_forms_by_unit(self) -> bool | None:
        """True: one form per lead unit; False: one form for all; None: cancelled."""
        box = QMessageBox(self.window)
        box.setWindowTitle(self.window.app_title())
        box.setText(self.tr("Write one progress form per lead unit, or one form listing every unit's actions?"))
        per_unit = box.addButton(self.tr("One per unit"), QMessageBox.ButtonRole.YesRole)
        one = box.addButton(self.tr("One for all"), QMessageBox.ButtonRole.NoRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        clicked = box.clickedButton()
        return True if clicked is per_unit else False if clicked is one else None

    def get_forms_folder(self, suggested: Path) -> Path | None:
        chosen = QFileDialog.getExistingDirectory(
            self.window,
            self.tr("Folder for the progress forms"),
            str(suggested),
        )
        return Path(chosen) if chosen else None

    def get_return_files(self, folder: Path) -> list[Path]:
        chosen, _ = QFileDialog.getOpenFileNames(
            self.window,
            self.tr("Returned progress forms"),
            str(folder),
            self.tr("Excel workbooks (*.xlsx);;All files (*)"),
        )
        return [Path(path) for path in chosen]

    def ask_import(self, preview: ImportPreview) -> frozenset[str] | None:
        """The returns to apply, or None when the user cancels."""
        from desktop.views.ledger.import_dialog import ImportDialog

        dialog = ImportDialog(preview, self._lang(), self.window)
        return dialog.accepted_keys() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def ask_bulletin(self, start: date, end: date, issuer: str) -> tuple[Period, str, str] | None:
        from desktop.views.ledger.bulletin_dialog import BulletinDialog

        dialog = BulletinDialog(start, end, issuer, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.period(), dialog.suffix(), dialog.issuer.text().strip()

    def get_bulletin_path(self, suggested: Path, suffix: str) -> Path | None:
        kinds = {".docx": self.tr("Word documents (*.docx)"), ".xlsx": self.tr("Excel workbooks (*.xlsx)")}
        chosen, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Export progress bulletin"),
            str(suggested),
            kinds[suffix],
        )
        return Path(chosen) if chosen else None

    def show_dialog(self, dialog: QDialog) -> None:
        dialog.exec()

    def show_information(self, text: str) -> None:
        QMessageBox.information(self.window, self.window.app_title(), text)

    # --- helpers ---------------------------------------------------------------------------------------------------

    def _saved_zone(self, reason: str) -> str | None:
        """The stored name of the open profile once it is saved; None (after saying why) when it cannot be."""
        window = self.window
        if not window.ready() or window.pages.plan is None:
            return None
        unsaved = window.current_id() is None or window.is_dirty()
        if unsaved and (not self.ask_save_first(reason) or not window.save()):
            return None
        return window.session.saved_name

    def _reopen(self) -> None:
        current = self.window.current_id()
        if current is not None:
            self.window.open_profile(current)

    def _plan(self) -> tuple[PlanPage | None, ActionPlan | None]:
        page = self.window.pages.plan
        return page, page.plan() if page is not None else None

    def _select(self, page: PlanPage, action_id: str) -> None:
        for row, action in enumerate(page.model.actions()):
            if action.id == action_id:
                page.select_row(row)
                return

    def _folder(self) -> Path:
        """Where the last plan document, form or bulletin went (the forms go out and come back there), else the
        last folder used."""
        return saved.EXPORT_FOLDER.read(self.window.settings) or self.window._last_folder()

    def _lang(self) -> Lang:
        return self.window.language.lang

    def _today(self) -> date:
        page = self.window.pages.plan
        return page.today() if page is not None else date.today()

    def _unit_name(self) -> Callable[[str], str]:
        from desktop.models.ledger.names import unit_names

        page = self.window.pages.plan
        inputs = page.report_inputs() if page is not None else None
        lang = self._lang()
        if inputs is None:
            return lambda unit: unit
        analysis, kb, _ = inputs
        names = unit_names(analysis.profile, kb)
        return lambda unit: names(unit).get(lang)
