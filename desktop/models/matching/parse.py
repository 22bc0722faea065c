"""Reading criteria from rule files: every problem is collected with the file, the entry and what is wrong."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TypeVar

from desktop.models.knowledge.types import ItemKind, KnowledgeItem
from desktop.models.matching.criteria import (
    ConditionIs,
    Criterion,
    EndowmentAnyAtLeast,
    EndowmentAnyAtMost,
    EndowmentAtLeast,
    EndowmentAtMost,
    FigureAtLeast,
    FigureAtMost,
    FiguresUnknownAtLeast,
    IndustryAny,
    IndustryCountAtLeast,
    KindIn,
    LevelIn,
    Similarity,
    StageIn,
)
from desktop.models.text import Text
from desktop.models.vocabulary import (
    ENDOWMENT_MAX,
    ENDOWMENT_MIN,
    Condition,
    Endowment,
    Figure,
    Industry,
    Kind,
    Level,
    Stage,
)

_E = TypeVar("_E", bound=StrEnum)


@dataclass
class Problems:
    """Problems found in rule files, each one sentence naming file, entry and problem in both languages."""

    found: list[Text] = field(default_factory=list)

    def add(self, where: Text, zh: str, en: str) -> None:
        self.found.append(Text(f"{where.zh}：{zh}", f"{where.en}: {en}"))

    def __bool__(self) -> bool:
        return bool(self.found)


def entry(file: str, item: str, detail: Text | None = None) -> Text:
    """Where a problem is: "rules/cases.toml · case.boston-biotech · 第 2 条标准"."""
    if detail is None:
        return Text(f"{file} · {item}", f"{file}, {item}")
    return Text(f"{file} · {item} · {detail.zh}", f"{file}, {item}, {detail.en}")


def criterion_where(file: str, item: str, number: int) -> Text:
    return entry(file, item, Text(f"第 {number} 条标准", f"criterion {number}"))


@dataclass
class Reader:
    """Typed access to one TOML table that records a problem instead of raising."""

    data: Mapping[str, object]
    where: Text
    problems: Problems
    used: set[str] = field(default_factory=set)

    def _get(self, key: str, required: bool) -> object | None:
        self.used.add(key)
        if key not in self.data:
            if required:
                self.problems.add(self.where, f"缺少字段 “{key}”", f"missing field '{key}'")
            return None
        return self.data[key]

    def enum(self, key: str, enum: type[_E]) -> _E | None:
        value = self._get(key, True)
        if value is None:
            return None
        return self._member(key, value, enum)

    def _member(self, key: str, value: object, enum: type[_E]) -> _E | None:
        if isinstance(value, str) and value in enum._value2member_map_:
            return enum(value)
        allowed = ", ".join(m.value for m in enum)
        self.problems.add(
            self.where,
            f"字段 “{key}” 的值 {value!r} 不存在于档案中（可用：{allowed}）",
            f"field '{key}' value {value!r} is not a profile field (allowed: {allowed})",
        )
        return None

    def enums(self, key: str, enum: type[_E]) -> tuple[_E, ...] | None:
        value = self._get(key, True)
        if value is None:
            return None
        if not isinstance(value, list) or not value:
            self.problems.add(self.where, f"字段 “{key}” 应为非空列表", f"field '{key}' must be a non-empty list")
            return None
        members = [self._member(key, v, enum) for v in value]
        if any(m is None for m in members):
            return None
        result = tuple(m for m in members if m is not None)
        if len(set(result)) != len(result):
            self.problems.add(self.where, f"字段 “{key}” 有重复值", f"field '{key}' repeats a value")
            return None
        return result

    def integer(self, key: str, low: int, high: int, required: bool = True) -> int | None:
        value = self._get(key, required)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            self.problems.add(
                self.where,
                f"字段 “{key}” 应为 {low}–{high} 的整数，实为 {value!r}",
                f"field '{key}' must be a whole number {low}–{high}, not {value!r}",
            )
            return None
        return value

    def number(self, key: str, low: float = 0.0, required: bool = True) -> float | None:
        value = self._get(key, required)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float) or value < low:
            self.problems.add(
                self.where,
                f"字段 “{key}” 应为不小于 {low:g} 的数，实为 {value!r}",
                f"field '{key}' must be a number ≥ {low:g}, not {value!r}",
            )
            return None
        return float(value)

    def boolean(self, key: str) -> bool | None:
        value = self._get(key, True)
        if value is None:
            return None
        if not isinstance(value, bool):
            self.problems.add(self.where, f"字段 “{key}” 应为 true/false", f"field '{key}' must be true or false")
            return None
        return value

    def string(self, key: str, required: bool = True) -> str | None:
        value = self._get(key, required)
        if value is None:
            return None
        if not isinstance(value, str) or not value.strip():
            self.problems.add(self.where, f"字段 “{key}” 应为非空文字", f"field '{key}' must be non-empty text")
            return None
        return value

    def strings(self, key: str, required: bool = True) -> tuple[str, ...] | None:
        value = self._get(key, required)
        if value is None:
            return None
        if not isinstance(value, list) or not value or not all(isinstance(v, str) and v for v in value):
            self.problems.add(
                self.where, f"字段 “{key}” 应为非空文字列表", f"field '{key}' must be a non-empty text list"
            )
            return None
        return tuple(str(v) for v in value)

    def text(self, key: str, required: bool = True) -> Text | None:
        value = self._get(key, required)
        if value is None:
            return None
        if (
            not isinstance(value, dict)
            or set(value) != {"zh", "en"}
            or not all(isinstance(v, str) and v.strip() for v in value.values())
        ):
            self.problems.add(
                self.where,
                f'字段 “{key}” 应为 {{ zh = "…", en = "…" }} 且两种语言都不为空',
                f'field \'{key}\' must be {{ zh = "…", en = "…" }} with both languages filled',
            )
            return None
        return Text(str(value["zh"]), str(value["en"]))

    def table(self, key: str, required: bool = True) -> Mapping[str, object] | None:
        value = self._get(key, required)
        if value is None:
            return None
        if not isinstance(value, dict):
            self.problems.add(self.where, f"字段 “{key}” 应为表", f"field '{key}' must be a table")
            return None
        return value

    def tables(self, key: str) -> list[Mapping[str, object]]:
        value = self._get(key, True)
        if value is None:
            return []
        if not isinstance(value, list) or not value or not all(isinstance(v, dict) for v in value):
            self.problems.add(
                self.where, f"字段 “{key}” 应为非空的表数组", f"field '{key}' must be a non-empty array of tables"
            )
            return []
        return list(value)

    def finish(self) -> None:
        """Every key of the table must have been read: an unknown key is most likely a typo."""
        for key in self.data:
            if key not in self.used:
                self.problems.add(self.where, f"未知字段 “{key}”", f"unknown field '{key}'")


def check_template(template: Text, allowed: frozenset[str], key: str, reader: Reader) -> None:
    """A template may use only the placeholders its criterion provides; try filling it to be sure."""
    values = dict.fromkeys(allowed, "x")
    for lang, source in (("zh", template.zh), ("en", template.en)):
        try:
            source.format_map(values)
        except KeyError as error:
            reader.problems.add(
                reader.where,
                f"“{key}” 的{lang}文本使用了未知占位符 {{{error.args[0]}}}（可用：{', '.join(sorted(allowed))}）",
                f"the {lang} text of '{key}' uses unknown placeholder {{{error.args[0]}}} "
                f"(allowed: {', '.join(sorted(allowed))})",
            )
        except (ValueError, IndexError):
            reader.problems.add(
                reader.where, f"“{key}” 的{lang}文本花括号不配对", f"the {lang} text of '{key}' has unbalanced braces"
            )


def _endowment_threshold(reader: Reader) -> int | None:
    return reader.integer("threshold", ENDOWMENT_MIN, ENDOWMENT_MAX)


def _endowment_at_least(reader: Reader, item: KnowledgeItem | None) -> Criterion | None:
    which, threshold = reader.enum("endowment", Endowment), _endowment_threshold(reader)
    return None if which is None or threshold is None else EndowmentAtLeast(which, threshold)


def _endowment_at_most(reader: Reader, item: KnowledgeItem | None) -> Criterion | None:
    which, threshold = reader.enum("endowment", Endowment), _endowment_threshold(reader)
    return None if which is None or threshold is None else EndowmentAtMost(which, threshold)


def _endowment_any_at_least(reader: Reader, item: KnowledgeItem | None) -> Criterion | None:
    which, threshold = reader.enums("endowments", Endowment), _endowment_threshold(reader)
    return None if which is None or threshold is None else EndowmentAnyAtLeast(which, threshold)


def _endowment_any_at_most(reader: Reader, item: KnowledgeItem | None) -> Criterion | None:
    which, threshold = reader.enums("endowments", Endowment), _endowment_threshold(reader)
    return None if which is None or threshold is None else EndowmentAnyAtMost(which, threshold)


def _industry_any(reader: Reader, item: KnowledgeItem | None) -> Criterion | None:
    which = reader.enums("industries", Industry)
    return None if which is None else IndustryAny(which)


def _industry_count(reader: Reader, item: KnowledgeItem | None) -> Criterion | None:
    threshold = reader.integer("threshold", 1, len(Industry))
    return None if threshold is None else IndustryCountAtLeast(threshold)


def _stage_in(reader: Reader, item: KnowledgeItem | None) -> Criterion | None:
    which = reader.enums("stages", Stage)
    return None if which is None else StageIn(which)


def _level_in(reader: Reader, item: KnowledgeItem | None) -> Criterion | None:
    which = reader.enums("levels", Level)
    return None if which is None else LevelIn(which)


def _kind_in(reader: Reader, item: KnowledgeItem | None) -> Criterion | None:
    which = reader.enums("kinds", Kind)
    return None if which is None else KindIn(which)


def _condition_is(reader: Reader, item: KnowledgeItem | None) -> Criterion | None:
    which, value = reader.enum("condition", Condition), reader.boolean("value")
    return None if which is None or value is None else ConditionIs(which, value)


def _figure_at_least(reader: Reader, item: KnowledgeItem | None) -> Criterion | None:
    which, threshold = reader.enum("figure", Figure), reader.number("threshold")
    return None if which is None or threshold is None else FigureAtLeast(which, threshold)


def _figure_at_most(reader: Reader, item: KnowledgeItem | None) -> Criterion | None:
    which, threshold = reader.enum("figure", Figure), reader.number("threshold")
    return None if which is None or threshold is None else FigureAtMost(which, threshold)


def _figures_unknown(reader: Reader, item: KnowledgeItem | None) -> Criterion | None:
    threshold = reader.integer("threshold", 1, len(Figure))
    return None if threshold is None else FiguresUnknownAtLeast(threshold)


def _similarity(reader: Reader, item: KnowledgeItem | None) -> Criterion | None:
    exclude = reader.enums("exclude", Endowment) if "exclude" in reader.data else ()
    if exclude is None:
        return None
    if item is None or item.kind is not ItemKind.CASE:
        reader.problems.add(
            reader.where, "只有案例可以使用 similarity 标准", "only a case may use a similarity criterion"
        )
        return None
    profile = item.endowment_profile
    if profile is None or set(profile) != set(Endowment):
        reader.problems.add(
            reader.where,
            "知识库中该案例缺少完整的资源禀赋画像（8 项）",
            "the knowledge base has no full endowment profile (8 ratings) for this case",
        )
        return None
    ratings = tuple((e, profile[e].value) for e in Endowment if e not in exclude)
    if sum(value for _, value in ratings) <= 0:
        reader.problems.add(reader.where, "参与比较的案例禀赋评分全为 0", "the compared case ratings are all 0")
        return None
    return Similarity(item.title, ratings)


_PARSERS: dict[str, Callable[[Reader, KnowledgeItem | None], Criterion | None]] = {
    "endowment_at_least": _endowment_at_least,
    "endowment_at_most": _endowment_at_most,
    "endowment_any_at_least": _endowment_any_at_least,
    "endowment_any_at_most": _endowment_any_at_most,
    "industry_any": _industry_any,
    "industry_count_at_least": _industry_count,
    "stage_in": _stage_in,
    "level_in": _level_in,
    "kind_in": _kind_in,
    "condition_is": _condition_is,
    "figure_at_least": _figure_at_least,
    "figure_at_most": _figure_at_most,
    "figures_unknown_at_least": _figures_unknown,
    "similarity": _similarity,
}
KINDS = tuple(_PARSERS)


def parse_criterion(reader: Reader, item: KnowledgeItem | None) -> Criterion | None:
    """The criterion a table describes (its ``kind`` and parameters); other keys are the caller's to read."""
    kind = reader.string("kind")
    if kind is None:
        return None
    parser = _PARSERS.get(kind)
    if parser is None:
        reader.problems.add(
            reader.where,
            f"未知的标准类型 “{kind}”（可用：{', '.join(KINDS)}）",
            f"unknown criterion kind '{kind}' (allowed: {', '.join(KINDS)})",
        )
        return None
    return parser(reader, item)
