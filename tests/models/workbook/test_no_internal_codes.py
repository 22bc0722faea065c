"""No internal codes in the workbook: every cell a reader sees names knowledge items by title; the stable ID is kept
only in the matches sheet's hidden last column, so that a file can be matched back to the knowledge base."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from desktop.models.analysis import default_analyzer
from desktop.models.profile_format import read_profile
from desktop.models.text import Lang
from desktop.models.workbook.writer import write_workbook
from desktop.resources import resource_path
from tests.helpers.stable_ids import ids_in

SAMPLES = ("county-park", "hitech-hubei", "petrochem-coastal")


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("sample", SAMPLES)
def test_no_visible_cell_shows_a_stable_id_and_the_hidden_column_keeps_them(
    tmp_path: Path, sample: str, lang: Lang
) -> None:
    analyzer = default_analyzer()
    analysis = analyzer.analyse(read_profile(resource_path("samples", f"{sample}.json")))
    path = tmp_path / "plan.xlsx"
    write_workbook(
        path, profile=analysis.profile, result=analysis.result, actions=analysis.actions, kb=analyzer.kb, lang=lang
    )
    book = load_workbook(path)
    seen: list[tuple[str, str, str]] = []
    kept: list[str] = []
    for ws in book.worksheets:
        assert ws.sheet_state == "visible"
        for row in ws.iter_rows():
            for cell in row:
                if not isinstance(cell.value, str):
                    continue
                if ws.column_dimensions[get_column_letter(cell.column)].hidden:
                    kept.extend(ids_in(cell.value))
                    continue
                seen.extend((ws.title, cell.coordinate, code) for code in ids_in(cell.value))
    assert seen == []
    assert kept == [match.id for match in analysis.result.matches]  # every match can be traced back
