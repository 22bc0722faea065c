"""发展阶段与现状: the cluster's life-cycle stage, its leading industries and the diagnostic conditions."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.models.vocabulary import Condition, Industry, Stage, label
from desktop.views.editor import texts
from desktop.views.editor.common import ErrorTarget, as_mapping, hint_label, scrolling
from desktop.views.editor.feedback import FieldError
from desktop.views.i18n import Language

STAGE_COLUMNS = 2
INDUSTRY_COLUMNS = 3
CONDITION_COLUMNS = 2
_HINT_INDENT = 24  # hints line up with the text of their radio button or check box, not with the indicator


def _grid() -> QGridLayout:
    grid = QGridLayout()
    grid.setHorizontalSpacing(20)
    grid.setVerticalSpacing(4)
    return grid


def _stacked(parent: QWidget, *widgets: QWidget) -> QWidget:
    """Widgets one under the other, as one cell of a grid (a choice with its hint)."""
    cell = QWidget(parent)
    layout = QVBoxLayout(cell)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    for widget in widgets:
        layout.addWidget(widget)
    layout.addStretch(1)
    return cell


class SituationPage(QWidget):
    """Where the cluster stands: one stage, one or more industries, and the conditions that apply."""

    edited = Signal()

    def __init__(self, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._help = texts.profile_help()
        content = QWidget(self)

        self._stage_box = QGroupBox(content)
        stage_layout = QVBoxLayout(self._stage_box)
        self._stage_intro = hint_label(content)
        stage_layout.addWidget(self._stage_intro)
        stage_grid = _grid()
        self.stage_group = QButtonGroup(self)
        self.stage_buttons: dict[Stage, QRadioButton] = {}
        self._stage_hints = {}
        for index, stage in enumerate(Stage):
            button = QRadioButton(content)
            hint = hint_label(content)
            hint.setContentsMargins(_HINT_INDENT, 0, 0, 6)
            stage_grid.addWidget(_stacked(content, button, hint), index // STAGE_COLUMNS, index % STAGE_COLUMNS)
            self.stage_group.addButton(button)
            self.stage_buttons[stage] = button
            self._stage_hints[stage] = hint
        self._stage_error = FieldError(content)
        stage_layout.addLayout(stage_grid)
        stage_layout.addWidget(self._stage_error)

        self._industry_box = QGroupBox(content)
        industry_layout = QVBoxLayout(self._industry_box)
        grid = _grid()
        self.industry_boxes: dict[Industry, QCheckBox] = {}
        self._industry_order: list[Industry] = []  # the profile keeps the user's order (the first may matter most)
        for index, industry in enumerate(Industry):
            box = QCheckBox(content)
            grid.addWidget(box, index // INDUSTRY_COLUMNS, index % INDUSTRY_COLUMNS)
            self.industry_boxes[industry] = box
            box.toggled.connect(lambda checked, which=industry: self._industry_toggled(which, checked))
        self._industry_error = FieldError(content)
        industry_layout.addLayout(grid)
        industry_layout.addWidget(self._industry_error)

        self._condition_box = QGroupBox(content)
        condition_layout = QVBoxLayout(self._condition_box)
        self._condition_intro = hint_label(content)
        condition_layout.addWidget(self._condition_intro)
        condition_grid = _grid()
        self.condition_boxes: dict[Condition, QCheckBox] = {}
        self._condition_hints = {}
        self._condition_errors: dict[Condition, FieldError] = {}
        for index, condition in enumerate(Condition):
            box = QCheckBox(content)
            hint = hint_label(content)
            hint.setContentsMargins(_HINT_INDENT, 0, 0, 6)
            error = FieldError(content)
            cell = _stacked(content, box, hint, error)
            condition_grid.addWidget(cell, index // CONDITION_COLUMNS, index % CONDITION_COLUMNS)
            self.condition_boxes[condition] = box
            self._condition_hints[condition] = hint
            self._condition_errors[condition] = error
        condition_layout.addLayout(condition_grid)

        # One section under the other, in the order an official thinks: stage, industries, then the situation.
        column = QVBoxLayout(content)
        column.setContentsMargins(16, 12, 16, 12)
        column.setSpacing(12)
        column.addWidget(self._stage_box)
        column.addWidget(self._industry_box)
        column.addWidget(self._condition_box)
        column.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(content, self))

        self.stage_group.buttonToggled.connect(self._stage_toggled)
        for box in self.condition_boxes.values():
            box.toggled.connect(self.edited)
        self.retranslate()

    def retranslate(self) -> None:
        text = self._language.text
        self._stage_box.setTitle(self.tr("Stage of the cluster *"))
        self._stage_intro.setText(text(self._help.stage_intro.shown()))
        for stage, button in self.stage_buttons.items():
            button.setText(text(label(stage)))
            self._stage_hints[stage].setText(text(self._help.stage(stage)))
        self._industry_box.setTitle(self.tr("Leading industries * (one or more)"))
        for industry, box in self.industry_boxes.items():
            box.setText(text(label(industry)))
        self._condition_box.setTitle(self.tr("Current situation"))
        self._condition_intro.setText(self.tr("Tick what is true of the zone today; leave the rest unticked."))
        for condition, box in self.condition_boxes.items():
            box.setText(text(label(condition)))
            self._condition_hints[condition].setText(text(self._help.condition(condition)))

    def selected_stage(self) -> Stage | None:
        return next((stage for stage, button in self.stage_buttons.items() if button.isChecked()), None)

    def load_data(self, data: Mapping[str, object]) -> None:
        stage = data.get("stage")
        # An exclusive group cannot be emptied by unchecking, so clear it by lifting exclusivity for a moment.
        self.stage_group.setExclusive(False)
        for member, button in self.stage_buttons.items():
            button.setChecked(member.value == stage)
        self.stage_group.setExclusive(True)
        industries = data.get("industries")
        listed = industries if isinstance(industries, list) else []
        chosen = [item for item in listed if isinstance(item, str) and item in Industry._value2member_map_]
        for industry, box in self.industry_boxes.items():
            box.setChecked(industry.value in chosen)
        self._industry_order = list(dict.fromkeys(Industry(item) for item in chosen))
        conditions = as_mapping(data.get("conditions"))
        for condition, box in self.condition_boxes.items():
            box.setChecked(conditions.get(condition.value) is True)

    def write_data(self, data: dict[str, object]) -> None:
        stage = self.selected_stage()
        if stage is not None:
            data["stage"] = stage.value
        data["industries"] = [industry.value for industry in self._industry_order]
        data["conditions"] = {condition.value: box.isChecked() for condition, box in self.condition_boxes.items()}

    def error_targets(self) -> dict[str, ErrorTarget]:
        targets = {
            "stage": ErrorTarget((self._stage_box,), self._stage_error, self),
            "industries": ErrorTarget((self._industry_box,), self._industry_error, self),
        }
        for condition, box in self.condition_boxes.items():
            targets[f"conditions.{condition}"] = ErrorTarget((box,), self._condition_errors[condition], self)
        return targets

    def _industry_toggled(self, industry: Industry, checked: bool) -> None:
        if industry in self._industry_order:
            self._industry_order.remove(industry)
        if checked:
            self._industry_order.append(industry)
        self.edited.emit()

    def _stage_toggled(self, _button: QRadioButton, checked: bool) -> None:
        if checked:  # each change toggles two buttons; one notification is enough
            self.edited.emit()
