"""The two vocabularies of format v2: the problems a zone can state and the indicators it can set targets for.

Both are data (``resources/profile/problems.toml``, ``resources/profile/indicators.toml``) read with the project's one
TOML reader and checked at load: every entry has a unique ID, both languages, and (problems) either article paragraphs
or ``outside_article = true``, never both. A broken file raises ``KnowledgeErrors`` naming file › entry › problem;
``zoneplanner kb check`` lists every problem (``check_profile_vocabulary``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TypeVar

from desktop.models.data_file import Entry, Problems, read_toml
from desktop.models.errors import KnowledgeErrors
from desktop.models.knowledge.types import KnowledgeBase
from desktop.models.profile import Target
from desktop.models.text import Text
from desktop.resources import resources_root

PROBLEMS_FILE = "profile/problems.toml"
INDICATORS_FILE = "profile/indicators.toml"
DEPARTMENTS_FILE = "departments.toml"
PROBLEM_KEYS = ("id", "label", "help", "paragraphs", "outside_article")
INDICATOR_KEYS = ("id", "label", "unit", "kind", "integer")
INDICATOR_KINDS = ("outcome", "effort")
PERCENT_UNIT = "%"

_T = TypeVar("_T")


@dataclass(frozen=True, slots=True)
class ProblemEntry:
    """A problem a zone may state: its label, what it means, and the article paragraphs it relates to (if any)."""

    id: str
    label: Text
    help: Text
    paragraphs: tuple[int, ...]
    outside_article: bool


@dataclass(frozen=True, slots=True)
class IndicatorEntry:
    """An indicator a zone may set a target for, with its unit; ``integer`` ones are counted in whole numbers."""

    id: str
    label: Text
    unit: Text
    kind: str
    integer: bool

    @property
    def percent(self) -> bool:
        return self.unit.zh == PERCENT_UNIT


@dataclass(frozen=True)
class ProfileVocabulary:
    """Both vocabularies, each in the file's order."""

    problems: Mapping[str, ProblemEntry]
    indicators: Mapping[str, IndicatorEntry]
    unit_roles: frozenset[str]  # the unit IDs of departments.toml, which a profile's ``units[].role`` may name


def load_profile_vocabulary(root: Path | None = None) -> ProfileVocabulary:
    """Read and validate the vocabularies under ``root`` (a resources folder); the shipped ones are read once."""
    return _shipped() if root is None else _load(root)


def check_profile_vocabulary(kb: KnowledgeBase, root: Path | None = None) -> list[Text]:
    """For ``kb check``: every problem of the two files under ``root`` (None: the shipped ones)."""
    del kb  # the vocabularies stand alone
    return _read(root if root is not None else resources_root())[1].messages


def summarize_profile_vocabulary(kb: KnowledgeBase, root: Path | None = None) -> Text:
    del kb
    vocabulary = load_profile_vocabulary(root)
    problems, indicators = len(vocabulary.problems), len(vocabulary.indicators)
    return Text(f"{problems} 个区情问题、{indicators} 个目标指标", f"{problems} zone problems, {indicators} indicators")


@cache
def _shipped() -> ProfileVocabulary:
    return _load(resources_root())


def _load(root: Path) -> ProfileVocabulary:
    vocabulary, problems = _read(root)
    if problems or vocabulary is None:
        raise KnowledgeErrors(
            problems.messages or [Text("档案词表无法读取", "the profile vocabularies cannot be read")]
        )
    return vocabulary


def _read(root: Path) -> tuple[ProfileVocabulary | None, Problems]:
    problems = Problems()
    found_problems = _entries(problems, root, PROBLEMS_FILE, "problem", _problem)
    found_indicators = _entries(problems, root, INDICATORS_FILE, "indicator", _indicator)
    roles = _unit_roles(problems, root)
    if problems or found_problems is None or found_indicators is None:
        return None, problems
    return ProfileVocabulary(found_problems, found_indicators, roles), problems


def _unit_roles(problems: Problems, root: Path) -> frozenset[str]:
    """The IDs of the unit catalogue (the knowledge base's loader checks the rest of each entry)."""
    doc = read_toml(problems, root, DEPARTMENTS_FILE)
    tables = doc.get("department", []) if doc is not None else []
    listed = tables if isinstance(tables, list) else []
    return frozenset(t["id"] for t in listed if isinstance(t, Mapping) and isinstance(t.get("id"), str))


