"""The user guide (帮助 → 使用说明, F1) from ``resources/help/guide.toml``: sections of plain text in both languages.

The text is data, so it is written and checked like the other shipped files: every section has an ID, a title and a
text in both languages, uses only the placeholders the window fills in (the data folder and the database it really
uses), and says for which kind of store it is meant, if not for both. ``zoneplanner kb check`` lists every problem.
"""

from __future__ import annotations

import string
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from pathlib import Path

from desktop.models.data_file import Entry, Problems, read_toml
from desktop.models.errors import KnowledgeErrors
from desktop.models.knowledge.types import KnowledgeBase
from desktop.models.text import Lang, Text
from desktop.resources import resources_root

HELP_DIR = "help"
GUIDE_FILE = f"{HELP_DIR}/guide.toml"
SECTION_KEYS = ("id", "title", "text", "when")
# What a text may name in braces; the window fills them in with what it really uses.
PLACEHOLDERS = ("data_folder", "database")
LIST_MARK = "- "


class StoreKind(StrEnum):
    LOCAL = "local"  # the SQLite file on this computer
    SHARED = "shared"  # a database server others use too


@dataclass(frozen=True, slots=True)
class Block:
    """A paragraph (``items`` empty) or a list (``text`` empty), as the guide's text lays it out."""

    text: str = ""
    items: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class GuideSection:
    id: str
    title: Text
    text: Text
    when: StoreKind | None  # None: for every store

    def blocks(self, lang: Lang, values: dict[str, str]) -> list[Block]:
        """The text in ``lang`` with its placeholders filled: paragraphs split at blank lines, "- " lines a list."""
        filled = self.text.get(lang).format(**{name: values.get(name, "") for name in PLACEHOLDERS})
        blocks: list[Block] = []
        for chunk in filled.strip().split("\n\n"):
            lines = [line.strip() for line in chunk.strip().splitlines() if line.strip()]
            items = tuple(line.removeprefix(LIST_MARK) for line in lines if line.startswith(LIST_MARK))
            prose = " ".join(line for line in lines if not line.startswith(LIST_MARK))
            if prose:
                blocks.append(Block(text=prose))
            if items:
                blocks.append(Block(items=items))
        return blocks


@dataclass(frozen=True)
class Guide:
    sections: tuple[GuideSection, ...]

    def for_store(self, kind: StoreKind) -> list[GuideSection]:
        """The sections for a store of that kind, in the file's order."""
        return [section for section in self.sections if section.when in (None, kind)]


def load_guide(root: Path | None = None) -> Guide:
    """Read and validate the guide under ``root`` (a resources folder); the shipped one is read once per process."""
    return _shipped() if root is None else _load(root)


def check_guide(kb: KnowledgeBase, root: Path | None = None) -> list[Text]:
    """For ``kb check``: every problem of the guide under ``root`` (None: the shipped one); empty when sound."""
    del kb  # the guide refers to the window, not to knowledge-base entries
    return _read(root if root is not None else resources_root())[1].messages


def summarize_guide(kb: KnowledgeBase, root: Path | None = None) -> Text:
    del kb
    count = len(load_guide(root).sections)
    return Text(f"使用说明 {count} 节", f"a user guide of {count} sections")


@cache
def _shipped() -> Guide:
    return _load(resources_root())


def _load(root: Path) -> Guide:
    guide, problems = _read(root)
    if problems or guide is None:
        raise KnowledgeErrors(problems.messages or [Text(f"{GUIDE_FILE} 无法读取", f"{GUIDE_FILE} cannot be read")])
    return guide


def _read(root: Path) -> tuple[Guide | None, Problems]:
    problems = Problems()
    if not (root / HELP_DIR).is_dir():
        root = resources_root()  # a resources folder without help/ (a copy of the knowledge files): the shipped one
    doc = read_toml(problems, root, GUIDE_FILE)
    if doc is None:
        return None, problems
    top = Entry(problems, GUIDE_FILE, "—", doc)
    top.only_keys(("section",))
    sections: list[GuideSection] = []
    seen: set[str] = set()
    for position, table in enumerate(top.tables("section", required=True), start=1):
        raw = table.get("id")
        name = f"section.{raw}" if isinstance(raw, str) and raw.strip() else f"[[section]] #{position}"
        entry = Entry(problems, GUIDE_FILE, name, table)
        entry.only_keys(SECTION_KEYS)
        section_id, title, text = entry.string("id"), entry.text("title"), entry.text("text")
        when = entry.enum("when", StoreKind) if entry.has("when") else None
        if section_id is None or title is None or text is None or (entry.has("when") and when is None):
            continue
        if section_id in seen:
            entry.report("重复的 id：每节只能出现一次", "duplicate id: each section appears once")
            continue
        seen.add(section_id)
        if _placeholders_sound(entry, text):
            sections.append(GuideSection(section_id, title, text, when))
    if problems:
        return None, problems
    return Guide(tuple(sections)), problems


def _placeholders_sound(entry: Entry, text: Text) -> bool:
    """Only known placeholders, the same in both languages (a brace meant literally is written twice)."""
    found: dict[str, set[str]] = {}
    for lang in ("zh", "en"):
        try:
            names = {field for _, field, _, _ in string.Formatter().parse(text.get(lang)) if field is not None}
        except ValueError as error:
            entry.report(f"text.{lang} 中的花括号有误：{error}", f"text.{lang} has a stray brace: {error}")
            return False
        unknown = sorted(names - set(PLACEHOLDERS))
        if unknown:
            allowed = ", ".join(PLACEHOLDERS)
            entry.report(
                f"text.{lang} 含未知占位符 {unknown}（可用：{allowed}）",
                f"text.{lang} has unknown placeholder(s) {unknown} (known: {allowed})",
            )
            return False
        found[lang] = names
    if found["zh"] != found["en"]:
        entry.report("中英文使用的占位符不一致", "the Chinese and English texts use different placeholders")
        return False
    return True
