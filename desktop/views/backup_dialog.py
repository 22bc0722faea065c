"""The backups of a damaged database, each with when it was taken and how many profiles it holds, to pick one to
restore (the newest good one is selected; damaged copies are listed but cannot be chosen)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.views.profile_list_model import format_saved

if TYPE_CHECKING:  # the store package brings SQLAlchemy; the dialog needs only the row type's name
    from desktop.models.store import BackupInfo


class BackupDialog(QDialog):
    """``chosen()`` is the backup to restore after ``exec()`` accepts."""

    def __init__(self, backups: Sequence[BackupInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.resize(620, 380)
        intro = QLabel(
            self.tr(
                "The database file was damaged and has been set aside (it is not deleted); a new, empty database "
                "was started. Pick a backup to restore: changes made after it was taken will not be in it."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.backups = QTreeWidget(self)
        self.backups.setRootIsDecorated(False)
        self.backups.setHeaderLabels([self.tr("Taken"), self.tr("Profiles"), self.tr("State")])
        self.backups.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.restore_button = QPushButton(self.tr("Restore this backup"), self)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Keep the empty database"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.backups, 1)
        layout.addWidget(buttons)

        for backup in backups:
            item = QTreeWidgetItem(self.backups)
            item.setText(0, format_saved(backup.taken_at, seconds=True))
            item.setText(1, str(backup.profiles) if backup.ok else "")
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setText(2, self.tr("good") if backup.ok else self.tr("damaged, cannot be restored"))
            item.setToolTip(0, str(backup.path))
            item.setData(0, Qt.ItemDataRole.UserRole, str(backup.path))
            if not backup.ok:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled & ~Qt.ItemFlag.ItemIsSelectable)
        good = [self.backups.topLevelItem(i) for i, backup in enumerate(backups) if backup.ok]
        if good:
            self.backups.setCurrentItem(good[0])
        self.backups.itemSelectionChanged.connect(self._update_button)
        self.backups.itemDoubleClicked.connect(lambda *_: self.accept() if self.chosen() else None)
        self._update_button()

    def chosen(self) -> Path | None:
        item = self.backups.currentItem()
        if item is None or not item.isSelected() or not item.flags() & Qt.ItemFlag.ItemIsEnabled:
            return None
        return Path(item.data(0, Qt.ItemDataRole.UserRole))

    def _update_button(self) -> None:
        self.restore_button.setEnabled(self.chosen() is not None)


def choose_backup(backups: Sequence[BackupInfo], parent: QWidget | None = None) -> Path | None:
    """Show the dialog; the backup the user chose to restore, or None to keep the new, empty database."""
    dialog = BackupDialog(backups, parent)
    try:
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
