"""Every file of the invalid-profile corpus, imported with the command line, is refused and changes nothing stored."""

from __future__ import annotations

import sqlite3
import tomllib
from pathlib import Path
from typing import Any

import pytest

from desktop.cli.main import EXIT_USER_ERROR, main
from desktop.models.store import DATABASE_FILE
from desktop.resources import resource_path

BAD = Path(__file__).resolve().parents[1] / "data" / "profiles" / "bad"
CASES: list[dict[str, Any]] = tomllib.loads((BAD / "cases.toml").read_text(encoding="utf-8"))["case"]


def _stored_rows(database: Path) -> list[tuple[object, ...]]:
    """Everything a user could lose: every profile and every revision, as stored."""
    with sqlite3.connect(database) as connection:
        profiles = connection.execute("SELECT * FROM profiles ORDER BY id").fetchall()
        revisions = connection.execute("SELECT * FROM profile_revisions ORDER BY id").fetchall()
    return [*profiles, *revisions]


@pytest.fixture(scope="module")
def filled_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("corpus-store")
    for sample in sorted(resource_path("samples").glob("*.json")):
        assert main(["--data-dir", str(data), "profiles", "import", str(sample)]) == 0
    return data


@pytest.mark.parametrize("case", CASES, ids=[str(case["file"]) for case in CASES])
def test_import_of_a_bad_file_names_the_field_and_leaves_the_store_unchanged(
    case: dict[str, Any], filled_store: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database = filled_store / DATABASE_FILE
    before = _stored_rows(database)
    capsys.readouterr()

    code = main(["--data-dir", str(filled_store), "profiles", "import", str(BAD / str(case["file"]))])

    err = capsys.readouterr().err
    assert code == EXIT_USER_ERROR
    assert "Traceback" not in err
    assert 1 <= len(err.strip().splitlines()) <= 2, err
    if case.get("field"):
        assert str(case["field"]) in err
    else:
        assert str(BAD / str(case["file"])) in err  # a file that is no profile at all is named by its path
    assert _stored_rows(database) == before
    assert len(before) >= 6  # three samples, each with its first revision
