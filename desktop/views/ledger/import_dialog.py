"""导入台账: before anything is applied, every change per action (old → new) and everything that needs a decision.

The user ticks the returns to apply (the preview's proposal is ticked already) and applies them in one step, or
cancels and nothing is applied. The dialog decides nothing itself: it shows the preview and gives back the keys.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.models.ledger.types import ImportPreview, Proposal
from desktop.models.text import Lang

KEY_ROLE = Qt.ItemDataRole.UserRole
FLAGGED = QColor("#b3261e")
EMPTY = "—"


class ImportDialog(QDialog):
    def __init__(self, preview: ImportPreview, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ledgerImportDialog")
        self._preview, self._lang = preview, lang
        self.setWindowTitle(self.tr("Import returned forms — {zone}").format(zone=preview.zone))
        self.summary = QLabel(self)
        self.summary.setObjectName("ledgerImportSummary")
        self.summary.setWordWrap(True)
        self.changes = QTreeWidget(self)
        self.changes.setObjectName("ledgerChanges")
        self.changes.setColumnCount(3)
        self.changes.setHeaderLabels([self.tr("Action / return / field"), self.tr("Now"), self.tr("After import")])
        self.changes.setWordWrap(True)
        self.changes.setUniformRowHeights(False)
        header = self.changes.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.issues = QListWidget(self)
        self.issues.setObjectName("ledgerIssues")
        self.issues.setWordWrap(True)
        self.issues_label = QLabel(self)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.changes)
        box = QWidget(splitter)
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(0, 0, 0, 0)
        box_layout.addWidget(self.issues_label)
        box_layout.addWidget(self.issues)
        splitter.addWidget(box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        self.buttons = QDialogButtonBox(self)
        self.apply_button = QPushButton(self)
        self.apply_button.setObjectName("ledgerApply")
        self.buttons.addButton(self.apply_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)
        self._fill()
        self.changes.itemChanged.connect(lambda *_: self._update())
        self._update()
        self.resize(980, 640)
        self.changes.setColumnWidth(0, 400)
        self.changes.setColumnWidth(1, 260)  # the rest to the new values

    # --- what the caller reads ----------------------------------------------------------------------------------

    def accepted_keys(self) -> frozenset[str]:
        """The returns ticked to apply."""
        keys: set[str] = set()
        for item in self._proposal_items():
            if item.checkState(0) == Qt.CheckState.Checked:
                keys.add(str(item.data(0, KEY_ROLE)))
        return frozenset(keys)

    def set_checked(self, key: str, checked: bool) -> None:
        """Tick or untick one return (what a click on its box does)."""
        for item in self._proposal_items():
            if item.data(0, KEY_ROLE) == key:
                item.setCheckState(0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    # --- filling --------------------------------------------------------------------------------------------------

    def _fill(self) -> None:
        lang, preview = self._lang, self._preview
        grouped = preview.by_action()
        for action_id, proposals in grouped.items():
            title, number = proposals[0].action_title.get(lang), proposals[0].number
            top = QTreeWidgetItem(self.changes, [f"{number}. {title}" if number else title, "", ""])  # plan's 序号
            top.setToolTip(0, action_id)
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            top.setFirstColumnSpanned(True)
            for proposal in proposals:
                self._proposal(top, proposal)
            top.setExpanded(True)
        refusing = [issue for issue in preview.issues if issue.refusing]
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        information = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
        # What refuses something first: a bad value must not sit below a screenful of notes (stable: order kept).
        for issue in sorted(preview.issues, key=lambda issue: not issue.refusing):
            item = QListWidgetItem(warning if issue.refusing else information, issue.message.get(lang))
            if issue.refusing:
                item.setForeground(QBrush(FLAGGED))
            self.issues.addItem(item)
        self.issues_label.setText(
            self.tr("Needs your attention ({count}):").format(count=len(preview.issues))
            if preview.issues
            else self.tr("Nothing needs a decision.")
        )
        self.issues.setVisible(bool(preview.issues))
        self._refused = len(refusing)

    def _proposal(self, parent: QTreeWidgetItem, proposal: Proposal) -> None:
        lang, report = self._lang, proposal.report
        where = proposal.where
        label = self.tr("{file}, row {row} — reported {date}").format(
            file=where.file, row=where.row if where.row is not None else "", date=report.reported_on.isoformat()
        )
        if report.reporter:
            label += self.tr(" by {name}").format(name=report.reporter)
        item = QTreeWidgetItem(parent, [label, "", ""])
        item.setFirstColumnSpanned(True)  # file, row, date and reporter: longer than the field column
        item.setData(0, KEY_ROLE, proposal.key)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(0, Qt.CheckState.Checked if proposal.proposed else Qt.CheckState.Unchecked)
        notes = [note.get(lang) for note in proposal.notes]
        if notes:
            item.setForeground(0, QBrush(FLAGGED))
            item.setToolTip(0, "\n".join(notes))
            for note in notes:
                flag = QTreeWidgetItem(item, ["⚠ " + note, "", ""])
                flag.setForeground(0, QBrush(FLAGGED))
                flag.setFirstColumnSpanned(True)
        if not proposal.changes:
            QTreeWidgetItem(item, [self.tr("(no value differs from the last return)"), "", ""])
        for change in proposal.changes:
            old, new = change.old.get(lang) or EMPTY, change.new.get(lang) or EMPTY
            row = QTreeWidgetItem(item, [change.label.get(lang), old, new])
            for column, text in ((1, old), (2, new)):
                row.setToolTip(column, text)
        item.setExpanded(True)

    def _proposal_items(self) -> list[QTreeWidgetItem]:
        items: list[QTreeWidgetItem] = []
        for index in range(self.changes.topLevelItemCount()):
            top = self.changes.topLevelItem(index)
            if top is None:
                continue
            items += [child for n in range(top.childCount()) if (child := top.child(n)) is not None]
        return items

    def _update(self) -> None:
        count = len(self.accepted_keys())
        total = len(self._preview.proposals)
        self.apply_button.setText(self.tr("Apply the ticked returns ({count})").format(count=count))
        self.apply_button.setEnabled(count > 0)
        files = len(self._preview.forms)
        if not total:  # only problems to show: no empty table of changes above them
            self.changes.setVisible(False)
            self.summary.setText(
                self.tr(
                    "Files read: {files}; refused: {refused}. No return can be applied: see what needs your attention "
                    "below. Nothing is changed."
                ).format(files=files, refused=len(self._preview.refused_files))
            )
            return
        self.summary.setText(
            self.tr(
                "Files read: {files}; refused: {refused}. Returns that can be applied: {total}, on actions: {actions}; "
                "ticked: {count}. Nothing is changed until you apply; Cancel changes nothing."
            ).format(
                files=files,
                refused=len(self._preview.refused_files),
                total=total,
                actions=len(self._preview.by_action()),
                count=count,
            )
        )
