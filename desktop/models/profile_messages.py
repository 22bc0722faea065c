"""How profile errors name the field and show the offending value, in both languages."""

from __future__ import annotations

import json
import re

from desktop.models.errors import ProfileError
from desktop.models.text import Text
from desktop.models.vocabulary import FIELD_LABELS, Condition, Endowment, Figure, field_label, label

_SHOWN_MAX = 40
INDEXED_PATH = re.compile(r"(?P<head>\w+)\[(?P<index>\d+)\]")


def show_value(value: object) -> str:
    """The value as the user would have typed it in JSON, quoted and shortened, control characters escaped."""
    if isinstance(value, str):
        shown = value if len(value) <= _SHOWN_MAX else value[:_SHOWN_MAX] + "…"
        text = json.dumps(shown, ensure_ascii=False)
    else:
        try:
            text = json.dumps(value, ensure_ascii=False, default=repr)
        except (ValueError, RecursionError):
            text = repr(value)
        text = text if len(text) <= 2 * _SHOWN_MAX else text[: 2 * _SHOWN_MAX] + "…"
    # An unpaired surrogate is shown as its escape, so the message itself can still be printed and saved.
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def describe(path: str) -> Text:
    """How a message names a field: its label in each language followed by its path in the file."""
    if not path:
        return Text("文件内容", "The file's content")
    indexed = INDEXED_PATH.fullmatch(path)
    if indexed:
        base = field_label(indexed["head"])
        number = int(indexed["index"]) + 1
        return Text(f"{base.zh}第 {number} 项（{path}）", f"{base.en}, item {number} ({path})")
    head, _, tail = path.partition(".")
    if head in FIELD_LABELS and (not tail or any(tail in e._value2member_map_ for e in (Endowment, Condition, Figure))):
        named = field_label(path)
        return Text(f"{named.zh}（{path}）", f"{named.en} ({path})")
    return Text(f"“{path}”", f'"{path}"')


def form_name(path: str) -> Text:
    """How the form names a field next to it: its label alone, without the path in the file.

    A field inside a section is named by itself ("figures.area_km2" → "规划面积"), as the form's label reads.
    """
    indexed = INDEXED_PATH.fullmatch(path)
    if indexed:
        base = field_label(indexed["head"])
        number = int(indexed["index"]) + 1
        return Text(f"{base.zh}第 {number} 项", f"{base.en}, item {number}")
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


def unknown_key(path: str, value: object, allowed: list[str]) -> ProfileError:
    return problem(
        path,
        value,
        "未知字段 {key_path}（值为 {value}），格式版本 1 中没有这个字段；可用的字段：{allowed}。",
        "Unknown key {key_path} (value {value}): format version 1 has no such field; the fields are: {allowed}.",
        key_path=path,
        allowed=", ".join(allowed),
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
