"""Bilingual text: the domain carries both languages, the caller picks one."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, get_args

Lang = Literal["zh", "en"]
LANGS: tuple[Lang, ...] = get_args(Lang)
DEFAULT_LANG: Lang = "zh"


@dataclass(frozen=True, slots=True)
class Text:
    """A piece of user-visible text in Chinese and English."""

    zh: str
    en: str

    def get(self, lang: Lang = DEFAULT_LANG) -> str:
        return self.en if lang == "en" else self.zh

    def format(self, **values: object) -> Text:
        """Fill ``{placeholders}`` in both languages; a ``Text`` value gives each language its own words."""
        zh = {key: value.zh if isinstance(value, Text) else value for key, value in values.items()}
        en = {key: value.en if isinstance(value, Text) else value for key, value in values.items()}
        return Text(self.zh.format(**zh), self.en.format(**en))

    @classmethod
    def same(cls, text: str) -> Text:
        """Text that reads the same in both languages (user input, codes, numbers)."""
        return cls(text, text)


def other_lang(lang: Lang) -> Lang:
    """The language not shown: bilingual readers are given a term in both."""
    return "zh" if lang == "en" else "en"
