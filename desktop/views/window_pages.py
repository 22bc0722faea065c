"""The tabs after the profile form — 对标结果, 行动计划, 对比, 知识库 — and what keeps them in step with the form.

The pages are built once the knowledge base and the engine are loaded, a moment after the store is open and the
form usable (``attach`` then ``attach_analysis``); the profile opened meanwhile is then shown on them. The
comparison and the knowledge browser are built only when their tab is first opened. The matches, comparison and
knowledge pages take the language once, so a language change rebuilds them, keeping what they showed; the plan
page follows the language itself, because its unsaved edits must survive the switch.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from desktop.models.errors import ZonePlannerError
from desktop.models.knowledge.types import KnowledgeBase
from desktop.models.profile import Profile
from desktop.models.text import Lang
from desktop.views.editor import ProfileEditor
from desktop.views.i18n import Language

if TYPE_CHECKING:  # the pages pull in the engine, the plan and the store: they are imported when first built
    from desktop.models.analysis import Analysis, Analyzer
    from desktop.models.plan.plan import ActionPlan
    from desktop.models.session.baseline import PlanBaseline, StoredPlan
    from desktop.models.store import ProfileStore
    from desktop.views.compare.page import ComparePage
    from desktop.views.knowledge.page import KnowledgePage
    from desktop.views.plan import PlanPage
    from desktop.views.results.page import MatchesPage

NOTICE_WIDTH = 560  # a notice reads as a short paragraph, not one line across a wide window


class FitArea(QScrollArea):
    """The page fills the area; only a window smaller than the page's minimum scrolls (the plan's button row, the
    comparison's radar), instead of the page forcing the window past the screen.

    QScrollArea's own ``widgetResizable`` is not used: it gives a page with word-wrapped labels its preferred height
    for the width, so a page that fits comfortably would scroll all the same.
    """

    def __init__(self, page: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(False)
        self.setWidget(page)
        page.installEventFilter(self)  # its minimum changes as its content does (a longer name, a language)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.fit()
        return False

    def fit(self) -> None:
        page = self.widget()
        if page is None:
            return
        minimum = page.minimumSizeHint().expandedTo(page.minimumSize())
        room = self.maximumViewportSize()
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        width, height = room.width(), room.height()
        if minimum.width() > width:
            height -= bar  # a horizontal scroll bar takes its room from the height
        if minimum.height() > height:
            width -= bar
            if minimum.width() > width and minimum.width() <= room.width():
                height -= bar  # the vertical bar made the horizontal one necessary after all
        page.resize(max(width, minimum.width()), max(height, minimum.height()))


class PageSlot(QStackedWidget):
    """One tab's content: a notice (with an optional button) while the page cannot be shown, else the page."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._holder = QWidget(self)
        self.notice = QLabel(self._holder)
        self.notice.setObjectName("pageNotice")
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setWordWrap(True)
        self.notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.notice.setMaximumWidth(NOTICE_WIDTH)
        self.notice.setStyleSheet("color: #5f6b7a; font-size: 11pt;")
        self.button = QPushButton(self._holder)
        self.button.setAutoDefault(False)
        self.button.hide()
        # Centred by stretches, not by an alignment flag: a word-wrapped label placed with one gets the height of
        # a single line and its text is cut.
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.notice, 4)
        row.addStretch(1)
        layout = QVBoxLayout(self._holder)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addSpacing(8)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.addWidget(self._holder)
        self.page: QWidget | None = None
        self._area: FitArea | None = None

    def show_notice(self, text: str, button: str = "") -> None:
        self.notice.setText(text)
        self.button.setText(button)
        self.button.setVisible(bool(button))
        self.setCurrentWidget(self._holder)

    def clear_notice(self) -> None:
        """Forget the notice's text: a page is shown now, and an old notice must not linger in any language."""
        self.notice.clear()
        self.button.setText("")
        self.button.hide()

    def showing_notice(self) -> bool:
        return self.currentWidget() is self._holder

    def set_page(self, page: QWidget) -> None:
        """Show ``page`` here, replacing (and deleting) the one shown before."""
        area = FitArea(page, self)
        old, self._area, self.page = self._area, area, page
        self.addWidget(area)
        self.setCurrentWidget(area)
        self.clear_notice()
        if old is not None:
            self.removeWidget(old)
            old.setParent(None)  # out of the window at once, not only when the deferred delete runs
            old.deleteLater()

    def show_page(self) -> None:
        if self._area is not None:
            self.setCurrentWidget(self._area)