def _entries(
    problems: Problems, root: Path, file: str, array: str, build: Callable[[Entry], _T | None]
) -> dict[str, _T] | None:
    doc = read_toml(problems, root, file)
    if doc is None:
        return None
    top = Entry(problems, file, "—", doc)
    top.only_keys((array,))
    tables = top.tables(array, required=True)
    found: dict[str, _T] = {}
    for position, table in enumerate(tables, start=1):
        raw_id = table.get("id")
        name = f"{array}.{raw_id}" if isinstance(raw_id, str) and raw_id.strip() else f"[[{array}]] #{position}"
        entry = Entry(problems, file, name, table)
        entry_id = entry.string("id")
        value = build(entry)
        if entry_id is None or value is None:
            continue
        if entry_id in found:
            entry.report("ID 重复：每个 ID 只能出现一次", "duplicate ID: each ID appears once")
            continue
        found[entry_id] = value
    return found


def _problem(entry: Entry) -> ProblemEntry | None:
    entry.only_keys(PROBLEM_KEYS)
    label = entry.text("label")
    help_text = entry.text("help")
    paragraphs = entry.paragraphs(allow_empty=True)
    outside = _optional_flag(entry, "outside_article")
    if outside and paragraphs:
        entry.report(
            "outside_article = true 的问题不能同时引用段落", "a problem outside the article cannot cite paragraphs"
        )
        return None
    if not outside and not paragraphs:
        entry.report(
            "须列出相关段落（paragraphs），或标明 outside_article = true",
            "list the related paragraphs, or mark it outside_article = true",
        )
        return None
    raw_id = entry.table.get("id")
    if label is None or help_text is None or not isinstance(raw_id, str) or outside is None:
        return None
    return ProblemEntry(raw_id.strip(), label, help_text, paragraphs, outside)


def _indicator(entry: Entry) -> IndicatorEntry | None:
    entry.only_keys(INDICATOR_KEYS)
    label = entry.text("label")
    unit = entry.text("unit")
    kind = entry.string("kind")
    integer = _optional_flag(entry, "integer")
    if kind is not None and kind not in INDICATOR_KINDS:
        allowed = ", ".join(INDICATOR_KINDS)
        entry.report(
            f"字段“kind”的值 {kind!r} 不存在（可用：{allowed}）", f"kind {kind!r} is unknown (known: {allowed})"
        )
        return None
    raw_id = entry.table.get("id")
    if label is None or unit is None or kind is None or integer is None or not isinstance(raw_id, str):
        return None
    return IndicatorEntry(raw_id.strip(), label, unit, kind, integer)


def _optional_flag(entry: Entry, key: str) -> bool | None:
    """A true/false field that may be left out (false); None after reporting a wrong value."""
    return entry.boolean(key) if entry.has(key) else False


# --- how a profile's problems and targets read (window, workbook) -------------------------------------------------

TO_FILL = Text("待填", "to be filled in")


def problem_label(problem_id: str) -> Text:
    """A problem's label; its ID when the vocabulary does not have it (or cannot be read)."""
    vocabulary = _known()
    entry = vocabulary.problems.get(problem_id) if vocabulary is not None else None
    return entry.label if entry is not None else Text.same(problem_id)


def indicator_label(indicator_id: str) -> Text:
    vocabulary = _known()
    entry = vocabulary.indicators.get(indicator_id) if vocabulary is not None else None
    return entry.label if entry is not None else Text.same(indicator_id)


def indicator_unit(indicator_id: str) -> Text:
    vocabulary = _known()
    entry = vocabulary.indicators.get(indicator_id) if vocabulary is not None else None
    return entry.unit if entry is not None else Text("", "")


def target_values(target: Target, *, unit: bool = False) -> Text:
    """ "2025年 560 → 2028年 800" / "2025: 560 → 2028: 800"; a base not given is 待填, never a default."""
    base_zh = TO_FILL.zh if target.base is None else _number(target.base)
    base_en = TO_FILL.en if target.base is None else _number(target.base)
    goal = _number(target.target)
    start_zh = f"{target.base_year}年 {base_zh}" if target.base_year is not None else f"基期 {base_zh}"
    start_en = f"{target.base_year}: {base_en}" if target.base_year is not None else f"base {base_en}"
    text = Text(f"{start_zh} → {target.target_year}年 {goal}", f"{start_en} → {target.target_year}: {goal}")
    if unit:
        measure = indicator_unit(target.indicator)
        text = Text(f"{text.zh} {measure.zh}".rstrip(), f"{text.en} {measure.en}".rstrip())
    return text


def _number(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}".rstrip("0").rstrip(".")


def _known() -> ProfileVocabulary | None:
    try:
        return load_profile_vocabulary()
    except KnowledgeErrors:
        return None
