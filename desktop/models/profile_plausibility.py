"""Figures that are allowed but implausible for a zone (年产值 500,000 亿元, 面积 100,000 km², a target of 500,000 亿元
revenue): a soft warning that names the usual range, never a refusal. The ranges are data
(``resources/profile/ranges.toml``) read with the one TOML reader; ``zoneplanner kb check`` lists every problem of the
file (``check_ranges``).
"""

from __future__ import annotations

from collections.abc import Mapping
from contextlib import suppress
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.models.data_file import Entry, Problems, read_toml
from desktop.models.errors import KnowledgeErrors
from desktop.models.profile_vocabulary import IndicatorEntry, load_profile_vocabulary
from desktop.models.text import Text
from desktop.models.vocabulary import FIGURE_UNITS, Figure, label
from desktop.resources import resources_root

if TYPE_CHECKING:
    from desktop.models.knowledge.types import KnowledgeBase

RANGES_FILE = "profile/ranges.toml"
RANGE_KEYS = ("figure", "low", "high")
INDICATOR_RANGE_KEYS = ("indicator", "low", "high")
TARGET_FIELDS = (("base", Text("基期值", "base value")), ("target", Text("目标值", "target value")))


@dataclass(frozen=True, slots=True)
class Range:
    low: float
    high: float


@dataclass(frozen=True)
class Ranges:
    figures: Mapping[Figure, Range]
    indicators: Mapping[str, Range]  # by indicator ID (resources/profile/indicators.toml)


@dataclass(frozen=True, slots=True)
class FigureWarning:
    """One value outside its usual range: ``path`` is the field (``figures.output_100m_cny``, ``targets[0].target``)."""

    path: str
    value: float
    range: Range
    message: Text


def figure_warnings(figures: Mapping[str, object], root: Path | None = None) -> list[FigureWarning]:
    """A warning for each figure (keyed by its format name; values as given) outside its usual range. A value
    that is not a number is left to the format's rules, which refuse it with their own message."""
    ranges = load_ranges(root).figures
    warnings: list[FigureWarning] = []
    for figure in Figure:
        value, span = figures.get(figure.value), ranges.get(figure)
        if span is None or not _outside(value, span):
            continue
        number = float(value)  # type: ignore[arg-type]  # _outside checked it is a number
        warnings.append(
            FigureWarning(
                f"figures.{figure.value}", number, span, _message(label(figure), FIGURE_UNITS[figure], number, span)
            )
        )
    return warnings


def target_warnings(targets: object, root: Path | None = None) -> list[FigureWarning]:
    """A warning for each base or target value of the zone's targets (format objects, as typed) outside the usual
    range of its indicator."""
    if not isinstance(targets, list):
        return []
    ranges = load_ranges(root).indicators
    indicators = load_profile_vocabulary(root).indicators
    warnings: list[FigureWarning] = []
    for index, target in enumerate(targets):
        code = target.get("indicator") if isinstance(target, Mapping) else None
        span = ranges.get(code) if isinstance(code, str) else None
        entry = indicators.get(code) if isinstance(code, str) else None
        if span is None or entry is None or not isinstance(target, Mapping):
            continue
        for key, what in TARGET_FIELDS:
            value = target.get(key)
            if _outside(value, span):
                number = float(value)  # type: ignore[arg-type]
                name = Text(f"{entry.label.zh}（{what.zh}）", f"{entry.label.en} ({what.en})")
                warnings.append(
                    FigureWarning(f"targets[{index}].{key}", number, span, _message(name, entry.unit, number, span))
                )
    return warnings


def _outside(value: object, span: Range) -> bool:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return False
    return not span.low <= value <= span.high


def _message(name: Text, unit: Text, value: float, span: Range) -> Text:
    """One sentence per language that reads as written by hand: the unit is said once where it reads naturally
    ("Annual output: 500,000 (in 100 million CNY) … (1–30,000)", 「年产值 500,000 亿元超出…（1–30,000 亿元）」)."""
    number, low, high = _grouped(value), _grouped(span.low), _grouped(span.high)
    zh_unit = _zh_unit(unit.zh)
    zh_gap = "" if name.zh.endswith("）") else " "  # 「R&D经费投入强度（目标值）15%」: no space after a bracket
    zh = (
        f"{name.zh}{zh_gap}{number}{zh_unit}超出开发区的常见范围（{low}–{high}{zh_unit}），"
        "请核对单位和数值；如确认无误，可保留不改。"
    )
    value_en, range_en = _en_amounts(unit.en, number, f"{low}–{high}")
    en = (
        f"{name.en}: {value_en} is outside the usual range for a development zone ({range_en}). "
        "Check the unit and the digits; if the figure is right, it can stay as it is."
    )
    return Text(zh, en)