class WindowPages(QObject):
    """Owns the four tabs; the window tells it which profile is open and what the form holds. The plan page compares
    its plan with the session's record of the saved plan (its ``PlanBaseline``), the one such record."""

    planEdited = Signal()  # the user changed the plan (the window's unsaved state includes the plan)
    exportRequested = Signal()  # the plan page's Export button: the window's export command, as Ctrl+E
    ledgerRequested = Signal(str)  # the plan page's 台账 menu: views/ledger/controller.py runs the command
    pageBuilt = Signal(QWidget)  # a tab's page was built: the window restores its splitter and columns

    def __init__(self, editor: ProfileEditor, language: Language) -> None:
        super().__init__(editor)
        self._editor = editor
        self._language = language
        self._store: ProfileStore | None = None
        self._kb: KnowledgeBase | None = None
        self._analyzer: Analyzer | None = None
        self._attached = False
        self._baseline: PlanBaseline | None = None  # the session's record of the saved plan, shared with the page
        self._followed: Profile | None = None  # the profile whose analysis is shown or on its way
        # The profile opened before the pages could be built (the engine loads after the store): shown once they are.
        self._pending: tuple[Profile | None, StoredPlan | None] | None = None

        self.results_tab = PageSlot(editor)
        self.plan_tab = PageSlot(editor)
        self.compare_tab = PageSlot(editor)
        self.knowledge_tab = PageSlot(editor)
        # The order an official works in: the profile's four tabs, its matches, its plan; then the other zones and
        # the knowledge base to look things up.
        editor.add_page(self.results_tab, lambda: self.tr("Matches"))
        editor.add_page(self.plan_tab, lambda: self.tr("Plan"))
        editor.add_page(self.compare_tab, lambda: self.tr("Compare"))
        editor.add_page(self.knowledge_tab, lambda: self.tr("Knowledge"))
        self.results_tab.button.clicked.connect(editor.reveal_errors)

        self.matches: MatchesPage | None = None
        self.plan: PlanPage | None = None
        self._compare: ComparePage | None = None
        self._knowledge: KnowledgePage | None = None

        self._show_state_notices()
        editor.currentChanged.connect(self._tab_opened)
        language.changed.connect(self._language_changed)

    # --- set-up -------------------------------------------------------------------------------------------------

    def attach(self, store: ProfileStore, baseline: PlanBaseline) -> None:
        """The store is open: the plan page, once built, compares its plan with the session's ``baseline``."""
        self._store, self._baseline = store, baseline

    def attach_analysis(self, kb: KnowledgeBase | None, analyzer: Analyzer | None) -> None:
        """The knowledge base and the engine are loaded (None: they could not be): build the pages, then show the
        profile opened meanwhile as opening it would have (its analysis, its stored plan)."""
        if self._attached:
            return
        assert self._baseline is not None, "attach the store first"
        self._attached = True
        self._analyzer = analyzer
        self._kb = kb if kb is not None else analyzer.kb if analyzer is not None else None
        if analyzer is not None:
            self._build_matches()
            self._build_plan()
        self._show_state_notices()
        self._tab_opened(self._editor.currentIndex())
        pending, self._pending = self._pending, None
        if pending is not None:
            self.show_profile(*pending)

    def _show_state_notices(self) -> None:
        """What the tabs say while their pages cannot exist: still opening, or no knowledge base."""
        if not self._attached:
            waiting = self.tr("Opening the knowledge base…")
            for slot in (self.results_tab, self.plan_tab, self.compare_tab, self.knowledge_tab):
                slot.show_notice(waiting)
            return
        if self._analyzer is None:
            missing = self.tr(
                "The knowledge base or the matching rules could not be loaded, so there are no matches or plans. "
                "Profiles can still be edited and saved."
            )
            for slot in (self.results_tab, self.plan_tab, self.compare_tab):
                slot.show_notice(missing)
        if self._kb is None:
            self.knowledge_tab.show_notice(self.tr("The knowledge base could not be loaded."))

    def _build_matches(self) -> None:
        from desktop.views.results.page import MatchesPage

        assert self._analyzer is not None
        page = MatchesPage(self._analyzer, self._language.lang, self.results_tab)
        page.analysisChanged.connect(self._analysis_changed)
        self.results_tab.set_page(page)
        self.matches = page
        self.pageBuilt.emit(page)

    def _build_plan(self) -> None:
        from desktop.views.plan import PlanPage

        assert self._analyzer is not None
        page = PlanPage(self._analyzer.kb, self._language.lang, self.plan_tab, baseline=self._baseline)
        page.planEdited.connect(self.planEdited)
        page.exportRequested.connect(self.exportRequested)
        page.ledgerRequested.connect(self.ledgerRequested)
        page.unitAdded.connect(self._editor.units.add_own_unit)  # a unit typed in the plan joins the zone's list
        self._editor.units.unitRenamed.connect(page.rename_zone_unit)  # and the plan follows a renamed one
        self.plan_tab.set_page(page)
        self.plan = page
        self.pageBuilt.emit(page)

    def compare(self) -> ComparePage | None:
        """The comparison page, built on first use (None without a store or an analyser)."""
        if self._compare is None and self._store is not None and self._analyzer is not None:
            from desktop.views.compare.page import ComparePage

            self._compare = ComparePage(self._store, self._analyzer, self._language.lang, self.compare_tab)
            self.compare_tab.set_page(self._compare)
            self.pageBuilt.emit(self._compare)
        return self._compare

    def knowledge(self) -> KnowledgePage | None:
        """The knowledge browser, built on first use (None without a knowledge base)."""
        if self._knowledge is None and self._kb is not None:
            from desktop.views.knowledge.page import KnowledgePage

            self._knowledge = KnowledgePage(self._kb, self._language.lang, self.knowledge_tab)
            self.knowledge_tab.set_page(self._knowledge)
            self.pageBuilt.emit(self._knowledge)
        return self._knowledge

    def _tab_opened(self, index: int) -> None:
        if not self._attached:
            return
        widget = self._editor.widget(index)
        if widget is self.compare_tab:
            self.compare()
        elif widget is self.knowledge_tab:
            self.knowledge()

    # --- following the window -----------------------------------------------------------------------------------

    def show_profile(self, profile: Profile | None, stored: StoredPlan | None) -> None:
        """A profile was opened (None: a new, empty one): its ranking and its saved plan (or the proposals) at once."""
        if not self._attached:
            self._pending = (profile, stored)  # the engine is still loading
            return
        if self.matches is None or self.plan is None or self._analyzer is None:
            return
        self._followed = profile
        if profile is None:
            self.matches.set_profile(None)
            self.plan.clear()
            return
        try:
            analysis = self._analyzer.analyse(profile)
        except ZonePlannerError:
            self.plan.load_plan(stored, None)
            self.matches.set_profile(profile)  # the page says in place why it has no ranking
            return
        self.plan.load_plan(stored, analysis)
        self.matches.show_analysis(analysis)  # its analysisChanged tells the plan (which already has it)

    def follow_form(self, profile: Profile | None, problems: str) -> None:
        """The form changed: re-match its profile (the page waits for a pause), or say what to fix first.

        An invalid form leaves the plan as it is: the plan is the user's work, not a view of the form.
        """
        if self.matches is None:
            return
        if profile is None:
            self._followed = None
            self.matches.set_profile(None)
            self.results_tab.show_notice(problems, self.tr("Go to the profile form"))
            return
        self.results_tab.show_page()
        if profile != self._followed:
            self._followed = profile
            self.matches.set_profile(profile)

    def catch_up(self, profile: Profile) -> None:
        """Match ``profile`` now if the shown analysis is of something else (before an export, say)."""
        if self.matches is None or self._analyzer is None:
            return
        shown = self.matches.analysis()
        if shown is not None and shown.profile == profile:
            return
        self._followed = profile
        self.matches.show_analysis(self._analyzer.analyse(profile))

    def _analysis_changed(self, analysis: Analysis) -> None:
        if self.plan is not None:
            self.plan.set_analysis(analysis)

    def shown_plan(self) -> ActionPlan | None:
        return self.plan.plan() if self.plan is not None else None

    def is_dirty(self) -> bool:
        return self.plan is not None and self.plan.is_dirty()

    def plan_draft(self) -> ActionPlan | None:
        """The plan to keep in an autosave draft: the plan when it has unsaved edits, else None."""
        return self.shown_plan() if self.is_dirty() else None

    def restore_plan(self, plan: ActionPlan) -> None:
        """Show a plan kept by autosave, as unsaved work: the plan it replaces stays the saved one."""
        if self.plan is None:
            return
        analysis = self.matches.analysis() if self.matches is not None else None
        self.plan.load_plan(plan, analysis, saved=False)
        self.planEdited.emit()

    def refresh_compare(self) -> None:
        """Saved profiles changed (save, delete, import, rename...): the comparison re-reads them, if it is built."""
        if self._compare is not None:
            self._compare.refresh()

    # --- language -----------------------------------------------------------------------------------------------

    def _language_changed(self, lang: Lang) -> None:
        # Every page follows the language in place: what it shows (analysis, selection, search, choice) stays.
        for page in (self.plan, self.matches, self._compare, self._knowledge):
            if page is not None:
                page.set_language(lang)
        self._show_state_notices()
