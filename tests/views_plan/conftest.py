"""Fixtures of the plan page tests: the shipped knowledge base, real analyses of sample profiles, a page whose
modal interactions are recorded instead of shown, and the page's Chinese translation."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.models.analysis import Analysis, default_analyzer
from desktop.models.knowledge.loader import default_knowledge_base
from desktop.models.knowledge.types import KnowledgeBase
from desktop.models.profile import Profile
from desktop.models.profile_format import read_profile
from desktop.resources import resource_path
from desktop.views.plan import PlanPage

TODAY = date(2025, 6, 15)


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    return default_knowledge_base()


@pytest.fixture(scope="session")
def profile() -> Profile:
    return read_profile(resource_path("samples", "hitech-hubei.json"))


@pytest.fixture(scope="session")
def analysis(profile: Profile) -> Analysis:
    return default_analyzer().analyse(profile)


@pytest.fixture
def zh_translation(qapp: QApplication) -> Iterator[None]:
    translator = QTranslator()
    assert translator.load(str(resource_path("translations", "zoneplanner_zh_CN.qm")))  # the application's catalogue
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


@dataclass
class Interactions:
    """What the page asked the user, and the answers the test gives."""

    confirm: bool = True
    open_folder_answer: bool = False
    save_path: Path | None = None
    confirmations: list[str] = field(default_factory=list)
    messages: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    suggested: list[Path] = field(default_factory=list)
    opened: list[Path] = field(default_factory=list)


def make_page(qtbot: QtBot, kb: KnowledgeBase, lang: str, asked: Interactions) -> PlanPage:
    page = PlanPage(kb, lang)  # type: ignore[arg-type]
    qtbot.addWidget(page)
    page.today = lambda: TODAY  # type: ignore[method-assign]

    def confirm(text: str) -> bool:
        asked.confirmations.append(text)
        return asked.confirm

    def save_path(suggested: Path) -> Path | None:
        asked.suggested.append(suggested)
        return asked.save_path

    page.ask_confirmation = confirm  # type: ignore[method-assign]
    page.show_message = asked.messages.append  # type: ignore[method-assign]
    page.show_error = asked.errors.append  # type: ignore[method-assign]
    page.get_save_path = save_path  # type: ignore[method-assign]
    page.ask_open_folder = lambda path: asked.open_folder_answer  # type: ignore[method-assign]
    page.open_folder = asked.opened.append  # type: ignore[method-assign]
    return page


@pytest.fixture
def asked() -> Interactions:
    return Interactions()


@pytest.fixture
def page(qtbot: QtBot, kb: KnowledgeBase, asked: Interactions, zh_translation: None) -> PlanPage:
    return make_page(qtbot, kb, "zh", asked)
