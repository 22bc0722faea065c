"""How profile errors name the field and show the offending value, in both languages."""

from __future__ import annotations

import json
import re
import unicodedata

from desktop.models.errors import ProfileError
from desktop.models.text import Text
from desktop.models.vocabulary import FIELD_LABELS, Condition, Endowment, Figure, field_label, label

_SHOWN_MAX = 40
_NESTED_SHOWN = 3  # levels of a nested value shown before "…"
INDEXED_PATH = re.compile(r"(?P<head>\w+)\[(?P<index>\d+)\](?:\.(?P<sub>\w+))?")
# The fields inside one item of a list of objects (format v2 ``targets`` and ``units``).
ITEM_FIELD_LABELS: dict[str, Text] = {
    "indicator": Text("指标", "indicator"),
    "base": Text("基期值", "base value"),
    "base_year": Text("基期年份", "base year"),
    "target": Text("目标值", "target value"),
    "target_year": Text("目标年份", "target year"),
    "name": Text("名称", "name"),
    "role": Text("对应单位", "role"),
    "group": Text("类别", "group"),
}

# Characters a terminal or a text box would act on or not show at all: control characters (C0, DEL, C1), format
# characters (zero-width, bidi marks, overrides and isolates) and the line and paragraph separators. A message shows
# them as their escape (``\u001b``), so quoting a value can neither move the cursor, recolour the terminal nor
# reorder the rest of the sentence, and an invisible character becomes visible.
_UNSAFE_CATEGORIES = frozenset({"Cc", "Cf", "Zl", "Zp", "Cs"})


class LongNumber:
    """A number written with more digits than any field accepts, kept as a shortened literal for messages.

    The JSON reader turns such numbers into ``LongInteger``/``LongFloat`` (huge but ordinary numbers to the
    checkers, so each field says "out of range" in its own words) instead of letting Python refuse to convert them.
    """

    literal: str

    def shown(self) -> str:
        return self.literal if len(self.literal) <= _SHOWN_MAX else self.literal[:_SHOWN_MAX] + "…"


class LongInteger(LongNumber, int):
    def __new__(cls, literal: str) -> LongInteger:
        sign = -1 if literal.startswith("-") else 1
        number = super().__new__(cls, sign * 10**50)
        number.literal = literal
        return number


class LongFloat(LongNumber, float):
    def __new__(cls, literal: str) -> LongFloat:
        sign = -1.0 if literal.startswith("-") else 1.0
        number = super().__new__(cls, sign * 1.0e300)
        number.literal = literal
        return number


def escape_unsafe(text: str) -> str:
    """``text`` with every character a terminal would act on (or not show) written as its escape, e.g. ``\\u001b``."""
    return (
        "".join(f"\\u{ord(ch):04x}" if unicodedata.category(ch) in _UNSAFE_CATEGORIES else ch for ch in text)
        .encode("utf-8", "backslashreplace")
        .decode("utf-8")
    )


def _brief(value: object, depth: int = 0) -> str:
    """JSON-like text of a value, bounded in depth and length whatever its size (no recursion into deep nesting)."""
    if isinstance(value, LongNumber):
        return value.shown()
    if isinstance(value, str):
        shown = value if len(value) <= _SHOWN_MAX else value[:_SHOWN_MAX] + "…"
        return json.dumps(shown, ensure_ascii=False)
    if isinstance(value, bool) or value is None or isinstance(value, int | float):
        return json.dumps(value, allow_nan=True)
    if isinstance(value, list | dict):
        if depth >= _NESTED_SHOWN:
            return "[…]" if isinstance(value, list) else "{…}"
        parts: list[str] = []
        length = 0
        items = (
            (_brief(item, depth + 1) for item in value)
            if isinstance(value, list)
            else (f"{_brief(key, depth + 1)}: {_brief(item, depth + 1)}" for key, item in value.items())
        )
        for part in items:
            if length > 2 * _SHOWN_MAX:
                parts.append("…")
                break
            parts.append(part)
            length += len(part) + 2
        inner = ", ".join(parts)
        return f"[{inner}]" if isinstance(value, list) else "{" + inner + "}"
    return type(value).__name__


def show_value(value: object) -> str:
    """The value as the user would have typed it in JSON, quoted and shortened, unsafe characters escaped.

    Bounded whatever the value: long strings and keys are cut, nesting is shown three levels deep, a number with
    thousands of digits by its first digits and its length.
    """
    text = _brief(value)
    if not isinstance(value, str) and len(text) > 2 * _SHOWN_MAX:
        text = text[: 2 * _SHOWN_MAX] + "…"
    return escape_unsafe(text)


def show_key(key: str) -> str:
    """A key (or a field path made of keys) fit for a message: cut like a value, unsafe characters escaped."""
    return escape_unsafe(key if len(key) <= _SHOWN_MAX else key[:_SHOWN_MAX] + "…")


