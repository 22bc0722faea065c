"""The rules of each profile field, shared by the file format and the window's form (one source of truth).

Every checker takes the raw value (parsed JSON or a widget's value), returns the cleaned value (strings trimmed,
enums converted, province names normalised) or raises a ``ProfileError`` naming the field path and the value.

Strings are settled here, once, for the file, the store, the window and the command line alike: each is put in
Unicode NFC (so "é" typed as e + combining accent and "é" typed as one character are the same name), then leading and
trailing whitespace (``str.strip``, so the full-width space U+3000 goes too) and zero-width characters are trimmed.
Inside goals, notes and the city every other character is kept, control characters included: they may come from
another tool, and the file format escapes the ones JSON forbids. Unpaired surrogates are refused everywhere (they are
not text and cannot be written as UTF-8).

A name is stricter, because it is what every list, terminal line and file name shows (``check_name``): no control
characters (C0 including tab and line breaks, DEL, C1, hence no ESC sequences), no line or paragraph separators, no
bidi embeddings, overrides or isolates (U+202A–U+202E, U+2066–U+2069: they reorder what follows them, so a name could
show as another), and at least one visible character. The bidi *marks* U+200E, U+200F and U+061C are allowed: they
cannot reorder a run of text, only place neutral characters such as brackets, which correct Arabic or Hebrew names
need; like the other invisible characters they do not count as visible.
"""

from __future__ import annotations

import math
import unicodedata
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
UNIT_NAME_MAX = 50
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


# Invisible characters trimmed from both ends of every string, as whitespace is: zero-width space, non-joiner, joiner,
# word joiner, and the byte order mark (a zero-width no-break space inside text).
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"
# Refused in a name: the bidi embeddings, overrides and isolates (see the module's docstring for the marks).
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
# Letters that render as nothing (Hangul fillers, the Mongolian vowel separator, the Braille blank): they do not make
# a name visible, though Unicode files them as letters.
_BLANK_LETTERS = frozenset("\u115f\u1160\u180e\u2800\u3164\uffa0")
_INVISIBLE_CATEGORIES = frozenset({"Zs", "Zl", "Zp", "Cc", "Cf", "Mn", "Me"})


def settle_text(value: str) -> str:
    """A string as the format keeps it: Unicode NFC, trimmed of whitespace and zero-width characters at both ends."""
    return unicodedata.normalize("NFC", value).strip().strip(_ZERO_WIDTH).strip()


def _surrogates_refused(path: str, value: str) -> None:
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


def check_text(
    path: str, value: object, *, max_length: int, required: bool = False, settle: Callable[[str], str] = settle_text
) -> str:
    """A settled string (NFC, trimmed) of at most ``max_length`` characters; null means empty unless required."""
    if value is None and not required:
        return ""
    if not isinstance(value, str):
        raise wrong_type(path, value, Text("文本", "text"))
    _surrogates_refused(path, value)
    text = settle(value)
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


def _is_invisible(ch: str) -> bool:
    return unicodedata.category(ch) in _INVISIBLE_CATEGORIES or ch in _BLANK_LETTERS


def _check_name_characters(text: str, value: object, path: str = "name") -> str:
    for position, ch in enumerate(text, 1):
        category = unicodedata.category(ch)
        if category == "Cc" or category in ("Zl", "Zp") or ch in _BIDI_CONTROLS:
            kind = (
                Text("文字方向控制符", "a bidi control character")
                if ch in _BIDI_CONTROLS
                else Text("控制字符或换行", "a control character or line break")
            )
            raise problem(
                path,
                value,
                "{field_zh}的值 {value} 含有{kind_zh} U+{code}（第 {position} 个字符）；"
                "名称中不能有控制字符、换行或文字方向控制符。",
                "{field_en}: the value {value} contains {kind_en} U+{code} (character {position}); "
                "a name may not hold control characters, line breaks or bidi controls.",
                kind_zh=kind.zh,
                kind_en=kind.en,
                code=f"{ord(ch):04X}",
                position=position,
            )
    if all(_is_invisible(ch) for ch in text):
        raise problem(
            path,
            value,
            "{field_zh}的值 {value} 只有不可见的字符；名称至少要有一个看得见的字符。",
            "{field_en}: the value {value} has only invisible characters; a name needs at least one visible character.",
        )
    return text


