"""What the 进展通报 needs before it is written: the period, Word or workbook, and the issuing unit."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.models.progress.periods import Period
from desktop.models.report.settings import MAX_LENGTH

FORMATS = (".docx", ".xlsx")


class BulletinDialog(QDialog):
    def __init__(self, start: date, end: date, issuer: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bulletinDialog")
        self.setWindowTitle(self.tr("Export progress bulletin"))
        self.start = self._date_edit(start)
        self.end = self._date_edit(end)
        self.format = QComboBox(self)
        self.format.addItem(self.tr("Word document, official-document layout (.docx)"), FORMATS[0])
        self.format.addItem(self.tr("Excel workbook sheet (.xlsx)"), FORMATS[1])
        self.issuer = QLineEdit(issuer, self)
        self.issuer.setMaxLength(MAX_LENGTH)
        self.issuer.setPlaceholderText(self.tr("e.g. the zone's management committee office"))
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #b3261e;")
        form = QFormLayout()
        form.addRow(self.tr("From:"), self.start)
        form.addRow(self.tr("To:"), self.end)
        form.addRow(self.tr("Format:"), self.format)
        form.addRow(self.tr("Issuing unit:"), self.issuer)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.start.dateChanged.connect(self._validate)
        self.end.dateChanged.connect(self._validate)
        self._validate()

    def _date_edit(self, day: date) -> QDateEdit:
        edit = QDateEdit(QDate(day.year, day.month, day.day), self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        return edit

    def period(self) -> Period:
        return Period(self.start.date().toPython(), self.end.date().toPython())  # type: ignore[arg-type]

    def suffix(self) -> str:
        return str(self.format.currentData())

    def _validate(self) -> None:
        backwards = self.end.date() < self.start.date()
        self.problem.setText(self.tr("The period ends before it starts.") if backwards else "")
        self.problem.setVisible(backwards)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setEnabled(not backwards)
