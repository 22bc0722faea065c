"""Fixtures of the results, knowledge and comparison pages: the real knowledge base, engine and sample profiles,
and a store holding the samples. Each page's conftest imports them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.models.knowledge.loader import default_knowledge_base
from desktop.models.knowledge.types import KnowledgeBase
from desktop.models.profile import Profile
from desktop.models.profile_format import read_profile
from desktop.resources import resource_path


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
