"""The shipped knowledge base and analyser, built once for the matching tests (they never change during a run)."""

from __future__ import annotations

import pytest

from desktop.models.analysis import Analyzer, default_analyzer
from desktop.models.knowledge.loader import default_knowledge_base
from desktop.models.knowledge.types import KnowledgeBase


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    return default_knowledge_base()


@pytest.fixture(scope="session")
def analyzer() -> Analyzer:
    return default_analyzer()
