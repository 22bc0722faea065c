"""The selected action in full: its texts to edit (title, description, KPI) and where it comes from."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.models.formatting import COLON, heading_text
from desktop.models.knowledge.types import KnowledgeBase
from desktop.models.plan.columns import COLUMNS, WHY, PlanColumn
from desktop.models.plan.types import Action
from desktop.models.plan.units import ZoneUnits
from desktop.models.text import Lang
from desktop.models.vocabulary.progress import LATEST
from desktop.views.help.paragraph_links import ParagraphLinks, paragraph_links
from desktop.views.plan.latest_report import LatestReport
from desktop.views.plan.phase_flag import PhaseFlag
from desktop.views.plan.plan_table import PlanTable, hidden_cells
from desktop.views.plan.unit_fields import LeadField, PartnersField


class _PlainText(QPlainTextEdit):
    """Plain multi-line text; Tab moves on instead of typing a tab."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)


class ActionDetailPanel(QWidget):
    """Shows one action; user edits leave as ``edited(action_id, field, text)`` as they are typed."""

    edited = Signal(str, str, str)
    unitsEdited = Signal(str, str, object)  # action ID, "lead" or "partners", the reference(s) chosen
    newUnit = Signal(str)  # a unit name typed that the zone does not list

    def __init__(self, kb: KnowledgeBase, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kb = kb
        self._lang = lang
        self._action: Action | None = None
        self._loading = False
        self._table: PlanTable | None = None  # whose hidden columns this panel shows (``follow_table``)

        self.title_edit = QLineEdit(self)
        self._units = ZoneUnits(kb.departments)
        self.lead_field = LeadField(self._units, lang, self)
        self.partners_field = PartnersField(self._units, lang, self)
        for unit_field in (self.lead_field, self.partners_field):
            unit_field.newUnit.connect(self.newUnit)
        self.lead_field.chosen.connect(lambda ref: self._send_units("lead", ref))
        self.partners_field.chosen.connect(lambda refs: self._send_units("partners", refs))
        self.description_edit = _PlainText(self)
        self.kpi_edit = _PlainText(self)
        # Room for a few lines each; longer texts scroll, so the table above keeps most of the page.
        line = self.description_edit.fontMetrics().lineSpacing()
        self.description_edit.setMinimumHeight(line * 3 + 12)
        self.description_edit.setMaximumHeight(line * 6 + 12)
        self.kpi_edit.setMinimumHeight(line * 2 + 12)
        self.kpi_edit.setMaximumHeight(line * 3 + 12)
        self.title_edit.textEdited.connect(lambda text: self._send("title", text))
        self.description_edit.textChanged.connect(
            lambda: self._send("description", self.description_edit.toPlainText())
        )
        self.kpi_edit.textChanged.connect(lambda: self._send("kpi", self.kpi_edit.toPlainText()))

        editing = QFormLayout()
        editing.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        editing.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self._captions = {
            name: QLabel(self)
            for name in ("title", "lead", "partners", "description", "kpi", "rec", "why", "draws", "source", "latest")
        }
        editing.addRow(self._captions["title"], self.title_edit)
        editing.addRow(self._captions["lead"], self.lead_field)
        editing.addRow(self._captions["partners"], self.partners_field)
        editing.addRow(self._captions["description"], self.description_edit)
        editing.addRow(self._captions["kpi"], self.kpi_edit)

        self.recommendation_label = self._info_label()
        self.why_label = self._info_label()
        self.draws_on_label = self._info_label()
        self.paragraphs_label = self._info_label()
        self.paragraph_links = ParagraphLinks(self.paragraphs_label, lambda: self._lang)  # ¶ opens our summary
        about = QFormLayout()
        about.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        about.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # The columns the table hides (partners, owner, notes... as the user chose), one "label: value" a line.
        self.more_label = self._info_label()
        self.more_label.setObjectName("hiddenColumns")
        about.addRow(self.more_label)
        about.addRow(self._captions["rec"], self.recommendation_label)
        about.addRow(self._captions["why"], self.why_label)
        about.addRow(self._captions["draws"], self.draws_on_label)
        about.addRow(self._captions["source"], self.paragraphs_label)
        self.latest_report = LatestReport(lang, self)  # the unit's latest return (台账); the page sets it
        about.addRow(self._captions["latest"], self.latest_report)
        about_box = QWidget()
        about_box.setLayout(about)
        about_scroll = QScrollArea(self)
        about_scroll.setWidget(about_box)
        about_scroll.setWidgetResizable(True)
        about_scroll.setFrameShape(QFrame.Shape.NoFrame)

        self._empty = QLabel(self)
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty.setEnabled(False)

        self._body = QWidget(self)
        grid = QGridLayout(self._body)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(24)
        grid.addLayout(editing, 0, 0)
        grid.addWidget(about_scroll, 0, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

        self.phase_flag = PhaseFlag(lang, self)  # dates that put the action in another phase (#13.12)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.phase_flag)
        layout.addWidget(self._body)
        layout.addWidget(self._empty)
        self.retranslate()

    def retranslate(self) -> None:
        self.title_edit.setPlaceholderText(self.tr("What will be done, in a few words"))
        self.description_edit.setPlaceholderText(self.tr("The concrete measures of this action"))
        self.kpi_edit.setPlaceholderText(self.tr("How progress will be measured"))
        # The fields are named as the plan's columns are, in the table and in the workbook.
        captions = {
            "title": COLUMNS[PlanColumn.TITLE].label,
            "lead": COLUMNS[PlanColumn.LEAD].label,
            "partners": COLUMNS[PlanColumn.PARTNERS].label,
            "description": COLUMNS[PlanColumn.DESCRIPTION].label,
            "kpi": COLUMNS[PlanColumn.KPI].label,
            "rec": COLUMNS[PlanColumn.BASIS].label,
            "why": WHY,
            "draws": COLUMNS[PlanColumn.DRAWS_ON].label,
            "source": COLUMNS[PlanColumn.PARAGRAPHS].label,
            "latest": LATEST,
        }
        for name, text in captions.items():
            self._captions[name].setText(heading_text(text, self._lang))
        self._empty.setText(self.tr("Select an action in the table to see it in full here."))
        self.show_action(self._action)

    def set_language(self, lang: Lang) -> None:
        self._lang = lang
        self.latest_report.set_language(lang)
        self.set_units(self._units)
        self.phase_flag.set_language(lang)
        self.retranslate()

    def set_units(self, units: ZoneUnits) -> None:
        """The zone's units (another profile, or one added): the pickers offer them by the zone's names."""
        self._units = units
        self.lead_field.rebuild(units, self._lang)
        self.partners_field.rebuild(units, self._lang)

    def _info_label(self) -> QLabel:
        label = QLabel(self)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)  # texts are escaped: "&" or "<b>" in a title reads as typed
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return label

    def follow_table(self, table: PlanTable) -> None:
        """Also show the selected action's cells in the columns ``table`` hides, as the user shows or hides them."""
        self._table = table
        table.columnsChosen.connect(lambda: self.show_action(self._action))
        self.show_action(self._action)

    def action_id(self) -> str | None:
        return self._action.id if self._action else None

    def show_action(self, action: Action | None) -> None:
        """Show ``action`` (None: nothing selected). Text being typed is not reset by its own echo."""
        self._action = action
        self.phase_flag.show_action(action)
        self._body.setVisible(action is not None)
        self._empty.setVisible(action is None)
        if action is None:
            return
        lang = self._lang
        self._loading = True
        try:
            _set_line(self.title_edit, action.title.get(lang))
            _set_plain(self.description_edit, action.description.get(lang))
            _set_plain(self.kpi_edit, action.kpi.get(lang))
            self.lead_field.set_value(action.lead)
            self.partners_field.set_value(action.partners)
        finally:
            self._loading = False
        # Items read by their titles; their IDs (a reference into the knowledge base) only in the tooltip.
        # What the action implements: a recommendation, a US practice or the lesson of a case.
        basis = [action.basis] if action.basis else []
        self.recommendation_label.setText(self._titles(basis) or self.tr("(added by you)"))
        self.recommendation_label.setToolTip(self._references(basis))
        self.why_label.setText(html.escape(action.why.get(lang)) or self.tr("—"))
        self.draws_on_label.setText(self._titles(action.draws_on) or self.tr("—"))
        self.draws_on_label.setToolTip(self._references(action.draws_on))
        self.paragraphs_label.setText(paragraph_links(action.paragraphs, lang) or self.tr("—"))
        self._show_hidden_cells(action)

    def _show_hidden_cells(self, action: Action) -> None:
        cells = hidden_cells(self._table, action.id) if self._table is not None else []
        colon = COLON.get(self._lang)
        self.more_label.setText(
            "<br>".join(f"<b>{html.escape(label + colon)}</b>{html.escape(value) or '—'}" for label, value in cells)
        )
        self.more_label.setToolTip(self.tr("Right-click the table's header to choose the columns it shows."))
        self.more_label.setVisible(bool(cells))

    def _title(self, item_id: str) -> str:
        """An item's title; an ID the knowledge base no longer knows is shown as is rather than hidden."""
        item = self._kb.items.get(item_id)
        return item.title.get(self._lang) if item else item_id

    def _titles(self, item_ids: Sequence[str]) -> str:
        """One title a line, as rich text (so a title's own characters are escaped)."""
        return "<br>".join(html.escape(self._title(item_id)) for item_id in item_ids)

    def _references(self, item_ids: Sequence[str]) -> str:
        """``case.boston-biotech — 波士顿…`` a line, plain text, for whoever looks the item up elsewhere."""
        return "\n".join(f"{item_id} — {self._title(item_id)}" for item_id in item_ids)

    def _send_units(self, field: str, value: object) -> None:
        if not self._loading and self._action is not None:
            self.unitsEdited.emit(self._action.id, field, value)

    def _send(self, field: str, text: str) -> None:
        if not self._loading and self._action is not None:
            self.edited.emit(self._action.id, field, text)


def _set_line(edit: QLineEdit, text: str) -> None:
    if edit.text().strip() != text:
        edit.setText(text)
        edit.setCursorPosition(0)  # a long title reads from its start (setText leaves it scrolled to its end)


def _set_plain(edit: QPlainTextEdit, text: str) -> None:
    if edit.toPlainText().strip() != text:
        edit.setPlainText(text)
