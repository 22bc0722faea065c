"""Choosers of implementing units: the zone's own list, grouped internal / higher-level / partners; a new name typed
or added becomes one of the zone's units (the caller adds it to the profile)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import cast

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QMouseEvent, QPaintEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QInputDialog,
    QLineEdit,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QWidget,
)

from desktop.models.plan.units import ZoneUnits
from desktop.models.text import Lang
from desktop.views.plan.labels import group_label, list_separator

ID_ROLE = Qt.ItemDataRole.UserRole + 1
ADD_ROLE = Qt.ItemDataRole.UserRole + 2  # the row "Add a unit of the zone…" of the partners' list


def _header(text: str) -> QStandardItem:
    """A group title inside the list: bold, cannot be chosen."""
    item = QStandardItem(text)
    item.setFlags(Qt.ItemFlag.NoItemFlags)
    font = QFont()
    font.setBold(True)
    item.setFont(font)
    return item


def _units_model(units: ZoneUnits, lang: Lang, *, checkable: bool, parent: QObject) -> QStandardItemModel:
    """The zone's units under their group titles: its internal units, then the higher-level departments, then the
    outside partners. A unit the zone marked as not present is not offered."""
    model = QStandardItemModel(parent)
    for group, members in units.grouped():
        model.appendRow(_header(group_label(group, lang)))
        for unit in members:
            item = QStandardItem(unit.name.get(lang))
            item.setData(unit.ref, ID_ROLE)
            tip = unit.duties.get(lang)
            item.setToolTip(tip or QCoreApplication.translate("UnitPickers", "A unit of the zone's own"))
            flags = Qt.ItemFlag.ItemIsEnabled
            if checkable:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
                item.setCheckState(Qt.CheckState.Unchecked)
            else:
                flags |= Qt.ItemFlag.ItemIsSelectable
            item.setFlags(flags)
            model.appendRow(item)
    return model


def _modest_width(combo: QComboBox) -> None:
    """The closed box asks for room for a short name only: its long list must not squeeze a form's labels (the list
    that opens is as wide as the names, see ``_fit_list_width``)."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(10)


def _fit_list_width(combo: QComboBox, extra: int) -> None:
    """Make the drop-down list wide enough for whole unit names (the cell it opens from is narrower)."""
    metrics = combo.view().fontMetrics()
    widest = max((metrics.horizontalAdvance(combo.itemText(row)) for row in range(combo.count())), default=0)
    combo.view().setMinimumWidth(widest + extra + metrics.horizontalAdvance("MMMM"))


