"""Returned forms damaged in every way hypothesis can think of: reading one never crashes, a refused file never
changes the store, and a value that was refused is never applied."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from openpyxl.utils.exceptions import IllegalCharacterError

from desktop.models.ledger.identity import SHEET
from desktop.models.ledger.layout import AT
from desktop.models.ledger.service import export_ledger, import_ledger
from desktop.models.ledger.types import IssueKind
from desktop.models.store import ProfileStore
from tests.models.ledger.support import NAME, TODAY, action_rows, fill, stored_bytes, stored_zone

INPUTS = ("progress", "status", "percent", "problems", "next_steps", "reporter", "reported_on")
CELL_VALUES = st.one_of(
    st.none(),
    st.text(max_size=40),
    st.integers(min_value=-(10**12), max_value=10**12),
    st.floats(allow_nan=False, allow_infinity=False),
    st.booleans(),
    st.dates(),
    st.sampled_from(["=1/0", "=A1", "#N/A", "已完成", "进行中", "100%", "2026-13-01", "=SUM(K5:K9)"]),
)


@pytest.fixture
def zone(tmp_path: Path) -> Iterator[tuple[ProfileStore, bytes, list[str]]]:
    """A stored zone, and the bytes of its form filled in correctly (the thing to damage)."""
    with stored_zone() as store:
        form = export_ledger(store, NAME, tmp_path, today=TODAY).paths[0]
        ids = list(action_rows(form))
        good = tmp_path / "good.xlsx"
        fill(
            form, good, {ids[0]: {"status": "进行中", "percent": 50, "progress": "ok", "reported_on": date(2026, 6, 1)}}
        )
        yield store, good.read_bytes(), ids


def _byte_damage(data: bytes, draw: st.DrawFn) -> bytes:
    kind = draw(st.sampled_from(["flip", "truncate", "insert"]))
    at = draw(st.integers(min_value=0, max_value=len(data) - 1))
    if kind == "truncate":
        return data[:at]
    if kind == "insert":
        return data[:at] + draw(st.binary(min_size=1, max_size=64)) + data[at:]
    flipped = bytearray(data)
    for offset in draw(st.lists(st.integers(min_value=0, max_value=len(data) - 1), min_size=1, max_size=8)):
        flipped[offset] ^= draw(st.integers(min_value=1, max_value=255))
    return bytes(flipped)


def _part_damage(data: bytes, draw: st.DrawFn) -> bytes:
    """Drop one part of the archive, or replace its content with junk or with other XML."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        parts = {info.filename: archive.read(info) for info in archive.infolist()}
    victim = draw(st.sampled_from(sorted(parts)))
    action = draw(st.sampled_from(["drop", "junk", "xml"]))
    if action == "drop":
        del parts[victim]
    elif action == "junk":
        parts[victim] = draw(st.binary(max_size=200))
    else:
        parts[victim] = b'<?xml version="1.0"?><x>' + draw(st.text(max_size=30)).encode("utf-8", "replace") + b"</x>"
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
    return out.getvalue()


def _cell_damage(data: bytes, draw: st.DrawFn) -> bytes:
    """Write odd values into random cells: input cells, protected cells and the hidden identity sheet."""
    book = load_workbook(io.BytesIO(data))
    form, hidden = book.worksheets[0], book[SHEET]
    for _ in range(draw(st.integers(min_value=1, max_value=6))):
        sheet = draw(st.sampled_from([form, form, hidden]))
        row = draw(st.integers(min_value=1, max_value=sheet.max_row + 2))
        column = draw(st.integers(min_value=1, max_value=AT["id"] + 1))
        value = draw(CELL_VALUES)
        try:
            sheet.cell(row=row, column=column).value = value
        except (ValueError, TypeError, AttributeError, IllegalCharacterError):
            continue  # openpyxl refuses some values and merged cells: a unit could not type them either
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


@st.composite
def damaged(draw: st.DrawFn, data: bytes) -> bytes:
    how = draw(st.sampled_from([_byte_damage, _part_damage, _cell_damage]))
    return how(data, draw)


@settings(max_examples=60, deadline=None, database=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_a_damaged_form_never_crashes_nor_changes_the_store_when_refused(
    zone: tuple[ProfileStore, bytes, list[str]], tmp_path: Path, data: st.DataObject
) -> None:
    store, good, _ = zone
    content = data.draw(damaged(good))
    path = tmp_path / "returned.xlsx"
    path.write_bytes(content)
    before = stored_bytes(store)
    result = import_ledger(store, NAME, [path])  # never raises for a bad file
    kinds = {issue.kind for issue in result.preview.issues}
    if IssueKind.FILE_REFUSED in kinds or IssueKind.OTHER_ZONE in kinds or not result.applied:
        assert stored_bytes(store) == before
    refused_rows = {
        issue.where.row
        for issue in result.preview.issues
        if issue.kind in (IssueKind.BAD_VALUE, IssueKind.ADDED_ROW) and issue.where is not None
    }
    assert not any(p.where.row in refused_rows for p in result.applied)
