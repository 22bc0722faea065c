"""Chinese text uses Chinese punctuation: no ASCII , ; : ( ) right beside a Chinese character.

Every string literal under desktop/ that holds Chinese (and the Chinese half of every ``Text(zh, en)``, which may hold
none, e.g. ``"{version}({date})"``) is read with ``ast``; ``{placeholders}`` are looked through, so
``"无法访问文件{target}:{reason}"`` is caught too. Docstrings are for the programmer and English halves are English:
neither is checked.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

DESKTOP = Path(__file__).resolve().parents[1] / "desktop"

HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
CHINESE = re.compile(r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]")  # ideographs and CJK punctuation
ASCII_PUNCTUATION = ",;:()"
HOLE = "\x00"  # where an f-string value or a str.format field goes
FORMAT_FIELD = re.compile(r"\{[^{}]*\}")
# Legitimate ASCII punctuation beside Chinese, removed before checking:
ALLOWED = re.compile(
    r"\(\*\.[\w*;. ]+\)"  # a Qt file-dialog filter, "Excel 工作簿 (*.xlsx)": Qt parses the ASCII brackets
    r"|\(&\w\)"  # a keyboard accelerator, "文件(&F)": the ASCII brackets are the convention of Chinese menus
    r"|https?://\S+"  # a web address
)


def _modules() -> list[Path]:
    return sorted(DESKTOP.rglob("*.py"))


def _docstrings(tree: ast.AST) -> set[int]:
    """ids of the string nodes that are docstrings."""
    found: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant | ast.JoinedStr):
                found.add(id(first.value))
    return found


def _text_halves(tree: ast.AST) -> tuple[set[int], set[int]]:
    """ids of the Chinese and of the English arguments of ``Text(zh, en)`` calls."""
    zh: set[int] = set()
    en: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "Text":
            arguments = {**dict(enumerate(node.args[:2])), **{k.arg: k.value for k in node.keywords}}
            for key, value in arguments.items():
                (zh if key in (0, "zh") else en if key in (1, "en") else set()).add(id(value))
    return zh, en


def _literal_text(node: ast.AST) -> str | None:
    """The text of a string literal with every value or format field replaced by ``HOLE``."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return FORMAT_FIELD.sub(HOLE, node.value)
    if isinstance(node, ast.JoinedStr):
        parts = []
        for value in node.values:
            if isinstance(value, ast.Constant) and isinstance(value.value, str):
                parts.append(FORMAT_FIELD.sub(HOLE, value.value))
            else:
                parts.append(HOLE)
        return "".join(parts)
    return None


def _neighbour(text: str, index: int, step: int) -> str:
    """The character beside ``text[index]`` in direction ``step``, looking through holes ("" at either end)."""
    index += step
    while 0 <= index < len(text) and text[index] == HOLE:
        index += step
    return text[index] if 0 <= index < len(text) else ""


def offences_in(text: str, chinese_half: bool) -> list[str]:
    """The ASCII punctuation marks of ``text`` that sit in Chinese, each shown with a little context."""
    text = ALLOWED.sub(lambda m: "a" * len(m.group()), text)
    found = []
    for index, char in enumerate(text):
        if char not in ASCII_PUNCTUATION:
            continue
        beside = (_neighbour(text, index, -1), _neighbour(text, index, 1))
        # In the Chinese half of a Text a mark is Chinese punctuation too unless it sits in a Latin word or number
        # ("rec.2.1", "10:30"); so "{version}({date})" is caught.
        in_chinese = any(CHINESE.fullmatch(c) for c in beside if c) or (
            chinese_half and not any(c.isascii() and c.isalnum() for c in beside)
        )
        if in_chinese:
            found.append(text[max(0, index - 6) : index + 7].replace(HOLE, "{…}"))
    return found


def _offences(path: Path) -> Iterator[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    skipped = _docstrings(tree)
    zh_halves, en_halves = _text_halves(tree)
    inside_f_strings = {id(v) for n in ast.walk(tree) if isinstance(n, ast.JoinedStr) for v in n.values}
    for node in ast.walk(tree):
        if id(node) in skipped or id(node) in en_halves or id(node) in inside_f_strings:
            continue
        text = _literal_text(node)
        if text is None:
            continue
        chinese_half = id(node) in zh_halves
        if not chinese_half and not HAN.search(text):
            continue
        for context in offences_in(text, chinese_half):
            yield f"{path.relative_to(DESKTOP.parent)}:{getattr(node, 'lineno', '?')}: {context!r}"


@pytest.mark.parametrize(
    ("text", "chinese_half", "expected"),
    [
        ("无法访问文件" + HOLE + ":" + HOLE, False, 1),
        ("资源禀赋对比(0–5)", False, 1),
        ("原文段落(¶),便于核对", False, 2),
        (HOLE + "(" + HOLE + ")", True, 2),
        (HOLE + ":" + HOLE + "。", False, 1),
        ("资源禀赋对比（0–5）", False, 0),
        ("Excel 工作簿 (*.xlsx)", False, 0),
        ("文件(&F)", False, 0),
        ("开发区 / zone (default: zh)", False, 0),  # a bilingual help text: the ASCII marks are in the English
        ("rec.2.1 设立基金", True, 0),
        ("10:30 开会", True, 0),
    ],
)
def test_the_check_itself(text: str, chinese_half: bool, expected: int) -> None:
    assert len(offences_in(text, chinese_half)) == expected


def test_chinese_text_uses_chinese_punctuation() -> None:
    offences = [offence for path in _modules() for offence in _offences(path)]
    assert offences == [], "\n".join(offences)
