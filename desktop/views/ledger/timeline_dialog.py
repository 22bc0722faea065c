"""进展记录: every return on one action, oldest first, with what each changed (status from → to, percentage gained)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from desktop.models.formatting import COLON, percent_text
from desktop.models.plan.plan import ActionPlan
from desktop.models.progress.timeline import TimelineEntry, timeline
from desktop.models.text import Lang
from desktop.models.vocabulary import progress as words
from desktop.models.vocabulary.plan import STATUS
from desktop.views.ledger.cells import fill, read_only_table


class TimelineDialog(QDialog):
    def __init__(
        self,
        plan: ActionPlan,
        action_id: str,
        unit_name: Callable[[str], str],
        lang: Lang,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("timelineDialog")
        action = plan.get(action_id)
        self._lang = lang
        self.setWindowTitle(self.tr("Progress of “{title}”").format(title=action.title.get(lang)))
        heading = QLabel(self)
        heading.setWordWrap(True)
        heading.setText(
            self.tr("{title} — lead unit: {unit}").format(title=action.title.get(lang), unit=unit_name(action.lead))
        )
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        self.table = read_only_table(self, "timelineTable")
        self.empty = QLabel(self.tr("No progress has been reported on this action yet."), self)
        self.empty.setObjectName("timelineEmpty")
        entries = timeline(plan, action_id)
        headers = [
            w.get(lang)
            for w in (
                words.REPORTED_ON,
                words.UNIT,
                words.STATUS,
                words.PERCENT,
                words.PROGRESS,
                words.PROBLEMS,
                words.NEXT_STEPS,
            )
        ]
        newest_first = list(reversed(entries))  # what is read first
        rows = [self._row(entry, unit_name) for entry in newest_first]
        # Seven columns fit a 1024-pixel screen: the reporter goes with the unit, the returned file in the date's tip.
        fill(self.table, headers, rows, centred=frozenset({0, 2, 3}), stretch=4, fixed={1: 170, 5: 170, 6: 170})
        for row, entry in enumerate(newest_first):
            item = self.table.item(row, 0)
            if item is not None and entry.report.source:
                item.setToolTip(f"{words.SOURCE.get(lang)}{COLON.get(lang)}{entry.report.source}")
        self.table.setVisible(bool(entries))
        self.empty.setVisible(not entries)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(buttons)
        screen = self.screen().availableGeometry().width() if self.screen() else 1024
        self.resize(min(1200, screen - 40), 440)

    def _row(self, entry: TimelineEntry, unit_name: Callable[[str], str]) -> list[str]:
        lang, report = self._lang, entry.report
        status = STATUS[report.status].get(lang) if report.status else ""
        if entry.status_changed and entry.status_before is not None:
            status = f"{STATUS[entry.status_before].get(lang)} → {status}"
        percent = "" if report.percent is None else percent_text(report.percent)
        change = entry.percent_change
        if change:
            percent += f" ({change:+d})"
        unit = unit_name(report.unit)
        if report.reporter:
            unit = self.tr("{unit} ({reporter})").format(unit=unit, reporter=report.reporter)  # who filled it in
        return [
            report.reported_on.isoformat(),
            unit,
            status,
            percent,
            report.progress,
            report.problems,
            report.next_steps,
        ]
