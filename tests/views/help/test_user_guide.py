"""帮助 → 使用说明 (F1): the guide in the window's language — the workflow, the scores, 待核实, the plan, and where
the data is kept, naming the folder and the database file the application really uses."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop import app as app_module
from desktop.models.help_guide import StoreKind, load_guide
from desktop.models.text import Lang
from desktop.views.main_window import MainWindow
from tests.helpers.widgets import Recorder


@pytest.fixture
def started(qapp: object, monkeypatch: pytest.MonkeyPatch) -> Iterator[list[MainWindow]]:
    monkeypatch.setattr(QMessageBox, "information", Recorder())  # "sample profiles were added"
    windows: list[MainWindow] = []
    yield windows
    for window in windows:
        window.ask_save_discard_cancel = lambda _name: "discard"  # type: ignore[method-assign,assignment]
        window.close()
        if window.ready():
            window.store.close()
        window.language.uninstall()


def start(started: list[MainWindow], data: Path, lang: str) -> MainWindow:
    _app, window, _data = app_module.start(["--data-dir", str(data), "--lang", lang])
    started.append(window)
    assert app_module.finish_start(window, data)
    return window


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_f1_opens_the_guide_naming_the_data_folder_and_database_in_use(
    started: list[MainWindow], tmp_path: Path, qtbot: QtBot, lang: Lang
) -> None:
    data = tmp_path / "区数据 folder"
    window = start(started, data, lang)
    QTest.keyClick(window, Qt.Key.Key_F1)
    guide = window.help.guide
    assert guide is not None and guide.isVisible()
    text = guide.shown_text()
    for section in load_guide().for_store(StoreKind.LOCAL):
        assert section.title.get(lang) in text  # every section, in the window's language
    database = data / "zoneplanner.sqlite3"
    assert database.is_file() and str(database) in text and str(data) in text  # the real places, not a template
    assert "{" not in text
    words = {"zh": ("待核实", "相似度", "适用度", "1+N", "Ctrl+E"), "en": ("to verify", "Similarity", "Relevance")}
    assert all(word in text for word in words[lang])


def test_the_guide_is_in_the_help_menu_and_follows_a_language_change(started: list[MainWindow], tmp_path: Path) -> None:
    window = start(started, tmp_path / "data", "zh")
    action = window.help.guide_action
    assert action in window.commands.help_menu.actions() and action.text() == "使用说明(&U)"
    assert action.shortcut().toString() == "F1"
    action.trigger()
    guide = window.help.guide
    assert guide is not None and "工作流程" in guide.shown_text()
    window.set_language("en")
    assert "How the work goes" in guide.shown_text() and guide.windowTitle() == "User guide"
    assert action.text() == "&User guide"


def test_with_a_shared_database_the_guide_says_so(started: list[MainWindow], tmp_path: Path) -> None:
    window = start(started, tmp_path / "data", "en")
    window.set_database("postgresql+psycopg://planner@db.example/zones", shared=True)
    text = window.help.show_guide().shown_text()
    assert "shared database" in text and "postgresql+psycopg://planner@db.example/zones" in text
    assert "only on this computer" not in text
