"""Reading a stored row value by value, so one value this version cannot read damages its row, not the whole list.

The ORM converts a whole row at once and a single bad value (an unknown stage code, a bad timestamp, a document that
is not JSON) raises out of the query. Here the values come back raw and each is converted on its own; what fails
becomes a short, plain problem naming the value.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Dialect

from desktop.models.errors import ProfileErrors
from desktop.models.text import Text
from desktop.models.vocabulary import Stage

QUOTED_VALUE = 40  # a quoted value is cut to this many characters: a problem stays one short line


@dataclass(frozen=True, slots=True)
class Read:
    """A converted value, or the problem that kept it from being read (then ``value`` is None)."""

    value: Any
    problem: Text | None = None


def converted(column: ColumnElement[Any], raw: object, dialect: Dialect) -> object:
    """``raw`` (as the database driver hands it back) converted as the ORM would; raises what the ORM would."""
    process: Callable[[object], object] | None = column.type.dialect_impl(dialect).result_processor(dialect, None)
    return raw if process is None or raw is None else process(raw)


def quoted(raw: object) -> str:
    text = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw)
    return text if len(text) <= QUOTED_VALUE else text[: QUOTED_VALUE - 1] + "…"


def name_text(raw: object) -> str:
    """The stored name as text, whatever the column holds (a damaged row must still be named)."""
    return raw if isinstance(raw, str) else quoted(raw)


def read_stage(raw: object) -> Read:
    try:
        return Read(Stage(raw if isinstance(raw, str) else quoted(raw)))
    except ValueError:
        return Read(None, Text(f"发展阶段代码“{quoted(raw)}”无法识别", f"unknown stage code “{quoted(raw)}”"))


def read_time(column: ColumnElement[Any], raw: object, dialect: Dialect) -> Read:
    try:
        value = converted(column, raw, dialect)
    except (ValueError, TypeError, AttributeError):
        value = None
    if value is None:
        return Read(None, Text(f"保存时间“{quoted(raw)}”无法读取", f"the save time “{quoted(raw)}” cannot be read"))
    return Read(value)


def read_document(column: ColumnElement[Any], raw: object, dialect: Dialect, what: Text) -> Read:
    """A stored JSON object (profile or plan document); ``what`` names it in the problem."""
    try:
        value = converted(column, raw, dialect)
    except (ValueError, TypeError):
        return Read(None, Text(f"{what.zh}不是有效的 JSON", f"{what.en} is not valid JSON"))
    if not isinstance(value, dict):
        kind = "null" if value is None else type(value).__name__
        return Read(None, Text(f"{what.zh}不是 JSON 对象（而是 {kind}）", f"{what.en} is not a JSON object but {kind}"))
    return Read(value)


def kind_problem(kind: str | None, what: Text) -> Text | None:
    """The problem of a document whose JSON kind the database reported ('object' is the only good one)."""
    if kind == "object":
        return None
    if kind == "invalid" or kind is None:
        return Text(f"{what.zh}不是有效的 JSON", f"{what.en} is not valid JSON")
    return Text(f"{what.zh}不是 JSON 对象（而是 {kind}）", f"{what.en} is not a JSON object but {kind}")


PROFILE_DOCUMENT = Text("档案内容", "the profile document")
PLAN_DOCUMENT = Text("行动计划", "the saved action plan")


def profile_problem(document: dict[str, Any]) -> Text | None:
    """Why this version cannot read a stored profile document, or None when it can."""
    from desktop.models.profile_format import parse_profile

    try:
        parse_profile(document, earlier_names=True)
    except ProfileErrors as error:
        return format_problem(error)
    return None


def format_problem(error: ProfileErrors) -> Text:
    """A stored document the format refuses: its first problem, and how many more there are."""
    first = error.message
    more = len(error.errors) - 1
    return Text(
        f"档案内容不符合当前格式：{first.zh.rstrip('。')}" + (f"（另有 {more} 处问题）" if more else ""),
        f"the profile document does not pass the current format: {first.en.rstrip('.')}"
        + (f" ({more} more {'problem' if more == 1 else 'problems'})" if more else ""),
    )


def joined(problems: list[Text]) -> Text:
    return Text("；".join(p.zh for p in problems), "; ".join(p.en for p in problems))
