"""Choosers of implementing units from the catalogue, grouped by committee / government / partner."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import cast

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QMouseEvent, QPaintEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox, QStylePainter, QWidget

from desktop.models.knowledge.types import Department
from desktop.models.text import Lang
from desktop.views.plan.labels import group_label, grouped_departments, list_separator

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _header(text: str) -> QStandardItem:
    """A group title inside the list: bold, cannot be chosen."""
    item = QStandardItem(text)
    item.setFlags(Qt.ItemFlag.NoItemFlags)
    font = QFont()
    font.setBold(True)
    item.setFont(font)
    return item


def _catalogue_model(
    departments: Mapping[str, Department], lang: Lang, *, checkable: bool, parent: QObject
) -> QStandardItemModel:
    model = QStandardItemModel(parent)
    for group, members in grouped_departments(departments):
        model.appendRow(_header(group_label(group, lang)))
        for department in members:
            # Names sit indented under their group title; a check box gives the indent by itself.
            item = QStandardItem(department.name.get(lang) if checkable else "    " + department.name.get(lang))
            item.setData(department.id, ID_ROLE)
            item.setToolTip(department.duties.get(lang))
            flags = Qt.ItemFlag.ItemIsEnabled
            if checkable:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
                item.setCheckState(Qt.CheckState.Unchecked)
            else:
                flags |= Qt.ItemFlag.ItemIsSelectable
            item.setFlags(flags)
            model.appendRow(item)
    return model


def _fit_list_width(combo: QComboBox, extra: int) -> None:
    """Make the drop-down list wide enough for whole unit names (the cell it opens from is narrower)."""
    metrics = combo.view().fontMetrics()
    widest = max((metrics.horizontalAdvance(combo.itemText(row)) for row in range(combo.count())), default=0)
    combo.view().setMinimumWidth(widest + extra + metrics.horizontalAdvance("MMMM"))


class LeadPicker(QComboBox):
    """The one lead unit (every action has one: the plan refuses an empty lead)."""

    def __init__(self, departments: Mapping[str, Department], lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(_catalogue_model(departments, lang, checkable=False, parent=self))
        self.setMaxVisibleItems(20)
        _fit_list_width(self, extra=0)

    def department_id(self) -> str:
        return str(self.currentData(ID_ROLE) or "")

    def set_department_id(self, department_id: str) -> None:
        row = self.findData(department_id, ID_ROLE)
        if row < 0:
            # A unit missing from the catalogue stays visible and selected rather than silently replaced.
            self.addItem(department_id)
            row = self.count() - 1
            self.setItemData(row, department_id, ID_ROLE)
        self.setCurrentIndex(row)


class PartnersPicker(QComboBox):
    """Several partner units: a drop-down list of check boxes that stays open while the user ticks."""

    popupClosed = Signal()

    def __init__(self, departments: Mapping[str, Department], lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._departments = departments
        self._lang = lang
        self._model = _catalogue_model(departments, lang, checkable=True, parent=self)
        self._extra: list[str] = []  # chosen IDs the catalogue does not know, kept as they are
        self._pressed = QModelIndex()
        self._popup_open = False
        self.setModel(self._model)
        self.setMaxVisibleItems(20)
        _fit_list_width(self, extra=self.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth))
        self.view().viewport().installEventFilter(self)
        self.view().installEventFilter(self)

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
        names = [self._departments[i].name.get(self._lang) if i in self._departments else i for i in chosen]
        return list_separator(self._lang).join(names)

    def toggle_row(self, row: int) -> None:
        item = self._model.item(row)
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
