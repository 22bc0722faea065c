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
        self.issuer_note = QLabel(self)  # said before writing: a 公文 without its issuer's name is unsigned
        self.issuer_note.setObjectName("bulletinIssuerNote")
        self.issuer_note.setWordWrap(True)
        self.issuer_note.setStyleSheet("color: #8a5300;")
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
        layout.addWidget(self.issuer_note)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.start.dateChanged.connect(self._validate)
        self.end.dateChanged.connect(self._validate)
        self.issuer.textChanged.connect(self._note_issuer)
        self._validate()
        self._note_issuer()

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

    def _note_issuer(self) -> None:
        unsigned = not self.issuer.text().strip()
        self.issuer_note.setText(
            self.tr(
                "No issuing unit: the bulletin will end with its date but no issuer's name, unsigned. Type the unit "
                "that issues it, or leave it empty on purpose."
            )
            if unsigned
            else ""
        )
        self.issuer_note.setVisible(unsigned)
