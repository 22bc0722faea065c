"""Shared test set-up: Qt offscreen before Qt is imported, and a fresh data folder for every test."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# The PostgreSQL server fixtures (postgres_server, postgres_url), for the store's tests and tests/postgres.
pytest_plugins = ["tests.helpers.postgres_fixtures"]


@pytest.fixture(autouse=True)
def isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own empty data folder; nothing touches the real user's data."""
    data = tmp_path / "data"
    monkeypatch.setenv("ZONEPLANNER_DATA_DIR", str(data))
    monkeypatch.delenv("ZONEPLANNER_DATABASE_URL", raising=False)
    return data
