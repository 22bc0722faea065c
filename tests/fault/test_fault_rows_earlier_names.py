"""A profile saved by an earlier version under a name today's rules refuse (a control character in it) still
opens, lists as sound and can be deleted; saving it again applies today's rules."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from desktop.cli.main import main
from desktop.models.errors import ProfileErrors
from desktop.models.store import DATABASE_FILE, open_store
from desktop.models.store.records import ProfileSummary
from desktop.resources import resource_path

SAMPLE = sorted(resource_path("samples").glob("*.json"))[0]
OLD_NAME = "旧档案\x07名称"  # BEL: accepted before names were checked for control characters


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    assert main(["--data-dir", str(folder), "profiles", "import", str(SAMPLE)]) == 0
    name = json.loads(SAMPLE.read_text(encoding="utf-8"))["name"]
    with sqlite3.connect(folder / DATABASE_FILE) as connection:
        statement = "UPDATE profiles SET name = ?, document = json_set(document, '$.name', ?) WHERE name = ?"
        assert connection.execute(statement, (OLD_NAME, OLD_NAME, name)).rowcount == 1
    connection.close()
    return folder


def test_a_name_stored_by_an_earlier_version_opens_and_lists_as_sound(data_dir: Path) -> None:
    store, _report = open_store(data_dir, load_samples=False)
    with store:
        (summary,) = store.list_profiles(check_documents=True)
        assert isinstance(summary, ProfileSummary)  # not a DamagedProfile
        assert summary.name == OLD_NAME
        profile = store.load(summary.id)
        assert profile.name == OLD_NAME
        with pytest.raises(ProfileErrors):  # saved again, the name must meet today's rules
            store.update(summary.id, profile)
        store.update(summary.id, profile.with_changes(name="新名称"))
        assert store.load(summary.id).name == "新名称"


def test_the_command_line_lists_and_deletes_it(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", str(data_dir), "profiles", "list"]) == 0
    out = capsys.readouterr().out
    assert "旧档案" in out and "损坏" not in out and "\x07" not in out
    assert main(["--data-dir", str(data_dir), "profiles", "delete", OLD_NAME, "--yes"]) == 0
    assert "\\u0007" in capsys.readouterr().out  # the control character is shown, not sent to the terminal
    assert main(["--data-dir", str(data_dir), "profiles", "list"]) == 0
    assert "旧档案" not in capsys.readouterr().out
