"""The user guide is data (``resources/help/guide.toml``): both languages, known placeholders only, and checked by
``zoneplanner kb check`` like every shipped file."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desktop.cli.main import main
from desktop.models.help_guide import GUIDE_FILE, StoreKind, load_guide
from desktop.resources import resources_root
from tests.helpers.kb_copies import copy_resources, edit


def test_the_shipped_guide_has_every_topic_for_each_kind_of_store() -> None:
    guide = load_guide()
    ids = {kind: [section.id for section in guide.for_store(kind)] for kind in StoreKind}
    for kind in StoreKind:
        assert {"workflow", "scores", "to-verify", "plan", "paragraphs", "samples"} <= set(ids[kind])
    assert "data-local" in ids[StoreKind.LOCAL] and "data-local" not in ids[StoreKind.SHARED]
    assert "data-shared" in ids[StoreKind.SHARED] and "data-shared" not in ids[StoreKind.LOCAL]


def test_a_section_fills_in_the_places_and_lays_out_its_list() -> None:
    local = next(s for s in load_guide().sections if s.id == "data-local")
    blocks = local.blocks("en", {"data_folder": "/home/li/zp", "database": "/home/li/zp/zoneplanner.sqlite3"})
    items = [item for block in blocks for item in block.items]
    assert "Database: /home/li/zp/zoneplanner.sqlite3" in items
    assert any(item.startswith("Data folder: /home/li/zp") for item in items)
    assert all("{" not in block.text for block in blocks)


def copy_with_help(tmp_path: Path) -> Path:
    root = copy_resources(tmp_path)
    shutil.copytree(resources_root() / "help", root / "help")
    return root


def test_kb_check_names_an_unknown_placeholder_and_a_missing_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = copy_with_help(tmp_path)
    edit(root, GUIDE_FILE, "- 数据库：{database}", "- 数据库：{db_path}")
    edit(root, GUIDE_FILE, 'title = { zh = "示例档案", en = "Sample profiles" }', 'title = { zh = "示例档案" }')
    code = main(["kb", "check", "--root", str(root), "--lang", "en"])
    err = capsys.readouterr().err
    assert code != 0
    assert f"{GUIDE_FILE} › section.data-local: text.zh has unknown placeholder(s) ['db_path']" in err
    assert f"{GUIDE_FILE} › section.samples: field “title” lacks the English (title.en)" in err


def test_kb_check_counts_the_guide(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["kb", "check", "--lang", "en"]) == 0
    assert f"a user guide of {len(load_guide().sections)} sections" in capsys.readouterr().out
