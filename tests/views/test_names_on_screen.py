"""Zone names as users type them: 100 characters long, or looking like HTML: shown whole, literally, on screen."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.models.profile import Profile
from desktop.models.profile_rules import NAME_MAX
from desktop.models.store import ProfileStore
from desktop.views.history_dialog import HistoryDialog
from desktop.views.main_window import MainWindow
from desktop.views.plain_text import plain_message, plain_tooltip
from tests.helpers.window import WindowFactory

LONG_NAME = ("超长名称测试开发区" * 12)[:NAME_MAX]
MARKUP_NAME = "<b>x</b> & y"


def every_tab(window: MainWindow) -> None:
    for index in range(window.editor.count()):
        window.editor.setCurrentIndex(index)
        QApplication.processEvents()


def room(window: MainWindow) -> int:
    return window.screen().availableGeometry().width()


def test_a_100_character_name_never_makes_the_window_wider_than_its_screen(
    make_window: WindowFactory, store: ProfileStore, samples: dict[str, Profile]
) -> None:
    store.create(samples["hitech-hubei"].with_changes(name=LONG_NAME))
    window = make_window()
    for index in range(window.editor.count()):
        window.editor.setCurrentIndex(index)
        QApplication.processEvents()
        assert window.minimumSizeHint().width() < room(window), window.editor.tabText(index)
        assert window.width() <= room(window)
    before = window.width()
    window.adjustSize()
    assert window.width() <= before

    heading = window.heading
    assert heading.text() == LONG_NAME  # the whole name is kept...
    assert heading.is_elided() and heading.shown_text().endswith("…")  # ...and shown shortened
    assert heading.toolTip() == LONG_NAME
    title = window.pages.matches.title  # type: ignore[union-attr]
    assert title.text().startswith(LONG_NAME) and title.is_elided()


def test_a_short_name_is_shown_whole_without_a_tooltip(
    make_window: WindowFactory, store: ProfileStore, samples: dict[str, Profile]
) -> None:
    store.create(samples["county-park"])
    window = make_window()
    assert window.heading.shown_text() == "桐川县工业园区"
    assert window.heading.toolTip() == ""


def test_the_window_fits_its_screen_at_the_first_start_and_after_a_restart(
    make_window: WindowFactory, data_dir: Path
) -> None:
    first = make_window()  # no saved size: the first-run size, on a screen smaller than it
    screen = first.screen().availableGeometry()
    assert first.width() <= screen.width() and first.height() <= screen.height()

    settings = QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)
    first.setMinimumSize(0, 0)
    first.resize(screen.width() + 900, screen.height() + 500)  # saved on a bigger screen (or widened by a name)
    settings.setValue("window/geometry", first.saveGeometry())
    settings.sync()

    again = make_window()
    assert again.width() <= screen.width() and again.height() <= screen.height()


def test_names_that_look_like_html_are_shown_as_typed(
    qtbot: QtBot, make_window: WindowFactory, store: ProfileStore, samples: dict[str, Profile]
) -> None:
    store.create(samples["county-park"].with_changes(name=MARKUP_NAME, goals="<i>目标</i>", notes="<u>备注</u>"))
    window = make_window()
    every_tab(window)
    window.editor.basic.name_edit.setText(MARKUP_NAME + "区" * NAME_MAX)  # its explanation quotes the value
    window.editor.setCurrentIndex(0)

    showing = [label for label in window.findChildren(QLabel) if "<b>x</b>" in label.text()]
    assert window.heading in showing and window.editor.basic.error_labels["name"] in showing
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in showing)
    window.editor.basic.name_edit.setText(MARKUP_NAME)
    assert window.heading.text() == MARKUP_NAME
    shown = window.panel.model.index(0).data(Qt.ItemDataRole.ToolTipRole)
    assert QTextDocumentFragment.fromHtml(shown).toPlainText().startswith(MARKUP_NAME)  # the list's tooltip too


def test_tooltips_and_message_boxes_show_markup_literally(qtbot: QtBot) -> None:
    assert plain_tooltip("桐川县工业园区") == "桐川县工业园区"  # nothing to protect: left as it is
    tooltip = plain_tooltip(f"{MARKUP_NAME}\n成长期")
    assert QTextDocumentFragment.fromHtml(tooltip).toPlainText() == f"{MARKUP_NAME}\n成长期"

    box = QMessageBox(QMessageBox.Icon.Warning, "ZonePlanner", f"“{MARKUP_NAME}”未能保存。")
    qtbot.addWidget(box)
    box.setInformativeText(f"• 开发区名称不能为空：{MARKUP_NAME}")
    plain_message(box)
    labels = [label for label in box.findChildren(QLabel) if MARKUP_NAME in label.text()]
    assert len(labels) == 2 and all(label.textFormat() == Qt.TextFormat.PlainText for label in labels)


def test_a_new_blank_profile_is_not_called_saved(
    make_window: WindowFactory, store: ProfileStore, samples: dict[str, Profile]
) -> None:
    window = make_window()  # no profiles yet: a new, empty form
    assert window.state_label.text() == "尚未保存"
    window.editor.basic.name_edit.setText("新开发区")
    assert window.state_label.text() == "有未保存的更改"
    store.create(samples["county-park"])
    window.reload_list()
    window.open_profile(store.find_id("桐川县工业园区"))  # type: ignore[arg-type]
    assert window.state_label.text() == "所有更改已保存"


def test_version_history_tells_saves_apart_and_shows_what_changed(
    qtbot: QtBot, make_window: WindowFactory, store: ProfileStore, samples: dict[str, Profile]
) -> None:
    original = samples["county-park"]
    profile_id = store.create(original)
    store.update(profile_id, original.with_changes(city="上饶市", notes="第二次保存的备注\n第二行"))
    window = make_window()
    dialog = HistoryDialog(store, profile_id, window.language, window)
    qtbot.addWidget(dialog)

    captions = [dialog.versions.item(row).text() for row in range(dialog.versions.count())]
    assert all(re.match(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}", caption) for caption in captions)  # to the second
    saved_by = store.revisions(profile_id)[0].saved_by
    assert saved_by and all(f"保存人：{saved_by}" in caption for caption in captions)  # who saved each version

    newest = dialog.preview.toPlainText()
    assert "与上一个版本相比，改动了：所在地、备注" in newest
    assert "发展目标" in newest and original.goals in newest  # goals and notes are part of the preview
    assert "第二次保存的备注\n第二行" in newest  # notes keep their lines
    dialog.versions.setCurrentRow(1)
    oldest = dialog.preview.toPlainText()
    assert "这是最早保存的版本。" in oldest and original.notes in oldest