def _zh_unit(unit: str) -> str:
    """「15%」 but 「500,000 亿元」: a symbol sticks to the number, a word is set apart."""
    if not unit:
        return ""
    return unit if unit == "%" else f" {unit}"


def _en_amounts(unit: str, value: str, span: str) -> tuple[str, str]:
    """The value and the range in English. A scale ("100 million CNY") is named once after the value ("500,000 (in
    100 million CNY)") — "500,000 100 million CNY" cannot be read; a symbol is written after each number ("15%",
    "600 km²"); a counting word ("firms", "people") is left out, since the field's name already says what is counted."""
    if not unit or unit.isalpha():
        return value, span
    if unit[0].isdigit():
        return f"{value} (in {unit})", span
    joined = "" if unit == "%" else " "
    return f"{value}{joined}{unit}", f"{span}{joined}{unit}"


def _grouped(value: float) -> str:
    """500000 → "500,000": a figure with many digits is read at a glance (the point of the warning)."""
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}".rstrip("0").rstrip(".")


def load_ranges(root: Path | None = None) -> Ranges:
    """The usual ranges under ``root`` (a resources folder); the shipped ones are read once."""
    return _shipped() if root is None else _load(root)


def check_ranges(kb: KnowledgeBase, root: Path | None = None) -> list[Text]:
    """For ``kb check``: every problem of the ranges file under ``root`` (None: the shipped one)."""
    del kb  # the ranges stand alone
    return _read(root if root is not None else resources_root())[1].messages


def summarize_ranges(kb: KnowledgeBase, root: Path | None = None) -> Text:
    del kb
    ranges = load_ranges(root)
    figures, indicators = len(ranges.figures), len(ranges.indicators)
    return Text(
        f"{figures} 个主要指标和 {indicators} 个目标指标的常见范围",
        f"usual ranges of {figures} key figures and {indicators} target indicators",
    )


@cache
def _shipped() -> Ranges:
    return _load(resources_root())


def _load(root: Path) -> Ranges:
    ranges, problems = _read(root)
    if problems:
        raise KnowledgeErrors(problems.messages)
    return ranges


def _read(root: Path) -> tuple[Ranges, Problems]:
    problems = Problems()
    doc = read_toml(problems, root, RANGES_FILE)
    figures: dict[Figure, Range] = {}
    indicators: dict[str, Range] = {}
    if doc is None:
        return Ranges(figures, indicators), problems
    top = Entry(problems, RANGES_FILE, "—", doc)
    top.only_keys(("range", "indicator_range"))
    for position, table in enumerate(top.tables("range", required=True), start=1):
        entry = _entry(problems, table, "figure", "range", position)
        entry.only_keys(RANGE_KEYS)
        figure = entry.enum("figure", Figure)
        span = _span(entry)
        if figure is not None and span is not None and _once(entry, figure in figures):
            figures[figure] = span
    known: Mapping[str, IndicatorEntry] = {}
    with suppress(KnowledgeErrors):  # a broken vocabulary: its own check names its problems
        known = load_profile_vocabulary(root).indicators
    for position, table in enumerate(top.tables("indicator_range"), start=1):
        entry = _entry(problems, table, "indicator", "indicator_range", position)
        entry.only_keys(INDICATOR_RANGE_KEYS)
        code = entry.string("indicator")
        span = _span(entry)
        if code is not None and code not in known:
            allowed = ", ".join(known)
            entry.report(f"未知指标“{code}”（可用：{allowed}）", f"unknown indicator “{code}” (allowed: {allowed})")
            continue
        if code is not None and span is not None and _once(entry, code in indicators):
            indicators[code] = span
    return Ranges(figures, indicators), problems


def _entry(problems: Problems, table: Mapping[str, object], key: str, array: str, position: int) -> Entry:
    raw = table.get(key)
    name = f"{array}.{raw}" if isinstance(raw, str) else f"[[{array}]] #{position}"
    return Entry(problems, RANGES_FILE, name, table)


def _span(entry: Entry) -> Range | None:
    low = entry.number("low", low=0, required=True)
    high = entry.number("high", low=0, required=True)
    if low is None or high is None:
        return None
    if low >= high:
        entry.report(f"low（{low:g}）应小于 high（{high:g}）", f"low ({low:g}) must be below high ({high:g})")
        return None
    return Range(low, high)


def _once(entry: Entry, seen: bool) -> bool:
    if seen:
        entry.report("同一指标只能有一个范围", "one range per figure or indicator")
    return not seen
