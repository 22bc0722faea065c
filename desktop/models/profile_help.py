"""The profile form's help: what each stage, condition, endowment and rating level means, from ``profile_help.toml``.

The texts carry article knowledge (why a condition matters, ¶20–¶31), so they are data under
``resources/knowledge`` like the knowledge base, checked the same way: every stage, condition and endowment present
exactly once, no unknown key, both languages, paragraphs within the article. A broken file raises ``KnowledgeError``
naming the file, the entry and the problem; ``zoneplanner kb check`` lists every problem (``check_profile_help``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TypeVar

from desktop.models.data_file import Entry, Problems, read_toml
from desktop.models.errors import KnowledgeErrors
from desktop.models.formatting import paragraphs_text
from desktop.models.knowledge.types import KnowledgeBase
from desktop.models.text import Text
from desktop.models.vocabulary import ENDOWMENT_MAX, ENDOWMENT_MIN, Condition, Endowment, Stage
from desktop.resources import resources_root

HELP_FILE = "knowledge/profile_help.toml"
HINT_KEYS = ("id", "text", "paragraphs")
LEVEL_KEYS = ("value", "text")
TOP_KEYS = ("stage_intro", "stage", "condition", "endowment", "level")
# A sentence's closing mark stays last: the citation goes before it ("…特色（¶25）。", "…character (¶25).").
_CLOSING = ("。", "！", "？", ".", "!", "?")

_Member = TypeVar("_Member", Stage, Condition, Endowment)


@dataclass(frozen=True, slots=True)
class Hint:
    """One help text in both languages and the article paragraphs it rests on (empty: the application's own)."""

    text: Text
    paragraphs: tuple[int, ...]

    def shown(self) -> Text:
        """The text as the user reads it, ending with its citation when it has one."""
        if not self.paragraphs:
            return self.text
        zh, en = paragraphs_text(self.paragraphs, "zh"), paragraphs_text(self.paragraphs, "en")
        return Text(_before_closing(self.text.zh, f"（{zh}）"), _before_closing(self.text.en, f" ({en})"))


@dataclass(frozen=True)
class ProfileHelp:
    """Every help text of the profile form; ``stage()``, ``condition()``... give the text to show, citation included."""

    stage_intro: Hint
    stages: Mapping[Stage, Hint]
    conditions: Mapping[Condition, Hint]
    endowments: Mapping[Endowment, Hint]
    levels: tuple[Text, ...]  # what each rating means, index = rating (0–5), without the number

    @classmethod
    def blank(cls) -> ProfileHelp:
        """Help with every text empty: lets a form go on (without hints) when the help file cannot be read."""
        empty = Hint(Text("", ""), ())
        return cls(
            empty,
            dict.fromkeys(Stage, empty),
            dict.fromkeys(Condition, empty),
            dict.fromkeys(Endowment, empty),
            tuple(Text("", "") for _ in range(ENDOWMENT_MIN, ENDOWMENT_MAX + 1)),
        )

    def stage(self, stage: Stage) -> Text:
        return self.stages[stage].shown()

    def condition(self, condition: Condition) -> Text:
        return self.conditions[condition].shown()

    def endowment(self, endowment: Endowment) -> Text:
        return self.endowments[endowment].shown()

    def level(self, value: int) -> Text:
        """What a rating means, led by the number: "3 — 较好：…" / "3 — good: …"."""
        meaning = self.levels[value - ENDOWMENT_MIN]
        if not meaning.zh:
            return meaning  # blank help: no line under the slider (its number shows beside it anyway)
        return Text(f"{value} — {meaning.zh}", f"{value} — {meaning.en}")


def load_profile_help(root: Path | None = None) -> ProfileHelp:
    """Read and validate the help under ``root`` (a resources folder); the shipped one is read once per process."""
    return _shipped() if root is None else _load(root)


def check_profile_help(kb: KnowledgeBase, root: Path | None = None) -> list[Text]:
    """For ``kb check``: every problem of the help file under ``root`` (None: the shipped one); empty when sound."""
    del kb  # the help refers to the profile's vocabulary only, not to knowledge-base entries
    return _read(root if root is not None else resources_root())[1].messages


def summarize_profile_help(kb: KnowledgeBase, root: Path | None = None) -> Text:
    """The count ``kb check`` prints when all is well."""
    del kb
    help_texts = load_profile_help(root)
    count = 1 + len(help_texts.stages) + len(help_texts.conditions) + len(help_texts.endowments)
    count += len(help_texts.levels)
    return Text(f"{count} 条表单说明", f"{count} form help texts")


@cache
def _shipped() -> ProfileHelp:
    return _load(resources_root())


def _load(root: Path) -> ProfileHelp:
    help_texts, problems = _read(root)
    if problems or help_texts is None:
        raise KnowledgeErrors(problems.messages or [Text(f"{HELP_FILE} 无法读取", f"{HELP_FILE} cannot be read")])
    return help_texts


def _read(root: Path) -> tuple[ProfileHelp | None, Problems]:
    problems = Problems()
    doc = read_toml(problems, root, HELP_FILE)
    if doc is None:
        return None, problems
    top = Entry(problems, HELP_FILE, "—", doc)
    top.only_keys(TOP_KEYS)
    intro = _intro(top)
    stages = _hints(top, "stage", Stage, cite=False)
    # A condition is one of the article's diagnostic points: its help must say where.
    conditions = _hints(top, "condition", Condition, cite=True)
    endowments = _hints(top, "endowment", Endowment, cite=False)
    levels = _levels(top)
    if problems or intro is None or levels is None:
        return None, problems
    return ProfileHelp(intro, stages, conditions, endowments, levels), problems


def _intro(top: Entry) -> Hint | None:
    table = top.subtable("stage_intro")
    if table is None:
        if not top.has("stage_intro"):
            top.report("缺少 [stage_intro] 表", "missing the [stage_intro] table")
        return None
    return _hint(Entry(top.problems, HELP_FILE, "stage_intro", table), ("text", "paragraphs"), cite=False)


def _hints(top: Entry, array: str, vocabulary: type[_Member], *, cite: bool) -> dict[_Member, Hint]:
    """One hint per member of ``vocabulary``, in the vocabulary's order; missing, unknown and repeated IDs reported."""
    found: dict[_Member, Hint] = {}
    seen: set[str] = set()
    known = vocabulary._value2member_map_
    for position, table in enumerate(top.tables(array), start=1):
        raw_id = table.get("id")
        name = f"{array}.{raw_id}" if isinstance(raw_id, str) and raw_id.strip() else f"[[{array}]] #{position}"
        # Entries are named by what they explain ("condition.guidance_fund").
        entry = Entry(top.problems, HELP_FILE, name, table)
        member_id = entry.string("id")
        hint = _hint(entry, HINT_KEYS, cite=cite)
        if member_id is None:
            continue
        if member_id not in known:
            allowed = ", ".join(known)
            entry.report(
                f"未知的 {array}“{member_id}”（可用：{allowed}）", f"unknown {array} “{member_id}” (known: {allowed})"
            )
            continue
        if member_id in seen:
            entry.report("重复：每项只能有一条说明", "duplicate: each one has exactly one entry")
            continue
        seen.add(member_id)
        if hint is not None:
            found[vocabulary(member_id)] = hint
    for member in vocabulary:
        if member.value not in seen:
            missing = Text(f"缺少说明（每个 {array} 都需要一条）", f"missing: every {array} needs an entry")
            top.problems.add(HELP_FILE, f"{array}.{member.value}", missing)
    return {member: found[member] for member in vocabulary if member in found}


def _hint(entry: Entry, keys: tuple[str, ...], *, cite: bool) -> Hint | None:
    entry.only_keys(keys)
    text = entry.text("text")
    # Empty paragraphs say honestly that the text is the application's explanation, not the article's.
    paragraphs = entry.paragraphs(allow_empty=not cite)
    if text is not None and ("¶" in text.zh or "¶" in text.en):
        entry.report(
            "文字中不要写“¶”：引用段落请写在 paragraphs 中",
            "the text must not cite “¶” itself: list paragraphs instead",
        )
        return None
    if text is None or not entry.has("paragraphs") or (cite and not paragraphs):
        return None
    return Hint(text, paragraphs)


def _levels(top: Entry) -> tuple[Text, ...] | None:
    """The meaning of each rating ENDOWMENT_MIN–ENDOWMENT_MAX, each exactly once."""
    found: dict[int, Text] = {}
    seen: set[int] = set()
    for position, table in enumerate(top.tables("level"), start=1):
        raw = table.get("value")
        name = f"level.{raw}" if isinstance(raw, int) and not isinstance(raw, bool) else f"[[level]] #{position}"
        entry = Entry(top.problems, HELP_FILE, name, table)
        entry.only_keys(LEVEL_KEYS)
        value = entry.integer("value", ENDOWMENT_MIN, ENDOWMENT_MAX)
        text = entry.text("text")
        if value is None:
            continue
        if value in seen:
            entry.report("重复：每个等级只能有一条说明", "duplicate: each level has exactly one entry")
            continue
        seen.add(value)
        if text is not None:
            found[value] = text
    scale = range(ENDOWMENT_MIN, ENDOWMENT_MAX + 1)
    for value in scale:
        if value not in seen:
            missing = Text("缺少说明（每个等级都需要一条）", "missing: every level needs an entry")
            top.problems.add(HELP_FILE, f"level.{value}", missing)
    if any(value not in found for value in scale):
        return None
    return tuple(found[value] for value in scale)


def cite_before_closing(sentence: str, citation: str) -> str:
    """``sentence`` with ``citation`` before its closing mark (the form's rich-text hints cite the same way)."""
    return _before_closing(sentence, citation)


def _before_closing(sentence: str, citation: str) -> str:
    if sentence.endswith(_CLOSING):
        return f"{sentence[:-1]}{citation}{sentence[-1]}"
    return f"{sentence}{citation}"
