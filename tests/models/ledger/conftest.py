"""A stored zone with its plan saved and the forms exported from it, for the ledger's tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.models.ledger.service import export_ledger
from desktop.models.ledger.types import ExportResult
from desktop.models.store import ProfileStore
from tests.models.ledger.support import NAME, TODAY, stored_zone


@pytest.fixture
def store() -> Iterator[ProfileStore]:
    with stored_zone() as opened:
        yield opened


@pytest.fixture
def exported(store: ProfileStore, tmp_path: Path) -> ExportResult:
    """One form per lead unit (the plan is saved by the export)."""
    folder = tmp_path / "forms"
    folder.mkdir()
    return export_ledger(store, NAME, folder, by_unit=True, today=TODAY)


@pytest.fixture
def all_form(store: ProfileStore, tmp_path: Path) -> Path:
    """The one form listing every action."""
    folder = tmp_path / "all"
    folder.mkdir()
    return export_ledger(store, NAME, folder, today=TODAY).paths[0]