def describe(path: str) -> Text:
    """How a message names a field: its label in each language followed by its path in the file."""
    if not path:
        return Text("文件内容", "The file's content")
    indexed = INDEXED_PATH.fullmatch(path)
    if indexed:
        item = _item_name(indexed)
        return Text(f"{item.zh}（{show_key(path)}）", f"{item.en} ({show_key(path)})")
    head, _, tail = path.partition(".")
    if head in FIELD_LABELS and (not tail or any(tail in e._value2member_map_ for e in (Endowment, Condition, Figure))):
        named = field_label(path)
        return Text(f"{named.zh}（{path}）", f"{named.en} ({path})")
    shown = show_key(path)
    return Text(f"“{shown}”", f'"{shown}"')


def _item_name(indexed: re.Match[str]) -> Text:
    """ "主导产业第 2 项", or for a field of an item "量化目标第 1 项的目标年份"."""
    base = field_label(indexed["head"])
    number = int(indexed["index"]) + 1
    sub = indexed["sub"]
    if sub is None:
        return Text(f"{base.zh}第 {number} 项", f"{base.en}, item {number}")
    inner = ITEM_FIELD_LABELS.get(sub, Text.same(show_key(sub)))
    return Text(f"{base.zh}第 {number} 项的{inner.zh}", f"{base.en}, item {number}, {inner.en}")


def form_name(path: str) -> Text:
    """How the form names a field next to it: its label alone, without the path in the file.

    A field inside a section is named by itself ("figures.area_km2" → "规划面积"), as the form's label reads.
    """
    indexed = INDEXED_PATH.fullmatch(path)
    if indexed:
        return _item_name(indexed)
    head, _, tail = path.partition(".")
    for enum in (Endowment, Condition, Figure):
        if tail and tail in enum._value2member_map_:
            return label(enum(tail))
    return describe(path) if tail or head not in FIELD_LABELS else field_label(head)


# The parts of a message that only repeat an empty value back ("（值为 ""）"): next to a blank field they are noise.
_EMPTY_VALUE_CLAUSES = ("（值为 {value}）", " (value {value})")


def _is_blank(value: object) -> bool:
    return (isinstance(value, str) and not value.strip()) or value == [] or value == {}


def problem(
    path: str, value: object, zh: str, en: str, *, form_details: dict[str, object] | None = None, **details: object
) -> ProfileError:
    """An error for ``path``; ``{field}`` and ``{value}`` in the texts are filled in with the field and the value.

    The form's version of the message names the field by its form label and leaves out an empty value;
    ``form_details`` replaces some of ``details`` there (e.g. a value described in file terms).
    """
    name = describe(path)
    shown = show_value(value)
    message = Text(zh, en).format(field_zh=name.zh, field_en=name.en, value=shown, **details)
    if _is_blank(value):
        for clause in _EMPTY_VALUE_CLAUSES:
            zh, en = zh.replace(clause, ""), en.replace(clause, "")
    form = form_name(path)
    in_form = Text(zh, en).format(
        field_zh=form.zh, field_en=form.en, value=shown, **{**details, **(form_details or {})}
    )
    return ProfileError(
        path, value, Text(message.zh, _sentence(message.en)), form_message=Text(in_form.zh, _sentence(in_form.en))
    )


def _sentence(text: str) -> str:
    # English labels are lower case ("zone name") so they read well inside a sentence; a message starts upper case.
    return text[:1].upper() + text[1:]


def missing(path: str) -> ProfileError:
    name, form = describe(path), form_name(path)
    return ProfileError(
        path,
        None,
        Text(f"缺少必填字段：{name.zh}。", f"The required field {name.en} is missing."),
        form_message=Text(f"缺少必填字段：{form.zh}。", f"The required field {form.en} is missing."),
    )


def unknown_key(path: str, value: object, allowed: list[str], version: int = 1) -> ProfileError:
    return problem(
        path,
        value,
        "未知字段 {key_path}（值为 {value}），格式版本 {version} 中没有这个字段；可用的字段：{allowed}。",
        "Unknown key {key_path} (value {value}): format version {version} has no such field; "
        "the fields are: {allowed}.",
        key_path=show_key(path),
        allowed=", ".join(allowed),
        version=version,
    )


_JSON_KINDS: list[tuple[type | tuple[type, ...], Text]] = [
    (bool, Text("布尔值", "a boolean")),
    ((int, float), Text("数字", "a number")),
    (str, Text("文本", "text")),
    (list, Text("数组", "an array")),
    (dict, Text("对象", "an object")),
]


def json_kind(value: object) -> Text:
    """What kind of JSON value something is, for messages such as 'must be a number, not text'."""
    if value is None:
        return Text("空值", "")  # the value itself is shown as null
    for types, kind in _JSON_KINDS:
        if isinstance(value, types):
            return kind
    return Text(type(value).__name__, type(value).__name__)


def wrong_type(path: str, value: object, expected: Text) -> ProfileError:
    kind = json_kind(value)
    shown = show_value(value)
    return problem(
        path,
        value,
        "{field_zh}应为{expected_zh}，而不是{actual_zh}。",
        "{field_en} must be {expected_en}, not {actual_en}.",
        expected_zh=expected.zh,
        expected_en=expected.en,
        actual_zh=f"{kind.zh} {shown}",
        actual_en=f"{kind.en} {shown}".strip(),
        # In the form every field is typed as text: "not text "abc"" would only puzzle; the value says enough.
        form_details={"actual_zh": f" {shown}", "actual_en": shown},
    )
