"""资源禀赋: the eight endowments rated 0–5 or "not assessed", what the choice means, and a radar chart that follows.

A new profile starts with every endowment not assessed (未评估), never at 0: an untouched slider must not read as
"the zone has none". Moving a slider (mouse or keyboard) assesses it; ticking "Not assessed" takes the rating back.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QGraphicsOpacityEffect,
    QGridLayout,
    QGroupBox,
    QLabel,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from desktop.models.vocabulary import ENDOWMENT_MAX, ENDOWMENT_MIN, Endowment, label
from desktop.views.editor import texts
from desktop.views.editor.common import ErrorTarget, as_mapping, hint_label, scrolling
from desktop.views.editor.feedback import FieldError
from desktop.views.i18n import Language
from desktop.views.radar import RadarChart, RadarSeries

_RADAR_COLOUR = QColor(32, 104, 176)
_UNKNOWN_OPACITY = 0.35  # a slider not assessed is dimmed, yet still takes a click or a key to assess it
_NAME_WIDTH_CHARS = 9  # the longest Chinese endowment name, in full-width characters
_NAME_SPARE = 120  # room left for the sliders before long names are shown whole on one line
_PAGE_MARGINS = 16
_COLUMN_SPACING = 16
_GROUP_GAP = 10  # between one endowment (name, slider, rating line) and the next, so each reads as one group


class EndowmentsPage(QWidget):
    """One slider per endowment; the line under each slider says what the chosen level means."""

    edited = Signal()

    def __init__(self, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._help = texts.profile_help()
        content = QWidget(self)

        self.sliders: dict[Endowment, QSlider] = {}
        self._names: dict[Endowment, QLabel] = {}
        self.numbers: dict[Endowment, QLabel] = {}
        self.meanings: dict[Endowment, QLabel] = {}
        self._errors: dict[Endowment, FieldError] = {}
        self.unknown_boxes: dict[Endowment, QCheckBox] = {}
        self._loading = False

        self._ratings = QGroupBox(content)
        grid = QGridLayout(self._ratings)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(2)
        grid.setColumnStretch(1, 1)
        for index, endowment in enumerate(Endowment):
            slider = QSlider(Qt.Orientation.Horizontal, content)
            slider.setRange(ENDOWMENT_MIN, ENDOWMENT_MAX)
            slider.setPageStep(1)
            slider.setTickPosition(QSlider.TickPosition.TicksBelow)
            slider.setTickInterval(1)
            slider.setMinimumWidth(120)
            name = QLabel(content)
            name.setWordWrap(True)  # a long English name takes two lines rather than the page's width
            name.setBuddy(slider)
            number = QLabel(content)
            number.setMinimumWidth(number.fontMetrics().horizontalAdvance("00"))
            number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            meaning = hint_label(content)
            error = FieldError(content)
            unknown = QCheckBox(content)
            slider.setGraphicsEffect(QGraphicsOpacityEffect(slider))
            row = index * 3
            grid.addWidget(name, row, 0)
            grid.addWidget(slider, row, 1)
            grid.addWidget(number, row, 2)
            grid.addWidget(unknown, row, 3)
            grid.addWidget(meaning, row + 1, 1, 1, 3)
            grid.addWidget(error, row + 2, 1, 1, 3)
            grid.setRowMinimumHeight(row + 2, _GROUP_GAP)
            self.sliders[endowment] = slider
            self._names[endowment] = name
            self.numbers[endowment] = number
            self.meanings[endowment] = meaning
            self._errors[endowment] = error
            self.unknown_boxes[endowment] = unknown
            slider.valueChanged.connect(lambda _value, which=endowment: self._assessed(which))
            # A click or a key on the slider assesses it even when the value stays (0 chosen on an unknown slider).
            slider.actionTriggered.connect(lambda _action, which=endowment: self._assessed(which))
            slider.sliderPressed.connect(lambda which=endowment: self._assessed(which))
            unknown.toggled.connect(self._unknown_toggled)
        # The rows keep their natural height and the room to spare goes under the last one: on a tall page (the chart
        # beside sets the height) spreading it between the rows left each slider far above its own rating line.
        grid.setRowStretch(len(Endowment) * 3, 1)

        self.radar = RadarChart(
            [e.value for e in Endowment], content, label_values=True, minimum=QSize(280, 260), hint=QSize(440, 400)
        )
        self._chart = QGroupBox(content)
        chart_layout = QVBoxLayout(self._chart)
        chart_layout.addWidget(self.radar)
        self._intro = hint_label(content)

        # Side by side where the page is wide enough for both, the chart under the ratings where it is not (a
        # 1024-pixel window in English), so the page never scrolls sideways.
        self._columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        columns = self._columns
        columns.setSpacing(_COLUMN_SPACING)
        columns.addWidget(self._ratings, 4)
        columns.addWidget(self._chart, 3)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(_PAGE_MARGINS, 12, _PAGE_MARGINS, 12)
        layout.setSpacing(10)
        layout.addWidget(self._intro)
        layout.addLayout(columns, 1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(content, self))
        self._show_levels()
        self.retranslate()

    def chart_beside_ratings(self) -> bool:
        return self._columns.direction() == QBoxLayout.Direction.LeftToRight

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()

    def _arrange(self) -> None:
        """Both columns' minimum widths with the names wrapped (which do not depend on the arrangement) decide
        it, so it cannot flip-flop; a page with room to spare then shows the names whole, each on one line."""
        compact, full = getattr(self, "_name_widths", (0, 0))
        bar = self.style().pixelMetric(self.style().PixelMetric.PM_ScrollBarExtent, None, self)
        shown = self._names[Endowment.NATURAL_RESOURCES].minimumWidth()
        side_by_side = (
            self._ratings.minimumSizeHint().width()
            - shown
            + compact
            + self._chart.minimumSizeHint().width()
            + _COLUMN_SPACING
            + 2 * _PAGE_MARGINS
            + bar
        )
        wanted = QBoxLayout.Direction.LeftToRight if self.width() >= side_by_side else QBoxLayout.Direction.TopToBottom
        if self._columns.direction() != wanted:
            self._columns.setDirection(wanted)
        roomy = self.width() >= side_by_side + (full - compact) + _NAME_SPARE
        stacked = wanted == QBoxLayout.Direction.TopToBottom
        width = full if roomy or (stacked and self.width() >= 2 * full) else compact
        if width and width != shown:
            self._set_name_width(width)

    def values(self) -> dict[str, int | None]:
        """Each endowment's rating, None where it is not assessed."""
        return {
            endowment.value: None if self.unknown_boxes[endowment].isChecked() else slider.value()
            for endowment, slider in self.sliders.items()
        }

    def set_rating(self, endowment: Endowment, rating: int | None) -> None:
        """Set one rating as a user would (None: not assessed)."""
        if rating is None:
            self.unknown_boxes[endowment].setChecked(True)
        else:
            self.sliders[endowment].setValue(rating)
            self.unknown_boxes[endowment].setChecked(False)

    def retranslate(self) -> None:
        self._ratings.setTitle(self.tr("Ratings from 0 (none) to 5 (outstanding), or not assessed"))
        self._chart.setTitle(self.tr("Endowment profile"))
        self._intro.setText(
            self.tr(
                "Rate what the zone has compared with similar zones in China. The ratings decide which US "
                "experience fits the zone best; hover over a name to see what it covers. Leave an endowment "
                "“not assessed” until you know it: it is then listed as to be verified, never read as a weakness."
            )
        )
        labels = {}
        for endowment in Endowment:
            name = self._language.text(label(endowment))
            labels[endowment.value] = name
            self._names[endowment].setText(name)
            covers = self._language.text(self._help.endowment(endowment))
            self._names[endowment].setToolTip(covers)
            self.sliders[endowment].setToolTip(covers)
            self.unknown_boxes[endowment].setText(self.tr("Not assessed"))
            self.unknown_boxes[endowment].setToolTip(
                self.tr("Not assessed yet: not scored, not read as a weakness, listed as to be verified")
            )
        self.radar.set_labels(labels)
        # Names on one line where they are short (every Chinese one), wrapped between words where they are long
        # and the page is narrow (see ``_arrange``).
        metrics = self.fontMetrics()
        self._name_widths = (
            min(self._widest_name(labels.values()), _NAME_WIDTH_CHARS * metrics.horizontalAdvance("国")),
            self._widest_name(labels.values()),
        )
        self._set_name_width(self._name_widths[0])
        self._arrange()
        self._show_levels()

    def _widest_name(self, names: Iterable[str]) -> int:
        return max(self.fontMetrics().horizontalAdvance(name) for name in names)

    def _set_name_width(self, width: int) -> None:
        for name_label in self._names.values():
            name_label.setMinimumWidth(width)

    def load_data(self, data: Mapping[str, object]) -> None:
        """A rating that is a whole number is shown; anything else (null, missing) as not assessed."""
        ratings = as_mapping(data.get("endowments"))
        self._loading = True
        try:
            for endowment, slider in self.sliders.items():
                value = ratings.get(endowment.value)
                known = isinstance(value, int) and not isinstance(value, bool)
                slider.setValue(value if known and isinstance(value, int) else ENDOWMENT_MIN)
                self.unknown_boxes[endowment].setChecked(not known)
        finally:
            self._loading = False
        self._show_levels()

    def write_data(self, data: dict[str, object]) -> None:
        data["endowments"] = self.values()

    def error_targets(self) -> dict[str, ErrorTarget]:
        return {
            f"endowments.{endowment}": ErrorTarget((self.sliders[endowment],), self._errors[endowment], self)
            for endowment in Endowment
        }

    def _assessed(self, endowment: Endowment) -> None:
        if self._loading:
            return
        box = self.unknown_boxes[endowment]
        if box.isChecked():
            box.setChecked(False)  # emits through _unknown_toggled
            return
        self._show_levels()
        self.edited.emit()

    def _unknown_toggled(self) -> None:
        if self._loading:
            return
        self._show_levels()
        self.edited.emit()

    def _show_levels(self) -> None:
        for endowment, slider in self.sliders.items():
            unknown = self.unknown_boxes[endowment].isChecked()
            effect = slider.graphicsEffect()
            if isinstance(effect, QGraphicsOpacityEffect):
                effect.setOpacity(_UNKNOWN_OPACITY if unknown else 1.0)
            self.numbers[endowment].setText("–" if unknown else str(slider.value()))
            self.meanings[endowment].setText(
                self.tr("Not assessed: move the slider to rate it.")
                if unknown
                else self._language.text(self._help.level(slider.value()))
            )
        self.radar.set_series([RadarSeries("", _RADAR_COLOUR, self.values())])
