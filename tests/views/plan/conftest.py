"""Fixtures of the plan page tests: the shipped knowledge base, real analyses of sample profiles, a page whose
modal interactions are recorded instead of shown, and the page's Chinese translation."""

from __future__ import annotations

from collections.abc import Iterator

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
from tests.helpers.plan_page import Interactions, make_page


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


@pytest.fixture
def asked() -> Interactions:
    return Interactions()


@pytest.fixture
def page(qtbot: QtBot, kb: KnowledgeBase, asked: Interactions, zh_translation: None) -> PlanPage:
    return make_page(qtbot, kb, "zh", asked)
