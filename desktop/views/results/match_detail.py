"""The detail pane of the matches page: why a match scored what it did, what it lacks, and what it rests on."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTextBrowser, QWidget

from desktop.models.formatting import points_text
from desktop.models.knowledge.types import Fact, KnowledgeItem
from desktop.models.matching.types import Gap, Match, Reason
from desktop.models.text import Lang
from desktop.models.vocabulary.gaps import (
    ALL_KNOWN,
    NO_REASON,
    NOTHING_LESS,
    TO_VERIFY,
    TO_VERIFY_HELP,
    coverage_text,
    less_label,
    reasons_label,
    score_label,
)
from desktop.models.vocabulary.kinds import kind_label
from desktop.views.common.fact_table import facts_table
from desktop.views.common.rich_text import RULE, STYLE, escape, heading
from desktop.views.help.paragraph_links import ParagraphLinks, paragraph_links

MET_COLOUR = "#2e7d32"
MISSING_COLOUR = "#c0392b"
UNKNOWN_COLOUR = "#a86400"


def reason_text(reason: Reason, lang: Lang) -> str:
    """A reason without the trailing ``: +N`` the engine appends: the pane shows the points in their own column."""
    shown = points_text(reason.points)
    text = reason.text.get(lang).removesuffix(f": +{shown}").removesuffix(f"：+{shown}")
    # The engine writes fragments ("leading industries include …"); as list entries they read better capitalised.
    return text[:1].upper() + text[1:]


class MatchDetail(QTextBrowser):
    """Rich-text explanation of one match; ``show_match`` replaces the whole text."""

    def __init__(self, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self.setOpenLinks(False)
        self.document().setDefaultStyleSheet(STYLE)
        self.document().setDocumentMargin(14)
        # Text wraps to the pane; a horizontal bar would only appear for the table's rounding.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.paragraph_links = ParagraphLinks(self, lambda: self._lang)  # a ¶ opens our summary of that paragraph
        self.show_placeholder()

    def set_language(self, lang: Lang) -> None:
        """Later texts in ``lang``; the caller shows the match again."""
        self._lang = lang

    def show_placeholder(self) -> None:
        text = self.tr("Select a match on the left to see why it scored as it did.")
        self.setHtml(f'<p class="muted" style="margin-top: 24px;">{escape(text)}</p>')

    def show_match(self, match: Match, item: KnowledgeItem | None, citation: str = "") -> None:
        parts = [self._header(match), self._criteria(match)]
        if item is not None:
            parts.append(self._summary(item))
            if item.facts:
                parts.append(self._facts(item.facts))
        parts.append(self._paragraphs(match, citation))
        self.setHtml("".join(parts))

    # --- sections -----------------------------------------------------------------------------------------------

    def _header(self, match: Match) -> str:
        lang = self._lang
        score = f"{score_label(match.kind).get(lang)} {points_text(match.score)}/100"
        kind = kind_label(match.kind).get(lang)
        covered = coverage_text(match.coverage.stated, match.coverage.of).get(lang) if match.coverage else ""
        meta = [escape(x) for x in (kind, score, covered) if x]
        if match.paragraphs:
            meta.append(paragraph_links(match.paragraphs, lang))
        return f"<h2>{escape(match.title.get(self._lang))}</h2><p class='meta'>{' · '.join(meta)}</p>"

    def _criteria(self, match: Match) -> str:
        lang = self._lang
        missing, unknown = match.applies_less, match.unknown
        out = [heading(self.tr("Score breakdown"))]

        out.append(self._status_heading("+", MET_COLOUR, reasons_label(match.kind).get(lang), len(match.reasons)))
        if match.reasons:
            rows = "".join(
                f"<tr><td width='100%'>{escape(reason_text(r, lang))}</td>"
                f"<td align='right' style='color:{MET_COLOUR}; white-space: nowrap;'>+{points_text(r.points)}</td></tr>"
                for r in match.reasons
            )
            total_label = escape(self.tr("Total"))
            total = (
                f"<tr><td style='border-top: 1px solid {RULE};'><b>{total_label}</b></td>"
                f"<td align='right' style='border-top: 1px solid {RULE};'><b>{points_text(match.score)}</b></td></tr>"
            )
            out.append(f"<table width='100%' cellspacing='0'>{rows}{total}</table>")
        else:
            out.append(self._none(NO_REASON.get(lang)))

        out.append(self._status_heading("−", MISSING_COLOUR, less_label(match.kind).get(lang), len(missing)))
        out.append(self._gaps(missing, NOTHING_LESS.get(lang)))
        out.append(self._status_heading("?", UNKNOWN_COLOUR, TO_VERIFY.get(lang), len(unknown)))
        if unknown:
            out.append(self._none(TO_VERIFY_HELP.get(lang)))
        out.append(self._gaps(unknown, ALL_KNOWN.get(lang)))
        return "".join(out)

    def _status_heading(self, mark: str, colour: str, title: str, count: int) -> str:
        return (
            f"<p style='margin-top: 10px;'><span style='color:{colour}; font-weight: bold;'>{mark}</span> "
            f"<b>{escape(title)}</b> <span class='muted'>({count})</span></p>"
        )

    def _none(self, text: str) -> str:
        return f"<p class='muted' style='margin-left: 16px;'>{escape(text)}</p>"

    def _gaps(self, gaps: Sequence[Gap], empty: str) -> str:
        if not gaps:
            return self._none(empty)
        # The engine's gap texts already say how many points went unearned.
        rows = "".join(f"<tr><td>{escape(g.text.get(self._lang))}</td></tr>" for g in gaps)
        return f"<table width='100%' cellspacing='0'>{rows}</table>"

    def _summary(self, item: KnowledgeItem) -> str:
        return heading(self.tr("Summary")) + f"<p>{escape(item.summary.get(self._lang))}</p>"

    def _facts(self, facts: Sequence[Fact]) -> str:
        table = facts_table(facts, self._lang, lambda ps: paragraph_links(ps, self._lang))  # each ¶ a link
        return heading(self.tr("Facts from the knowledge base")) + table

    def _paragraphs(self, match: Match, citation: str) -> str:
        sentence = escape(self.tr("This match rests on {paragraphs} of the source article."))
        text = sentence.replace("{paragraphs}", paragraph_links(match.paragraphs, self._lang))  # each ¶ a link
        hint = escape(self.tr("Click a ¶ to read our summary of that paragraph."))
        out = heading(self.tr("Source paragraphs")) + f"<p>{text}</p><p class='small'>{hint}</p>"
        if citation:
            out += f"<p class='small'>{escape(citation)}</p>"
        return out
