"""Small formatting helpers shared by the criteria, the engine and the plan: points, numbers, lists."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from desktop.models.text import Text

YES = Text("是", "yes")
NO = Text("否", "no")


def tenths_text(tenths: int) -> str:
    """Points kept as integer tenths, shown with one decimal only when needed (20, 21.6)."""
    whole, rest = divmod(tenths, 10)
    return str(whole) if rest == 0 else f"{whole}.{rest}"


def number_text(value: float) -> str:
    """A figure of the profile as a person writes it: 12, 518, 560.5."""
    if float(value).is_integer():
        return str(int(value))
    return f"{value:.2f}".rstrip("0").rstrip(".")


def share_tenths(points: int, numerator: int, denominator: int) -> int:
    """``points × numerator / denominator`` rounded half up, in integers so it is exact and deterministic."""
    return (2 * points * numerator + denominator) // (2 * denominator)


def join(texts: Iterable[Text], zh_sep: str = "、", en_sep: str = ", ") -> Text:
    items = list(texts)
    return Text(zh_sep.join(t.zh for t in items), en_sep.join(t.en for t in items))


def fill(template: Text, values: Mapping[str, Text]) -> Text:
    """Fill a bilingual template from bilingual values (each language gets its own words)."""
    return Text(
        template.zh.format_map({key: value.zh for key, value in values.items()}),
        template.en.format_map({key: value.en for key, value in values.items()}),
    )
