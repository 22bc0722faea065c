"""Editable copies of the shipped resources folder, for tests that break one file on purpose."""

from __future__ import annotations

import shutil
from pathlib import Path

from desktop.models.knowledge.loader import DEPARTMENTS_FILE, KNOWLEDGE_DIR
from desktop.resources import resources_root

PROFILE_DIR = "profile"  # the vocabularies of format v2 (problems, indicators), checked by ``kb check`` too


def copy_resources(target: Path) -> Path:
    """A copy of the knowledge files, the profile vocabularies and the department list under ``target``; the root."""
    root = target / "resources"
    shutil.copytree(resources_root() / KNOWLEDGE_DIR, root / KNOWLEDGE_DIR)
    shutil.copytree(resources_root() / PROFILE_DIR, root / PROFILE_DIR)
    shutil.copy2(resources_root() / DEPARTMENTS_FILE, root / DEPARTMENTS_FILE)
    return root


def edit(root: Path, file: str, old: str, new: str) -> None:
    """Replace the first occurrence of ``old`` in ``file``; fails loudly if the shipped text changed."""
    path = root / file
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not found in {file}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
