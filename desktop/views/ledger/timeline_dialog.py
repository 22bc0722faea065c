"""进展记录: every return on one action, oldest first, with what each changed (status from → to, percentage gained)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

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
                words.REPORTER,
                words.STATUS,
                words.PERCENT,
                words.PROGRESS,
                words.PROBLEMS,
                words.NEXT_STEPS,
            )
        ]
        newest_first = list(reversed(entries))  # the newest on top: what is read first
        rows = [self._row(entry, unit_name) for entry in newest_first]
        # What the unit wrote gets the room: the unit's name wraps, and the returned file is named on hovering a row
        # rather than in a column of its own (a 1024 px screen had to scroll sideways to see it).
        fixed = {1: 130, 6: 140, 7: 140}
        fill(self.table, headers, rows, centred=frozenset({0, 3, 4}), stretch=5, fixed=fixed)
        source = words.SOURCE.get(lang) + ("：" if lang == "zh" else ": ")
        for r, entry in enumerate(newest_first):
            if entry.report.source:
                for c in range(self.table.columnCount()):
                    item = self.table.item(r, c)
                    if item is not None:
                        shown = item.toolTip()
                        item.setToolTip(f"{shown}\n{source}{entry.report.source}".strip())
        self.table.setVisible(bool(entries))
        self.empty.setVisible(not entries)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(buttons)
        self.resize(1000, 420)

    def _row(self, entry: TimelineEntry, unit_name: Callable[[str], str]) -> list[str]:
        lang, report = self._lang, entry.report
        status = STATUS[report.status].get(lang) if report.status else ""
        if entry.status_changed and entry.status_before is not None:
            status = f"{STATUS[entry.status_before].get(lang)} → {status}"
        percent = "" if report.percent is None else f"{report.percent}%"
        change = entry.percent_change
        if change:
            percent += f" ({change:+d})"
        return [
            report.reported_on.isoformat(),
            unit_name(report.unit),
            report.reporter,
            status,
            percent,
            report.progress,
            report.problems,
            report.next_steps,
        ]
