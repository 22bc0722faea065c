"""File dialogs speak the interface language through and through, and start in the folder the user last used."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QLabel
from pytestqt.qtbot import QtBot

from desktop.models.profile import Profile
from desktop.models.store import ProfileStore
from desktop.views.i18n import Language
from desktop.views.qt_catalogue import QT_STRINGS_OUR_CATALOGUE_TRANSLATES
from tests.helpers.widgets import CJK, Recorder
from tests.helpers.window import WindowFactory

LATIN_WORD = re.compile(r"[A-Za-z]{3,}")


def dialog_words(qtbot: QtBot, mode: QFileDialog.AcceptMode) -> list[str]:
    """The labels and buttons of Qt's own file dialog (the one Linux desktops without a native dialog show)."""
    dialog = QFileDialog(None, "", str(Path.home()), "(*.json)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(mode)
    qtbot.addWidget(dialog)
    dialog.show()
    words = [label.text() for label in dialog.findChildren(QLabel)]
    words += [button.text() for button in dialog.findChildren(QAbstractButton)]
    dialog.close()
    return [word for word in words if word]


def test_a_chinese_file_dialog_has_no_english_label_and_an_english_one_no_chinese(
    qtbot: QtBot, language: Language
) -> None:
    for mode in (QFileDialog.AcceptMode.AcceptOpen, QFileDialog.AcceptMode.AcceptSave):
        words = dialog_words(qtbot, mode)
        assert "查找范围(&L)：" in words and "文件类型(&T)：" in words  # were "Look in:", "Files of type:"
        assert not [word for word in words if LATIN_WORD.search(word)]

    language.set("en")  # Qt's catalogue is removed with ours
    try:
        words = dialog_words(qtbot, QFileDialog.AcceptMode.AcceptOpen)
        assert "&Look in:" in words and "Files of &type:" in words
        assert not [word for word in words if CJK.search(word)]
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    finally:
        language.set("zh")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"  # and installed again

    for context, source in QT_STRINGS_OUR_CATALOGUE_TRANSLATES:  # what Qt's catalogue misses, ours has
        assert CJK.search(QCoreApplication.translate(context, source))


def test_import_starts_in_the_folder_of_the_last_export_even_after_a_restart(
    make_window: WindowFactory, store: ProfileStore, samples: dict[str, Profile], tmp_path: Path
) -> None:
    for profile in samples.values():
        store.create(profile)
    exports = tmp_path / "汇报材料"
    exports.mkdir()
    window = make_window()
    plan = window.pages.plan
    assert plan is not None
    plan.get_save_path = Recorder(exports / "plan.xlsx")  # type: ignore[method-assign]
    plan.ask_open_folder = Recorder(False)  # type: ignore[method-assign]
    assert window.export_workbook() == exports / "plan.xlsx"

    window.get_open_path = Recorder(None)  # type: ignore[method-assign]
    window.import_profile()
    assert window.get_open_path.calls == [(exports,)]  # type: ignore[attr-defined]

    window.close()
    again = make_window()
    again.get_open_path = Recorder(None)  # type: ignore[method-assign]
    again.import_profile()
    assert again.get_open_path.calls == [(exports,)]  # type: ignore[attr-defined]
