"""Qt's own words (file dialogs, standard buttons, text menus) in Chinese, including those its catalogue misses.

Qt ships ``qtbase_zh_CN`` for its dialogs, but the catalogue lags behind Qt's sources: Qt 6 gave the file dialog's
labels keyboard accelerators ("&Look in:", "Files of &type:") while the catalogue still translates "Look in:", so a
Chinese file dialog showed those two labels in English. ``AcceleratorFallback`` is asked last, after every real
catalogue: for a string with an accelerator that nothing translated, it looks the plain string up in Qt's catalogue
and puts the accelerator back the way Chinese menus write it ("查找范围(&L)：").
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTranslator

_COLONS = ("：", ":")


def split_accelerator(source: str) -> tuple[str, str] | None:
    """``"Files of &type:"`` → ``("Files of type:", "T")``; None without an accelerator ("&&" is a plain "&")."""
    index = 0
    while (index := source.find("&", index)) != -1:
        following = source[index + 1 : index + 2]
        if following == "&":
            index += 2
            continue
        if not following or following.isspace():
            return None
        return source[:index] + source[index + 1 :], following.upper()
    return None


def with_accelerator(text: str, key: str) -> str:
    """``"查找范围："`` with ``L`` → ``"查找范围(&L)："``: the key in brackets at the end, before a closing colon."""
    if "&" in text:
        return text
    colon = next((c for c in _COLONS if text.endswith(c)), "")
    return f"{text.removesuffix(colon)}(&{key}){colon}" if colon else f"{text}(&{key})"


class AcceleratorFallback(QTranslator):
    """Translate a Qt string whose accelerator is newer than ``catalogue`` by its plain form in ``catalogue``."""

    def __init__(self, catalogue: QTranslator, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._catalogue = catalogue

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str | None:
        if "&" not in source:  # the common case, asked for every string no catalogue has
            return None
        split = split_accelerator(source)
        if split is None:
            return None
        plain, key = split
        found = self._catalogue.translate(context, plain, disambiguation, n)
        return with_accelerator(found, key) if found else None

    def isEmpty(self) -> bool:
        return self._catalogue.isEmpty()