class LeadPicker(QComboBox):
    """The one lead unit (every action has one: the plan refuses an empty lead).

    The user picks one of the zone's units or types a name: one of the zone's units by any of its names is that unit;
    any other name is a new unit of the zone's own (``new_unit()`` tells the caller to add it to the zone's list).
    """

    def __init__(self, units: ZoneUnits, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("leadPicker")
        _modest_width(self)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = self.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setMaxVisibleItems(20)
        self.reset(units, lang)

    def reset(self, units: ZoneUnits, lang: Lang) -> None:
        """Offer ``units`` in ``lang`` (another zone, a unit added, another language); the choice is kept."""
        chosen = self.department_id() if self.count() else ""
        self._units, self._lang = units, lang
        self.setModel(_units_model(units, lang, checkable=False, parent=self))  # the combo deletes its old model
        self.line_edit().setPlaceholderText(self.tr("Choose or type a unit"))
        _fit_list_width(self, extra=0)
        if chosen:
            self.set_department_id(chosen)

    def line_edit(self) -> QLineEdit:
        line = self.lineEdit()
        assert line is not None  # the picker is editable
        return line

    def department_id(self) -> str:
        """The reference of the chosen unit: a catalogue ID, or the name of a unit of the zone's own."""
        typed = " ".join(self.currentText().split())
        if not typed:
            return ""
        row = self.currentIndex()
        if row >= 0 and self.itemText(row) == typed and self.itemData(row, ID_ROLE):
            return str(self.itemData(row, ID_ROLE))
        return self._units.find(typed) or typed

    def new_unit(self) -> str | None:
        """The name typed when it is none of the units the zone has (to be added to its list, or a catalogue unit
        it had left out to be taken back), else None."""
        ref = self.department_id()
        if not ref or self._units.offers(ref):
            return None
        return " ".join(self.currentText().split()) or ref

    def set_department_id(self, department_id: str) -> None:
        row = self.findData(department_id, ID_ROLE)
        if row < 0 and department_id:
            # A unit the list does not offer (no longer in the catalogue, or not present) stays visible and selected
            # rather than silently replaced.
            self.addItem(self._units.name(department_id, self._lang))
            row = self.count() - 1
            self.setItemData(row, department_id, ID_ROLE)
        self.setCurrentIndex(row)
        self.line_edit().setCursorPosition(0)  # a long name reads from its start in a narrow box


class PartnersPicker(QComboBox):
    """Several partner units: a drop-down list of check boxes that stays open while the user ticks. Its last row
    adds a unit by name (one the zone does not list yet becomes one of its own: see ``newUnit``)."""

    popupClosed = Signal()
    newUnit = Signal(str)  # a name the user added that none of the zone's units has

    def __init__(self, units: ZoneUnits, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("partnersPicker")
        _modest_width(self)
        self._units = units
        self._lang = lang
        self._model = QStandardItemModel(self)
        self._extra: list[str] = []  # chosen references the list does not offer, kept as they are
        self._pressed = QModelIndex()
        self._popup_open = False
        self._adding = False
        # Replaceable (tests): asks the name of a unit to add; "" when the user cancels.
        self.ask_name: Callable[[], str] = self._ask_name
        self.setMaxVisibleItems(20)
        self.reset(units, lang)
        self.view().viewport().installEventFilter(self)
        self.view().installEventFilter(self)

    def reset(self, units: ZoneUnits, lang: Lang) -> None:
        """Offer ``units`` in ``lang``; the units ticked stay ticked."""
        chosen = self.department_ids()
        self._units, self._lang = units, lang
        self._model = _units_model(units, lang, checkable=True, parent=self)
        adder = QStandardItem(self.tr("Add a unit…"))
        adder.setData(True, ADD_ROLE)
        adder.setToolTip(self.tr("Name a unit that is not in the list; it is added to the zone's units"))
        adder.setFlags(Qt.ItemFlag.ItemIsEnabled)
        font = QFont()
        font.setItalic(True)  # an action, not a unit
        adder.setFont(font)
        self._model.appendRow(adder)
        self.setModel(self._model)  # the combo deletes its old model
        _fit_list_width(self, extra=self.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth))
        self.set_department_ids(chosen)

    def department_ids(self) -> list[str]:
        ids = [
            str(item.data(ID_ROLE))
            for row in range(self._model.rowCount())
            if (item := self._model.item(row)).isCheckable() and item.checkState() == Qt.CheckState.Checked
        ]
        return [*ids, *self._extra]

    def set_department_ids(self, ids: Iterable[str]) -> None:
        wanted = list(ids)
        known = set()
        for row in range(self._model.rowCount()):
            item = self._model.item(row)
            if item.isCheckable():
                department_id = str(item.data(ID_ROLE))
                known.add(department_id)
                item.setCheckState(Qt.CheckState.Checked if department_id in wanted else Qt.CheckState.Unchecked)
        self._extra = [i for i in wanted if i not in known]
        self.update()

    def summary(self) -> str:
        chosen = self.department_ids()
        if not chosen:
            return self.tr("(none)")
        return list_separator(self._lang).join(self._units.name(ref, self._lang) for ref in chosen)

    def add_unit(self, name: str) -> str | None:
        """Choose the unit called ``name``: one of the zone's units when it has that name, else a new unit of the
        zone's own (announced by ``newUnit``). Returns its reference (None for a blank name)."""
        name = " ".join(name.split())
        if not name:
            return None
        ref = self._units.find(name) or name
        if not self._units.offers(ref):
            self.newUnit.emit(name)  # new to the zone, or a catalogue unit it had left out
        chosen = self.department_ids()
        self.set_department_ids(chosen if ref in chosen else [*chosen, ref])
        return ref

    def _ask_name(self) -> str:
        name, ok = QInputDialog.getText(
            self, self.tr("Add a unit"), self.tr("Name of the unit (it is added to the zone's units):")
        )
        return name if ok else ""

    def toggle_row(self, row: int) -> None:
        item = self._model.item(row)
        if item is not None and item.data(ADD_ROLE):
            # The list closes for the question; "done" is said once the unit is chosen, so it is committed too.
            self._adding = True
            try:
                self.hidePopup()
                self.add_unit(self.ask_name())
            finally:
                self._adding = False
            self.popupClosed.emit()
            return
        if item is None or not item.isCheckable():
            return
        checked = item.checkState() == Qt.CheckState.Checked
        item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)
        self.update()

    def showPopup(self) -> None:
        self._popup_open = True
        super().showPopup()

    def hidePopup(self) -> None:
        super().hidePopup()
        # Once per opening: closing the editor hides the box, and Qt calls hidePopup again from there.
        if self._popup_open:
            self._popup_open = False
            if not self._adding:
                self.popupClosed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        viewport = self.view().viewport()
        if watched is viewport and isinstance(event, QMouseEvent):
            index = self.view().indexAt(event.position().toPoint())
            if event.type() == QEvent.Type.MouseButtonPress:
                self._pressed = QModelIndex(index)
                return True
            if event.type() == QEvent.Type.MouseButtonRelease:
                # Toggle only on a full click on the same row, so the release of the click that opened the
                # list (it lands on whatever row appears under the pointer) does not tick anything.
                if index.isValid() and index == self._pressed:
                    self.toggle_row(index.row())
                self._pressed = QModelIndex()
                return True
            if event.type() == QEvent.Type.MouseButtonDblClick:
                return True
        is_key = isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress
        if watched is self.view() and is_key and cast(QKeyEvent, event).key() == Qt.Key.Key_Space:
            self.toggle_row(self.view().currentIndex().row())
            return True
        return super().eventFilter(watched, event)

    def paintEvent(self, event: QPaintEvent) -> None:
        # The closed box shows the chosen units, not the "current item" a plain combo box would show.
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        option.currentText = self.fontMetrics().elidedText(
            self.summary(), Qt.TextElideMode.ElideRight, self.width() - 30
        )
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)
