"""A count in words: Chinese has one form ("1 份" / "3 份"), English a singular and a plural ("1 form" / "3 forms").

``Plural(zh, one, other).of(n, **values)`` is a ``Text``: ``{n}`` is the count, other ``{placeholders}`` are filled as
``Text.format`` fills them. A sentence with two counts takes each as a ``Text`` value (docs/i18n.md, "Counts").
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.models.text import Text


@dataclass(frozen=True, slots=True)
class Plural:
    zh: str
    one: str  # English for exactly one
    other: str  # English for any other count, zero included

    def of(self, n: int, **values: object) -> Text:
        return Text(self.zh, self.one if n == 1 else self.other).format(n=n, **values)
