"""What the command line prints cannot drive the terminal: stored names with escape sequences, bidi overrides or
nothing visible are shown spelt out, in the list, in messages naming them, and in match output."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from desktop.cli.main import main
from desktop.models.store import DATABASE_FILE
from desktop.resources import resource_path

REPO = Path(__file__).resolve().parents[2]
SAMPLES = sorted(resource_path("samples").glob("*.json"))

pytestmark = pytest.mark.slow  # the command line in child processes

HOSTILE = "红\x1b[2J\x1b]0;owned\x07区\u202eevil\u2066x\x00\x9b1m"  # clears the screen, retitles, reorders
INVISIBLE = "\u200b\u3000\u2060"  # a name that prints as nothing at all
BIDI = set(map(chr, [*range(0x202A, 0x202F), *range(0x2066, 0x206A)]))


def assert_terminal_safe(text: str) -> None:
    unsafe = [ch for ch in text if ch in BIDI or (unicodedata.category(ch) in ("Cc", "Cs") and ch not in "\n")]
    assert unsafe == [], f"printed raw: {unsafe!r}"


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """Two stored profiles renamed, as an older version let them be, to a hostile and an invisible name."""
    folder = tmp_path / "data"
    for sample in SAMPLES[:3]:
        assert main(["--data-dir", str(folder), "profiles", "import", str(sample)]) == 0
    with sqlite3.connect(folder / DATABASE_FILE) as connection:
        connection.execute("UPDATE profiles SET name = ? WHERE id = 1", (HOSTILE,))
        connection.execute("UPDATE profiles SET name = ? WHERE id = 2", (INVISIBLE,))
    connection.close()
    return folder


def run(data_dir: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO), "ZONEPLANNER_DATA_DIR": str(data_dir)}
    return subprocess.run(
        [sys.executable, "-m", "desktop", *argv], capture_output=True, text=True, env=env, timeout=120
    )


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_list_spells_out_what_a_terminal_would_execute_or_hide(data_dir: Path, lang: str) -> None:
    result = run(data_dir, "profiles", "list", "--lang", lang)

    assert result.returncode == 0
    assert_terminal_safe(result.stdout + result.stderr)
    lines = result.stdout.splitlines()
    assert len(lines) == 4  # header and three rows: no name broke a line
    assert any(
        line.startswith("红\\u001b[2J\\u001b]0;owned\\u0007区\\u202eevil\\u2066x\\u0000\\u009b1m") for line in lines
    )
    assert any(line.startswith("\\u200b\\u3000\\u2060") for line in lines)  # not a blank cell


def test_messages_naming_a_stored_name_are_safe_too(data_dir: Path) -> None:
    for argv, shown in (
        (("profiles", "delete", HOSTILE.replace("\x00", "")), "\\u001b[2J"),  # not found: quotes what was asked
        (("profiles", "delete", INVISIBLE), "\\u200b\\u3000\\u2060"),  # found: asks for --yes, naming it
        (("profiles", "delete", INVISIBLE, "--yes"), "\\u200b\\u3000\\u2060"),
    ):
        result = run(data_dir, *argv)
        assert_terminal_safe(result.stdout + result.stderr)
        assert shown in result.stdout + result.stderr


def test_match_output_is_safe_whatever_the_profile_file_holds(tmp_path: Path) -> None:
    data = json.loads(SAMPLES[0].read_text(encoding="utf-8"))
    data["name"] = "园\x1b[5m区\u202e"
    hostile = tmp_path / "hostile.json"
    hostile.write_text(json.dumps(data), encoding="utf-8")

    result = run(tmp_path / "data", "match", str(hostile))

    assert "Traceback" not in result.stderr
    assert_terminal_safe(result.stdout + result.stderr)
