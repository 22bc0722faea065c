"""行动计划 — the plan page: the proposed actions as an editable "1+N" table, its progress, and the export."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QStandardPaths, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from desktop.models.errors import ExportError
from desktop.models.knowledge.types import KnowledgeBase
from desktop.models.plan.columns import COLUMN_LABELS, PlanColumn
from desktop.models.plan.phase_dates import plan_start
from desktop.models.plan.plan import DEFAULT_CUSTOM_LEAD, ActionPlan, RegenerationReport
from desktop.models.plan.types import Action, Phase, Priority, Status
from desktop.models.plan.units import OTHER, ZoneUnits, with_named_unit
from desktop.models.profile import Profile
from desktop.models.session.baseline import PlanBaseline, StoredPlan
from desktop.models.session.follow import behind, followed
from desktop.models.text import Lang, Text
from desktop.views.elided_label import ElidedLabel
from desktop.views.plan.add_action_dialog import AddActionDialog
from desktop.views.plan.banner import ProfileChangedBanner
from desktop.views.plan.delegates import ChoiceDelegate, DateDelegate, LeadDelegate, PartnersDelegate
from desktop.views.plan.detail_panel import ActionDetailPanel
from desktop.views.plan.file_name import plan_file_name
from desktop.views.plan.labels import list_separator
from desktop.views.plan.ledger_button import LedgerButton, LedgerCommand
from desktop.views.plan.plan_table import PlanTable
from desktop.views.plan.progress_strip import ProgressCounts, ProgressStrip
from desktop.views.plan.table_model import FIELDS, Column, PlanTableModel
from desktop.views.plan.undo import PlanUndo

if TYPE_CHECKING:
    from desktop.models.analysis import Analysis

_log = logging.getLogger(__name__)


class PlanPage(QWidget):
    """The action plan of the current profile. The window feeds it analyses and saves ``plan()``.

    A plan nobody edited follows the profile: each new analysis replaces it by its proposals. A plan with the
    user's edits changes only when the user asks (the banner offers it), keeping the edits.
    """

    planEdited = Signal()  # any change to the plan (cell, detail text, add, remove, move, regenerate, following)
    exported = Signal(Path)  # a workbook was written there
    exportRequested = Signal()  # the Export button: the window runs the one export command (as Ctrl+E does)
    ledgerRequested = Signal(str)  # a command of the 台账 button (views/plan/ledger_button.py): the window runs it
    unitAdded = Signal(str)  # a unit name typed in a picker that the zone does not list: the form adds it

    def __init__(
        self, kb: KnowledgeBase, lang: Lang, parent: QWidget | None = None, *, baseline: PlanBaseline | None = None
    ) -> None:
        super().__init__(parent)
        self._kb = kb
        self._lang = lang
        self._analysis: Analysis | None = None
        self._dismissed: tuple[Action, ...] | None = None  # proposals the user said "not now" to
        self._basis: tuple[Action, ...] = ()  # the proposals the plan was made from (or its stored profile's)
        self.baseline = baseline or PlanBaseline()  # the window's session shares its own: one record of the saved plan
        self.export_folder: Path | None = None  # last folder exported to; the window may restore it from settings
        self._units = ZoneUnits(kb.departments)  # the open zone's units (its profile's list): the pickers offer them
        self._units_key: object = None

        titles = {item_id: item.title for item_id, item in kb.items.items()}
        self.model = PlanTableModel(kb.departments, lang, today=lambda: self.today(), parent=self, titles=titles)
        self.model.planChanged.connect(self._on_plan_changed)
        self.model.editRejected.connect(self._show_notice)
        self.model.dataChanged.connect(self._on_data_changed)
        # Ctrl+Z for the plan's edits in this session (the window's Edit menu drives it); an undone step's action
        # is selected again, so the user sees what came back.
        self.undo = PlanUndo(self.model, lambda unit: self.zone_units().text(unit), lang, self)
        self.undo.restored.connect(lambda action_id: self.select_row(max(self.model.row_of(action_id), 0)))

        # The heading holds the zone's name, which may be 100 characters or contain "<b>": shortened with "…" to the
        # room it has (never widening the window), shown as typed, the whole heading in its tooltip when shortened.
        self.heading = ElidedLabel(parent=self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.banner = ProfileChangedBanner(self)
        self.banner.regenerateRequested.connect(self.regenerate)
        self.banner.dismiss_button.clicked.connect(self._dismiss_banner)
        self.banner.hide()
        self.progress = ProgressStrip(self._lang, self)
        self.notice = QLabel(self)
        self.notice.setStyleSheet("color: #b3261e;")
        self.notice.setWordWrap(True)
        self.notice.hide()

        self.table = self._make_table()
        self.details = ActionDetailPanel(kb, lang, self)
        self.details.edited.connect(self._on_detail_edited)
        self.details.unitsEdited.connect(lambda action_id, field, value: self.model.update(action_id, **{field: value}))
        self.details.newUnit.connect(self.add_zone_unit)
        self.details.follow_table(self.table)  # the columns the table hides show in the panel
        self.details.phase_flag.plan_start = lambda: plan_start(self.model.plan, self.today())
        self.details.phase_flag.fixRequested.connect(lambda action_id, phase: self.model.update(action_id, phase=phase))
        timeline = LedgerCommand.TIMELINE.value
        self.details.latest_report.timelineRequested.connect(lambda: self.ledgerRequested.emit(timeline))
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setObjectName("planSplitter")  # the window keeps its place (views/settings.py)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([600, 240])
        splitter.setChildrenCollapsible(False)

        self.empty_label = QLabel(self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        # Read as a short paragraph in the middle, like the other tabs' notices, not one grey line across the page.
        self.empty_label.setStyleSheet("color: #5f6b7a; font-size: 11pt;")
        self.empty_label.setMaximumWidth(560)
        empty = QWidget(self)
        empty_row = QHBoxLayout(empty)
        empty_row.addStretch(1)
        empty_row.addWidget(self.empty_label, 4)
        empty_row.addStretch(1)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(empty)
        self.stack.addWidget(splitter)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.banner)
        # The 台账 button beside the progress it feeds (the button row is full in English at 1024 px).
        self.ledger_button = LedgerButton(self)
        self.ledger_button.requested.connect(self.ledgerRequested)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.ledger_button)
        layout.addLayout(progress_row)
        self.buttons = QWidget(self)  # hidden while there is no plan to act on
        self.buttons.setLayout(self._make_buttons())
        layout.addWidget(self.buttons)
        layout.addWidget(self.notice)
        layout.addWidget(self.stack, 1)
        self.retranslate()

    # --- building ------------------------------------------------------------------------------------------------
    def _make_table(self) -> PlanTable:
        table = PlanTable(self.model, self._lang, self)
        lang = self._lang
        self._delegates = {
            Column.PRIORITY: ChoiceDelegate(Priority, lang, table),
            Column.PHASE: ChoiceDelegate(Phase, lang, table),
            Column.STATUS: ChoiceDelegate(Status, lang, table),
            Column.START: DateDelegate(lang, table),
            Column.END: DateDelegate(lang, table),
            Column.LEAD: LeadDelegate(self.zone_units, lang, table),
            Column.PARTNERS: PartnersDelegate(self.zone_units, lang, table),
        }
        for unit_delegate in (self._delegates[Column.LEAD], self._delegates[Column.PARTNERS]):
            assert isinstance(unit_delegate, LeadDelegate | PartnersDelegate)
            unit_delegate.newUnit.connect(self.add_zone_unit)
        for column, delegate in self._delegates.items():
            table.setItemDelegateForColumn(column, delegate)
            if isinstance(delegate, DateDelegate):
                delegate.invalidDate.connect(self._on_invalid_date)
        table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        return table

    def _make_buttons(self) -> QHBoxLayout:
        self.add_button = self._button(QStyle.StandardPixmap.SP_FileDialogNewFolder, self.add_action)
        self.remove_button = self._button(QStyle.StandardPixmap.SP_TrashIcon, self.remove_selected)
        self.up_button = self._button(QStyle.StandardPixmap.SP_ArrowUp, lambda: self.move_selected(-1))
        self.down_button = self._button(QStyle.StandardPixmap.SP_ArrowDown, lambda: self.move_selected(1))
        self.regenerate_button = self._button(QStyle.StandardPixmap.SP_BrowserReload, self.regenerate)
        self.export_button = self._button(QStyle.StandardPixmap.SP_DialogSaveButton, self._request_export)

        # Shortcuts act only while the table has focus, so they never take keys from a text being typed.
        for keys, slot in (
            (QKeySequence(Qt.Key.Key_Insert), self.add_action),
            (QKeySequence(QKeySequence.StandardKey.Delete), self.remove_selected),
            (QKeySequence("Ctrl+Up"), lambda: self.move_selected(-1)),
            (QKeySequence("Ctrl+Down"), lambda: self.move_selected(1)),
        ):
            shortcut = QShortcut(keys, self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            row.addWidget(button)
        row.addSpacing(16)
        row.addWidget(self.regenerate_button)
        row.addStretch(1)
        row.addWidget(self.export_button)
        return row

    def _button(self, icon: QStyle.StandardPixmap, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(self.style().standardIcon(icon), "", self)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def retranslate(self) -> None:
        """Set every text of the page in the current language (after construction and on a language change)."""
        texts = (
            (self.add_button, self.tr("Add action"), self.tr("Add an action of your own (Insert)")),
            (self.remove_button, self.tr("Remove"), self.tr("Remove the selected action (Delete)")),
            (self.up_button, self.tr("Move up"), self.tr("Move the selected action up (Ctrl+Up)")),
            (self.down_button, self.tr("Move down"), self.tr("Move the selected action down (Ctrl+Down)")),
            (
                self.regenerate_button,
                self.tr("Regenerate from profile"),
                self.tr("Propose the actions again from the current profile, keeping your edits to actions that stay"),
            ),
            (
                self.export_button,
                self.tr("Export workbook…"),
                self.tr("Save the plan as an Excel workbook to circulate"),
            ),
        )
        for button, text, tip in texts:
            button.setText(text)
            button.setToolTip(tip)
        for button in (self.up_button, self.down_button):  # arrows alone, named in their tooltip and for screen
            button.setAccessibleName(button.text())  # readers: the row fits a 1024-pixel window in English too
            button.setText("")
        # The next step a user can really take: there is no "matching" command, the plan follows a complete profile.
        self.empty_label.setText(
            self.tr(
                "No plan yet. Fill in the zone profile in the tabs “Basic information” to “Goals”, or pick a "
                "saved profile on the left. As soon as the profile is complete, the proposed actions appear here "
                "by themselves."
            )
        )
        self.banner.retranslate()
        self.ledger_button.retranslate()
        self.details.retranslate()
        self._refresh()

    def set_language(self, lang: Lang) -> None:
        """Show the page in ``lang`` (the window installs the translators first, then calls this)."""
        self._lang = lang
        self.model.set_language(lang)
        for delegate in self._delegates.values():
            if isinstance(delegate, LeadDelegate | PartnersDelegate | DateDelegate):
                delegate.set_language(lang)
        self.details.set_language(lang)
        self.undo.set_language(lang)
        self.progress.set_language(lang)
        self.table.fit_columns(lang)
        self.notice.hide()
        self.retranslate()

    # --- the API the window uses ---------------------------------------------------------------------------------
    def set_analysis(self, analysis: Analysis) -> None:
        """A (new) analysis of the current profile: a plan nobody edited follows it; an edited plan is left as it
        is, and the banner offers to regenerate it."""
        self._set_units(analysis.profile)
        if self.model.plan is None:
            self.load_plan(None, analysis)
            return
        self._analysis = analysis
        self._follow(self._basis)
        self._update_banner()
        self._refresh()

    def load_plan(
        self,
        stored: StoredPlan | ActionPlan | Mapping[str, object] | None,
        analysis: Analysis | None,
        *,
        saved: bool = True,
    ) -> None:
        """Show a plan (None: the analysis' proposed actions). ``saved``: it is the saved plan (the baseline of
        unsaved changes); else it is unsaved work (from a draft) over the saved one. An unedited plan made for an
        older profile follows the analysis at once (an unsaved change)."""
        self._analysis = analysis
        self._set_units(analysis.profile if analysis else None)
        proposals = tuple(analysis.actions) if analysis else ()
        if isinstance(stored, Mapping):
            stored = StoredPlan.read(stored)
        if isinstance(stored, StoredPlan) and stored.problem is not None:
            # The saved data stays where it is: it is only replaced if the user edits and saves this plan.
            self.show_error(
                self.tr("The saved plan could not be read: {reason}\n\nThe proposed actions are shown instead.").format(
                    reason=stored.problem.get(self._lang)
                )
            )
        unreadable = isinstance(stored, StoredPlan) and stored.problem is not None
        plan = stored.plan if isinstance(stored, StoredPlan) else stored
        plan = ActionPlan.from_data(plan.to_data()) if plan is not None else ActionPlan(proposals)  # the page's own
        self.model.set_plan(plan)
        if saved:
            self.baseline.reset(plan, keep_stored=unreadable)
        self._dismissed = None
        self._basis = proposals
        if analysis is not None:
            self._follow(proposals)
        self._update_banner()
        self.notice.hide()
        self._refresh()
        if self.model.rowCount():
            self.select_row(0)

    def clear(self) -> None:
        """No profile: no plan."""
        self._analysis = None
        self.baseline.reset(None)
        self.model.set_plan(None)
        self.banner.hide()
        self._refresh()

    def plan(self) -> ActionPlan | None:
        return self.model.plan

    def report_inputs(self) -> tuple[Analysis, KnowledgeBase, Lang] | None:
        """What the 行动方案 is written from besides the plan: the analysis shown, the knowledge base, the language."""
        return None if self._analysis is None else (self._analysis, self._kb, self._lang)

    def plan_data(self) -> dict[str, object]:
        """The plan as a JSON-able document, for saving with the profile (empty when there is no plan)."""
        plan = self.model.plan
        return plan.to_data() if plan is not None else {}

    def is_dirty(self) -> bool:
        return self.baseline.changed(self.model.plan)

    def mark_saved(self) -> None:
        self.baseline.reset(self.model.plan)

    def is_behind(self) -> bool:
        """The plan has edits and was made for an older profile: regenerating it would change it."""
        plan, analysis = self.model.plan, self._analysis
        return plan is not None and analysis is not None and behind(plan, analysis.actions)

    def zone_units(self) -> ZoneUnits:
        """The units the open zone has, by the names it uses (the pickers and the table show these)."""
        return self._units

    def add_zone_unit(self, name: str) -> None:
        """A unit typed in a picker that the zone does not list: offered at once, and passed on (``unitAdded``) so
        the profile's list gains it too; the next analysis brings it back from the profile."""
        self._units = ZoneUnits(self._kb.departments, with_named_unit(self._units, name))
        self.model.set_units(self._units)
        self.details.set_units(self._units)
        self.unitAdded.emit(name)

    def rename_zone_unit(self, old: str, new: str) -> None:
        """A unit of the zone's own was renamed in its list: the actions naming it name it by its new name."""
        for action in self.model.actions():
            if action.lead != old and old not in action.partners:
                continue
            partners = tuple(dict.fromkeys(new if p == old else p for p in action.partners))
            self.model.update(action.id, lead=new if action.lead == old else action.lead, partners=partners)

    def _set_units(self, profile: Profile | None) -> None:
        # Every pause in typing brings an analysis: the pickers are rebuilt only when what they offer can change.
        key = None if profile is None else (profile.units, profile.level, profile.kind, profile.stage)
        if key == self._units_key and key is not None:
            return
        self._units_key = key
        self._units = ZoneUnits.of(profile, self._kb.departments)
        self.model.set_units(self._units)
        self.details.set_units(self._units)

    # --- replaceable interactions (tests swap these) ------------------------------------------------------------
    def today(self) -> date:
        return date.today()

    def ask_new_action(self, dialog: AddActionDialog) -> bool:
        """Show the add-action dialog; True when the user pressed OK."""
        return dialog.exec() == AddActionDialog.DialogCode.Accepted

    def ask_confirmation(self, text: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Action plan"), text)
        return answer == QMessageBox.StandardButton.Yes

    def show_message(self, text: str) -> None:
        QMessageBox.information(self, self.tr("Action plan"), text)

    def show_error(self, text: str) -> None:
        QMessageBox.warning(self, self.tr("Action plan"), text)

    def get_save_path(self, suggested: Path) -> Path | None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export the action plan"), str(suggested), self.tr("Excel workbook (*.xlsx)")
        )
        return Path(chosen) if chosen else None

    def ask_open_folder(self, path: Path) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Action plan"),
            self.tr("The workbook was saved as\n{path}\n\nOpen the folder that holds it?").format(path=path),
        )
        return answer == QMessageBox.StandardButton.Yes

    def open_folder(self, folder: Path) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    # --- user actions -------------------------------------------------------------------------------------------
    def selected_action(self) -> Action | None:
        row = self.table.currentIndex().row()
        return self.model.action_at(row) if 0 <= row < self.model.rowCount() else None

    def select_row(self, row: int, column: int = Column.TITLE) -> None:
        index = self.model.index(row, column)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scroll_to_row(row)

    def add_action(self) -> None:
        """Ask for the new action in full (title, lead, partners, KPI, measures) and add it at the end."""
        if self.model.plan is None:
            return
        dialog = AddActionDialog(self._units, self._lang, DEFAULT_CUSTOM_LEAD, self)

        def unit_typed(name: str) -> None:
            self.add_zone_unit(name)
            dialog.set_units(self._units, self._lang)

        dialog.newUnit.connect(unit_typed)
        try:
            if not self.ask_new_action(dialog):
                return
            new = dialog.value()
        finally:
            dialog.deleteLater()
        for ref in (new.lead, *new.partners):
            if self._units.group(ref) == OTHER:  # typed but not yet added (OK pressed while typing)
                self.add_zone_unit(ref)
        action = self.model.add_custom(
            new.title,
            lead=new.lead or DEFAULT_CUSTOM_LEAD,
            partners=new.partners,
            kpi=new.kpi,
            description=new.description,
        )
        if action is None:
            return
        row = self.model.row_of(action.id)
        self.select_row(row)
        self.table.setFocus()

    def remove_selected(self) -> None:
        action = self.selected_action()
        if action is None:
            return
        question = self.tr("Remove the action “{title}” from the plan?").format(title=action.title.get(self._lang))
        if not self.ask_confirmation(question):
            return
        row = self.model.row_of(action.id)
        self.model.remove(action.id)
        if self.model.rowCount():
            self.select_row(min(row, self.model.rowCount() - 1))

    def move_selected(self, step: int) -> None:
        action = self.selected_action()
        if action is None:
            return
        row = self.model.row_of(action.id)
        if self.model.move(action.id, row + step):
            self.select_row(row + step, max(self.table.currentIndex().column(), 0))

    def regenerate(self, *, tell: bool = True) -> RegenerationReport | None:
        """Propose the actions again from the last analysis; report what was added and dropped (unless not
        ``tell``: the caller says what happened)."""
        if self._analysis is None or self.model.plan is None:
            return None
        report = self.model.regenerate(list(self._analysis.actions))
        self._basis = tuple(self._analysis.actions)
        self.banner.hide()
        if report is not None and tell:
            self.show_message(self._report_text(report))
            if self.model.rowCount():
                self.select_row(0)
        return report

    def export_workbook(self) -> Path | None:
        """Ask where, write the workbook, offer to open its folder. Returns the file written, or None."""
        from desktop.models.workbook.writer import write_workbook  # openpyxl loads only when exporting

        plan = self.model.plan
        if self._analysis is None or plan is None:
            self.show_error(
                self.tr("There is no plan to export yet: fill in the zone profile or pick a saved one on the left.")
            )
            return None
        profile = self._analysis.profile
        folder = self.export_folder or _documents_folder()
        name = plan_file_name(profile.name, self.tr("action-plan"), self.today(), self.tr("zone"))
        target = self.get_save_path(folder / name)
        if target is None:
            return None
        if target.suffix.lower() != ".xlsx":
            target = target.with_name(target.name + ".xlsx")
        try:
            write_workbook(
                target,
                profile=profile,
                result=self._analysis.result,
                actions=list(plan.actions),
                kb=self._kb,
                lang=self._lang,
                generated_on=self.today(),
            )
        except ExportError as error:
            self.show_error(error.text(self._lang))
            return None
        except Exception as error:  # an unforeseen failure (a bug) must not pass in silence: say so, keep the plan
            _log.exception("exporting the workbook to %s failed", target)
            reason = str(error) or type(error).__name__
            self.show_error(
                self.tr("The workbook was not written; the previous file is unchanged.\n\nReason: {reason}").format(
                    reason=reason
                )
            )
            return None
        self.export_folder = target.parent
        self.exported.emit(target)
        if self.ask_open_folder(target):
            self.open_folder(target.parent)
        return target

    # --- reacting ------------------------------------------------------------------------------------------------
    def _request_export(self) -> None:
        self.exportRequested.emit()

    def _follow(self, basis: tuple[Action, ...]) -> None:
        """A plan nobody edited (made from ``basis``) becomes the proposals of the current analysis; an edited one
        waits for the user."""
        if self._analysis is None:
            return
        fresh = followed(self.model.plan, basis, self._analysis.actions)
        if fresh is None:
            return
        self._basis = tuple(self._analysis.actions)
        if fresh != self.model.plan:
            selected = self.selected_action()
            self.model.set_plan(fresh)
            self.planEdited.emit()  # an unsaved change, as an edit is
            if self.model.rowCount():  # the action the user was reading stays selected while it is proposed
                self.select_row(max(self.model.row_of(selected.id) if selected is not None else 0, 0))

    def _update_banner(self) -> None:
        """Offer to regenerate when that would change the plan, unless the user declined these very proposals."""
        analysis = self._analysis
        if analysis is None or tuple(analysis.actions) == self._dismissed or not self.is_behind():
            self.banner.hide()
            return
        self.banner.show()

    def _dismiss_banner(self) -> None:
        self._dismissed = tuple(self._analysis.actions) if self._analysis else None

    def _report_text(self, report: RegenerationReport) -> str:
        lang = self._lang
        separator = list_separator(lang)
        lines = [self.tr("The plan was regenerated from the current profile.")]
        if report.added:
            titles = separator.join(a.title.get(lang) for a in report.added)
            lines.append(self.tr("Added (highlighted in the table): {titles}").format(titles=titles))
        if report.dropped:
            titles = separator.join(a.title.get(lang) for a in report.dropped)
            lines.append(self.tr("Dropped: {titles}").format(titles=titles))
        if report.kept_by_user:
            titles = separator.join(a.title.get(lang) for a in report.kept_by_user)
            lines.append(
                self.tr(
                    "No longer proposed, but kept because you had worked on them (status, dates, owner, notes or "
                    "edited texts); they are now your own actions: {titles}"
                ).format(titles=titles)
            )
        if not report.added and not report.dropped and not report.kept_by_user:
            lines.append(self.tr("No action was added or dropped."))
        lines.append(self.tr("Your edits to the actions that stay were kept."))
        return "\n\n".join(lines)

    def _on_plan_changed(self) -> None:
        self.notice.hide()
        self._refresh()
        self.planEdited.emit()

    def _on_data_changed(self, top_left: QModelIndex, bottom_right: QModelIndex, _roles: object = None) -> None:
        current = self.table.currentIndex().row()
        if top_left.row() <= current <= bottom_right.row():
            self.details.show_action(self.model.action_at(current))

    def _on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.details.show_action(self.model.action_at(current.row()) if current.isValid() else None)
        plan, action_id = self.model.plan, self.details.action_id()
        self.details.latest_report.set_report(plan.latest_report(action_id) if plan and action_id else None)
        self._update_buttons()

    def _on_detail_edited(self, action_id: str, field: str, text: str) -> None:
        value = text.strip()
        current = next((a for a in self.model.actions() if a.id == action_id), None)
        if current is None or getattr(current, field).get(self._lang) == value:
            return
        if field == "title" and not value:
            self._show_notice(self.tr("An action needs a title: type one, or remove the action."))
            return
        self.model.update(action_id, **{field: Text.same(value)})

    def _on_invalid_date(self, row: int, column: int, text: str) -> None:
        """Typed text that is not a date was not taken: say so, and which date was kept."""
        if not 0 <= row < self.model.rowCount():
            return
        action = self.model.action_at(row)
        kept = getattr(action, FIELDS[Column(column)])
        field = COLUMN_LABELS[PlanColumn.START if column == Column.START else PlanColumn.END].get(self._lang)
        if kept is None:
            message = self.tr("“{text}” is not a date, so the date in column “{field}”, row {row}, stays empty.")
        else:
            message = self.tr("“{text}” is not a date, so the date in column “{field}”, row {row}, stays {kept}.")
        hint = self.tr("Type a date as YYYY-MM-DD, for example 2026-03-01, or pick one from the calendar.")
        values = {"text": text, "field": field, "row": str(row + 1), "kept": kept.isoformat() if kept else ""}
        full = message.format_map(values) + "\n\n" + hint
        # After the editor has closed: a message box must not take the focus while the view is still closing it.
        QTimer.singleShot(0, self, lambda: self.show_error(full))

    def _show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.show()

    def _refresh(self) -> None:
        plan = self.model.plan
        has_plan = plan is not None
        self.stack.setCurrentIndex(1 if has_plan else 0)
        zone = self._analysis.profile.name if self._analysis else ""
        self.heading.setText(self.tr("Action plan — {zone}").format(zone=zone) if zone else self.tr("Action plan"))
        self.progress.set_counts(self._counts())
        self.progress.setVisible(has_plan)
        self.ledger_button.setVisible(has_plan)
        self.buttons.setVisible(has_plan)
        self._update_buttons()

    def _counts(self) -> ProgressCounts:
        plan = self.model.plan
        if plan is None:
            return ProgressCounts()
        progress = plan.progress(self.today())
        return ProgressCounts(
            done=progress.done,
            in_progress=progress.in_progress,
            not_started=progress.not_started,
            overdue=progress.overdue,
            shelved=progress.shelved,
            total=progress.total,
        )

    def _update_buttons(self) -> None:
        has_plan = self.model.plan is not None
        row = self.table.currentIndex().row() if self.table.currentIndex().isValid() else -1
        count = self.model.rowCount()
        self.add_button.setEnabled(has_plan)
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)
        self.regenerate_button.setEnabled(has_plan and self._analysis is not None)
        self.export_button.setEnabled(has_plan and self._analysis is not None)
        self.ledger_button.setEnabled(has_plan and self._analysis is not None)
        self.ledger_button.set_has_selection(row >= 0)


def _documents_folder() -> Path:
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(location) if location else Path.home()
