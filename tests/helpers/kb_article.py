"""The article copy in tests/fixtures, split into its numbered paragraphs (lines that start with ¶N)."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

ARTICLE = Path(__file__).resolve().parent.parent / "fixtures" / "article.zh.md"
_PARAGRAPH = re.compile(r"¶(\d+)\s+(.*)")


@cache
def paragraphs() -> dict[int, str]:
    found: dict[int, str] = {}
    for line in ARTICLE.read_text(encoding="utf-8").splitlines():
        match = _PARAGRAPH.match(line)
        if match:
            found[int(match.group(1))] = match.group(2)
    return found


def normalised(text: str) -> str:
    """Only letters and digits (Chinese included): punctuation and spaces cannot hide a copied sentence."""
    return "".join(ch for ch in text if ch.isalnum())


@cache
def body() -> str:
    """All paragraphs, normalised and joined."""
    return "".join(normalised(text) for text in paragraphs().values())


def article_text_of(number: int) -> str:
    """The article's own text of paragraph ``number``."""
    return paragraphs()[number]
