"""The shipped wording (knowledge base, rules, document texts) never shows a reader a stable ID: a cross-reference
names the item by its title."""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.resources import resource_path
from tests.helpers.stable_ids import ids_in

FOLDERS = ("knowledge", "rules", "report", "profile", "help")


def data_files() -> list[Path]:
    return sorted(path for folder in FOLDERS for path in resource_path(folder).rglob("*.toml"))


def wording(node: object, where: str) -> Iterator[tuple[str, str]]:
    """Every text shown to a reader: the zh and en sides of a bilingual value, wherever they sit."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key in ("zh", "en") and isinstance(value, str):
                yield f"{where}.{key}", value
            else:
                yield from wording(value, f"{where}.{key}")
    elif isinstance(node, list):
        for position, value in enumerate(node):
            yield from wording(value, f"{where}[{position}]")


@pytest.mark.parametrize("path", data_files(), ids=lambda path: path.name)
def test_no_text_a_reader_sees_cites_a_stable_id(path: Path) -> None:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    assert [(where, ids_in(text)) for where, text in wording(data, path.stem) if ids_in(text)] == []
