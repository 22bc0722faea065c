"""The rich-text table of a knowledge item's facts, shared by the matches page and the knowledge browser."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from PySide6.QtCore import QCoreApplication

from desktop.models.formatting import PARAGRAPHS_HEADING, paragraphs_text
from desktop.models.knowledge.display import fact_figure_text
from desktop.models.knowledge.types import Fact
from desktop.models.text import Lang
from desktop.views.common.rich_text import escape


def _figure(fact: Fact, lang: Lang) -> str:
    figure = fact_figure_text(fact, lang)
    return f"<b>{escape(figure)}</b>" if figure else "—"


def facts_table(facts: Sequence[Fact], lang: Lang, cite: Callable[[Iterable[int]], str] | None = None) -> str:
    """Label (with the fact in a sentence beneath), figure, year (only if any fact has one) and ¶ — as rich text
    from ``cite`` (the panes make each ¶ a link), else written out plainly."""
    with_year = any(f.year is not None for f in facts)
    headers = [
        QCoreApplication.translate("FactTable", "Fact"),
        QCoreApplication.translate("FactTable", "Figure"),
        *([QCoreApplication.translate("FactTable", "Year")] if with_year else []),
        PARAGRAPHS_HEADING.get(lang),
    ]
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    rows = []
    for fact in facts:
        cells = [
            f"<td>{escape(fact.label.get(lang))}<br><span class='small'>{escape(fact.text.get(lang))}</span></td>",
            f"<td style='white-space: nowrap;'>{_figure(fact, lang)}</td>",
        ]
        if with_year:
            cells.append(f"<td>{fact.year if fact.year is not None else '—'}</td>")
        cited = cite(fact.paragraphs) if cite is not None else escape(paragraphs_text(fact.paragraphs, lang))
        cells.append(f"<td style='white-space: nowrap;'>{cited}</td>")
        rows.append(f"<tr>{''.join(cells)}</tr>")
    return f"<table width='100%' cellspacing='0'><tr>{head}</tr>{''.join(rows)}</table>"
