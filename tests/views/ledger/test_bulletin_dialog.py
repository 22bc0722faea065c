"""What the 进展通报 asks before it is written: a period that ends after it starts, Word or workbook, the issuer."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialogButtonBox, QLabel
from pytestqt.qtbot import QtBot

from desktop.models.progress.periods import Period
from desktop.views.ledger.bulletin_dialog import BulletinDialog


def test_the_dialog_offers_the_period_and_refuses_one_that_ends_before_it_starts(qtbot: QtBot) -> None:
    dialog = BulletinDialog(date(2027, 4, 5), date(2027, 6, 30), "管委会办公室")
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok is not None and ok.isEnabled()
    assert dialog.period() == Period(date(2027, 4, 5), date(2027, 6, 30))
    assert dialog.suffix() == ".docx" and dialog.issuer.text() == "管委会办公室"
    dialog.end.setDate(QDate(2027, 3, 1))
    assert not ok.isEnabled() and dialog.problem.isVisibleTo(dialog)
    dialog.end.setDate(QDate(2027, 7, 1))
    dialog.format.setCurrentIndex(1)
    assert ok.isEnabled() and dialog.suffix() == ".xlsx"


def test_an_empty_issuer_is_said_in_the_dialog_before_anything_is_written(qtbot: QtBot) -> None:
    dialog = BulletinDialog(date(2027, 4, 5), date(2027, 6, 30), "")
    qtbot.addWidget(dialog)
    note = dialog.findChild(QLabel, "bulletinIssuerNote")
    assert note is not None and note.isVisibleTo(dialog)
    assert "No issuing unit" in note.text() or "发文单位" in note.text()
    dialog.issuer.setText("桐川县工业园区管委会")
    assert not note.isVisibleTo(dialog)
    dialog.issuer.setText("  ")
    assert note.isVisibleTo(dialog)
