"""Figures that are allowed but implausible for a zone (年产值 500,000 亿元, 面积 100,000 km²): a soft warning that
names the typical range, never a refusal. The ranges are data (``resources/profile/ranges.toml``) read with the one
TOML reader; ``zoneplanner kb check`` lists every problem of the file (``check_ranges``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from desktop.models.data_file import Entry, Problems, read_toml
from desktop.models.errors import KnowledgeErrors
from desktop.models.knowledge.types import KnowledgeBase
from desktop.models.text import Text
from desktop.models.vocabulary import FIGURE_UNITS, Figure, label
from desktop.resources import resources_root

RANGES_FILE = "profile/ranges.toml"
RANGE_KEYS = ("figure", "low", "high")


@dataclass(frozen=True, slots=True)
class Range:
    figure: Figure
    low: float
    high: float


@dataclass(frozen=True, slots=True)
class FigureWarning:
    """One figure outside its typical range: ``path`` is the field (``figures.output_100m_cny``)."""

    path: str
    value: float
    range: Range
    message: Text


def figure_warnings(figures: Mapping[str, object], root: Path | None = None) -> list[FigureWarning]:
    """A warning for each figure (keyed by its format name; values as given) outside its typical range. A value
    that is not a number is left to the format's rules, which refuse it with their own message."""
    ranges = load_ranges(root)
    warnings: list[FigureWarning] = []
    for figure in Figure:
        value = figures.get(figure.value)
        span = ranges.get(figure)
        if span is None or isinstance(value, bool) or not isinstance(value, int | float):
            continue
        if span.low <= value <= span.high:
            continue
        warnings.append(
            FigureWarning(f"figures.{figure.value}", float(value), span, _message(figure, float(value), span))
        )
    return warnings


def _message(figure: Figure, value: float, span: Range) -> Text:
    name, unit = label(figure), FIGURE_UNITS[figure]
    values = {"value": _grouped(value), "low": _grouped(span.low), "high": _grouped(span.high)}
    zh = (
        f"{name.zh} {values['value']} {unit.zh} 超出开发区的常见范围（{values['low']}–{values['high']} {unit.zh}），"
        "请核对单位和位数；如果无误，可照常保存。"
    )
    en_unit = f" {unit.en}" if unit.en else ""
    en = (
        f"{name.en} {values['value']}{en_unit} is outside the usual range for a development zone "
        f"({values['low']}–{values['high']}{en_unit}); check the unit and the digits. If it is right, save as usual."
    )
    return Text(zh, en)


def _grouped(value: float) -> str:
    """500000 → "500,000": a figure with many digits is read at a glance (the point of the warning)."""
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}".rstrip("0").rstrip(".")


def load_ranges(root: Path | None = None) -> Mapping[Figure, Range]:
    """The typical ranges under ``root`` (a resources folder); the shipped ones are read once."""
    return _shipped() if root is None else _load(root)


def check_ranges(kb: KnowledgeBase, root: Path | None = None) -> list[Text]:
    """For ``kb check``: every problem of the ranges file under ``root`` (None: the shipped one)."""
    del kb  # the ranges stand alone
    return _read(root if root is not None else resources_root())[1].messages


def summarize_ranges(kb: KnowledgeBase, root: Path | None = None) -> Text:
    del kb
    count = len(load_ranges(root))
    return Text(f"{count} 个指标的常见范围", f"typical ranges of {count} figures")


@cache
def _shipped() -> Mapping[Figure, Range]:
    return _load(resources_root())


def _load(root: Path) -> Mapping[Figure, Range]:
    ranges, problems = _read(root)
    if problems:
        raise KnowledgeErrors(problems.messages)
    return ranges


def _read(root: Path) -> tuple[dict[Figure, Range], Problems]:
    problems = Problems()
    doc = read_toml(problems, root, RANGES_FILE)
    ranges: dict[Figure, Range] = {}
    if doc is None:
        return ranges, problems
    top = Entry(problems, RANGES_FILE, "—", doc)
    top.only_keys(("range",))
    for position, table in enumerate(top.tables("range", required=True), start=1):
        raw = table.get("figure")
        entry = Entry(
            problems, RANGES_FILE, f"range.{raw}" if isinstance(raw, str) else f"[[range]] #{position}", table
        )
        entry.only_keys(RANGE_KEYS)
        figure = entry.enum("figure", Figure)
        low = entry.number("low", low=0, required=True)
        high = entry.number("high", low=0, required=True)
        if figure is None or low is None or high is None:
            continue
        if low >= high:
            entry.report(f"low（{low:g}）应小于 high（{high:g}）", f"low ({low:g}) must be below high ({high:g})")
            continue
        if figure in ranges:
            entry.report("同一指标只能有一个范围", "one range per figure")
            continue
        ranges[figure] = Range(figure, low, high)
    return ranges, problems
