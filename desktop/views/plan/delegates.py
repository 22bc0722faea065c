"""Cell editors of the plan table: choices, dates that may be empty, and the lead / partner unit choosers."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from enum import StrEnum

from PySide6.QtCore import QAbstractItemModel, QDate, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from desktop.models.plan.units import ZoneUnits
from desktop.models.text import Lang
from desktop.views.plan.date_field import DateField
from desktop.views.plan.department_pickers import LeadPicker, PartnersPicker
from desktop.views.plan.labels import choices

Index = QModelIndex | QPersistentModelIndex
_REPORTED = "zoneplannerReportedText"  # editor property: the invalid text already reported
_FINISHED = "zoneplannerFinished"  # editor property: committed and closed already


def _open_soon(combo: QComboBox) -> None:
    """Open the list as soon as the editor is shown: one double-click (or F2) is enough to choose.

    The editor is the timer's context, so a closed (deleted) editor cancels it; an editor that is not on screen
    (the view is hidden) has no list to open.
    """

    def open_list() -> None:
        if combo.isVisible():
            combo.showPopup()

    QTimer.singleShot(0, combo, open_list)


class _LanguageDelegate(QStyledItemDelegate):
    """What the plan's editors share: the language their labels are in, and committing when the choice is made."""

    def __init__(self, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = lang

    def set_language(self, lang: Lang) -> None:
        self._lang = lang

    def _finish(self, editor: QWidget) -> None:
        # Once per editor: Return in an editable picker both activates it and ends its typing.
        if editor.property(_FINISHED):
            return
        editor.setProperty(_FINISHED, True)
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)


class ChoiceDelegate(_LanguageDelegate):
    """A combo box of an enumeration's labels (in the current language); the model's edit value is the value."""

    def __init__(self, enum: type[StrEnum], lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(lang, parent)
        self._enum = enum

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QComboBox(parent)
        for value, label in choices(self._enum, self._lang):
            editor.addItem(label, value)
        editor.activated.connect(lambda _row: self._finish(editor))
        _open_soon(editor)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class DateDelegate(_LanguageDelegate):
    """A date that may be cleared; text that is not a date leaves the cell as it was and says so (``invalidDate``)."""

    invalidDate = Signal(int, int, str)  # row, column, the text that is not a date

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = DateField(self._lang, parent)
        editor.editingFinished.connect(lambda: self._edited(editor))
        return editor

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: Index) -> None:
        # The date column fits a date; the editor also holds a clear and a calendar button, so it may grow rightwards.
        rect = option.rect
        rect.setWidth(max(rect.width(), editor.sizeHint().width()))
        editor.setGeometry(rect)

    def _edited(self, editor: DateField) -> None:
        # The date field is a line edit inside a frame: the frame never loses focus itself, so commit when the line
        # edit finishes, and close only once focus has really left (not for the field's own calendar pop-up).
        if not editor.isVisible():
            return  # the view is closing this editor (its hiding moves the focus out): it has committed already
        self.commitData.emit(editor)
        focus = QApplication.focusWidget()
        if QApplication.activePopupWidget() is None and (focus is None or not editor.isAncestorOf(focus)):
            self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, DateField)
        value = index.data(Qt.ItemDataRole.EditRole)
        valid = isinstance(value, QDate) and value.isValid()
        editor.set_date(date(value.year(), value.month(), value.day()) if valid else None)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, DateField)
        if editor.is_valid():
            model.setData(index, editor.date(), Qt.ItemDataRole.EditRole)
            return
        # Not a date (e.g. 2026-13-45): the cell keeps its date, and the user must hear why their input went away.
        # Said once per text: the view may commit the same editor more than once while closing it.
        text = editor.text().strip()
        if editor.property(_REPORTED) != text:
            editor.setProperty(_REPORTED, text)
            self.invalidDate.emit(index.row(), index.column(), text)


class LeadDelegate(_LanguageDelegate):
    """The lead unit: one of the zone's units, or a name typed (then ``newUnit`` asks to add it to the zone's)."""

    newUnit = Signal(str)

    def __init__(self, units: Callable[[], ZoneUnits], lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(lang, parent)
        self._units = units

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = LeadPicker(self._units(), self._lang, parent)
        editor.activated.connect(lambda _row: self._finish(editor))
        editor.line_edit().returnPressed.connect(lambda: self._finish(editor))
        _open_soon(editor)
        return editor

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: Index) -> None:
        # The lead column may be narrow (small screens): the picker, where names are typed, takes the room it needs.
        rect = option.rect
        rect.setWidth(max(rect.width(), editor.fontMetrics().horizontalAdvance("M") * 16))
        editor.setGeometry(rect)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, LeadPicker)
        editor.set_department_id(str(index.data(Qt.ItemDataRole.EditRole) or ""))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, LeadPicker)
        ref = editor.department_id()
        if not ref:
            return  # the lead cannot be empty: a cleared box keeps the lead it had
        new = editor.new_unit()
        if new is not None:
            self.newUnit.emit(new)
        model.setData(index, ref, Qt.ItemDataRole.EditRole)


class PartnersDelegate(_LanguageDelegate):
    newUnit = Signal(str)

    def __init__(self, units: Callable[[], ZoneUnits], lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(lang, parent)
        self._units = units

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = PartnersPicker(self._units(), self._lang, parent)
        editor.newUnit.connect(self.newUnit)
        # Closing the list of check boxes is the user saying "done".
        editor.popupClosed.connect(lambda: self._finish(editor))
        _open_soon(editor)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, PartnersPicker)
        editor.set_department_ids(index.data(Qt.ItemDataRole.EditRole) or [])

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, PartnersPicker)
        model.setData(index, editor.department_ids(), Qt.ItemDataRole.EditRole)
