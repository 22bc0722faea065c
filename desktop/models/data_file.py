"""Reading the shipped TOML data files (knowledge base, rules, action templates, units, form help).

One reader for all of them, so a broken file is always reported the same way: every problem is collected (not only
the first) as one bilingual sentence "file › entry: problem", the entry named by its ID (or its position when it has
no usable ID) and, within it, by the sub-table ("case.x › criterion 2").
"""

from __future__ import annotations

import math
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import TypeVar

from desktop.models.text import Text

# The article has paragraphs ¶1–¶31; every citation must fall in this range.
FIRST_PARAGRAPH = 1
LAST_PARAGRAPH = 31
NO_ENTRY = "—"  # how a problem of the file as a whole (not of one entry) names its entry

Table = Mapping[str, object]
_E = TypeVar("_E", bound=StrEnum)


@dataclass
class Problems:
    """Every problem found while reading data files, each naming the file, the entry and what is wrong."""

    messages: list[Text] = field(default_factory=list)

    def add(self, file: str, entry: str | Text, problem: Text) -> None:
        name = entry if isinstance(entry, Text) else Text(entry, entry)
        self.messages.append(Text(f"{file} › {name.zh}：{problem.zh}", f"{file} › {name.en}: {problem.en}"))

    def __len__(self) -> int:
        return len(self.messages)

    def __bool__(self) -> bool:
        return bool(self.messages)


