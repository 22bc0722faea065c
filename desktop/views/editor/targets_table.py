"""量化目标: the zone's own quantified goals as a small table (indicator, base year, base, target year, target, unit).

Cells are typed as text and passed on as the user typed them (numbers when they read as numbers), so the format's
rules name a wrong value with its field (``targets[1].target_year``) exactly as they would in a file.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.models.errors import ZonePlannerError
from desktop.models.profile_vocabulary import IndicatorEntry, load_profile_vocabulary
from desktop.views.editor.basic_page import format_figure, parse_figure
from desktop.views.editor.common import hint_label
from desktop.views.editor.plausibility_feedback import FieldWarning
from desktop.views.i18n import Language

# The typed columns after the indicator, each a key of a target object; the unit column follows, read-only.
TYPED = ("base_year", "base", "target_year", "target")
INDICATOR_COLUMN, UNIT_COLUMN = 0, 1 + len(TYPED)
_INDICATOR_WIDTH = 260
_ROW_LIMIT = 20  # one per indicator is all the format allows; a bound keeps the table from growing without end


class TargetsTable(QWidget):
    """``load(targets)`` / ``targets()``: the table as a list of target objects (maybe invalid, as typed)."""

    edited = Signal()

    def __init__(self, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._indicators: tuple[IndicatorEntry, ...] = _indicator_vocabulary()
        self._loading = False
        self.table = QTableWidget(0, UNIT_COLUMN + 1, self)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(INDICATOR_COLUMN, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(INDICATOR_COLUMN, _INDICATOR_WIDTH)
        for column in range(1, UNIT_COLUMN):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(UNIT_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumHeight(96)  # a header and two rows; the page must still fit a 600-pixel window
        self.hint = hint_label(self)
        self.warning = FieldWarning(self)  # values unusual for a zone: a caution under the table, never a refusal
        self.add_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.hint)
        layout.addWidget(self.table)
        layout.addWidget(self.warning)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_current)
        self.table.cellChanged.connect(self._changed)
        self.table.itemSelectionChanged.connect(self._enable)
        self.retranslate()
        self._enable()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Indicator"),
                self.tr("Base year"),
                self.tr("Base"),
                self.tr("Target year"),
                self.tr("Target"),
                self.tr("Unit"),
            ]
        )
        self.hint.setText(
            self.tr(
                "One row per indicator. Leave the base blank when it is not known: the plan then says "
                "“to be filled in” instead of guessing."
            )
        )
        self.add_button.setText(self.tr("Add target"))
        self.remove_button.setText(self.tr("Remove target"))
        for row in range(self.table.rowCount()):
            combo = self._combo(row)
            combo.setItemText(0, self.tr("— choose —"))
            for index, entry in enumerate(self._indicators, start=1):
                combo.setItemText(index, self._language.text(entry.label))
            self._show_unit(row)

    def show_warnings(self, messages: list[str]) -> None:
        self.warning.show_message("\n".join(messages))

    # --- value ---

    def load(self, targets: object) -> None:
        self._loading = True
        try:
            self.table.setRowCount(0)
            for target in targets if isinstance(targets, list) else []:
                self._append(target if isinstance(target, Mapping) else {})
        finally:
            self._loading = False
        self._enable()

    def targets(self) -> list[dict[str, object]]:
        rows: list[dict[str, object]] = []
        for row in range(self.table.rowCount()):
            target: dict[str, object] = {}
            code = self._combo(row).currentData()
            if isinstance(code, str):
                target["indicator"] = code
            for column, key in enumerate(TYPED, start=1):
                item = self.table.item(row, column)
                value = parse_figure(item.text()) if item is not None else None
                if value is not None:
                    target[key] = value
            rows.append(target)
        return rows

    # --- editing ---

    def add_row(self) -> None:
        if self.table.rowCount() >= _ROW_LIMIT:
            return
        self._append({})
        row = self.table.rowCount() - 1
        self.table.setCurrentCell(row, INDICATOR_COLUMN)
        self._combo(row).setFocus()
        self._changed()

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        self.table.removeRow(row)
        self._enable()
        self._changed()

    def _append(self, target: Mapping[str, object]) -> None:
        row = self.table.rowCount()
        self.table.blockSignals(True)
        self.table.insertRow(row)
        combo = QComboBox(self.table)
        combo.addItem(self.tr("— choose —"), None)
        for entry in self._indicators:
            combo.addItem(self._language.text(entry.label), entry.id)
        code = target.get("indicator")
        index = combo.findData(code) if isinstance(code, str) else -1
        if index < 0 and isinstance(code, str):
            combo.addItem(code, code)  # an indicator this version does not know: kept, so the form names it
            index = combo.count() - 1
        combo.setCurrentIndex(max(0, index))
        combo.currentIndexChanged.connect(self._indicator_chosen)
        self.table.setCellWidget(row, INDICATOR_COLUMN, combo)
        for column, key in enumerate(TYPED, start=1):
            self.table.setItem(row, column, QTableWidgetItem(format_figure(target.get(key))))
        unit = QTableWidgetItem()
        unit.setFlags(Qt.ItemFlag.ItemIsEnabled)  # shown, not typed: it follows the indicator
        self.table.setItem(row, UNIT_COLUMN, unit)
        self.table.blockSignals(False)
        self._show_unit(row)

    def _combo(self, row: int) -> QComboBox:
        widget = self.table.cellWidget(row, INDICATOR_COLUMN)
        assert isinstance(widget, QComboBox)
        return widget

    def _show_unit(self, row: int) -> None:
        code = self._combo(row).currentData()
        entry = next((e for e in self._indicators if e.id == code), None)
        item = self.table.item(row, UNIT_COLUMN)
        if item is not None:
            self.table.blockSignals(True)
            item.setText(self._language.text(entry.unit) if entry is not None else "")
            self.table.blockSignals(False)

    def _indicator_chosen(self) -> None:
        for row in range(self.table.rowCount()):
            self._show_unit(row)
        self._changed()

    def _enable(self) -> None:
        self.remove_button.setEnabled(self.table.currentRow() >= 0)
        self.add_button.setEnabled(self.table.rowCount() < _ROW_LIMIT)

    def _changed(self) -> None:
        self._enable()
        if not self._loading:
            self.edited.emit()


def _indicator_vocabulary() -> tuple[IndicatorEntry, ...]:
    """The indicators a target can use; none when the file cannot be read (``kb check`` names the problem)."""
    try:
        return tuple(load_profile_vocabulary().indicators.values())
    except ZonePlannerError:
        return ()
