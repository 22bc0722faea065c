"""The shipped knowledge base and analyser for the plan tests, and a terse profile builder."""

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
