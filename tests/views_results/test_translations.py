"""The pages' own Chinese catalogue: complete, current with the code, and applied when installed."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

from desktop.resources import resource_path
from desktop.views.knowledge.page import KnowledgePage
from desktop.views.results.page import MatchesPage

REPO = Path(__file__).resolve().parents[2]
SOURCES = sorted(
    str(path.relative_to(REPO))
    for folder in ("results", "knowledge", "compare")
    for path in (REPO / "desktop" / "views" / folder).glob("*.py")
)
CATALOGUE = resource_path("translations", "results_zh_CN.ts")


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or ""): message
        for context in root.iter("context")
        for message in context.iter("message")
    }


def test_every_string_is_translated() -> None:
    found = messages(CATALOGUE)
    assert found
    unfinished = [key for key, m in found.items() if m.find("translation").get("type") or not m.findtext("translation")]
    assert unfinished == []


def test_the_catalogue_holds_every_string_of_the_code(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run([str(lupdate), *SOURCES, "-ts", str(fresh)], cwd=REPO, check=True, capture_output=True)
    assert set(messages(fresh)) <= set(messages(CATALOGUE))


def test_installed_catalogue_turns_the_pages_chinese(qtbot, analyzer, kb, samples) -> None:
    translator = QTranslator()
    assert translator.load(str(resource_path("translations", "results_zh_CN.qm")))
    QCoreApplication.installTranslator(translator)
    try:
        matches = MatchesPage(analyzer, "zh")
        qtbot.addWidget(matches)
        matches.show_analysis(analyzer.analyse(samples["hitech-hubei"]))
        assert matches._title.text() == f"{samples['hitech-hubei'].name} · 对标结果"
        knowledge = KnowledgePage(kb, "zh")
        qtbot.addWidget(knowledge)
        assert knowledge.search.placeholderText() == "搜索标题、摘要、事实和术语"
    finally:
        QCoreApplication.removeTranslator(translator)
