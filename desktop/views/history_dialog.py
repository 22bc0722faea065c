"""The saved versions of one profile, with a preview of each and a button to make one current again."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.models.errors import ZonePlannerError
from desktop.models.profile import Profile
from desktop.models.vocabulary import FIGURE_UNITS, Condition, Endowment, label
from desktop.views.editor.basic_page import format_figure
from desktop.views.editor.common import field_title
from desktop.views.i18n import Language
from desktop.views.profile_list_model import format_saved

if TYPE_CHECKING:  # the store package brings SQLAlchemy; the window needs only the row types' names
    from desktop.models.store import ProfileStore, RevisionSummary


class HistoryDialog(QDialog):
    """Lists the versions newest first; ``chosen_revision()`` is the one to restore after ``exec()`` accepts."""

    def __init__(self, store: ProfileStore, profile_id: int, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._language = language
        self.setWindowTitle(self.tr("Version history"))
        self.resize(820, 560)

        self.versions = QListWidget(self)
        self.preview = QTextBrowser(self)
        self._intro = QLabel(
            self.tr("Every save is kept. Pick a version to see it; restoring it saves it again as the newest version."),
            self,
        )
        self._intro.setWordWrap(True)
        self.restore_button = QPushButton(self.tr("Restore this version"), self)
        self.restore_button.setEnabled(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)

        panes = QHBoxLayout()
        panes.addWidget(self.versions, 1)
        panes.addWidget(self.preview, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self._intro)
        layout.addLayout(panes, 1)
        layout.addWidget(buttons)

        self._revisions: list[RevisionSummary] = store.revisions(profile_id)
        for position, revision in enumerate(self._revisions):
            caption = format_saved(revision.saved_at)
            if position == 0:
                caption += "  " + self.tr("(current)")
            caption += "\n" + revision.name
            item = QListWidgetItem(caption, self.versions)
            item.setData(Qt.ItemDataRole.UserRole, revision.id)
        self.versions.currentRowChanged.connect(self._show)
        if self._revisions:
            self.versions.setCurrentRow(0)

    def chosen_revision(self) -> int | None:
        row = self.versions.currentRow()
        return self._revisions[row].id if row > 0 else None

    def _show(self, row: int) -> None:
        self.restore_button.setEnabled(row > 0)  # the first is the current state: nothing to restore
        if row < 0:
            self.preview.clear()
            return
        try:
            profile = self._store.load_revision(self._revisions[row].id)
        except ZonePlannerError as error:
            self.preview.setPlainText(self._language.text(error.message))
            return
        self.preview.setHtml(self.summary_html(profile))

    def summary_html(self, profile: Profile) -> str:
        """A short read-only description of a version: enough to recognise it."""
        text = self._language.text
        separator = "、" if self._language.lang == "zh" else ", "
        place = separator.join(part for part in (profile.province, profile.city) if part)
        rows = [
            (field_title("name", self._language), profile.name),
            (self.tr("Location"), place or "—"),
            (field_title("level", self._language), text(label(profile.level)) if profile.level else "—"),
            (field_title("kind", self._language), text(label(profile.kind)) if profile.kind else "—"),
            (field_title("stage", self._language), text(label(profile.stage))),
            (field_title("industries", self._language), separator.join(text(label(i)) for i in profile.industries)),
            *((text(label(e)), str(profile.endowments[e])) for e in Endowment),
            *((text(label(f)), f"{format_figure(v)} {text(FIGURE_UNITS[f])}") for f, v in profile.figures.items()),
            *((text(label(c)), "✓") for c in Condition if profile.has(c)),
        ]
        cells = "".join(
            f"<tr><td style='padding-right:12px;color:#5f6b7a'>{escape(k)}</td><td>{escape(v)}</td></tr>"
            for k, v in rows
        )
        return f"<table>{cells}</table>"
