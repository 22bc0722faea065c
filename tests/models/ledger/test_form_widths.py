"""The progress form's headers print on whole words: each column is wide enough for its header on one line, in
Chinese and English alike (acceptance of #15.1: "完成进度（%）" printed as "完成进度（ / %）")."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from desktop.models.ledger.forms import HEADER_ROW
from desktop.models.ledger.service import export_ledger
from desktop.models.store import ProfileStore
from desktop.models.workbook.measure import display_width
from tests.models.ledger.support import NAME, TODAY


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_header_fits_its_column_on_one_line(store: ProfileStore, tmp_path: Path, lang: str) -> None:
    [path] = export_ledger(store, NAME, tmp_path, lang=lang, today=TODAY).paths  # type: ignore[arg-type]
    sheet = load_workbook(path).worksheets[0]
    for cell in sheet[HEADER_ROW]:
        if cell.value is None:
            continue
        letter = get_column_letter(cell.column)
        if sheet.column_dimensions[letter].hidden:
            continue
        width = sheet.column_dimensions[letter].width
        assert width >= display_width(str(cell.value)) + 2, f"{cell.value!r} in column {letter} ({width} wide)"
