"""How a fact's figure reads in each language: "约600万美元/年", "over 1,000 firms", "自1996年起"."""

from __future__ import annotations

from desktop.models.formatting import quantity_text
from desktop.models.knowledge.types import Fact
from desktop.models.text import Lang, Text

# Qualifier wording around the number; {n} is the number with its unit. "of" (a part of a reference group) reads
# best as the bare number.
_QUALIFIED: dict[str, Text] = {
    "": Text("{n}", "{n}"),
    "of": Text("{n}", "{n}"),
    "about": Text("约{n}", "about {n}"),
    "over": Text("{n}以上", "over {n}"),
    "at_least": Text("至少{n}", "at least {n}"),
    "up_to": Text("多达{n}", "up to {n}"),
    "since": Text("自{n}起", "since {n}"),
}
# A year after a figure, and a year on its own.
_IN_YEAR = Text("（{year}年）", " ({year})")
_YEAR = Text("{year}年", "{year}")
# A unit follows its number directly in Chinese, after a space in English (but "50%").
_QUANTITY = Text("{number}{unit}", "{number} {unit}")


def fact_figure_text(fact: Fact, lang: Lang = "zh") -> str:
    """The figure of a fact with its qualifier and unit ("约600万美元/年"), or "" for a fact without a number."""
    if fact.value is None:
        return ""
    number, unit = quantity_text(fact.value, lang), fact.unit.get(lang)
    quantity = f"{number}{unit}" if unit in ("%", "") else _QUANTITY.get(lang).format(number=number, unit=unit)
    return _QUALIFIED.get(fact.qualifier, _QUALIFIED[""]).get(lang).format(n=quantity)


def fact_value_text(fact: Fact, lang: Lang = "zh") -> str:
    """The figure of a fact with qualifier and unit, its year, or "" for a fact without either."""
    if fact.value is not None:
        text = fact_figure_text(fact, lang)
        return text + _IN_YEAR.get(lang).format(year=fact.year) if fact.year is not None else text
    if fact.year is not None:
        year = _YEAR.get(lang).format(year=fact.year)
        return _QUALIFIED["since"].get(lang).format(n=year) if fact.qualifier == "since" else year
    return ""
