"""Both languages are complete: Chinese by default (Qt's own buttons too), English with no Chinese left over."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from desktop.models.profile import Profile
from desktop.models.store import ProfileStore
from desktop.resources import resource_path
from desktop.views.history_dialog import HistoryDialog
from desktop.views.i18n import Language
from desktop.views.main_window import MainWindow
from desktop.views.profile_list_model import SAVED_ROLE, STAGE_ROLE
from desktop.views.window_actions import LANGUAGE_NAMES
from tests.helpers.widgets import CJK, visible_texts
from tests.helpers.window import WindowFactory

REPO = Path(__file__).resolve().parents[2]
TS_FILE = resource_path("translations", "zoneplanner_zh_CN.ts")
QM_FILE = resource_path("translations", "zoneplanner_zh_CN.qm")

# English that may stand in the Chinese interface: the product's name, the other language's own name, key names,
# the file extension of profile files, and the spreadsheet program the plan is exported for.
ALLOWED_ENGLISH = {"ZonePlanner", "English", "Ctrl", "Del", "Shift", "Insert", "Delete", "json", "Excel", "Word"}
ALLOWED_ENGLISH |= {"xlsx", "png", "PNG", "PDF"}  # file formats, named as their programs name them
ENGLISH_WORD = re.compile(r"[A-Za-z]{2,}")
# Knowledge-base IDs ("case.silicon-valley", "rec.2.3") are references the plan shows beside each title, in grey.
ITEM_ID = re.compile(r"\b(?:trait|case|practice|rec|term)\.[a-z0-9][a-z0-9.-]*")


def _every_tab(window: MainWindow) -> None:
    """Visit every page so nothing is skipped for never having been shown."""
    for index in range(window.editor.count()):
        window.editor.setCurrentIndex(index)


def test_every_message_of_the_catalogue_is_translated() -> None:
    unfinished = []
    for context in ET.parse(TS_FILE).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") == "unfinished" or not (translation.text or "").strip():
                unfinished.append((context.findtext("name"), message.findtext("source")))
    assert unfinished == []


def test_there_is_one_catalogue_for_the_whole_interface() -> None:
    assert sorted(p.name for p in TS_FILE.parent.iterdir()) == ["zoneplanner_zh_CN.qm", "zoneplanner_zh_CN.ts"]
    contexts = {context.findtext("name") for context in ET.parse(TS_FILE).getroot().iter("context")}
    assert {"MainWindow", "MatchesPage", "PlanPage", "ComparePage", "KnowledgePage", "WindowPages"} <= contexts


def test_the_catalogue_holds_every_string_of_the_code() -> None:
    result = subprocess.run(
        [sys.executable, str(REPO / "tools" / "update_translations.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_shipped_qm_is_compiled_from_the_ts(tmp_path: Path) -> None:
    from tools.update_translations import tool

    fresh = tmp_path / "fresh.qm"
    subprocess.run([tool("pyside6-lrelease"), str(TS_FILE), "-qm", str(fresh)], check=True, capture_output=True)
    assert fresh.read_bytes() == QM_FILE.read_bytes(), "run tools/update_translations.py"


def test_placeholders_survive_translation() -> None:
    """A translation that lost "{name}" would show a raw brace or crash .format()."""
    broken = []
    for message in ET.parse(TS_FILE).getroot().iter("message"):
        source, translation = message.findtext("source", ""), message.findtext("translation", "")
        if not translation:
            continue  # not translated yet: the test above reports it
        if sorted(re.findall(r"\{\w*\}|%\d", source)) != sorted(re.findall(r"\{\w*\}|%\d", translation)):
            broken.append((source, translation))
    assert broken == []


def test_qt_standard_buttons_are_chinese(language: Language) -> None:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Save).text() == "保存"
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "取消"
    language.set("en")
    english = QDialogButtonBox(QDialogButtonBox.StandardButton.Save)
    assert english.button(QDialogButtonBox.StandardButton.Save).text() == "Save"


@pytest.fixture
def english_profile(store: ProfileStore, samples: dict[str, Profile]) -> int:
    """User data in English, so any Chinese left on screen can only come from the interface."""
    return store.create(samples["hitech-hubei"].with_changes(name="Riverside High-tech Zone", city="Wuhan"))


def test_english_interface_has_no_chinese_left(
    qtbot: QtBot, make_window: WindowFactory, language: Language, english_profile: int
) -> None:
    window = make_window()
    window.set_language("en")
    _every_tab(window)
    window.editor.basic.figure_edits[next(iter(window.editor.basic.figure_edits))].setText("x")  # an explanation
    dialog = HistoryDialog(window.store, english_profile, language, window)
    qtbot.addWidget(dialog)

    texts = visible_texts(window) + visible_texts(dialog)
    model = window.panel.model
    texts += [
        model.index(row, 0).data(role)
        for row in range(model.rowCount())
        for role in (STAGE_ROLE, SAVED_ROLE, Qt.ItemDataRole.ToolTipRole)
    ]
    leftovers = [t for t in texts if CJK.search(t) and t not in LANGUAGE_NAMES.values()]
    assert leftovers == []
    assert "Basic information" in texts and "&File" in texts


def test_chinese_interface_has_no_english_left(
    qtbot: QtBot, make_window: WindowFactory, store: ProfileStore, samples: dict[str, Profile], language: Language
) -> None:
    profile_id = store.create(samples["hitech-hubei"])
    window = make_window()
    window.set_language("en")
    window.set_language("zh")  # and back: everything is retranslated, not only built in Chinese
    _every_tab(window)
    dialog = HistoryDialog(window.store, profile_id, language, window)
    qtbot.addWidget(dialog)

    texts = visible_texts(window) + visible_texts(dialog)
    english = {word for text in texts for word in ENGLISH_WORD.findall(ITEM_ID.sub("", text))} - ALLOWED_ENGLISH
    assert english == set()
    assert "基本信息" in texts and "文件(&F)" in texts
