"""Real knowledge base, engine and sample profiles for the results, knowledge and comparison pages."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QWidget

from desktop.models.knowledge.loader import default_knowledge_base
from desktop.models.knowledge.types import KnowledgeBase
from desktop.models.profile import Profile
from desktop.models.profile_format import read_profile
from desktop.resources import resource_path

CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    return default_knowledge_base()


@pytest.fixture(scope="session")
def analyzer():  # type: ignore[no-untyped-def]
    from desktop.models.analysis import default_analyzer

    return default_analyzer()


@pytest.fixture(scope="session")
def samples() -> dict[str, Profile]:
    """The shipped sample profiles by file stem (hitech-hubei, petrochem-coastal, county-park)."""
    return {path.stem: read_profile(path) for path in sorted(resource_path("samples").glob("*.json"))}


@pytest.fixture
def store(tmp_path: Path) -> Iterator[object]:
    from desktop.models.store import open_store

    opened, _report = open_store(tmp_path / "store")
    yield opened
    opened.close()


def own_texts(widget: QWidget) -> list[str]:
    """Texts the widget itself puts on screen: labels, buttons, placeholders (model data is checked separately)."""
    texts: list[str] = []
    for label in widget.findChildren(QLabel):
        texts.append(label.text())
    for button in widget.findChildren(QAbstractButton):
        texts.append(button.text())
    for edit in widget.findChildren(QLineEdit):
        texts.append(edit.placeholderText())
    return [t for t in texts if t]


def has_cjk(text: str) -> bool:
    return bool(CJK.search(text))
