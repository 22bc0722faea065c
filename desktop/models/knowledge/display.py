"""How a fact's figure reads in each language: "约600万美元/年", "over 1,000 firms", "自1996年起"."""

from __future__ import annotations

from collections.abc import Iterable

from desktop.models.knowledge.types import Fact, ItemKind
from desktop.models.text import Lang, Text

# Qualifier wording around the number; {n} is the number with its unit.
_QUALIFIED: dict[str, Text] = {
    "": Text("{n}", "{n}"),
    "of": Text("{n}", "{n}"),
    "about": Text("约{n}", "about {n}"),
    "over": Text("{n}以上", "over {n}"),
    "at_least": Text("至少{n}", "at least {n}"),
    "up_to": Text("多达{n}", "up to {n}"),
    "since": Text("自{n}起", "since {n}"),
}


def number_text(value: float, lang: Lang) -> str:
    """A figure as a reader of that language writes it: 5万 / 600万 in Chinese, 50,000 / 6 million in English."""
    value = float(value)  # an int from TOML or a caller has no is_integer() before Python 3.12
    whole = value.is_integer()
    if lang == "zh":
        if whole and abs(value) >= 10_000 and value % 10_000 == 0:
            return f"{int(value) // 10_000}万"
        return f"{int(value)}" if whole else f"{value:g}"
    if whole and abs(value) >= 1_000_000 and value % 1_000_000 == 0:
        return f"{int(value) // 1_000_000} million"
    return f"{int(value):,}" if whole else f"{value:,.2f}".rstrip("0").rstrip(".")


def fact_value_text(fact: Fact, lang: Lang = "zh") -> str:
    """The figure of a fact with qualifier and unit, its year, or "" for a fact without either."""
    template = _QUALIFIED.get(fact.qualifier, _QUALIFIED[""]).get(lang)
    if fact.value is not None:
        number = number_text(fact.value, lang)
        unit = fact.unit.get(lang)
        quantity = f"{number}{unit}" if lang == "zh" or unit in ("%", "") else f"{number} {unit}"
        text = template.format(n=quantity)
        if fact.year is not None:
            text += f"（{fact.year}年）" if lang == "zh" else f" ({fact.year})"
        return text
    if fact.year is not None:
        year = f"{fact.year}年" if lang == "zh" else str(fact.year)
        return template.format(n=year) if fact.qualifier == "since" else year
    return ""


KIND_LABELS: dict[ItemKind, Text] = {
    ItemKind.TRAIT: Text("集群特点", "Cluster trait"),
    ItemKind.CASE: Text("美国案例", "US case"),
    ItemKind.PRACTICE: Text("政府做法", "Government practice"),
    ItemKind.RECOMMENDATION: Text("启示", "Recommendation"),
    ItemKind.MEASURE: Text("具体措施", "Measure"),
}

GROUP_LABELS: dict[str, Text] = {
    "committee": Text("管委会内设机构", "Bureau of the management committee"),
    "government": Text("政府部门", "Government department"),
    "partner": Text("外部合作方", "Outside partner"),
}


def kind_label(kind: ItemKind) -> Text:
    return KIND_LABELS[kind]


# Between two citations of one list; a run of consecutive paragraphs reads "¶29–31" (en dash, the ¶ once).
PARAGRAPH_SEPARATOR = Text("、", ", ")


def paragraph_runs(paragraphs: Iterable[int]) -> list[str]:
    """The citations of a list of paragraphs, sorted, without repeats, runs folded: [3, 31, 29, 30, 3] → ["¶3",
    "¶29–31"]. Every place that shows paragraphs (window, workbook, command line) goes through here."""
    runs: list[list[int]] = []
    for number in sorted(set(paragraphs)):
        if runs and number == runs[-1][1] + 1:
            runs[-1][1] = number
        else:
            runs.append([number, number])
    return [f"¶{first}" if first == last else f"¶{first}–{last}" for first, last in runs]


def paragraphs_text(paragraphs: Iterable[int], lang: Lang) -> str:
    """Paragraph citations as one text: "¶7、¶29–31" in Chinese, "¶7, ¶29–31" in English ("" for none)."""
    return PARAGRAPH_SEPARATOR.get(lang).join(paragraph_runs(paragraphs))
