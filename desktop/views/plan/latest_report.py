"""The selected action's latest progress return, in one line of the detail panel, with a link to its timeline."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QWidget

from desktop.models.formatting import COLON, percent_text
from desktop.models.plan.progress import ProgressReport
from desktop.models.text import Lang
from desktop.models.vocabulary import progress as words
from desktop.models.vocabulary.plan import STATUS

TIMELINE_LINK = "timeline"


class LatestReport(QLabel):
    """``timelineRequested``: the user followed the link to every return on the action."""

    timelineRequested = Signal()

    def __init__(self, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("latestReport")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)  # the unit's own words are escaped
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.linkActivated.connect(lambda link: self.timelineRequested.emit() if link == TIMELINE_LINK else None)
        self._lang = lang
        self._report: ProgressReport | None = None
        self._render()

    def set_language(self, lang: Lang) -> None:
        self._lang = lang
        self._render()

    def set_report(self, report: ProgressReport | None) -> None:
        self._report = report
        self._render()

    def _render(self) -> None:
        report, lang = self._report, self._lang
        if report is None:
            self.setText(html.escape(words.NONE_YET.get(lang)))
            self.setToolTip("")
            return
        parts = [report.reported_on.isoformat()]
        if report.status is not None:
            parts.append(STATUS[report.status].get(lang))
        if report.percent is not None:
            parts.append(percent_text(report.percent))
        if report.reporter:
            parts.append(report.reporter)
        link = self.tr("all returns…")
        self.setText(" · ".join(html.escape(p) for p in parts) + f" &nbsp;<a href='{TIMELINE_LINK}'>{link}</a>")
        said = [
            (words.PROGRESS, report.progress),
            (words.PROBLEMS, report.problems),
            (words.NEXT_STEPS, report.next_steps),
        ]
        colon = COLON.get(lang)
        self.setToolTip("\n".join(f"{label.get(lang)}{colon}{text}" for label, text in said if text))
