"""Reading typed fields out of TOML tables while collecting every problem with its file and entry."""

from __future__ import annotations

import math
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from desktop.models.text import Text

# The article has paragraphs ¶1–¶31; every citation must fall in this range.
FIRST_PARAGRAPH = 1
LAST_PARAGRAPH = 31

Table = Mapping[str, object]


@dataclass
class Problems:
    """Every problem found while reading the knowledge files, each naming the file, the entry and what is wrong."""

    messages: list[Text] = field(default_factory=list)

    def add(self, file: str, entry: str, problem: Text) -> None:
        self.messages.append(Text(f"{file} › {entry}：{problem.zh}", f"{file} › {entry}: {problem.en}"))

    def __bool__(self) -> bool:
        return bool(self.messages)


@dataclass
class Entry:
    """One entry of one file (an item, a fact, a glossary term...): reads its fields and reports what is wrong."""

    problems: Problems
    file: str
    name: str  # how the entry is named in messages: its ID, or its position when it has no usable ID
    table: Table

    def report(self, zh: str, en: str) -> None:
        self.problems.add(self.file, self.name, Text(zh, en))

    def child(self, name: str, table: Table) -> Entry:
        return Entry(self.problems, self.file, f"{self.name} › {name}", table)

    def only_keys(self, allowed: Iterable[str]) -> None:
        """Unknown keys are refused: a misspelt key would otherwise be silently ignored."""
        known = set(allowed)
        for key in self.table:
            if key not in known:
                self.report(f"未知字段“{key}”", f"unknown field “{key}”")

    def has(self, key: str) -> bool:
        return key in self.table

    def string(self, key: str, *, required: bool = True) -> str | None:
        value = self.table.get(key)
        if value is None:
            if required:
                self.report(f"缺少字段“{key}”", f"missing field “{key}”")
            return None
        if not isinstance(value, str) or not value.strip():
            self.report(
                f"字段“{key}”应为非空文字，实为 {value!r}", f"field “{key}” must be non-empty text, not {value!r}"
            )
            return None
        return value.strip()

    def text(self, key: str, *, required: bool = True) -> Text | None:
        """A bilingual field ``{ zh = "…", en = "…" }``: both languages present and non-empty."""
        value = self.table.get(key)
        if value is None:
            if required:
                self.report(f"缺少字段“{key}”", f"missing field “{key}”")
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

    def strings(self, key: str, *, required: bool = False) -> tuple[str, ...]:
        value = self.table.get(key)
        if value is None:
            if required:
                self.report(f"缺少字段“{key}”", f"missing field “{key}”")
            return ()
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            self.report(
                f"字段“{key}”应为非空文字的列表，实为 {value!r}",
                f"field “{key}” must be a list of non-empty texts, not {value!r}",
            )
            return ()
        if len(set(value)) != len(value):
            self.report(f"字段“{key}”有重复项", f"field “{key}” has duplicates")
        return tuple(v.strip() for v in value)

    def paragraphs(
        self, key: str = "paragraphs", *, required: bool = True, allow_empty: bool = False
    ) -> tuple[int, ...]:
        """Paragraph numbers of the article (¶1–¶31), ascending and without repeats."""
        value = self.table.get(key)
        if value is None:
            if required:
                self.report(f"缺少字段“{key}”", f"missing field “{key}”")
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

    def number(self, key: str) -> float | None:
        """An optional finite number (TOML integer or float)."""
        value = self.table.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
            self.report(
                f"字段“{key}”应为有限数值，实为 {value!r}", f"field “{key}” must be a finite number, not {value!r}"
            )
            return None
        return float(value)

    def integer(self, key: str, low: int, high: int, *, required: bool = True) -> int | None:
        value = self.table.get(key)
        if value is None:
            if required:
                self.report(f"缺少字段“{key}”", f"missing field “{key}”")
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

    def tables(self, key: str) -> list[Table]:
        """An optional array of tables (``[[item.fact]]``)."""
        value = self.table.get(key)
        if value is None:
            return []
        if not isinstance(value, list) or not all(isinstance(v, Mapping) for v in value):
            self.report(f"字段“{key}”应为表的数组", f"field “{key}” must be an array of tables")
            return []
        return list(value)

    def subtable(self, key: str) -> Table | None:
        value = self.table.get(key)
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
        problems.add(file, "—", Text(f"文件不存在（{path}）", f"file not found ({path})"))
    except tomllib.TOMLDecodeError as error:
        problems.add(file, "—", Text(f"不是有效的 TOML：{error}", f"not valid TOML: {error}"))
    except UnicodeDecodeError as error:
        problems.add(file, "—", Text(f"不是 UTF-8 文本：{error}", f"not UTF-8 text: {error}"))
    return None
