"""How numbers, points, lists and ¶ citations are written: one form per purpose, for window, command line and workbook.

- ``number_text``: a figure inside a sentence of either language (the profile's figures, targets): 12, 518, 560.5.
- ``quantity_text``: an amount in the reader's language (the article's facts): 5万 / 50,000, 600万 / 6 million.
- ``points_text`` / ``tenths_text``: match points, one decimal only when needed: 20, 21.6.
- ``paragraphs_text``: citations of the article's paragraphs, runs folded: ¶7、¶29–31 / ¶7, ¶29–31.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from desktop.models.text import Lang, Text

YES = Text("是", "yes")
NO = Text("否", "no")

# Between the entries of a list in running text or in one cell.
LIST_SEPARATOR = Text("、", ", ")
# Between the clauses of one line ("牵头：…；配合：…").
CLAUSE_SEPARATOR = Text("；", "; ")
# Before a value that follows its heading ("类别：…" / "Kind: …").
COLON = Text("：", ": ")
# The heading over citations wherever they stand in a column or a field of their own.
PARAGRAPHS_HEADING = Text("原文段落", "Source ¶")


def tenths_text(tenths: int) -> str:
    """Points kept as integer tenths, shown with one decimal only when needed (20, 21.6)."""
    whole, rest = divmod(tenths, 10)
    return str(whole) if rest == 0 else f"{whole}.{rest}"


def points_text(points: float) -> str:
    """Score points, one decimal only when needed (82, 12.5)."""
    return tenths_text(round(points * 10))


def number_text(value: float) -> str:
    """A figure as a person writes it in either language: 12, 518, 560.5 (no grouping, so it reads in both)."""
    if float(value).is_integer():
        return str(int(value))
    return f"{value:.2f}".rstrip("0").rstrip(".")


def percent_text(value: float | None) -> str:
    """A share or a progress figure as a whole percentage ("55%"); "—" when there is none."""
    return "—" if value is None else f"{round(value)}%"


def quantity_text(value: float, lang: Lang) -> str:
    """An amount as a reader of that language writes it: 5万 / 600万 in Chinese, 50,000 / 6 million in English."""
    value = float(value)  # an int from TOML or a caller has no is_integer() before Python 3.12
    whole = value.is_integer()
    if lang == "zh":
        if whole and abs(value) >= 10_000 and value % 10_000 == 0:
            return f"{int(value) // 10_000}万"
        return f"{int(value)}" if whole else f"{value:g}"
    if whole and abs(value) >= 1_000_000 and value % 1_000_000 == 0:
        return f"{int(value) // 1_000_000} million"
    return f"{int(value):,}" if whole else f"{value:,.2f}".rstrip("0").rstrip(".")


def share_tenths(points: int, numerator: int, denominator: int) -> int:
    """``points × numerator / denominator`` rounded half up, in integers so it is exact and deterministic."""
    return (2 * points * numerator + denominator) // (2 * denominator)


def paragraph_runs(paragraphs: Iterable[int]) -> list[str]:
    """The citations of a list of paragraphs, sorted, without repeats, runs folded: [3, 31, 29, 30, 3] → ["¶3",
    "¶29–31"] (en dash, the ¶ once)."""
    runs: list[list[int]] = []
    for number in sorted(set(paragraphs)):
        if runs and number == runs[-1][1] + 1:
            runs[-1][1] = number
        else:
            runs.append([number, number])
    return [f"¶{first}" if first == last else f"¶{first}–{last}" for first, last in runs]


def paragraphs_text(paragraphs: Iterable[int], lang: Lang) -> str:
    """Paragraph citations as one text: "¶7、¶29–31" in Chinese, "¶7, ¶29–31" in English ("" for none)."""
    return LIST_SEPARATOR.get(lang).join(paragraph_runs(paragraphs))


def list_text(items: Iterable[str], lang: Lang) -> str:
    """Entries of a list in one line: "甲、乙" / "A, B"."""
    return LIST_SEPARATOR.get(lang).join(items)


def heading_text(heading: Text, lang: Lang, value: str = "") -> str:
    """A heading with its value: "类别：美国集群案例" / "Kind: US cluster case"; a bare heading ends with the colon."""
    colon = COLON.get(lang)
    return f"{heading.get(lang)}{colon}{value}" if value else f"{heading.get(lang)}{colon.rstrip()}"


def join(texts: Iterable[Text], zh_sep: str = "、", en_sep: str = ", ") -> Text:
    items = list(texts)
    return Text(zh_sep.join(t.zh for t in items), en_sep.join(t.en for t in items))


def fill(template: Text, values: Mapping[str, Text]) -> Text:
    """Fill a bilingual template from bilingual values (each language gets its own words)."""
    return Text(
        template.zh.format_map({key: value.zh for key, value in values.items()}),
        template.en.format_map({key: value.en for key, value in values.items()}),
    )
