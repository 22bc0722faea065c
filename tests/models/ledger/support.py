"""Progress forms in tests: a stored zone with a saved plan, forms exported from it, and forms filled in as a unit
would (through openpyxl, finding each action's row by the form's hidden action-ID column)."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from openpyxl import load_workbook

from desktop.models.ledger.layout import AT
from desktop.models.plan.plan import ActionPlan
from desktop.models.profile_format import read_profile
from desktop.models.store import ProfileStore, open_store
from desktop.resources import resource_path

SAMPLE = resource_path("samples", "county-park.json")
NAME = "桐川县工业园区"
TODAY = date(2026, 6, 15)
HEADER_ROW = 4


@contextmanager
def stored_zone() -> Iterator[ProfileStore]:
    """The store of the test's data folder with the county park stored (no plan saved yet)."""
    store, _ = open_store(None, load_samples=False)
    with store:
        if store.find_id(NAME) is None:
            store.import_profile(read_profile(SAMPLE))
        yield store


def stored_plan(store: ProfileStore) -> tuple[ActionPlan, int]:
    profile_id = store.find_id(NAME)
    assert profile_id is not None
    _, version = store.load_versioned(profile_id)
    data = store.load_plan(profile_id)
    assert data is not None
    return ActionPlan.from_data(data), version


def stored_bytes(store: ProfileStore) -> tuple[object, int]:
    """The stored plan document and the profile's version: what must not change when a file is refused."""
    profile_id = store.find_id(NAME)
    assert profile_id is not None
    _, version = store.load_versioned(profile_id)
    return store.load_plan(profile_id), version


def action_rows(path: Path) -> dict[str, int]:
    """Action ID → the row it is on, read from the form's hidden ID column."""
    ws = load_workbook(path).worksheets[0]
    rows: dict[str, int] = {}
    for row in range(HEADER_ROW + 1, ws.max_row + 1):
        value = ws.cell(row=row, column=AT["id"]).value
        if isinstance(value, str):
            rows[value] = row
    return rows


def fill(source: Path, target: Path, values: Mapping[str, Mapping[str, object]]) -> None:
    """Fill in a form as a unit would: ``values`` action ID → {input field ("status", "percent", …) → value}."""
    book = load_workbook(source)
    ws = book.worksheets[0]
    rows = action_rows(source)
    for action_id, fields in values.items():
        for field, value in fields.items():
            ws.cell(row=rows[action_id], column=AT[field]).value = value
    book.save(target)


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def resave_with_libreoffice(source: Path, folder: Path) -> Path:
    """The form as LibreOffice saves it again (headless, its own profile folder so no other instance interferes)."""
    program = soffice()
    assert program is not None
    out = folder / "resaved"
    out.mkdir(parents=True, exist_ok=True)
    profile = (folder / "lo-profile").resolve().as_uri()
    subprocess.run(
        [
            program,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "xlsx",
            "--outdir",
            str(out),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    result = out / source.name
    assert result.exists()
    return result
