"""资源禀赋: the eight endowments rated 0–5, what the chosen level means, and a radar chart that follows them."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGridLayout, QGroupBox, QHBoxLayout, QLabel, QSlider, QVBoxLayout, QWidget

from desktop.models.vocabulary import ENDOWMENT_MAX, ENDOWMENT_MIN, Endowment, label
from desktop.views.editor import texts
from desktop.views.editor.common import ErrorTarget, as_mapping, hint_label, scrolling
from desktop.views.editor.feedback import FieldError
from desktop.views.i18n import Language
from desktop.views.radar import RadarChart, RadarSeries

_RADAR_COLOUR = QColor(32, 104, 176)


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
        self._numbers: dict[Endowment, QLabel] = {}
        self._meanings: dict[Endowment, QLabel] = {}
        self._errors: dict[Endowment, FieldError] = {}

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
            slider.setMinimumWidth(160)
            name = QLabel(content)
            name.setBuddy(slider)
            number = QLabel(content)
            number.setMinimumWidth(number.fontMetrics().horizontalAdvance("00"))
            number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            meaning = hint_label(content)
            error = FieldError(content)
            row = index * 3
            grid.addWidget(name, row, 0)
            grid.addWidget(slider, row, 1)
            grid.addWidget(number, row, 2)
            grid.addWidget(meaning, row + 1, 1, 1, 2)
            grid.addWidget(error, row + 2, 1, 1, 2)
            grid.setRowMinimumHeight(row + 2, 6)
            self.sliders[endowment] = slider
            self._names[endowment] = name
            self._numbers[endowment] = number
            self._meanings[endowment] = meaning
            self._errors[endowment] = error
            slider.valueChanged.connect(self._slider_moved)

        self.radar = RadarChart([e.value for e in Endowment], content, label_values=True)
        self._chart = QGroupBox(content)
        chart_layout = QVBoxLayout(self._chart)
        chart_layout.addWidget(self.radar)
        self._intro = hint_label(content)

        columns = QHBoxLayout()
        columns.setSpacing(16)
        columns.addWidget(self._ratings, 4)
        columns.addWidget(self._chart, 3)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)
        layout.addWidget(self._intro)
        layout.addLayout(columns, 1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(content, self))
        self._show_levels()
        self.retranslate()

    def values(self) -> dict[str, int]:
        return {endowment.value: slider.value() for endowment, slider in self.sliders.items()}

    def retranslate(self) -> None:
        self._ratings.setTitle(self.tr("Ratings from 0 (none) to 5 (outstanding)"))
        self._chart.setTitle(self.tr("Endowment profile"))
        self._intro.setText(
            self.tr(
                "Rate what the zone has compared with similar zones in China. The ratings decide which US "
                "experience fits the zone best; hover over a name to see what it covers."
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
        self.radar.set_labels(labels)
        self._show_levels()

    def load_data(self, data: Mapping[str, object]) -> None:
        ratings = as_mapping(data.get("endowments"))
        for endowment, slider in self.sliders.items():
            value = ratings.get(endowment.value)
            slider.setValue(value if isinstance(value, int) and not isinstance(value, bool) else ENDOWMENT_MIN)
        self._show_levels()

    def write_data(self, data: dict[str, object]) -> None:
        data["endowments"] = self.values()

    def error_targets(self) -> dict[str, ErrorTarget]:
        return {
            f"endowments.{endowment}": ErrorTarget((self.sliders[endowment],), self._errors[endowment], self)
            for endowment in Endowment
        }

    def _slider_moved(self) -> None:
        self._show_levels()
        self.edited.emit()

    def _show_levels(self) -> None:
        for endowment, slider in self.sliders.items():
            self._numbers[endowment].setText(str(slider.value()))
            self._meanings[endowment].setText(self._language.text(self._help.level(slider.value())))
        self.radar.set_series([RadarSeries("", _RADAR_COLOUR, self.values())])
