"""Small text helpers shared by the results, knowledge and comparison pages (numbers, paragraph marks, facts)."""

from __future__ import annotations

import html
from collections.abc import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.models.knowledge.display import paragraph_runs
from desktop.models.knowledge.types import Fact
from desktop.models.text import Lang
from desktop.views.plan.labels import list_separator

# How the knowledge base bounds a figure; "of" (a part of a reference group) reads best as the bare number.
_QUALIFIERS = {
    "about": QT_TRANSLATE_NOOP("FactFormat", "about"),
    "over": QT_TRANSLATE_NOOP("FactFormat", "over"),
    "at_least": QT_TRANSLATE_NOOP("FactFormat", "at least"),
    "up_to": QT_TRANSLATE_NOOP("FactFormat", "up to"),
}


def number_text(value: float) -> str:
    """A figure as people write it: whole numbers without decimals, thousands grouped."""
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def points_text(value: float) -> str:
    """Score points: one decimal only when needed (``82``, ``12.5``)."""
    rounded = round(value, 1)
    return str(int(rounded)) if rounded.is_integer() else f"{rounded:.1f}"


def paragraphs_text(paragraphs: Iterable[int]) -> str:
    """``¶3、¶13–16`` / ``¶3, ¶13–16``: the domain's citation (as in the workbook and on the command line), joined
    with the interface language's list separator."""
    return list_separator().join(paragraph_runs(paragraphs))


def figure_text(fact: Fact, lang: Lang) -> str:
    """A fact's figure with its bound and unit, e.g. ``over 1,000 firms``; empty for a fact without a number."""
    if fact.value is None:
        return ""
    parts: list[str] = []
    qualifier = _QUALIFIERS.get(fact.qualifier)
    if qualifier:
        parts.append(QCoreApplication.translate("FactFormat", qualifier))
    unit = fact.unit.get(lang)
    number = number_text(fact.value)
    # "50%" and "50 家" / "50 firms": a percent sign sticks to its number.
    parts.append(f"{number}{unit}" if unit == "%" else f"{number} {unit}".strip())
    return " ".join(parts)


def escape(text: str) -> str:
    """Text for the rich-text detail panes."""
    return html.escape(text, quote=True)


def numbered_title(item_id: str, title: str) -> str:
    """Recommendations carry the article's numbering (``rec.2.1`` → ``2.1 …``) so they can be cited by number."""
    if item_id.startswith("rec."):
        return f"{item_id.removeprefix('rec.')}  {title}"
    return title


def heading(text: str) -> str:
    """A section heading of the rich-text detail panes."""
    return f"<h3>{escape(text)}</h3>"
