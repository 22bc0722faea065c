"""对比: two to four saved profiles side by side — endowments on one radar, stage, best matches, urgent actions."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QMenu,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.models.errors import ZonePlannerError
from desktop.models.formatting import list_text, points_text
from desktop.models.plan.plan import ActionPlan, PlanError
from desktop.models.plan.types import Action, Priority
from desktop.models.profile import Profile
from desktop.models.profile_vocabulary import indicator_label, problem_label, target_values
from desktop.models.store import ProfileSummary
from desktop.models.text import Lang
from desktop.models.vocabulary import Endowment, label
from desktop.models.workbook.comparison import Comparison
from desktop.views.common.analyzer import AnalyzerLike
from desktop.views.common.titles import numbered_title
from desktop.views.compare.export import CompareExport
from desktop.views.compare.models import (
    MAX_CHOSEN,
    ComparisonColumn,
    ComparisonModel,
    ProfileChoice,
    ProfileChoiceModel,
)
from desktop.views.radar import RadarChart, RadarSeries

MIN_CHOSEN = 2
TOP_MATCHES = 3
# Distinct in hue and lightness, so the four series stay apart on screen and in grey-scale print.
SERIES_COLOURS = ("#1f5fbf", "#d9822b", "#2e9e6b", "#8e44ad")


class StoreLike(Protocol):
    def list_summaries(self) -> list[ProfileSummary]: ...
    def load(self, profile_id: int) -> Profile: ...
    def load_plan(self, profile_id: int) -> dict[str, object] | None: ...


class PlanSource(StrEnum):
    SAVED = "saved"  # counted in the plan the user saved
    PROPOSED = "proposed"  # no plan saved: counted in the actions the engine proposes
    UNREADABLE = "unreadable"  # a saved plan exists but cannot be read: the proposal is counted instead


@dataclass(frozen=True, slots=True)
class ProfileFacts:
    """What the page shows of one profile."""

    profile: Profile
    top: tuple[tuple[str, float], ...]  # (title, score)
    high_priority: int
    plan_source: PlanSource


class _RoomyDelegate(QStyledItemDelegate):
    """Some air above and below each cell's text (a style-sheet padding would upset the wrapped-height sums)."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(hint.width(), hint.height() + 10)


