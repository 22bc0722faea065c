"""添加行动: an action of the user's own, asked for in full — what is done, who leads, who takes part, and how it
is measured — so a hand-added action has its "1+N" and its KPI like a proposed one."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.models.formatting import heading_text
from desktop.models.plan.columns import COLUMNS, PlanColumn
from desktop.models.plan.units import ZoneUnits
from desktop.models.text import Lang
from desktop.views.plan.unit_fields import LeadField, PartnersField


@dataclass(frozen=True)
class NewAction:
    title: str
    lead: str
    partners: tuple[str, ...]
    kpi: str
    description: str


class AddActionDialog(QDialog):
    """Title, lead, partners, KPI and measures of a new action. OK needs a title and a lead."""

    newUnit = Signal(str)  # a unit typed that the zone does not list

    def __init__(self, units: ZoneUnits, lang: Lang, lead: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("addActionDialog")
        self.setWindowTitle(self.tr("Add an action"))
        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("newActionTitle")
        self.title_edit.setText(self.tr("New action"))
        self.title_edit.selectAll()
        self.title_edit.setPlaceholderText(self.tr("What will be done, in a few words"))
        self.lead_field = LeadField(units, lang, self)
        self.lead_field.set_value(lead)
        self.partners_field = PartnersField(units, lang, self)
        for unit_field in (self.lead_field, self.partners_field):
            unit_field.newUnit.connect(self.newUnit)
        self.description_edit = QPlainTextEdit(self)
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setPlaceholderText(self.tr("The concrete measures of this action"))
        self.kpi_edit = QPlainTextEdit(self)
        self.kpi_edit.setObjectName("newActionKpi")
        self.kpi_edit.setTabChangesFocus(True)
        self.kpi_edit.setPlaceholderText(self.tr("How progress will be measured, e.g. a figure to reach by a date"))
        line = self.kpi_edit.fontMetrics().lineSpacing()
        for edit in (self.description_edit, self.kpi_edit):
            edit.setMinimumHeight(line * 3 + 12)
            edit.setMaximumHeight(line * 6 + 12)  # a few lines each: the dialog fits a small screen

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for column, widget in (
            (PlanColumn.TITLE, self.title_edit),
            (PlanColumn.LEAD, self.lead_field),
            (PlanColumn.PARTNERS, self.partners_field),
            (PlanColumn.DESCRIPTION, self.description_edit),
            (PlanColumn.KPI, self.kpi_edit),
        ):
            form.addRow(QLabel(heading_text(COLUMNS[column].label, lang), self), widget)
        self.hint = QLabel(self.tr("Pick the units from the zone's list, or type a unit's name to add it."), self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #5f6b7a;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.title_edit.textChanged.connect(self._enable)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.resize(560, self.sizeHint().height())
        self._enable()

    def value(self) -> NewAction:
        return NewAction(
            title=" ".join(self.title_edit.text().split()),
            lead=self.lead_field.value(),
            partners=tuple(p for p in self.partners_field.value() if p != self.lead_field.value()),
            kpi=self.kpi_edit.toPlainText().strip(),
            description=self.description_edit.toPlainText().strip(),
        )

    def set_units(self, units: ZoneUnits, lang: Lang) -> None:
        """A unit was added meanwhile (typed in one of the pickers): both offer it."""
        self.lead_field.rebuild(units, lang)
        self.partners_field.rebuild(units, lang)

    def _enable(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setEnabled(bool(self.title_edit.text().strip()))
