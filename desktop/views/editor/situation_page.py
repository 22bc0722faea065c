"""发展阶段与现状: the cluster's life-cycle stage, its leading industries, the diagnostic conditions and the problems
the zone states.

Each condition is a choice of 是 / 否 / 不清楚 (Yes / No / Not known); a new profile starts at "not known", never at a
firm "no". A version 1 object (an old draft) means "no" by a condition it leaves out, as that format did.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from desktop.models.errors import ZonePlannerError
from desktop.models.profile_vocabulary import ProblemEntry, load_profile_vocabulary
from desktop.models.vocabulary import Condition, Industry, Stage, label
from desktop.views.editor import texts
from desktop.views.editor.cited_hints import hint_html, link_paragraphs
from desktop.views.editor.common import ErrorTarget, as_mapping, hint_label, scrolling
from desktop.views.editor.feedback import FieldError
from desktop.views.editor.reflow import ReflowGrid
from desktop.views.i18n import Language

STAGE_COLUMNS = 2
INDUSTRY_COLUMNS = 3
CONDITION_COLUMNS = 2
PROBLEM_COLUMNS = 2
# The choices of a condition, in the order the list shows them: not known first, as a new profile starts.
CONDITION_VALUES: tuple[bool | None, ...] = (None, True, False)
_PAGE_MARGIN = 16
_BOX_FRAME = 24  # a group box's frame and margins, left and right together
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
        self.paragraph_links = [link_paragraphs(self._stage_intro, lambda: self._language.lang)]  # ¶ opens our summary
        stage_layout.addWidget(self._stage_intro)
        stage_grid = _grid()
        self.stage_group = QButtonGroup(self)
        self.stage_buttons: dict[Stage, QRadioButton] = {}
        self._stage_hints = {}
        for index, stage in enumerate(Stage):
            button = QRadioButton(content)
            hint = hint_label(content)
            hint.setContentsMargins(_HINT_INDENT, 0, 0, 6)
            hint.setObjectName(f"stageHint.{stage.value}")
            self.paragraph_links.append(link_paragraphs(hint, lambda: self._language.lang))
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
        for industry in Industry:
            box = QCheckBox(content)
            self.industry_boxes[industry] = box
            box.toggled.connect(lambda checked, which=industry: self._industry_toggled(which, checked))
        self._industry_grid = ReflowGrid(grid, list(self.industry_boxes.values()), INDUSTRY_COLUMNS)
        self._industry_error = FieldError(content)
        industry_layout.addLayout(grid)
        industry_layout.addWidget(self._industry_error)

        self._condition_box = QGroupBox(content)
        condition_layout = QVBoxLayout(self._condition_box)
        self._condition_intro = hint_label(content)
        condition_layout.addWidget(self._condition_intro)
        condition_grid = _grid()
        self.condition_choices: dict[Condition, QComboBox] = {}
        self._condition_names: dict[Condition, QLabel] = {}
        self.condition_hints = {}
        self._condition_errors: dict[Condition, FieldError] = {}
        for index, condition in enumerate(Condition):
            choice = QComboBox(content)
            for _ in CONDITION_VALUES:
                choice.addItem("")
            name = QLabel(content)
            name.setWordWrap(True)
            name.setBuddy(choice)
            line = QWidget(content)
            line_layout = QHBoxLayout(line)
            line_layout.setContentsMargins(0, 0, 0, 0)
            line_layout.addWidget(choice)
            line_layout.addWidget(name, 1)
            hint = hint_label(content)
            hint.setContentsMargins(_HINT_INDENT, 0, 0, 6)
            self.paragraph_links.append(link_paragraphs(hint, lambda: self._language.lang))
            error = FieldError(content)
            cell = _stacked(content, line, hint, error)
            condition_grid.addWidget(cell, index // CONDITION_COLUMNS, index % CONDITION_COLUMNS)
            self.condition_choices[condition] = choice
            self._condition_names[condition] = name
            self.condition_hints[condition] = hint
            self._condition_errors[condition] = error
        condition_layout.addLayout(condition_grid)

        self._problem_box = QGroupBox(content)
        problem_layout = QVBoxLayout(self._problem_box)
        self._problem_intro = hint_label(content)
        problem_layout.addWidget(self._problem_intro)
        problem_grid = _grid()
        self._problems = _problem_vocabulary()
        self.problem_boxes: dict[str, QCheckBox] = {}
        for entry in self._problems:
            box = QCheckBox(content)
            self.problem_boxes[entry.id] = box
            box.toggled.connect(lambda checked, which=entry.id: self._problem_toggled(which, checked))
        self._problem_order: list[str] = []  # the zone's own order: the first stated may be the most pressing
        self._unknown_problems: list[str] = []  # IDs this version does not know: kept so the form reports them
        self._problem_grid = ReflowGrid(problem_grid, list(self.problem_boxes.values()), PROBLEM_COLUMNS)
        self._problem_error = FieldError(content)
        problem_layout.addLayout(problem_grid)
        problem_layout.addWidget(self._problem_error)

        # One section under the other, in the order an official thinks: stage, industries, then the situation.
        column = QVBoxLayout(content)
        column.setContentsMargins(_PAGE_MARGIN, 12, _PAGE_MARGIN, 12)
        column.setSpacing(12)
        column.addWidget(self._stage_box)
        column.addWidget(self._industry_box)
        column.addWidget(self._condition_box)
        column.addWidget(self._problem_box)
        column.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(content, self))

        self.stage_group.buttonToggled.connect(self._stage_toggled)
        for choice in self.condition_choices.values():
            choice.currentIndexChanged.connect(self.edited)
        self.retranslate()

    def retranslate(self) -> None:
        text = self._language.text
        self._stage_box.setTitle(self.tr("Stage of the cluster *"))
        lang = self._language.lang
        self._stage_intro.setText(hint_html(self._help.stage_intro, lang))
        for stage, button in self.stage_buttons.items():
            button.setText(text(label(stage)))
            self._stage_hints[stage].setText(hint_html(self._help.stages[stage], lang))
        self._industry_box.setTitle(self.tr("Leading industries * (one or more)"))
        for industry, box in self.industry_boxes.items():
            box.setText(text(label(industry)))
        self._condition_box.setTitle(self.tr("Current situation"))
        self._condition_intro.setText(
            self.tr(
                "Say for each point whether it is true of the zone today. Leave “Not known” where you are not sure: "
                "it is then listed as to be verified, never counted for or against the zone."
            )
        )
        shown = {None: self.tr("Not known"), True: self.tr("Yes"), False: self.tr("No")}
        for condition, choice in self.condition_choices.items():
            for index, value in enumerate(CONDITION_VALUES):
                choice.setItemText(index, shown[value])
            self._condition_names[condition].setText(text(label(condition)))
            self.condition_hints[condition].setText(hint_html(self._help.conditions[condition], lang))
        self._problem_box.setTitle(self.tr("Problems the zone states"))
        self._problem_intro.setText(
            self.tr("Tick the problems the zone itself names; hover over one to see what it means.")
        )
        # The space before the bracket is part of the English text (Chinese brackets carry their own space).
        outside = self.tr(" (outside the article)")
        for entry in self._problems:
            box = self.problem_boxes[entry.id]
            box.setText(text(entry.label) + (outside if entry.outside_article else ""))
            box.setToolTip(text(entry.help))
        self._reflow()  # the labels' widths changed with the language

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._reflow()

    def _reflow(self) -> None:
        """As many columns of check boxes as fit (three industries a row on a wide screen, two or one on a small
        one in English), so the page never scrolls sideways."""
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        room = self.width() - 2 * _PAGE_MARGIN - _BOX_FRAME - bar
        self._industry_grid.fit(room)
        self._problem_grid.fit(room)

    def industry_columns(self) -> int:
        return self._industry_grid.columns()

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
        # Format 1 meant "no" by a condition it left out (or wrote null); format 2 means "not known".
        left_out: bool | None = False if data.get("version") == 1 else None
        for condition in Condition:
            value = conditions.get(condition.value)
            self.set_condition(condition, value if isinstance(value, bool) else left_out)
        problems = data.get("problems")
        listed = [item for item in problems if isinstance(item, str)] if isinstance(problems, list) else []
        self._problem_order = [item for item in dict.fromkeys(listed) if item in self.problem_boxes]
        self._unknown_problems = [item for item in listed if item not in self.problem_boxes]
        for problem_id, box in self.problem_boxes.items():
            box.blockSignals(True)
            box.setChecked(problem_id in self._problem_order)
            box.blockSignals(False)

    def condition(self, condition: Condition) -> bool | None:
        """What the form says of a condition: True, False, or None for not known."""
        return CONDITION_VALUES[max(0, self.condition_choices[condition].currentIndex())]

    def set_condition(self, condition: Condition, value: bool | None) -> None:
        self.condition_choices[condition].setCurrentIndex(CONDITION_VALUES.index(value))

    def write_data(self, data: dict[str, object]) -> None:
        stage = self.selected_stage()
        if stage is not None:
            data["stage"] = stage.value
        data["industries"] = [industry.value for industry in self._industry_order]
        data["conditions"] = {condition.value: self.condition(condition) for condition in Condition}
        data["problems"] = [*self._problem_order, *self._unknown_problems]

    def error_targets(self) -> dict[str, ErrorTarget]:
        targets = {
            "stage": ErrorTarget((self._stage_box,), self._stage_error, self),
            "industries": ErrorTarget((self._industry_box,), self._industry_error, self),
        }
        for condition, choice in self.condition_choices.items():
            targets[f"conditions.{condition}"] = ErrorTarget((choice,), self._condition_errors[condition], self)
        targets["problems"] = ErrorTarget((self._problem_box,), self._problem_error, self)
        return targets

    def _problem_toggled(self, problem_id: str, checked: bool) -> None:
        if problem_id in self._problem_order:
            self._problem_order.remove(problem_id)
        if checked:
            self._problem_order.append(problem_id)
        self.edited.emit()

    def _industry_toggled(self, industry: Industry, checked: bool) -> None:
        if industry in self._industry_order:
            self._industry_order.remove(industry)
        if checked:
            self._industry_order.append(industry)
        self.edited.emit()

    def _stage_toggled(self, _button: QRadioButton, checked: bool) -> None:
        if checked:  # each change toggles two buttons; one notification is enough
            self.edited.emit()


def _problem_vocabulary() -> tuple[ProblemEntry, ...]:
    """The problems a zone can state; none when the file cannot be read (``kb check`` names the problem)."""
    try:
        return tuple(load_profile_vocabulary().problems.values())
    except ZonePlannerError:
        return ()
