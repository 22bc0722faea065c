"""Everything the main window asks the user: each question is one small method, so tests replace the method
instead of clicking through a real dialog. Texts quote names as typed, so every box shows plain text."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Literal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMainWindow, QMessageBox

from desktop.views.plain_text import plain_message
from desktop.views.profile_list_model import format_saved

Choice = Literal["save", "discard", "cancel"]
Conflict = Literal["replace", "keep_both"]
PlanUpdate = Literal["update", "as_is", "cancel"]
PROFILE_FILTER = "*.json"


class WindowDialogs(QMainWindow):
    """The window's questions and messages (the window's own strings, in its translation context)."""

    def ask_save_discard_cancel(self, name: str) -> Choice:
        buttons = QMessageBox.StandardButton
        answer = self._ask(
            QMessageBox.Icon.Question,
            QCoreApplication.translate("MainWindow", "Unsaved changes"),
            QCoreApplication.translate(
                "MainWindow", "“{name}” has changes that are not saved. Save them first?"
            ).format(name=name),
            buttons.Save | buttons.Discard | buttons.Cancel,
            buttons.Save,
        )
        return {buttons.Save: "save", buttons.Discard: "discard"}.get(answer, "cancel")  # type: ignore[return-value]

    def ask_update_plan(self, name: str) -> PlanUpdate:
        """Before an export: the plan (with the user's edits) was made for an older version of the profile."""
        box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("MainWindow", "Plan out of date"), "")
        box.setParent(self, box.windowFlags())
        box.setText(
            QCoreApplication.translate(
                "MainWindow",
                "The plan of “{name}” was made before the profile last changed, so it is out of date. Update it "
                "first (your edits are kept)?",
            ).format(name=name)
        )
        plain_message(box)
        update = box.addButton(
            QCoreApplication.translate("MainWindow", "Update, then export"), QMessageBox.ButtonRole.AcceptRole
        )
        as_is = box.addButton(
            QCoreApplication.translate("MainWindow", "Export it as it is"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(update)
        box.exec()
        clicked = box.clickedButton()
        return "update" if clicked is update else "as_is" if clicked is as_is else "cancel"

    def confirm_delete(self, name: str) -> bool:
        buttons = QMessageBox.StandardButton
        answer = self._ask(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("MainWindow", "Delete profile"),
            QCoreApplication.translate(
                "MainWindow", "Delete “{name}” with all its saved versions? This cannot be undone."
            ).format(name=name),
            buttons.Yes | buttons.No,
            buttons.No,
        )
        return answer == buttons.Yes

    def ask_import_conflict(self, name: str) -> Conflict | None:
        box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("MainWindow", "Profile exists"), "")
        box.setParent(self, box.windowFlags())
        box.setTextFormat(Qt.TextFormat.PlainText)  # the name as typed, even if it looks like HTML
        box.setText(
            QCoreApplication.translate("MainWindow", "A profile named “{name}” already exists.").format(name=name)
        )
        replace = box.addButton(
            QCoreApplication.translate("MainWindow", "Replace it (its history is kept)"),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        keep = box.addButton(QCoreApplication.translate("MainWindow", "Keep both"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(keep)
        box.exec()
        clicked = box.clickedButton()
        return "replace" if clicked is replace else "keep_both" if clicked is keep else None

    def ask_text(self, title: str, label: str, text: str) -> str | None:
        value, accepted = QInputDialog.getText(self, title, label, text=text)
        return value if accepted else None

    def ask_restore_draft(self, name: str, saved_at: datetime) -> bool:
        buttons = QMessageBox.StandardButton
        answer = self._ask(
            QMessageBox.Icon.Question,
            QCoreApplication.translate("MainWindow", "Restore unsaved changes?"),
            QCoreApplication.translate(
                "MainWindow",
                "ZonePlanner was closed without saving changes to “{name}” (autosaved {time}). Restore them?",
            ).format(name=name, time=format_saved(saved_at)),
            buttons.Yes | buttons.No,
            buttons.Yes,
        )
        return answer == buttons.Yes

    def get_open_path(self, folder: Path) -> Path | None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, QCoreApplication.translate("MainWindow", "Import profile"), str(folder), self._file_filter()
        )
        return Path(chosen) if chosen else None

    def get_save_path(self, suggested: Path) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, QCoreApplication.translate("MainWindow", "Export profile"), str(suggested), self._file_filter()
        )
        return Path(chosen) if chosen else None

    def show_error(self, summary: str, details: str = "") -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.app_title(), summary, QMessageBox.StandardButton.Ok, self)
        box.setInformativeText(details)
        plain_message(box)  # both texts may quote names and values as typed
        box.exec()

    def app_title(self) -> str:
        return QCoreApplication.translate("MainWindow", "Development Zone Cluster Benchmarking Assistant")

    def _ask(
        self,
        icon: QMessageBox.Icon,
        title: str,
        text: str,
        buttons: QMessageBox.StandardButton,
        default: QMessageBox.StandardButton,
    ) -> QMessageBox.StandardButton:
        """A question with standard buttons whose text (which quotes names) is shown as plain text."""
        box = QMessageBox(icon, title, text, buttons, self)
        box.setDefaultButton(default)
        plain_message(box)
        return QMessageBox.StandardButton(box.exec())

    def _file_filter(self) -> str:
        return QCoreApplication.translate("MainWindow", "Zone profiles ({pattern})").format(pattern=PROFILE_FILTER)
