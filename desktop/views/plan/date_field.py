"""A date that may be empty: typed as YYYY-MM-DD or picked from a calendar; clearing the text clears the date."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QDate, QLocale, QSize, Qt, Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QCalendarWidget, QHBoxLayout, QLineEdit, QMenu, QToolButton, QWidget, QWidgetAction

from desktop.models.text import Lang

# The calendar names months and days in the page's language, whatever the system's locale.
_LOCALES = {
    "zh": QLocale(QLocale.Language.Chinese, QLocale.Country.China),
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
}

# Accept the usual ways of writing a date: 2025-03-01, 2025/3/1, 2025.3.1, 20250301.
_DATE = re.compile(r"^\s*(\d{4})[-/.]?(\d{1,2})[-/.]?(\d{1,2})\s*$")
_PARTIAL = re.compile(r"^\s*\d{0,4}([-/.]\d{0,2}([-/.]\d{0,2})?|\d{0,4})?\s*$")


def parse_date(text: str) -> dt.date | None:
    """The date written in ``text``; None for empty text. Raises ValueError for anything else."""
    if not text.strip():
        return None
    match = _DATE.match(text)
    if not match:
        raise ValueError(text)
    year, month, day = (int(part) for part in match.groups())
    return dt.date(year, month, day)


class _DateValidator(QValidator):
    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        try:
            parse_date(text)
        except ValueError:
            state = QValidator.State.Intermediate if _PARTIAL.match(text) else QValidator.State.Invalid
            return state, text, pos
        return QValidator.State.Acceptable, text, pos


class DateField(QWidget):
    """Line edit plus calendar button; ``date()`` is None when empty."""

    editingFinished = Signal()

    def __init__(self, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAutoFillBackground(True)  # as a table cell editor, hide the cell text underneath
        self._edit = QLineEdit(self)
        self._edit.setValidator(_DateValidator(self._edit))
        self._edit.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self._edit.setClearButtonEnabled(True)
        self._edit.setFrame(False)
        self._edit.editingFinished.connect(self.editingFinished)

        self._calendar = QCalendarWidget()
        self._calendar.setLocale(_LOCALES[lang])
        self._calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self._calendar.setGridVisible(True)
        self._calendar.clicked.connect(self._pick)
        self._calendar.activated.connect(self._pick)
        menu = QMenu(self)
        picker = QWidgetAction(menu)
        picker.setDefaultWidget(self._calendar)
        menu.addAction(picker)
        menu.aboutToShow.connect(self._sync_calendar)
        self._menu = menu

        button = QToolButton(self)
        button.setText("▾")
        button.setToolTip(self.tr("Pick a date from the calendar"))
        button.setAccessibleName(self.tr("Calendar"))
        button.setMenu(menu)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        button.setStyleSheet("QToolButton::menu-indicator { image: none; }")
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._edit, 1)
        layout.addWidget(button)
        self.setFocusProxy(self._edit)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        metrics = self._edit.fontMetrics()
        # A whole date, the line edit's clear button and the calendar button side by side.
        wanted = metrics.horizontalAdvance("2025-12-31") + metrics.height() * 3 + 12
        return QSize(max(hint.width(), wanted), hint.height())

    def date(self) -> dt.date | None:
        """The date shown; raises ValueError if the text is not a date."""
        return parse_date(self._edit.text())

    def set_date(self, value: dt.date | None) -> None:
        self._edit.setText(value.isoformat() if value else "")

    def text(self) -> str:
        return self._edit.text()

    def set_text(self, text: str) -> None:
        self._edit.setText(text)

    def is_valid(self) -> bool:
        try:
            self.date()
        except ValueError:
            return False
        return True

    def _sync_calendar(self) -> None:
        # An empty or half-typed field opens the calendar on today rather than on some far-away month.
        try:
            current = self.date()
        except ValueError:
            current = None
        shown = QDate(current.year, current.month, current.day) if current else QDate.currentDate()
        self._calendar.setSelectedDate(shown)

    def _pick(self, picked: QDate) -> None:
        self.set_date(dt.date(picked.year(), picked.month(), picked.day()))
        self._menu.close()
        self._edit.setFocus()
        self.editingFinished.emit()
