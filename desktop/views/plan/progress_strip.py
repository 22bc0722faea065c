"""A one-line overview of where the plan stands: done, in progress, not started, overdue."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget

from desktop.models.text import Lang
from desktop.models.vocabulary.plan import STATUS, Status


@dataclass(frozen=True, slots=True)
class ProgressCounts:
    done: int = 0
    in_progress: int = 0
    not_started: int = 0
    overdue: int = 0
    shelved: int = 0
    total: int = 0


_COLOURS = {
    "done": "#1e8e3e",
    "in_progress": "#1a73e8",
    "not_started": "#80868b",
    "overdue": "#b3261e",
    "shelved": "#bdc1c6",
}


class ProgressStrip(QWidget):
    def __init__(self, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self._counts = ProgressCounts()
        self._labels: dict[str, QLabel] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(18)
        for key in _COLOURS:
            label = QLabel(self)
            label.setTextFormat(Qt.TextFormat.RichText)
            self._labels[key] = label
            layout.addWidget(label)
        layout.addStretch(1)
        self._bar = QProgressBar(self)
        self._bar.setFixedWidth(180)
        self._bar.setTextVisible(True)
        layout.addWidget(self._bar)
        self.set_counts(self._counts)

    def set_language(self, lang: Lang) -> None:
        """Name the statuses in ``lang`` from the next ``set_counts`` on."""
        self._lang = lang

    def counts(self) -> ProgressCounts:
        return self._counts

    def set_counts(self, counts: ProgressCounts) -> None:
        self._counts = counts
        # Statuses read as in the table and the workbook; "overdue" is not a status but a date passed.
        names = {status.value: STATUS[status].get(self._lang) for status in Status}
        names["overdue"] = self.tr("Overdue")
        for key, label in self._labels.items():
            value = getattr(counts, key)
            colour = _COLOURS[key] if value or key != "overdue" else _COLOURS["not_started"]
            label.setText(f"<span style='color:{colour}'>●</span> {names[key]} <b>{value}</b>")
        self._labels["shelved"].setVisible(counts.shelved > 0)  # rare: shown only when some action is shelved
        self._labels["overdue"].setToolTip(self.tr("Overdue: the end date has passed and the action is not done"))
        self._bar.setRange(0, max(counts.total, 1))
        self._bar.setValue(counts.done)
        self._bar.setFormat(self.tr("{done} of {total} done").format(done=counts.done, total=counts.total))
