"""Text a user typed, made safe for a Word document: characters XML cannot hold are dropped, never sent on."""

from __future__ import annotations

import re

# Characters XML 1.0 cannot hold (python-docx refuses them) and the non-characters U+FFFE/U+FFFF.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
_SPACES = re.compile("[\t\r\n]+")


def clean(text: str, *, keep_lines: bool = False) -> str:
    """``text`` safe for a Word run; line breaks become spaces unless ``keep_lines`` (python-docx turns "\\n" into a
    line break within the run)."""
    text = _NOT_XML.sub("", text)
    if keep_lines:
        return "\n".join(_SPACES.sub(" ", line) for line in text.replace("\r\n", "\n").split("\n"))
    return _SPACES.sub(" ", text)


def one_line(text: str) -> str:
    """Cleaned text on one line, runs of spaces made one."""
    return " ".join(clean(text).split())