@dataclass
class Entry:
    """One entry of one file (an item, a rule, a fact...): reads its fields, typed, and reports what is wrong.

    Every reader returns None (or an empty tuple) for a missing or wrong value, having reported it. Unknown keys are
    refused, either against a list (``only_keys``) or as the keys never read (``finish``).
    """

    problems: Problems
    file: str
    name: str | Text  # its ID, or its position when it has no usable ID; Text when the name has words
    table: Table
    used: set[str] = field(default_factory=set)

    def report(self, zh: str, en: str) -> None:
        self.problems.add(self.file, self.name, Text(zh, en))

    def child(self, name: str | Text, table: Table) -> Entry:
        """A table inside this entry, named after it: "case.x › criterion 2"."""
        outer = self.name if isinstance(self.name, Text) else Text(self.name, self.name)
        inner = name if isinstance(name, Text) else Text(name, name)
        return Entry(self.problems, self.file, Text(f"{outer.zh} › {inner.zh}", f"{outer.en} › {inner.en}"), table)

    def only_keys(self, allowed: Iterable[str]) -> None:
        """Unknown keys are refused: a misspelt key would otherwise be silently ignored."""
        known = set(allowed)
        for key in self.table:
            if key not in known:
                self.report(f"未知字段“{key}”", f"unknown field “{key}”")

    def finish(self) -> None:
        """Every key must have been read: the others are unknown, most likely misspelt."""
        self.only_keys(self.used)

    def has(self, key: str) -> bool:
        return key in self.table

    def _get(self, key: str, required: bool) -> object | None:
        self.used.add(key)
        value = self.table.get(key)
        if value is None and required:
            self.report(f"缺少字段“{key}”", f"missing field “{key}”")
        return value

    def string(self, key: str, *, required: bool = True) -> str | None:
        value = self._get(key, required)
        if value is None:
            return None
        if not isinstance(value, str) or not value.strip():
            self.report(
                f"字段“{key}”应为非空文字，实为 {value!r}", f"field “{key}” must be non-empty text, not {value!r}"
            )
            return None
        return value.strip()

    def text(self, key: str, *, required: bool = True) -> Text | None:
        """A bilingual field ``{ zh = "…", en = "…" }``: both languages present and non-empty."""
        value = self._get(key, required)
        if value is None:
            return None
        if not isinstance(value, Mapping):
            self.report(
                f"字段“{key}”应为 {{ zh = …, en = … }}，实为 {value!r}",
                f"field “{key}” must be {{ zh = …, en = … }}, not {value!r}",
            )
            return None
        ok = True
        for lang, name_zh, name_en in (("zh", "中文", "Chinese"), ("en", "英文", "English")):
            part = value.get(lang)
            if not isinstance(part, str) or not part.strip():
                self.report(
                    f"字段“{key}”缺少{name_zh}（{key}.{lang}）", f"field “{key}” lacks the {name_en} ({key}.{lang})"
                )
                ok = False
        for extra in value:
            if extra not in ("zh", "en"):
                self.report(f"字段“{key}”含未知语言“{extra}”", f"field “{key}” has an unknown language “{extra}”")
                ok = False
        if not ok:
            return None
        return Text(str(value["zh"]).strip(), str(value["en"]).strip())

    def strings(self, key: str, *, required: bool = False, non_empty: bool = False) -> tuple[str, ...]:
        value = self._get(key, required)
        if value is None:
            return ()
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            self.report(
                f"字段“{key}”应为非空文字的列表，实为 {value!r}",
                f"field “{key}” must be a list of non-empty texts, not {value!r}",
            )
            return ()
        if non_empty and not value:
            self.report(f"字段“{key}”不能为空", f"field “{key}” must not be empty")
            return ()
        if len(set(value)) != len(value):
            self.report(f"字段“{key}”有重复项", f"field “{key}” has duplicates")
        return tuple(v.strip() for v in value)

    def paragraphs(
        self, key: str = "paragraphs", *, required: bool = True, allow_empty: bool = False
    ) -> tuple[int, ...]:
        """Paragraph numbers of the article (¶1–¶31), ascending and without repeats."""
        value = self._get(key, required)
        if value is None:
            return ()
        if not isinstance(value, list) or not all(isinstance(v, int) and not isinstance(v, bool) for v in value):
            self.report(
                f"字段“{key}”应为段落编号列表，实为 {value!r}",
                f"field “{key}” must be a list of paragraph numbers, not {value!r}",
            )
            return ()
        if not value and not allow_empty:
            self.report(f"字段“{key}”不能为空", f"field “{key}” must not be empty")
            return ()
        numbers: list[int] = [int(v) for v in value]
        bad = [n for n in numbers if not FIRST_PARAGRAPH <= n <= LAST_PARAGRAPH]
        if bad:
            self.report(
                f"段落编号 {bad} 超出原文范围 ¶{FIRST_PARAGRAPH}–¶{LAST_PARAGRAPH}",
                f"paragraph number(s) {bad} outside the article's ¶{FIRST_PARAGRAPH}–¶{LAST_PARAGRAPH}",
            )
            return ()
        if len(set(numbers)) != len(numbers):
            self.report(f"字段“{key}”有重复的段落编号", f"field “{key}” repeats a paragraph number")
        return tuple(sorted(set(numbers)))

    def number(self, key: str, *, low: float | None = None, required: bool = False) -> float | None:
        """A finite number (TOML integer or float), at least ``low`` when given."""
        value = self._get(key, required)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
            self.report(
                f"字段“{key}”应为有限数值，实为 {value!r}", f"field “{key}” must be a finite number, not {value!r}"
            )
            return None
        if low is not None and value < low:
            self.report(
                f"字段“{key}”应为不小于 {low:g} 的数，实为 {value!r}",
                f"field “{key}” must be a number ≥ {low:g}, not {value!r}",
            )
            return None
        return float(value)

    def integer(self, key: str, low: int, high: int, *, required: bool = True) -> int | None:
        value = self._get(key, required)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            self.report(
                f"字段“{key}”应为 {low}–{high} 的整数，实为 {value!r}",
                f"field “{key}” must be a whole number from {low} to {high}, not {value!r}",
            )
            return None
        return value

    def iso_date(self, key: str) -> str | None:
        value = self.string(key)
        if value is None:
            return None
        try:
            date.fromisoformat(value)
        except ValueError:
            self.report(
                f"字段“{key}”应为 YYYY-MM-DD 日期，实为 {value!r}",
                f"field “{key}” must be a YYYY-MM-DD date, not {value!r}",
            )
            return None
        return value

    def boolean(self, key: str) -> bool | None:
        value = self._get(key, True)
        if value is None:
            return None
        if not isinstance(value, bool):
            self.report(
                f"字段“{key}”应为 true/false，实为 {value!r}", f"field “{key}” must be true or false, not {value!r}"
            )
            return None
        return value

    def enum(self, key: str, enum: type[_E]) -> _E | None:
        """One value of ``enum`` (a profile field, a phase...), by its TOML name."""
        value = self._get(key, True)
        return None if value is None else self._member(key, value, enum)

    def enums(self, key: str, enum: type[_E]) -> tuple[_E, ...] | None:
        """A non-empty list of distinct values of ``enum``."""
        value = self._get(key, True)
        if value is None:
            return None
        if not isinstance(value, list) or not value:
            self.report(f"字段“{key}”应为非空列表", f"field “{key}” must be a non-empty list")
            return None
        members = [self._member(key, v, enum) for v in value]
        if any(m is None for m in members):
            return None
        result = tuple(m for m in members if m is not None)
        if len(set(result)) != len(result):
            self.report(f"字段“{key}”有重复值", f"field “{key}” repeats a value")
            return None
        return result

    def _member(self, key: str, value: object, enum: type[_E]) -> _E | None:
        if isinstance(value, str) and value in enum._value2member_map_:
            return enum(value)
        allowed = ", ".join(m.value for m in enum)
        self.report(
            f"字段“{key}”的值 {value!r} 不存在（可用：{allowed}）",
            f"field “{key}” value {value!r} does not exist (allowed: {allowed})",
        )
        return None

    def tables(self, key: str, *, required: bool = False) -> list[Table]:
        """An array of tables (``[[item.fact]]``); a required one must have at least one table."""
        value = self._get(key, required)
        if value is None:
            return []
        if not isinstance(value, list) or not all(isinstance(v, Mapping) for v in value):
            self.report(f"字段“{key}”应为表的数组", f"field “{key}” must be an array of tables")
            return []
        if required and not value:
            self.report(f"字段“{key}”不能为空", f"field “{key}” must not be empty")
        return list(value)

    def subtable(self, key: str, *, required: bool = False) -> Table | None:
        value = self._get(key, required)
        if value is None:
            return None
        if not isinstance(value, Mapping):
            self.report(f"字段“{key}”应为表", f"field “{key}” must be a table")
            return None
        return value


def read_toml(problems: Problems, base: Path, file: str) -> Table | None:
    """The TOML document ``base/file``, or None with the reason recorded against ``file``."""
    path = base / file
    try:
        with path.open("rb") as stream:
            return tomllib.load(stream)
    except FileNotFoundError:
        problems.add(file, NO_ENTRY, Text(f"文件不存在（{path}）", f"file not found ({path})"))
    except OSError as error:
        reason = error.strerror or str(error)
        problems.add(file, NO_ENTRY, Text(f"无法读取（{path}）：{reason}", f"cannot be read ({path}): {reason}"))
    except tomllib.TOMLDecodeError as error:
        problems.add(file, NO_ENTRY, Text(f"不是有效的 TOML：{error}", f"not valid TOML: {error}"))
    except UnicodeDecodeError as error:
        problems.add(file, NO_ENTRY, Text(f"不是 UTF-8 文本：{error}", f"not UTF-8 text: {error}"))
    return None
