"""目标与备注: the zone's quantified targets, what it wants to achieve in words, and anything else worth keeping."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from desktop.views.editor.common import ErrorTarget, as_text, field_title
from desktop.views.editor.feedback import FieldError
from desktop.views.editor.targets_table import TargetsTable
from desktop.views.i18n import Language


class GoalsPage(QWidget):
    """The targets table and two free-text fields."""

    edited = Signal()

    def __init__(self, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self.goals_edit = QPlainTextEdit(self)
        self.notes_edit = QPlainTextEdit(self)
        self.targets = TargetsTable(language, self)
        self._titles = {"targets": QLabel(self), "goals": QLabel(self), "notes": QLabel(self)}
        self._errors = {"targets": FieldError(self), "goals": FieldError(self), "notes": FieldError(self)}

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(4)
        self._titles["targets"].setBuddy(self.targets.table)
        layout.addWidget(self._titles["targets"])
        layout.addWidget(self.targets, 2)
        layout.addWidget(self._errors["targets"])
        layout.addSpacing(8)
        for path, edit in (("goals", self.goals_edit), ("notes", self.notes_edit)):
            self._titles[path].setBuddy(edit)
            layout.addWidget(self._titles[path])
            layout.addWidget(edit, 3 if path == "goals" else 2)
            layout.addWidget(self._errors[path])
            layout.addSpacing(8)

        self.goals_edit.textChanged.connect(self.edited)
        self.notes_edit.textChanged.connect(self.edited)
        self.targets.edited.connect(self.edited)
        self.retranslate()

    def retranslate(self) -> None:
        for path, title in self._titles.items():
            title.setText(field_title(path, self._language))
        self.targets.retranslate()
        self.goals_edit.setPlaceholderText(
            self.tr(
                "What should the cluster achieve, and by when? For example: output, number of firms, "
                "a research platform, a cluster organisation."
            )
        )
        self.notes_edit.setPlaceholderText(
            self.tr("Anything else worth keeping with this profile: sources of the figures, contacts, open questions.")
        )

    def load_data(self, data: Mapping[str, object]) -> None:
        self.targets.load(data.get("targets"))
        self.goals_edit.setPlainText(as_text(data.get("goals")))
        self.notes_edit.setPlainText(as_text(data.get("notes")))

    def write_data(self, data: dict[str, object]) -> None:
        data["targets"] = self.targets.targets()
        for path, edit in (("goals", self.goals_edit), ("notes", self.notes_edit)):
            if edit.toPlainText():
                data[path] = edit.toPlainText()

    def error_targets(self) -> dict[str, ErrorTarget]:
        return {
            "targets": ErrorTarget((self.targets.table,), self._errors["targets"], self),
            "goals": ErrorTarget((self.goals_edit,), self._errors["goals"], self),
            "notes": ErrorTarget((self.notes_edit,), self._errors["notes"], self),
        }
