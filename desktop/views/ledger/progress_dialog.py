"""进展总览: the plan's completion by lead unit, the overdue actions and those with no report in the last period."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.models.formatting import percent_text
from desktop.models.plan.plan import ActionPlan
from desktop.models.progress.periods import last_period
from desktop.models.progress.summary import ActionState, summarise
from desktop.models.text import Lang
from desktop.models.vocabulary import progress as words
from desktop.models.vocabulary.plan import STATUS, Status
from desktop.views.ledger.cells import ACTION_ID_ROLE, fill, read_only_table

UnitName = Callable[[str], str]


class ProgressDialog(QDialog):
    """Shows where the plan stands as of ``today``; "silent" is measured over the month or the quarter chosen.

    Double-clicking an action asks the plan page to select it (``actionChosen``).
    """

    actionChosen = Signal(str)
    bulletinRequested = Signal()  # the 进展通报 of what is shown: the window asks the period and writes it

    def __init__(
        self, plan: ActionPlan, unit_name: UnitName, lang: Lang, today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("progressDialog")
        self._plan, self._unit_name, self._lang, self._today = plan, unit_name, lang, today
        self.period = QComboBox(self)
        self.period.setObjectName("progressPeriod")
        for kind in words.PeriodKind:
            self.period.addItem(words.PERIOD_KIND[kind].get(lang), kind.value)
        self.period.currentIndexChanged.connect(self.refresh)
        self.summary = QLabel(self)
        self.summary.setObjectName("progressSummary")
        self.summary.setWordWrap(True)
        self.by_unit = read_only_table(self, "progressByUnit")
        self.overdue = read_only_table(self, "progressOverdue")
        self.silent = read_only_table(self, "progressSilent")
        for table in (self.overdue, self.silent):
            table.cellDoubleClicked.connect(lambda row, _column, t=table: self._choose(t, row))
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.by_unit, "")
        self.tabs.addTab(self.overdue, "")
        self.tabs.addTab(self.silent, "")
        self._period_label = QLabel(self)
        top = QHBoxLayout()
        top.addWidget(self._period_label)
        top.addWidget(self.period)
        top.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self.bulletin_button = buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.bulletin_button.setObjectName("progressBulletin")
        self.bulletin_button.clicked.connect(self.bulletinRequested)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.resize(900, 520)
        self.refresh()

    def refresh(self) -> None:
        """Count again (the period changed); every text in the dialog's language."""
        lang = self._lang
        kind = words.PeriodKind(self.period.currentData() or words.PeriodKind.MONTH.value)
        period = last_period(self._today, kind)
        summary = summarise(self._plan, period)
        self.setWindowTitle(self.tr("Progress overview"))
        self._period_label.setText(self.tr("Units report:"))
        self.bulletin_button.setText(self.tr("Export progress bulletin…"))
        self.summary.setText(
            self.tr(
                "As of {today}, actions done: {done} of {total}; overdue: {overdue}; with no report in {period}: "
                "{silent}."
            ).format(
                today=self._today.isoformat(),
                done=summary.count(Status.DONE),
                total=summary.total,
                overdue=len(summary.overdue),
                silent=len(summary.silent),
                period=words.LAST_PERIOD[kind].get(lang),
            )
        )

        unit_headers = [
            w.get(lang)
            for w in (
                words.LEAD_UNIT,
                words.TASKS,
                words.DONE,
                words.IN_PROGRESS,
                words.NOT_STARTED,
                words.OVERDUE,
                words.SILENT,
                words.RATE,
                words.AVERAGE,
                words.LATEST,
            )
        ]
        unit_rows = [
            [
                self._unit_name(row.unit),
                str(row.total),
                str(row.done),
                str(row.in_progress),
                str(row.not_started),
                str(row.overdue),
                str(row.silent),
                percent_text(None if row.rate is None else row.rate * 100),
                percent_text(row.average_percent),
                row.last_report.isoformat() if row.last_report else words.NONE_YET.get(lang),
            ]
            for row in summary.units
        ]
        fill(self.by_unit, unit_headers, unit_rows, centred=frozenset(range(1, 10)), stretch=0, late_column=5)
        self._fill_actions(self.overdue, summary.overdue, with_problems=True)
        self._fill_actions(self.silent, summary.silent, with_problems=False)
        self.tabs.setTabText(0, self.tr("By unit"))
        self.tabs.setTabText(1, self.tr("Overdue ({count})").format(count=len(summary.overdue)))
        self.tabs.setTabText(2, self.tr("No report ({count})").format(count=len(summary.silent)))
        for table in (self.overdue, self.silent):
            table.setToolTip(self.tr("Double-click an action to select it in the plan"))
        self.tabs.setTabToolTip(1, words.OVERDUE_TIP.get(lang))
        self.tabs.setTabToolTip(2, words.SILENT_TIP.format(period=words.LAST_PERIOD[kind].get(lang)).get(lang))

    def _fill_actions(
        self,
        table: QTableWidget,
        states: tuple[ActionState, ...],
        *,
        with_problems: bool,
    ) -> None:
        lang = self._lang
        headers = [w.get(lang) for w in (words.ACTION, words.LEAD_UNIT, words.TIME_LIMIT, words.STATUS, words.PERCENT)]
        headers.append((words.PROBLEMS if with_problems else words.LATEST).get(lang))
        rows = []
        for state in states:
            action = state.action
            last = state.problems if with_problems else (state.reported_on.isoformat() if state.reported_on else "")
            percent = percent_text(state.percent)
            if with_problems and state.reported_on is None:  # nobody reported: not "0%, not stated"
                percent, last = percent_text(None), words.NO_RETURN.get(lang)
            rows.append(
                [
                    action.title.get(lang),
                    self._unit_name(action.lead),
                    action.end.isoformat() if action.end else "",
                    STATUS[state.status].get(lang),
                    percent,
                    last or (words.NOT_STATED if with_problems else words.NONE_YET).get(lang),
                ]
            )
        ids = [s.action.id for s in states]
        centred = frozenset({2, 3, 4} if with_problems else {2, 3, 4, 5})  # the last report is a date
        fill(table, headers, rows, centred=centred, stretch=5, action_ids=ids, fixed={0: 300})

    def _choose(self, table: QTableWidget, row: int) -> None:
        item = table.item(row, 0)
        if item is not None:
            self.actionChosen.emit(str(item.data(ACTION_ID_ROLE)))
