"""What the 行动方案 needs from the office before it is written: the issuing unit, the date, draft or final, and the
responsible leader. Prefilled with what the zone entered last time (kept with its plan)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.models.report.settings import MAX_LENGTH, ReportSettings


class ReportDialog(QDialog):
    """``load(settings)`` fills the form, ``settings()`` reads it back; OK is enabled while the form is valid."""

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export action plan document"))
        self._today = today
        self.issuer = QLineEdit(self)
        self.issuer.setMaxLength(MAX_LENGTH)
        self.issuer.setPlaceholderText(self.tr("e.g. the zone's management committee"))
        self.date = QDateEdit(self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.draft = QCheckBox(self.tr("Draft for comments"), self)
        self.leader = QLineEdit(self)
        self.leader.setMaxLength(MAX_LENGTH)
        self.leader.setPlaceholderText(self.tr("Optional: the leader who heads the work (chain leader)"))
        form = QFormLayout()
        form.addRow(self.tr("Issuing unit:"), self.issuer)
        form.addRow(self.tr("Date:"), self.date)
        form.addRow(self.tr("Leader:"), self.leader)
        form.addRow("", self.draft)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.issuer.textChanged.connect(self._validate)
        self.load(ReportSettings())

    def load(self, settings: ReportSettings) -> None:
        self.issuer.setText(settings.issuer)
        day = settings.issue_date(self._today)
        self.date.setDate(QDate(day.year, day.month, day.day))
        self.draft.setChecked(settings.draft)
        self.leader.setText(settings.leader)
        self._validate()

    def settings(self) -> ReportSettings:
        chosen = self.date.date()
        day = date(chosen.year(), chosen.month(), chosen.day())
        return ReportSettings(
            self.issuer.text().strip(), day.isoformat(), self.draft.isChecked(), self.leader.text().strip()
        )

    def validate(self) -> bool:
        """The issuing unit is what a 公文 must carry."""
        return bool(self.issuer.text().strip())

    def _validate(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.validate())