class _FittedTable(QTableView):
    """Rows as tall as their wrapped text at the current column widths (which change with the window)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Stretching reports each column as it goes; fit once all widths are final (one pass per event loop turn).
        self._fit = QTimer(self)
        self._fit.setSingleShot(True)
        self._fit.setInterval(0)
        self._fit.timeout.connect(self.fit_rows)
        self.horizontalHeader().sectionResized.connect(self._fit.start)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # As tall as its rows but never forcing the window to grow: it may shrink and scroll instead.
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)

    def fit_rows(self) -> None:
        """Fit the rows to their text; the table then asks for just their height, leaving the rest to the radar."""
        self.resizeRowsToContents()
        self.updateGeometry()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        header = self.horizontalHeader().sizeHint().height() if self.model() and self.model().columnCount() else 0
        return QSize(hint.width(), header + self.verticalHeader().length() + 2 * self.frameWidth())


class ComparePage(QWidget):
    """``refresh()`` re-reads the saved profiles (call it after a save); choices that still exist are kept."""

    def __init__(self, store: StoreLike, analyzer: AnalyzerLike, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._analyzer = analyzer
        self._lang = lang

        self.choices = ProfileChoiceModel(self)
        self.table_model = ComparisonModel(self)
        self._compared: Comparison | None = None  # what the page shows, for export and print
        self.export = CompareExport(self, self)
        self._build()
        self.choices.chosenChanged.connect(self._chosen_changed)
        self.choices.refused.connect(self._refused)
        self.refresh()

    # --- public -------------------------------------------------------------------------------------------------

    def refresh(self) -> None:
        try:
            summaries = self._store.list_summaries()
        except ZonePlannerError as error:
            self._show_error(error.message.get(self._lang))
            summaries = []
        self.choices.set_rows(
            [
                ProfileChoice(s.id, s.name, f"{label(s.stage).get(self._lang)} · {s.updated_at:%Y-%m-%d %H:%M}")
                for s in summaries
            ]
        )
        self._empty_list.setVisible(not summaries)
        self._update_comparison()

    def choose(self, profile_ids: list[int]) -> None:
        """Check exactly these profiles (at most four are taken)."""
        self.choices.set_chosen(profile_ids)

    def chosen(self) -> list[int]:
        return self.choices.chosen()

    def set_language(self, lang: Lang) -> None:
        """Show the page in ``lang`` (the window installs the translators first), keeping the chosen profiles."""
        self._lang = lang
        self._notice.hide()  # a refusal or an error belongs to what was done before
        self.retranslate()
        self.refresh()

    def comparison(self) -> Comparison | None:
        """The profiles compared and the table's rows as shown (None while fewer than two are chosen)."""
        return self._compared

    def comparison_view(self) -> QWidget:
        """The radar and the table: what the image export shows."""
        return self._comparison

    def lang(self) -> Lang:
        return self._lang

    def title_text(self) -> str:
        return self._title.text()

    def radar_title(self) -> str:
        return self._radar_title.text()

    def table_title(self) -> str:
        return self._table_title.text()

    def show_notice(self, text: str) -> None:
        """Say what an export did, beside its buttons."""
        self.export_status.setText(text)
        self.export_status.setToolTip(text)

    def notice(self) -> str:
        """The message shown above the list (empty when there is none)."""
        return self._notice.text() if self._notice.isVisibleTo(self) else ""

    # --- building -----------------------------------------------------------------------------------------------

    def _build(self) -> None:
        self._title = title = QLabel(self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        title.setFont(font)
        self._subtitle = subtitle = QLabel(self)
        subtitle.setWordWrap(True)
        subtitle.setStyleSheet("color: #5f6b7a;")

        self.list = QListView(self)
        self.list.setModel(self.choices)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.list.setSpacing(1)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)  # the full name is in the tooltip
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._list_title = list_title = QLabel(self)
        list_title.setStyleSheet("font-weight: bold;")
        self._hint = QLabel(self)
        self._hint.setStyleSheet("color: #5f6b7a;")
        self._empty_list = QLabel(self)
        self._empty_list.setWordWrap(True)
        self._empty_list.setStyleSheet("color: #5f6b7a;")
        self._notice = QLabel(self)
        self._notice.setObjectName("compareNotice")
        self._notice.setTextFormat(Qt.TextFormat.PlainText)  # may quote a profile's name
        self._notice.setWordWrap(True)
        self._notice.setStyleSheet(
            "background: #fff4e5; border: 1px solid #f0c36d; border-radius: 4px; padding: 6px; color: #5c3b00;"
        )
        self._notice.hide()
        self._clear = clear = QPushButton(self)
        clear.clicked.connect(lambda: self.choices.set_chosen([]))

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 8, 0)
        left_layout.setSpacing(6)
        left_layout.addWidget(list_title)
        left_layout.addWidget(self._hint)
        left_layout.addWidget(self._notice)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self._empty_list)
        left_layout.addWidget(clear, 0, Qt.AlignmentFlag.AlignLeft)

        axes = [str(e) for e in Endowment]
        # Narrower than its minimum and the axis labels collide; lower, and the side-by-side table below loses its
        # rows on a 1366×768 screen (the chart grows again with the window).
        self.radar = RadarChart(axes, self, legend=True, minimum=QSize(420, 280), hint=QSize(560, 420))
        self.table = _FittedTable(self)
        self.table.setModel(self.table_model)
        self.table.setWordWrap(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setFrameShape(QFrame.Shape.StyledPanel)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # A long zone name ends in "…" (the whole name is its tooltip) instead of being cut off mid-character.
        self.table.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.verticalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setAlternatingRowColors(True)
        self.table.setCornerButtonEnabled(False)
        self.table.setItemDelegate(_RoomyDelegate(self.table))

        self._radar_title = radar_title = QLabel(self)
        radar_title.setStyleSheet("font-weight: bold;")
        self._table_title = table_title = QLabel(self)
        table_title.setStyleSheet("font-weight: bold;")
        comparison = QWidget(self)
        self._comparison = comparison
        comparison_layout = QVBoxLayout(comparison)
        comparison_layout.setContentsMargins(8, 0, 0, 0)
        comparison_layout.setSpacing(6)
        comparison_layout.addLayout(self._export_row())
        comparison_layout.addWidget(radar_title)
        comparison_layout.addWidget(self.radar, 1)
        comparison_layout.addSpacing(6)
        comparison_layout.addWidget(table_title)
        comparison_layout.addWidget(self.table)

        self.placeholder = QLabel(self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setStyleSheet("color: #5f6b7a; font-size: 11pt;")
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(comparison)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("compareSplitter")  # the window keeps its place (views/settings.py)
        splitter.addWidget(left)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 4)
        splitter.setSizes([260, 880])
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(6)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addSpacing(4)
        layout.addWidget(splitter, 1)
        self.retranslate()

    def _export_row(self) -> QHBoxLayout:
        """Export (a workbook sheet or an image) and Print, above the comparison they take away."""
        self.export_button = QPushButton(self.style().standardIcon(QStyle.StandardPixmap.SP_DialogSaveButton), "", self)
        self.export_button.setObjectName("compareExport")
        self.export_button.setAutoDefault(False)
        menu = QMenu(self.export_button)
        self.export_workbook_action = menu.addAction("")
        self.export_workbook_action.triggered.connect(self.export.export_workbook)
        self.export_image_action = menu.addAction("")
        self.export_image_action.triggered.connect(self.export.export_image)
        self.export_button.setMenu(menu)
        self.print_button = QPushButton(self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon), "", self)
        self.print_button.setObjectName("comparePrint")
        self.print_button.setAutoDefault(False)
        self.print_button.clicked.connect(lambda _checked=False: self.export.print_())
        self.export_status = QLabel(self)
        self.export_status.setObjectName("compareExportStatus")
        self.export_status.setStyleSheet("color: #5f6b7a;")
        self.export_status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.export_button)
        row.addWidget(self.print_button)
        row.addWidget(self.export_status, 1)
        return row

    def retranslate(self) -> None:
        """Set the page's own words in the current language (after construction and on a language change)."""
        self.export_button.setText(self.tr("Export"))
        self.export_button.setToolTip(self.tr("Save the comparison as an Excel workbook or a PNG image"))
        self.export_workbook_action.setText(self.tr("Excel workbook (.xlsx)…"))
        self.export_image_action.setText(self.tr("Image (.png)…"))
        self.print_button.setText(self.tr("Print…"))
        self.print_button.setToolTip(self.tr("Print the comparison, or save it as a PDF file"))
        self._title.setText(self.tr("Compare zones"))
        self._subtitle.setText(
            self.tr(
                "Put two to four saved profiles side by side: their endowments, stage, best matches "
                "and the number of high-priority actions."
            )
        )
        self._list_title.setText(self.tr("Saved profiles"))
        self._hint.setText(self.tr("Tick two to four profiles."))
        self._empty_list.setText(self.tr("No saved profiles yet. Save a profile first."))
        self._clear.setText(self.tr("Clear choice"))
        self._radar_title.setText(self.tr("Endowments (0–5)"))
        self._table_title.setText(self.tr("Side by side"))
        self.radar.set_labels({str(e): label(e).get(self._lang) for e in Endowment})

    # --- behaviour ----------------------------------------------------------------------------------------------

    def _chosen_changed(self) -> None:
        if len(self.choices.chosen()) < MAX_CHOSEN:
            self._notice.hide()
        self._update_comparison()

    def _refused(self, _profile_id: int) -> None:
        self._notice.setText(
            self.tr("At most {count} profiles can be compared at once. Untick one before adding another.").format(
                count=MAX_CHOSEN
            )
        )
        self._notice.show()

    def _show_error(self, text: str) -> None:
        self._notice.setText(text)
        self._notice.show()

    def _update_comparison(self) -> None:
        chosen = self.choices.chosen()
        if len(chosen) < MIN_CHOSEN:
            self.placeholder.setText(
                self.tr("Tick at least two saved profiles on the left to compare them.")
                if self.choices.rows()
                else self.tr("Save two or more profiles to compare them here.")
            )
            self.stack.setCurrentIndex(0)
            self.radar.set_series([])
            self.table_model.set_table([], [])
            self._compared = None
            return
        facts: list[ProfileFacts] = []
        for profile_id in chosen:
            try:
                facts.append(self._facts(profile_id))
            except ZonePlannerError as error:
                self._show_error(error.message.get(self._lang))
        colours = [QColor(SERIES_COLOURS[i % len(SERIES_COLOURS)]) for i in range(len(facts))]
        self.radar.set_series(
            [
                RadarSeries(f.profile.name, colour, {str(e): v for e, v in f.profile.endowments.items()})
                for f, colour in zip(facts, colours, strict=True)
            ]
        )
        columns = [
            ComparisonColumn(f.profile.name, colour, self._cells(f)) for f, colour in zip(facts, colours, strict=True)
        ]
        titles = self._row_titles()
        self.table_model.set_table(titles, columns)
        rows = tuple((title, tuple(c.cells[i] for c in columns)) for i, title in enumerate(titles))
        self._compared = Comparison(tuple(f.profile for f in facts), rows, self._lang)
        self.table.fit_rows()
        self.stack.setCurrentIndex(1)

    def _row_titles(self) -> list[str]:
        best = [self.tr("Best match {rank}").format(rank=rank) for rank in range(1, TOP_MATCHES + 1)]
        return [
            self.tr("Stage"),
            self.tr("Leading industries"),
            self.tr("Not known (to be verified)"),
            self.tr("Stated problems"),
            self.tr("Targets"),
            *best,
            self.tr("High-priority actions"),
        ]

    def _cells(self, facts: ProfileFacts) -> tuple[str, ...]:
        lang = self._lang
        profile = facts.profile
        industries = list_text((label(i).get(lang) for i in profile.industries), lang)
        top = [f"{title}  ({points_text(score)})" for title, score in facts.top]
        top += ["—"] * (TOP_MATCHES - len(top))
        source = {
            PlanSource.SAVED: self.tr("in the saved plan"),
            PlanSource.PROPOSED: self.tr("proposed; no plan saved yet"),
            PlanSource.UNREADABLE: self.tr("proposed; the saved plan could not be read"),
        }[facts.plan_source]
        unknown = [label(e).get(lang) for e in profile.unknown_endowments()]
        unknown += [label(c).get(lang) for c in profile.unknown_conditions()]
        problems = [problem_label(p).get(lang) for p in profile.problems]
        targets = [
            f"{indicator_label(t.indicator).get(lang)}: {target_values(t, unit=True).get(lang)}"
            for t in profile.targets
        ]
        return (
            label(profile.stage).get(lang),
            industries,
            list_text(unknown, lang) or "—",
            list_text(problems, lang) or "—",
            "\n".join(targets) or "—",
            *top,
            f"{facts.high_priority}  ({source})",
        )

    def _facts(self, profile_id: int) -> ProfileFacts:
        # No cache: at most four profiles, each matched in milliseconds, and a saved plan may change at any time.
        profile = self._store.load(profile_id)
        analysis = self._analyzer.analyse(profile)
        top = tuple(
            (numbered_title(m.id, m.title.get(self._lang)), m.score) for m in analysis.result.matches[:TOP_MATCHES]
        )
        actions: list[Action] = list(analysis.actions)
        source = PlanSource.PROPOSED
        saved = self._store.load_plan(profile_id)
        if saved is not None:
            try:
                actions, source = list(ActionPlan.from_data(saved).actions), PlanSource.SAVED
            except PlanError:
                source = PlanSource.UNREADABLE
        high = sum(1 for a in actions if a.priority is Priority.HIGH)
        return ProfileFacts(profile, top, high, source)
