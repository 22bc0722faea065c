"""The detail panel's warning when an action's dates and phase disagree, with the one-click fix: "set the phase to
what the dates say". The check itself is the domain's (``models/plan/phase_dates.py``)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QStyle, QWidget

from desktop.models.plan.phase_dates import COUNTED_FROM, PhaseMismatch, phase_mismatch
from desktop.models.plan.types import Action
from desktop.models.text import Lang
from desktop.models.vocabulary.plan import plan_label

WARNING_STYLE = "QFrame#phaseFlag { background: #fff4e5; border: 1px solid #f0c36d; border-radius: 4px; }"


class PhaseFlag(QFrame):
    """Hidden while the action's phase fits its dates. ``fixRequested(action_id, phase)``: the user chose the fix."""

    fixRequested = Signal(str, str)

    def __init__(self, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("phaseFlag")
        self.setStyleSheet(WARNING_STYLE)
        # Never squeezed below its wrapped text: the detail panel is short on a small screen.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self._lang = lang
        self._problem: PhaseMismatch | None = None
        self._action: Action | None = None
        # The day the plan starts; the plan page tells it (the 行动方案's date, else today).
        self.plan_start: Callable[[], date] = date.today
        icon = QLabel(self)
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(16, 16))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.message = QLabel(self)
        self.message.setObjectName("phaseFlagMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.fix_button = QPushButton(self)
        self.fix_button.setObjectName("phaseFlagFix")
        self.fix_button.setAutoDefault(False)
        self.fix_button.clicked.connect(self._fix)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        row.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.message, 1)
        row.addWidget(self.fix_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.hide()

    def set_language(self, lang: Lang) -> None:
        self._lang = lang
        self.show_action(self._action)

    def show_action(self, action: Action | None) -> None:
        self._action = action
        self._problem = None if action is None else phase_mismatch(action, self.plan_start())
        problem = self._problem
        self.setVisible(problem is not None)
        if problem is None:
            return
        reason = problem.reason.get(self._lang)
        self.message.setText(self.tr("Phase and dates disagree. {reason}").format(reason=reason))
        self._fit_text()
        self.message.setToolTip(COUNTED_FROM.format(start=self.plan_start().isoformat()).get(self._lang))
        phase = plan_label(problem.expected).get(self._lang)
        self.fix_button.setText(self.tr("Set phase to {phase}").format(phase=phase))
        self.fix_button.setToolTip(self.tr("Make the phase agree with the dates (Ctrl+Z undoes it)"))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_text()

    def _fit_text(self) -> None:
        """As tall as the wrapped message at its width: a layout would squeeze it to one line in a short panel."""
        needed = self.message.heightForWidth(max(self.message.width(), 1))
        if needed > 0 and needed != self.message.minimumHeight():
            self.message.setMinimumHeight(needed)

    def _fix(self) -> None:
        if self._problem is not None:
            self.fixRequested.emit(self._problem.action_id, self._problem.expected.value)