def check_name(value: object) -> str:
    """The zone's name: a settled one-line string of visible text (see the module's docstring)."""
    return _check_name_characters(check_text("name", value, max_length=NAME_MAX, required=True), value)


def check_unit_name(path: str, value: object) -> str:
    """The name of one of the zone's units: the same rules as the zone's name, at most ``UNIT_NAME_MAX`` characters."""
    return _check_name_characters(check_text(path, value, max_length=UNIT_NAME_MAX, required=True), value, path)


def check_earlier_name(value: object) -> str:
    """A name as earlier versions accepted it (trimmed, any character): for documents they already stored.

    Such a profile can be opened, listed and deleted; saving it again goes through ``check_name``.
    """
    return check_text("name", value, max_length=NAME_MAX, required=True, settle=str.strip)


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


def check_rating(path: str, value: object, *, unknown_allowed: bool = False) -> int:
    """An endowment rating: a whole number from 0 to 5 (true/false are not ratings)."""
    expected = Text(
        f"取值 {ENDOWMENT_MIN}–{ENDOWMENT_MAX} 的整数", f"a whole number from {ENDOWMENT_MIN} to {ENDOWMENT_MAX}"
    )
    if unknown_allowed:
        expected = Text(f"{expected.zh}或 null（未评估）", f"{expected.en} or null (not assessed)")
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


def check_rating_or_unknown(path: str, value: object) -> int | None:
    """A rating, or null for "not assessed" (format v2)."""
    return None if value is None else check_rating(path, value, unknown_allowed=True)


def check_flag_or_unknown(path: str, value: object) -> bool | None:
    """true, false, or null for "not known" (format v2)."""
    if value is None:
        return None
    if not isinstance(value, bool):
        raise wrong_type(path, value, Text("true、false 或 null（不清楚）", "true, false or null (not known)"))
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


def check_endowments_v2(value: object, errors: list[ProfileError]) -> dict[Endowment, int | None]:
    """All eight keys, each a rating or null (未评估): an unknown rating is written, not left out."""
    ratings = _check_members(
        "endowments", value, Endowment, errors, lambda e, item: check_rating_or_unknown(f"endowments.{e.value}", item)
    )
    if isinstance(value, dict):
        errors.extend(missing(f"endowments.{e.value}") for e in Endowment if e.value not in value)
    return {e: rating if isinstance(rating, int) else None for e, rating in ratings.items()}


def check_conditions(value: object, errors: list[ProfileError]) -> dict[Condition, bool]:
    """Known conditions only; a missing one (or a missing ``conditions`` object) means false."""
    if value is None:
        return {}
    flags = _check_members(
        "conditions", value, Condition, errors, lambda c, item: check_flag(f"conditions.{c.value}", item)
    )
    return {c: flag for c, flag in flags.items() if flag is True}


def check_conditions_v2(value: object, errors: list[ProfileError]) -> dict[Condition, bool | None]:
    """Every condition: true, false, or None (不清楚) for a null or a missing one (a missing object: all unknown)."""
    if value is None:
        return dict.fromkeys(Condition)
    flags = _check_members(
        "conditions", value, Condition, errors, lambda c, item: check_flag_or_unknown(f"conditions.{c.value}", item)
    )
    return {c: flag if isinstance(flag, bool) else None for c in Condition for flag in (flags.get(c),)}


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
    "endowments": _check_list(check_endowments_v2),
    "conditions": _check_list(check_conditions_v2),
    "figures": _check_list(check_figures),
}


def check_field(path: str, value: object) -> object:
    """The cleaned value of one field (``name``, ``industries[0]``, ``endowments.talent``, ``figures.area_km2``...).

    Raises ``ProfileError`` with the same message a file of the current version with that value would get. Raises
    ``KeyError`` for a path that is not a field of the format: that is a programming error, not bad input.
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
        return check_rating_or_unknown(path, value)
    if section == "conditions" and key in Condition._value2member_map_:
        return check_flag_or_unknown(path, value)
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
