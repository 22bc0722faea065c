"""One bad row in a real store (corrupted with plain SQL, as a damaged file would be): listed as damaged with what
is wrong, exportable as stored, deletable, and never hiding the other rows."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from desktop.cli.main import main
from desktop.models.store import DATABASE_FILE, open_store
from desktop.resources import resource_path

SAMPLES = sorted(resource_path("samples").glob("*.json"))
NAMES = [json.loads(path.read_text(encoding="utf-8"))["name"] for path in SAMPLES]
DAMAGED, *OTHERS = NAMES

# Each corruption, and words the damaged row's problem must contain (zh, en).
CORRUPTIONS = {
    "unknown stage code": ("UPDATE profiles SET stage = 'retired-stage' WHERE name = ?", "retired-stage"),
    "bad timestamp": ("UPDATE profiles SET updated_at = 'last tuesday' WHERE name = ?", "last tuesday"),
    "document not JSON": ('UPDATE profiles SET document = \'{"format": "zonepl\' WHERE name = ?', "JSON"),
    "document null": ("UPDATE profiles SET document = 'null' WHERE name = ?", "null"),
    "document no longer valid": (
        "UPDATE profiles SET document = json_set(document, '$.stage', 'retired-stage') WHERE name = ?",
        "retired-stage",
    ),
    "plan not JSON": (
        "INSERT INTO plans (profile_id, saved_at, document) "
        "SELECT id, '2026-01-01 00:00:00', '{\"actions\": [' FROM profiles WHERE name = ?",
        "JSON",
    ),
}


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A real store holding the three sample profiles."""
    folder = tmp_path / "data"
    for sample in SAMPLES:
        assert main(["--data-dir", str(folder), "profiles", "import", str(sample)]) == 0
    return folder


def corrupt(data_dir: Path, statement: str, name: str = DAMAGED) -> None:
    with sqlite3.connect(data_dir / DATABASE_FILE) as connection:
        assert connection.execute(statement, (name,)).rowcount == 1
    connection.close()


def run(capsys: pytest.CaptureFixture[str], data_dir: Path, *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(["--data-dir", str(data_dir), *argv])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err and "内部错误" not in captured.err
    return code, captured.out, captured.err


@pytest.mark.parametrize("corruption", CORRUPTIONS)
def test_a_damaged_row_is_listed_with_what_is_wrong_and_the_others_still_show(
    corruption: str, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    statement, words = CORRUPTIONS[corruption]
    corrupt(data_dir, statement)

    for lang, damaged_word in (("zh", "已损坏"), ("en", "damaged")):
        code, out, err = run(capsys, data_dir, "profiles", "list", "--lang", lang)
        assert (code, err) == (0, "")
        table, _, notes = out.partition("\n\n")
        assert all(name in table for name in NAMES)  # none hidden, the damaged one included
        damaged_line = next(line for line in table.splitlines() if line.startswith(DAMAGED))
        assert damaged_word in damaged_line
        assert all(damaged_word not in line for line in table.splitlines() if line.startswith(tuple(OTHERS)))
        problem_line = next(line for line in notes.splitlines() if DAMAGED in line)
        assert words in problem_line and len(problem_line) < 200


@pytest.mark.parametrize("corruption", CORRUPTIONS)
def test_a_damaged_row_can_be_deleted_and_the_others_stay(
    corruption: str, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corrupt(data_dir, CORRUPTIONS[corruption][0])

    code, _, err = run(capsys, data_dir, "profiles", "delete", DAMAGED)
    assert code == 2 and "--yes" in err  # still asks first, and counts its versions
    code, out, err = run(capsys, data_dir, "profiles", "delete", DAMAGED, "--yes")
    assert (code, err) == (0, "") and DAMAGED in out

    code, out, _ = run(capsys, data_dir, "profiles", "list")
    assert code == 0 and DAMAGED not in out and all(name in out for name in OTHERS)
    with open_store(data_dir, load_samples=False)[0] as store:
        assert sorted(summary.name for summary in store.list_summaries()) == sorted(OTHERS)


def test_an_unreadable_document_is_refused_by_a_plain_export_and_written_as_stored_with_raw(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    stored = '{"format": "zoneplanner-profile", "version": 1, "name": "桐川'  # cut short, as by a bad disk
    with sqlite3.connect(data_dir / DATABASE_FILE) as connection:
        connection.execute("UPDATE profiles SET document = ? WHERE name = ?", (stored, DAMAGED))
    connection.close()
    target = tmp_path / "out.json"
    target.write_text("previous content", encoding="utf-8")

    code, out, err = run(capsys, data_dir, "profiles", "export", DAMAGED, "-o", str(target))
    assert code == 2 and out == ""
    assert DAMAGED in err and "JSON" in err and "--raw" in err
    assert target.read_text(encoding="utf-8") == "previous content"  # nothing half-written

    code, out, err = run(capsys, data_dir, "profiles", "export", DAMAGED, "-o", str(target), "--raw")
    assert (code, err) == (0, "")
    assert str(target) in out and "JSON" in out  # says it is the stored content, and what is wrong with it
    assert target.read_text(encoding="utf-8") == stored
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temp file left


def test_a_document_that_no_longer_validates_exports_raw_as_the_same_json(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corrupt(data_dir, CORRUPTIONS["document no longer valid"][0])
    target = tmp_path / "raw.json"

    code, _, err = run(capsys, data_dir, "profiles", "export", DAMAGED, "-o", str(target), "--raw")
    assert (code, err) == (0, "")
    with sqlite3.connect(data_dir / DATABASE_FILE) as connection:
        (document,) = connection.execute("SELECT document FROM profiles WHERE name = ?", (DAMAGED,)).fetchone()
    connection.close()
    assert json.loads(target.read_text(encoding="utf-8")) == json.loads(document)
    assert json.loads(document)["stage"] == "retired-stage"


@pytest.mark.parametrize("corruption", ["unknown stage code", "bad timestamp", "plan not JSON"])
def test_a_row_whose_document_is_sound_still_exports_as_a_profile(
    corruption: str, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corrupt(data_dir, CORRUPTIONS[corruption][0])
    target = tmp_path / "out.json"

    code, _, err = run(capsys, data_dir, "profiles", "export", DAMAGED, "-o", str(target))
    assert (code, err) == (0, "")
    assert json.loads(target.read_text(encoding="utf-8")) == json.loads(SAMPLES[0].read_text(encoding="utf-8"))
