"""本区机构: the zone's own units (format v2 ``units``) — which catalogue units it has and what it calls them, and its
own units (an 汽车产业链办, a 开发投资公司), each internal, higher-level or an outside partner.

The table is built from the catalogue the first time it is needed (the page is shown, or a unit is added from the
plan), never at start-up. Until the user changes something here the form writes back the list exactly as loaded
(absent = the catalogue's default set), so opening the page never makes a profile "changed".
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
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
from desktop.models.knowledge.types import Department
from desktop.models.profile import Profile, Unit
from desktop.models.vocabulary.plan import UNIT_GROUPS, unit_group_label
from desktop.views.editor.common import ErrorTarget, hint_label
from desktop.views.editor.feedback import FieldError
from desktop.views.i18n import Language

PRESENT, NAME, GROUP, CATALOGUE = range(4)
REF_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(eq=False)  # rows are found by identity: two units may read alike while being edited
class _Row:
    role: str | None  # catalogue ID; None for a unit of the zone's own
    name: str
    group: str
    present: bool = True


def _catalogue() -> Mapping[str, Department]:
    from desktop.models.knowledge.loader import default_knowledge_base  # read when the page is first needed

    return default_knowledge_base().departments


class UnitsPage(QWidget):
    """``load_data`` / ``write_data`` like the other pages; ``add_own_unit(name)`` for a unit typed in the plan."""

    edited = Signal()
    unitRenamed = Signal(str, str)  # a unit of the zone's own, old name → new: the plan's actions follow it

    def __init__(
        self,
        language: Language,
        profile: Callable[[], Profile | None] = lambda: None,
        parent: QWidget | None = None,
        catalogue: Callable[[], Mapping[str, Department]] = _catalogue,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("unitsPage")
        self._language = language
        self._profile = profile  # the form's profile: a zone that lists no units gets its kind's default set
        self._catalogue = catalogue
        self._loaded: object = None  # the ``units`` as loaded: written back until the user changes the list
        self._rows: list[_Row] = []
        self._built = False
        self._broken = False  # the catalogue could not be read: the list stays as loaded
        self._changed = False
        self._filling = False

        self.hint = hint_label(self)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("unitsTable")
        self.table.verticalHeader().setVisible(False)
        # Compact rows: the whole catalogue is some thirty units, and most of them should fit at 1024×700.
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(PRESENT, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(GROUP, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CATALOGUE, QHeaderView.ResizeMode.Stretch)
        self.error = FieldError(self)
        self.unavailable = FieldError(self)  # the catalogue cannot be read (the form's own problems go in ``error``)
        self.unavailable.setObjectName("unitsUnavailable")
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("addUnitButton")
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName("removeUnitButton")
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.hint)
        layout.addWidget(self.unavailable)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(lambda: self.add_own_unit(self.tr("New unit"), edit=True))
        self.remove_button.clicked.connect(self.remove_current)
        self.table.itemChanged.connect(self._item_changed)
        self.table.itemSelectionChanged.connect(self._enable)
        self.retranslate()

    # --- the page protocol of the form ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.hint.setText(
            self.tr(
                "The units a plan action can name as lead or partner. Untick a unit the zone does not have, change "
                "a name to the one the zone uses, and add the zone's own units, such as an industrial-chain office "
                "or the development and investment company. The administrative committee assigns work to the "
                "zone's internal units and seeks the support of higher-level departments. Plan actions offer only "
                "the units listed here."
            )
        )
        self.table.setHorizontalHeaderLabels(
            [self.tr("In the zone"), self.tr("Name used in the zone"), self.tr("Type"), self.tr("Standard unit")]
        )
        self.add_button.setText(self.tr("Add the zone's own unit"))
        self.remove_button.setText(self.tr("Remove unit"))
        self.remove_button.setToolTip(
            self.tr(
                "Remove the selected unit the zone added itself; a standard unit cannot be removed, untick it instead"
            )
        )
        if self._built:
            self._fill()

    def load_data(self, data: Mapping[str, object]) -> None:
        self._loaded = data.get("units")
        self._changed = False
        self._built = False
        self._rows = []
        if self.isVisible():
            self._build()
        else:
            self._filling = True
            self.table.setRowCount(0)
            self._filling = False

    def write_data(self, data: dict[str, object]) -> None:
        if not self._changed:
            if self._loaded is not None:
                data["units"] = copy.deepcopy(self._loaded)
            return
        units: list[dict[str, object]] = []
        for row in self._rows:
            if row.role is not None and not row.present:
                continue
            unit: dict[str, object] = {"role": row.role, "name": row.name}
            if row.role is None:
                unit["group"] = row.group
            units.append(unit)
        data["units"] = units

    def error_targets(self) -> dict[str, ErrorTarget]:
        return {"units": ErrorTarget((self.table,), self.error, self)}

    # --- what the plan and the user do --------------------------------------------------------------------------
    def add_own_unit(self, name: str, group: str | None = None, *, edit: bool = False) -> None:
        """Add a unit of the zone's own, by default one of the zone's internal units (nothing when the zone has a
        unit of that name already); a catalogue unit of that name the zone had left out is ticked again instead."""
        from desktop.models.plan.units import INTERNAL  # with the catalogue, when the tab is first used

        group = group or INTERNAL
        self._build()
        if not self._built:
            return  # no catalogue: the name stays in the plan, where the user typed it
        name = " ".join(name.split())
        departments = self._catalogue()
        for index, listed in enumerate(self._rows):
            department = departments.get(listed.role) if listed.role else None
            known = {listed.name} | ({department.name.zh, department.name.en} if department else set())
            if not edit and listed.role is not None and name in known:
                if not listed.present:
                    listed.present = True
                    self._fill()
                    self._user_changed()
                self.table.setCurrentCell(index, NAME)
                return
        if not name or (not edit and any(r.name == name and (r.present or r.role is None) for r in self._rows)):
            return
        added = _Row(None, name, group)
        self._rows = _grouped([*self._rows, added])  # at the end of its group
        self._fill()
        self._user_changed()
        row = self._rows.index(added)
        self.table.setCurrentCell(row, NAME)
        item = self.table.item(row, NAME)
        if edit and item is not None:
            self.table.editItem(item)

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self._rows) and self._rows[row].role is None:
            del self._rows[row]
            self._fill()
            self._user_changed()

    def showEvent(self, event: QShowEvent) -> None:
        self._build()
        super().showEvent(event)

    # --- building ---------------------------------------------------------------------------------------------------
    def _build(self) -> None:
        if self._built or self._broken:
            return
        try:
            self._build_rows()
        except ZonePlannerError as error:
            # The catalogue (or the action rules naming who a kind of zone lacks) cannot be read: say so, and keep the
            # zone's list exactly as loaded — nothing here may be edited from a half-read catalogue.
            self._broken = True
            self._rows = []
            self.unavailable.show_message(
                self.tr(
                    "The list of standard units cannot be read, so the zone's units cannot be edited for now: {reason}"
                ).format(reason=self._language.text(error.message))
            )
            self.add_button.setEnabled(False)
            return
        self._built = True
        self._fill()

    def _build_rows(self) -> None:
        from desktop.models.plan.units import INTERNAL, ZoneUnits  # not needed for the first paint

        departments = self._catalogue()
        listed = _units(self._loaded)
        # A zone that lists no units has its kind's default set (a county park has no science bureau).
        units = ZoneUnits.of(self._safe_profile(), departments) if listed is None else ZoneUnits(departments, listed)
        by_role = {u.role: u for u in listed or () if u.role}
        rows = [
            _Row(ref, by_role[ref].name if ref in by_role else d.name.zh, d.group, not units.lacks(ref))
            for ref, d in departments.items()
        ]
        # A role the catalogue does not know stays (the rules name it); the zone's own units follow the catalogue's.
        rows += [_Row(u.role, u.name, INTERNAL) for u in listed or () if u.role and u.role not in departments]
        rows += [_Row(None, u.name, u.group or INTERNAL) for u in listed or () if not u.role]
        self._rows = _grouped(rows)

    def _safe_profile(self) -> Profile | None:
        try:
            return self._profile()
        except Exception:  # a form that does not parse has no kind of zone: the whole catalogue is offered
            return None

    def _fill(self) -> None:
        self._filling = True
        try:
            departments = self._catalogue()
            lang = self._language
            self.table.setRowCount(len(self._rows))
            for index, row in enumerate(self._rows):
                present = QTableWidgetItem()
                if row.role is not None:
                    present.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                    present.setCheckState(Qt.CheckState.Checked if row.present else Qt.CheckState.Unchecked)
                else:
                    present.setFlags(Qt.ItemFlag.ItemIsEnabled)
                    present.setText("✓")
                    present.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(index, PRESENT, present)
                department = departments.get(row.role) if row.role else None
                # A catalogue unit the zone did not rename reads in the interface's language; a renamed one (and
                # a unit of its own) by the zone's name.
                kept = department is not None and row.name.strip() == department.name.zh
                name = QTableWidgetItem(lang.text(department.name) if kept and department else row.name)
                name.setData(REF_ROLE, row.role or "")
                name.setToolTip(name.text())  # the whole name where the column is narrow
                self.table.setItem(index, NAME, name)
                if row.role is None:
                    self.table.setCellWidget(index, GROUP, self._group_combo(index, row.group))
                else:
                    self.table.removeCellWidget(index, GROUP)
                    group = QTableWidgetItem(lang.text(unit_group_label(row.group)))
                    group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                    self.table.setItem(index, GROUP, group)
                catalogue = QTableWidgetItem(
                    lang.text(department.name) if department else (row.role or self.tr("Added by the zone"))
                )
                catalogue.setFlags(Qt.ItemFlag.ItemIsEnabled)
                if department is not None:
                    catalogue.setToolTip(lang.text(department.duties))
                self.table.setItem(index, CATALOGUE, catalogue)
                self._grey(index)
        finally:
            self._filling = False
        self._enable()

    def _group_combo(self, index: int, group: str) -> QComboBox:
        combo = QComboBox(self.table)
        for value in UNIT_GROUPS:
            combo.addItem(self._language.text(unit_group_label(value)), value)
        combo.setCurrentIndex(max(combo.findData(group), 0))
        combo.currentIndexChanged.connect(lambda _i, c=combo, r=index: self._group_changed(r, str(c.currentData())))
        return combo

    def _grey(self, index: int) -> None:
        """A unit the zone does not have reads greyed out (its name stays, should it be ticked again)."""
        row = self._rows[index]
        colour = self.palette().color(
            self.palette().ColorRole.PlaceholderText if not row.present else self.palette().ColorRole.Text
        )
        for column in (NAME, GROUP, CATALOGUE):
            item = self.table.item(index, column)
            if item is not None:
                item.setForeground(colour)

    # --- reacting ---------------------------------------------------------------------------------------------------
    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or not 0 <= item.row() < len(self._rows):
            return
        row = self._rows[item.row()]
        if item.column() == PRESENT and row.role is not None:
            row.present = item.checkState() == Qt.CheckState.Checked
            self._filling = True
            self._grey(item.row())
            self._filling = False
        elif item.column() == NAME:
            department = self._catalogue().get(row.role) if row.role else None
            typed = item.text().strip()
            if row.role is None and row.name.strip() and typed and typed != row.name.strip():
                self.unitRenamed.emit(row.name.strip(), typed)
            # Its catalogue name in either language is the catalogue's unit, not a new name.
            row.name = department.name.zh if department and typed in (department.name.zh, department.name.en) else typed
        else:
            return
        self._user_changed()

    def _group_changed(self, index: int, group: str) -> None:
        if not self._filling and 0 <= index < len(self._rows):
            moved = self._rows[index]
            moved.group = group
            self._user_changed()
            # It moves to the end of its new group once the combo box that spoke has finished (refilling the table
            # replaces that combo box).
            QTimer.singleShot(0, self, lambda: self._regroup(moved))

    def _regroup(self, moved: _Row) -> None:
        self._rows = _grouped([*(r for r in self._rows if r is not moved), moved])
        self._fill()
        if moved in self._rows:
            self.table.setCurrentCell(self._rows.index(moved), NAME)

    def _user_changed(self) -> None:
        self._changed = True
        self.edited.emit()

    def _enable(self) -> None:
        row = self.table.currentRow()
        self.remove_button.setEnabled(0 <= row < len(self._rows) and self._rows[row].role is None)


def _grouped(rows: list[_Row]) -> list[_Row]:
    """Internal units, then higher-level departments, then partners; the order within a group is kept."""
    order = {group: n for n, group in enumerate(UNIT_GROUPS)}
    return sorted(rows, key=lambda r: order.get(r.group, len(order)))


def _units(value: object) -> list[Unit] | None:
    """The loaded list as units, leniently (a draft may hold anything: the form's rules report what is wrong)."""
    if not isinstance(value, list):
        return None
    units: list[Unit] = []
    for item in value:
        if isinstance(item, Mapping) and isinstance(item.get("name"), str):
            role = item.get("role")
            group = item.get("group")
            units.append(
                Unit(
                    str(item["name"]),
                    role if isinstance(role, str) else None,
                    group if isinstance(group, str) and group in UNIT_GROUPS else None,
                )
            )
    return units
