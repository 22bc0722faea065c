"""Fixtures for the store tests: a valid profile factory and an empty store in the test's data folder."""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop.models.profile import Profile
from desktop.models.profile_format import parse_profile
from desktop.models.store import ProfileStore, open_store

BASE_DATA: dict[str, Any] = {
    "format": "zoneplanner-profile",
    "version": 1,
    "name": "示例高新区",
    "province": "湖北省",
    "city": "武汉市",
    "level": "national",
    "kind": "hitech",
    "stage": "growth",
    "industries": ["biomed", "ict"],
    "endowments": {
        "natural_resources": 1,
        "transport_location": 4,
        "research_base": 5,
        "talent": 4,
        "capital": 2,
        "leading_firms": 2,
        "sme_network": 3,
        "intermediaries": 2,
    },
    "conditions": {"colocated_only": True, "talent_barriers": True},
    "figures": {"area_km2": 518.0, "enterprises": 1200},
    "goals": "建成生物医药集群",
    "notes": "",
}

MakeProfile = Callable[..., Profile]


def profile_data(**changes: Any) -> dict[str, Any]:
    data = copy.deepcopy(BASE_DATA)
    data.update(changes)
    return data


@pytest.fixture
def make_profile() -> MakeProfile:
    """``make_profile(name=..., notes=..., stage=...)``: a valid profile built through the format's own rules."""

    def make(**changes: Any) -> Profile:
        return parse_profile(profile_data(**changes))

    return make


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, isolated_data_dir: Path) -> Iterator[ProfileStore]:
    """An empty store (no samples): the SQLite file in the test's own data folder, then a fresh PostgreSQL
    database; every test that takes it runs on both."""
    url = None
    if request.param == "postgresql":
        url = request.getfixturevalue("postgres_url").render_as_string(hide_password=False)
    opened, report = open_store(url=url, load_samples=False)
    assert report.messages == []
    yield opened
    opened.close()
