"""A real store in the test's temporary folder, a session on it, and the engine's plans of the shipped samples."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.models.analysis import Analyzer, default_analyzer
from desktop.models.plan.plan import ActionPlan
from desktop.models.profile import Profile
from desktop.models.profile_format import read_profile
from desktop.models.session.session import ProfileSession
from desktop.models.store import ProfileStore, open_store
from desktop.resources import resource_path


@pytest.fixture
def store(tmp_path: Path) -> Iterator[ProfileStore]:
    opened, _report = open_store(tmp_path / "data", load_samples=False)
    yield opened
    opened.close()


@pytest.fixture
def session(store: ProfileStore) -> ProfileSession:
    return ProfileSession(store)


@pytest.fixture(scope="session")
def analyzer() -> Analyzer:
    return default_analyzer()


@pytest.fixture
def profile() -> Profile:
    return read_profile(resource_path("samples", "county-park.json"))


@pytest.fixture
def proposed(analyzer: Analyzer, profile: Profile) -> ActionPlan:
    """The engine's plan for ``profile``, as a new plan starts."""
    return ActionPlan(analyzer.analyse(profile).actions)
