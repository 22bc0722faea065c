"""The rules of each profile field, shared by the file format and the window's form (one source of truth).

Every checker takes the raw value (parsed JSON or a widget's value), returns the cleaned value (strings trimmed,
enums converted, province names normalised) or raises a ``ProfileError`` naming the field path and the value.

Strings: leading and trailing whitespace is trimmed (Python's ``str.strip``, so the full-width space U+3000 goes too),
but every other character is kept, control characters included. Refusing them would make a profile that arrived
from another tool unreadable for an invisible character, and the file format escapes the ones JSON forbids, so they
survive a round trip. Only unpaired surrogates are refused: they are not text and cannot be written as UTF-8.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from enum import StrEnum
from typing import TypeVar

from desktop.models.errors import ProfileError
from desktop.models.profile_messages import INDEXED_PATH, missing, problem, unknown_key, wrong_type
from desktop.models.provinces import find_province
from desktop.models.text import Text
from desktop.models.vocabulary import (
    ENDOWMENT_MAX,
    ENDOWMENT_MIN,
    INTEGER_FIGURES,
    Condition,
    Endowment,
    Figure,
    Industry,
    Kind,
    Level,
    Stage,
)

NAME_MAX = 100
CITY_MAX = 50
TEXT_MAX = 10_000  # goals and notes

# Upper bounds that no real zone reaches; beyond them a figure is a typing slip (extra zeros, wrong unit).
FIGURE_MAX: Mapping[Figure, float] = {
    Figure.AREA_KM2: 100_000.0,
    Figure.ENTERPRISES: 10_000_000,
    Figure.EMPLOYEES: 10_000_000,
    Figure.UNIVERSITIES: 10_000,
    Figure.RESEARCH_INSTITUTES: 10_000,
    Figure.OUTPUT_100M_CNY: 1_000_000.0,
}


_E = TypeVar("_E", bound=StrEnum)


# --- scalar fields ----------------------------------------------------------------------------------------------------


def check_text(path: str, value: object, *, max_length: int, required: bool = False) -> str:
    """A trimmed string of at most ``max_length`` characters; null means empty unless the field is required."""
    if value is None and not required:
        return ""
    if not isinstance(value, str):
        raise wrong_type(path, value, Text("文本", "text"))
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as error:
        raise problem(
            path,
            value,
            "{field_zh}的值 {value} 含有无法保存的字符（第 {position} 个字符是不成对的代理项）。",
            "{field_en}: the value {value} contains a character that cannot be saved "
            "(character {position} is an unpaired surrogate).",
            position=error.start + 1,
        ) from None
    text = value.strip()
    if required and not text:
        raise problem(
            path, value, "{field_zh}不能为空（值为 {value}）。", "{field_en} must not be empty (value {value})."
        )
    if len(text) > max_length:
        raise problem(
            path,
            value,
            "{field_zh}最多 {limit} 个字符，值 {value} 有 {length} 个字符。",
            "{field_en} may have at most {limit} characters; the value {value} has {length}.",
            limit=max_length,
            length=len(text),
        )
    return text


def check_name(value: object) -> str:
    return check_text("name", value, max_length=NAME_MAX, required=True)


def check_city(value: object) -> str:
    return check_text("city", value, max_length=CITY_MAX)


def check_goals(value: object) -> str:
    return check_text("goals", value, max_length=TEXT_MAX)


def check_notes(value: object) -> str:
    return check_text("notes", value, max_length=TEXT_MAX)


def check_province(value: object) -> str:
    """The full Chinese name of one of the 34 provincial-level divisions, or "" when unknown."""
    text = check_text("province", value, max_length=NAME_MAX)
    if not text:
        return ""
    province = find_province(text)
    if province is None:
        raise problem(
            "province",
            value,
            "{field_zh}的值 {value} 不是省级行政区名称；应为 34 个省级行政区之一，如“湖北省”。",
            "{field_en}: {value} is not a provincial-level division; expected one of the 34, e.g. “湖北省” (Hubei).",
        )
    return province.name


def check_choice(path: str, value: object, enum: type[_E]) -> _E:
    """One value of a closed set, written as its code (e.g. ``growth``)."""
    if not isinstance(value, str):
        raise wrong_type(path, value, Text("文本代码", "a text code"))
    code = value.strip()
    if code not in enum._value2member_map_:
        allowed = ", ".join(member.value for member in enum)
        raise problem(
            path,
            value,
            "{field_zh}的值 {value} 无效；应为以下之一：{allowed}。",
            "{field_en}: {value} is not allowed; expected one of: {allowed}.",
            allowed=allowed,
        )
    return enum(code)


def check_stage(value: object) -> Stage:
    return check_choice("stage", value, Stage)


def check_level(value: object) -> Level | None:
    return None if value is None else check_choice("level", value, Level)


def check_kind(value: object) -> Kind | None:
    return None if value is None else check_choice("kind", value, Kind)


def check_rating(path: str, value: object) -> int:
    """An endowment rating: a whole number from 0 to 5 (true/false are not ratings)."""
    expected = Text(
        f"取值 {ENDOWMENT_MIN}–{ENDOWMENT_MAX} 的整数", f"a whole number from {ENDOWMENT_MIN} to {ENDOWMENT_MAX}"
    )
    if isinstance(value, bool) or not isinstance(value, int):
        raise wrong_type(path, value, expected)
    if not ENDOWMENT_MIN <= value <= ENDOWMENT_MAX:
        raise problem(
            path,
            value,
            "{field_zh}的评分 {value} 超出范围，应为 {low}–{high} 的整数。",
            "{field_en}: the rating {value} is out of range; expected a whole number from {low} to {high}.",
            low=ENDOWMENT_MIN,
            high=ENDOWMENT_MAX,
        )
    return value


def check_flag(path: str, value: object) -> bool:
    """A condition: true or false; null means not known, which the format treats like a missing key (false)."""
    if value is None:
        return False
    if not isinstance(value, bool):
        raise wrong_type(path, value, Text("true 或 false", "true or false"))
    return value


def check_figure(figure: Figure, value: object) -> float | None:
    """A non-negative finite number within a plausible bound; counts are whole; null means unknown."""
    path = f"figures.{figure.value}"
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise wrong_type(path, value, Text("数字", "a number"))
    if not math.isfinite(value):
        raise problem(
            path, value, "{field_zh}的值 {value} 不是有限的数字。", "{field_en}: {value} is not a finite number."
        )
    if value < 0:
        raise problem(path, value, "{field_zh}不能为负数（值为 {value}）。", "{field_en} cannot be negative ({value}).")
    limit = FIGURE_MAX[figure]
    if value > limit:
        raise problem(
            path,
            value,
            "{field_zh}的值 {value} 大得不合理（上限 {limit}），请检查单位或位数。",
            "{field_en}: {value} is implausibly large (limit {limit}); please check the unit and the digits.",
            limit=f"{limit:,.0f}",
        )
    if figure in INTEGER_FIGURES:
        if isinstance(value, float) and not value.is_integer():
            raise problem(
                path, value, "{field_zh}应为整数，而不是 {value}。", "{field_en} must be a whole number, not {value}."
            )
        return int(value)
    return float(value)


# --- compound fields: collect every problem, return what was valid ----------------------------------------------------


def check_industries(value: object, errors: list[ProfileError]) -> tuple[Industry, ...]:
    if not isinstance(value, list):
        errors.append(wrong_type("industries", value, Text("产业代码的数组", "an array of industry codes")))
        return ()
    if not value:
        errors.append(
            problem(
                "industries",
                value,
                "{field_zh}至少要有一项（值为 {value}）。",
                "{field_en} must list at least one industry (value {value}).",
            )
        )
    industries: list[Industry] = []
    first_seen: dict[Industry, int] = {}
    for index, item in enumerate(value):
        path = f"industries[{index}]"
        try:
            industry = check_choice(path, item, Industry)
        except ProfileError as error:
            errors.append(error)
            continue
        if industry in first_seen:
            errors.append(
                problem(
                    path,
                    item,
                    "{field_zh}的值 {value} 重复，第 {first} 项已经是它。",
                    "{field_en}: {value} is listed twice (already item {first}).",
                    first=first_seen[industry] + 1,
                )
            )
            continue
        first_seen[industry] = index
        industries.append(industry)
    return tuple(industries)


def _check_members(
    section: str, value: object, enum: type[_E], errors: list[ProfileError], check: Callable[[_E, object], object]
) -> dict[_E, object]:
    """Check an object whose keys are the codes of ``enum``; unknown keys are errors."""
    if not isinstance(value, dict):
        errors.append(wrong_type(section, value, Text("对象", "an object")))
        return {}
    allowed = [member.value for member in enum]
    result: dict[_E, object] = {}
    for key, item in value.items():
        if not isinstance(key, str) or key not in enum._value2member_map_:
            errors.append(unknown_key(f"{section}.{key}", item, allowed))
            continue
        member = enum(key)
        try:
            result[member] = check(member, item)
        except ProfileError as error:
            errors.append(error)
    return result


def check_endowments(value: object, errors: list[ProfileError]) -> dict[Endowment, int]:
    """All eight ratings, no more, no fewer."""
    ratings = _check_members(
        "endowments", value, Endowment, errors, lambda e, item: check_rating(f"endowments.{e.value}", item)
    )
    if isinstance(value, dict):
        errors.extend(missing(f"endowments.{e.value}") for e in Endowment if e.value not in value)
    return {e: rating for e, rating in ratings.items() if isinstance(rating, int)}


def check_conditions(value: object, errors: list[ProfileError]) -> dict[Condition, bool]:
    """Known conditions only; a missing one (or a missing ``conditions`` object) means false."""
    if value is None:
        return {}
    flags = _check_members(
        "conditions", value, Condition, errors, lambda c, item: check_flag(f"conditions.{c.value}", item)
    )
    return {c: flag for c, flag in flags.items() if flag is True}


def check_figures(value: object, errors: list[ProfileError]) -> dict[Figure, float]:
    """Known figures only; a missing or null one is unknown and left out."""
    if value is None:
        return {}
    figures = _check_members("figures", value, Figure, errors, check_figure)
    return {f: number for f, number in figures.items() if isinstance(number, int | float)}


# --- one field at a time, for the window's form -----------------------------------------------------------------------

_SCALARS: dict[str, Callable[[object], object]] = {
    "name": check_name,
    "province": check_province,
    "city": check_city,
    "level": check_level,
    "kind": check_kind,
    "stage": check_stage,
    "goals": check_goals,
    "notes": check_notes,
}


def _check_list(check: Callable[[object, list[ProfileError]], object]) -> Callable[[object], object]:
    def run(value: object) -> object:
        errors: list[ProfileError] = []
        result = check(value, errors)
        if errors:
            raise errors[0]
        return result

    return run


_COMPOUNDS: dict[str, Callable[[object], object]] = {
    "industries": _check_list(check_industries),
    "endowments": _check_list(check_endowments),
    "conditions": _check_list(check_conditions),
    "figures": _check_list(check_figures),
}


def check_field(path: str, value: object) -> object:
    """The cleaned value of one field (``name``, ``industries[0]``, ``endowments.talent``, ``figures.area_km2``...).

    Raises ``ProfileError`` with the same message a file with that value would get. Raises ``KeyError`` for a path
    that is not a field of the format: that is a programming error, not bad input.
    """
    if path in _SCALARS:
        return _SCALARS[path](value)
    if path in _COMPOUNDS:
        return _COMPOUNDS[path](value)
    indexed = INDEXED_PATH.fullmatch(path)
    if indexed and indexed["head"] == "industries":
        return check_choice(path, value, Industry)
    section, _, key = path.partition(".")
    if section == "endowments" and key in Endowment._value2member_map_:
        return check_rating(path, value)
    if section == "conditions" and key in Condition._value2member_map_:
        return check_flag(path, value)
    if section == "figures" and key in Figure._value2member_map_:
        return check_figure(Figure(key), value)
    raise KeyError(path)


def validate_field(path: str, value: object) -> ProfileError | None:
    """The problem with one field's value, or None if the value is acceptable."""
    try:
        check_field(path, value)
    except ProfileError as error:
        return error
    return None
