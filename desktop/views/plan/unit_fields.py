"""The "1+N" of one action as two fields (lead, partners) over the zone's units: for the detail panel and the
add-action dialog. The pickers are rebuilt when the zone's units or the language change."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QWidget

from desktop.models.plan.units import ZoneUnits
from desktop.models.text import Lang
from desktop.views.plan.department_pickers import LeadPicker, PartnersPicker


class LeadField(QWidget):
    """The lead picker; ``chosen(ref)`` when the user picks a unit or finishes typing one."""

    chosen = Signal(str)
    newUnit = Signal(str)

    def __init__(self, units: ZoneUnits, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._units, self._lang = units, lang
        self.picker = self._make()
        self._value = ""

    def _make(self) -> LeadPicker:
        picker = LeadPicker(self._units, self._lang, self)
        picker.activated.connect(lambda _row: self._picked())
        picker.line_edit().editingFinished.connect(self._picked)
        self._layout.addWidget(picker)
        return picker

    def rebuild(self, units: ZoneUnits, lang: Lang) -> None:
        self._units, self._lang = units, lang
        self.picker.blockSignals(True)
        self.picker.reset(units, lang)
        self.picker.blockSignals(False)  # what is chosen (maybe not yet told) stays chosen

    def value(self) -> str:
        return self.picker.department_id()

    def set_value(self, ref: str) -> None:
        self._value = ref
        self.picker.blockSignals(True)
        self.picker.set_department_id(ref)
        self.picker.blockSignals(False)

    def _picked(self) -> None:
        picker = self.picker
        ref = picker.department_id()
        if not ref or ref == self._value:
            return
        new = picker.new_unit()
        self._value = ref
        if new is not None:
            self.newUnit.emit(new)
        self.chosen.emit(ref)


class PartnersField(QWidget):
    """The partners' check list; ``chosen(refs)`` when the list closes with another choice."""

    chosen = Signal(list)
    newUnit = Signal(str)

    def __init__(self, units: ZoneUnits, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._units, self._lang = units, lang
        self._value: list[str] = []
        self.picker = self._make()

    def _make(self) -> PartnersPicker:
        picker = PartnersPicker(self._units, self._lang, self)
        picker.newUnit.connect(self.newUnit)
        picker.popupClosed.connect(self._picked)
        self._layout.addWidget(picker)
        return picker

    def rebuild(self, units: ZoneUnits, lang: Lang) -> None:
        self._units, self._lang = units, lang
        self.picker.blockSignals(True)
        self.picker.reset(units, lang)
        self.picker.blockSignals(False)  # what is chosen (maybe not yet told) stays chosen

    def value(self) -> list[str]:
        return self.picker.department_ids()

    def set_value(self, refs: Sequence[str]) -> None:
        self._value = list(refs)
        self.picker.set_department_ids(refs)

    def _picked(self) -> None:
        refs = self.picker.department_ids()
        if refs != self._value:
            self._value = refs
            self.chosen.emit(refs)
