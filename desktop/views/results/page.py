"""对标结果: the ranking of traits, cases, practices and recommendations for the current profile, each explained."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop.models.analysis import Analysis
from desktop.models.errors import ZonePlannerError
from desktop.models.formatting import COLON, paragraphs_text
from desktop.models.profile import Profile
from desktop.models.text import Lang, Text
from desktop.models.vocabulary.gaps import OUTSIDE_ARTICLE
from desktop.models.vocabulary.kinds import kind_group_label
from desktop.views.common.analyzer import AnalyzerLike
from desktop.views.common.titles import numbered_title
from desktop.views.elided_label import ElidedLabel
from desktop.views.help.paragraph_dialog import paragraph_summaries, tooltip_text
from desktop.views.results.kinds import MATCH_GROUPS
from desktop.views.results.match_detail import MatchDetail
from desktop.views.results.ranking_model import (
    ID_ROLE,
    PARAGRAPHS,
    SCORE,
    TITLE,
    RankingGroup,
    RankingModel,
    RankingRow,
)
from desktop.views.results.score_delegate import ScoreBarDelegate
from desktop.views.results.title_delegate import WrappedTitleDelegate

# Long enough to swallow a burst of keystrokes or spin-box steps, short enough to feel immediate.
DEBOUNCE_MS = 150
SCORE_WIDTH = 120  # the bar and its number: room enough to compare, the rest for the titles


def ranking_groups(analysis: Analysis, lang: Lang) -> list[RankingGroup]:
    """The engine's ranking cut into the four groups, each keeping the engine's order."""
    result = analysis.result
    summaries = paragraph_summaries()  # a bare "¶6" in the list says nothing: hovering it shows our summary
    return [
        RankingGroup(
            kind_group_label(kind).get(lang),
            tuple(
                RankingRow(
                    m.id,
                    numbered_title(m.id, m.title.get(lang)),
                    m.score,
                    paragraphs_text(m.paragraphs, lang),
                    tooltip_text(summaries, m.paragraphs, lang) if m.paragraphs else "",
                )
                for m in result.of_kind(kind)
            ),
        )
        for kind in MATCH_GROUPS
    ]


class MatchesPage(QWidget):
    """Shows the analysis of one profile. ``set_profile`` re-matches after a short pause; ``show_analysis`` at once."""

    analysisChanged = Signal(object)  # Analysis: emitted after each displayed analysis
    analysisCleared = Signal()  # no profile any more

    def __init__(self, analyzer: AnalyzerLike, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._analyzer = analyzer
        self._lang = lang
        self._analysis: Analysis | None = None
        self._pending: Profile | None = None

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._rematch)

        self.model = RankingModel(lang, self)
        self._build()

    # --- public -------------------------------------------------------------------------------------------------

    def set_profile(self, profile: Profile | None) -> None:
        """Re-match ``profile`` once edits pause; ``None`` clears the page at once."""
        if profile is None:
            self._timer.stop()
            self._pending = None
            self._clear()
            return
        self._pending = profile
        self._timer.start()  # restarting the single-shot timer is the debounce

    def waiting(self) -> bool:
        """An edit is waiting for the pause in typing before it is matched."""
        return self._timer.isActive()

    def show_analysis(self, analysis: Analysis) -> None:
        """Display ``analysis`` now, keeping the selected match if it is still ranked."""
        self._timer.stop()
        self._pending = None
        keep = self.selected_id()
        self._analysis = analysis
        self.model.set_groups(ranking_groups(analysis, self._lang))
        self.tree.expandAll()
        self._set_headings()
        self._stack.setCurrentIndex(1)
        # Selecting again re-renders the detail through currentRowChanged with the new reasons.
        if keep is None or not self.select(keep):
            self.detail.show_placeholder()
        self.analysisChanged.emit(analysis)

    def analysis(self) -> Analysis | None:
        return self._analysis

    def retranslate(self) -> None:
        """Set the page's own words in the current language (after construction and on a language change)."""
        self.model.set_language(self._lang)
        header = self.tree.header()  # the score's heading whole ("Similarity / relevance" is long in English)
        heading = str(self.model.headerData(SCORE, Qt.Orientation.Horizontal) or "")
        header.resizeSection(SCORE, max(SCORE_WIDTH, header.fontMetrics().horizontalAdvance(heading) + 24))
        self._set_empty_text(self._empty_message)
        if self._analysis is None:
            self.title.setText(self.tr("Benchmarking results"))
            self.detail.show_placeholder()
        else:
            self._set_headings()

    def set_language(self, lang: Lang) -> None:
        """Show the page in ``lang`` (the window installs the translators first), keeping analysis and selection."""
        self._lang = lang
        self.detail.set_language(lang)
        if self._analysis is not None:
            selected = self.selected_id()
            self.model.set_groups(ranking_groups(self._analysis, lang))
            self.tree.expandAll()
            if selected is None or not self.select(selected):
                self.detail.show_placeholder()
        self.retranslate()

    def selected_id(self) -> str | None:
        indexes = self.tree.selectionModel().selectedRows(TITLE)
        return indexes[0].data(ID_ROLE) if indexes else None

    def select(self, item_id: str) -> bool:
        """Select the match with that ID; False if it is not in the ranking."""
        index = self.model.index_of(item_id)
        if not index.isValid():
            return False
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.tree.selectionModel().setCurrentIndex(index, flags)
        self.tree.scrollTo(index)
        return True

    # --- building -----------------------------------------------------------------------------------------------

    def _build(self) -> None:
        self.title = ElidedLabel("", self)  # holds the zone name: never too wide
        self.title.setObjectName("pageTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title.setFont(font)
        self._subtitle = QLabel(self)
        self._subtitle.setTextFormat(Qt.TextFormat.PlainText)
        self._subtitle.setWordWrap(True)
        self._subtitle.setStyleSheet("color: #5f6b7a;")
        # What the zone needs that the 2019 article does not cover: said beside the ranking, never cited.
        self.limits = QLabel(self)
        self.limits.setTextFormat(Qt.TextFormat.PlainText)
        self.limits.setWordWrap(True)
        self.limits.setStyleSheet("color: #8a5a00;")
        self.limits.hide()

        self.tree = QTreeView(self)
        self.tree.setModel(self.model)
        self.tree.setItemDelegateForColumn(SCORE, ScoreBarDelegate(self.tree))
        self.tree.setItemDelegateForColumn(TITLE, WrappedTitleDelegate(self.tree, TITLE))
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # A title is read whole: it wraps onto a second line (rows grow with it) rather than being cut after a few
        # characters in a narrow window.
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.setAlternatingRowColors(True)
        self.tree.setAllColumnsShowFocus(True)
        self.tree.setStyleSheet("QTreeView::item { padding: 3px 0; }")
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(SCORE, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(PARAGRAPHS, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(SCORE, SCORE_WIDTH)
        # Row heights follow the title column's width (a wrapped title needs more lines when it narrows).
        header.sectionResized.connect(self._column_resized)
        self.tree.selectionModel().currentRowChanged.connect(self._current_changed)

        self.detail = MatchDetail(self._lang, self)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("matchesSplitter")  # the window keeps its place (views/settings.py)
        splitter.addWidget(self.tree)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([600, 400])  # the ranking first: most of the room goes to the titles
        splitter.setChildrenCollapsible(False)

        results = QWidget(self)
        results_layout = QVBoxLayout(results)
        results_layout.setContentsMargins(0, 0, 0, 0)
        results_layout.setSpacing(6)
        results_layout.addWidget(self._subtitle)
        results_layout.addWidget(self.limits)
        results_layout.addSpacing(4)
        results_layout.addWidget(splitter, 1)

        self._empty = QLabel(self)
        self._empty_message: Text | None = None  # a refusal of the rules, shown instead of the invitation
        self._empty.setTextFormat(Qt.TextFormat.PlainText)  # may be an error message quoting the profile
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty.setWordWrap(True)
        self._empty.setStyleSheet("color: #5f6b7a; font-size: 11pt;")

        self._stack = QStackedWidget(self)
        self._stack.addWidget(self._empty)
        self._stack.addWidget(results)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(6)
        layout.addWidget(self.title)
        layout.addWidget(self._stack, 1)
        self.retranslate()

    # --- behaviour ----------------------------------------------------------------------------------------------

    def _column_resized(self, column: int, _old: int, _new: int) -> None:
        if column == TITLE:
            self.tree.doItemsLayout()

    def _rematch(self) -> None:
        profile, self._pending = self._pending, None
        if profile is None:
            return
        try:
            analysis = self._analyzer.analyse(profile)
        except ZonePlannerError as error:
            # The form only hands over validated profiles; if the rules still refuse one, say so in place.
            self._clear(error.message)
            return
        self.show_analysis(analysis)

    def _set_headings(self) -> None:
        assert self._analysis is not None
        self.title.setText(self.tr("Benchmarking results for {name}").format(name=self._analysis.profile.name))
        count = len(self._analysis.result.matches)
        self._subtitle.setText(
            self.tr(
                "{count} items of the US experience ranked by how well they fit this zone (0–100). "
                "Select one to see why."
            ).format(count=count)
        )
        notes = self._analysis.result.outside_article
        lang = self._lang
        self.limits.setText(
            "\n".join(
                f"{OUTSIDE_ARTICLE.get(lang)}{COLON.get(lang)}{n.topic.get(lang)}{COLON.get(lang)}{n.note.get(lang)}"
                for n in notes
            )
        )
        self.limits.setVisible(bool(notes))

    def _set_empty_text(self, message: Text | None) -> None:
        self._empty_message = message
        invitation = self.tr("Open or create a zone profile to see how it matches the US cluster experience.")
        self._empty.setText(message.get(self._lang) if message is not None else invitation)

    def _clear(self, message: Text | None = None) -> None:
        had_analysis = self._analysis is not None
        self._analysis = None
        self.model.set_groups([])
        self.detail.show_placeholder()
        self._set_empty_text(message)
        self._stack.setCurrentIndex(0)
        self.title.setText(self.tr("Benchmarking results"))
        self.limits.hide()
        if had_analysis:
            self.analysisCleared.emit()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        item_id = current.data(ID_ROLE) if current.isValid() else None
        if item_id is None:
            self.detail.show_placeholder()
        else:
            self._show_detail(item_id)

    def _show_detail(self, item_id: str) -> None:
        if self._analysis is None:
            return
        match = self._analysis.result.get(item_id)
        kb = self._analyzer.kb
        item = kb.items.get(item_id)
        self.detail.show_match(match, item, kb.source.citation.get(self._lang))
