"""The knowledge browser's detail view: one item or glossary term, its facts, and links to the items around it."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtWidgets import QTextBrowser, QWidget

from desktop.models.formatting import PARAGRAPHS_HEADING
from desktop.models.knowledge.types import NOT_STATED, GlossaryTerm, ItemKind, KnowledgeBase, KnowledgeItem
from desktop.models.text import Lang, other_lang
from desktop.models.vocabulary import ENDOWMENT_MAX, Endowment, label
from desktop.models.vocabulary.kinds import GLOSSARY_TERM, kind_label
from desktop.views.common.fact_table import facts_table
from desktop.views.common.rich_text import MUTED, STYLE, escape, heading
from desktop.views.help.paragraph_links import ParagraphLinks, numbers_of, paragraph_links

LINK_STYLE = STYLE + "a { color: #1f5fbf; text-decoration: none; }\n"


class KnowledgeDetail(QTextBrowser):
    """Shows what is selected; ``linkActivated`` carries the key ("item:<id>" / "term:<id>") of a clicked link."""

    linkActivated = Signal(str)

    def __init__(self, kb: KnowledgeBase, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kb = kb
        self._lang = lang
        self._terms = {t.id: t for t in kb.glossary}
        self.setOpenLinks(False)
        self.document().setDefaultStyleSheet(LINK_STYLE)
        self.document().setDocumentMargin(14)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.anchorClicked.connect(self._anchor_clicked)
        self.paragraph_links = ParagraphLinks(self, lambda: self._lang)  # a ¶ opens our summary of that paragraph

    def set_language(self, lang: Lang) -> None:
        """Later texts in ``lang``; the caller shows the entry again."""
        self._lang = lang

    def show_message(self, text: str) -> None:
        self.setHtml(f"<p class='muted' style='margin-top: 24px;'>{escape(text)}</p>")

    def show_key(self, key: str) -> None:
        kind, _, ident = key.partition(":")
        if kind == "item" and ident in self._kb.items:
            self.show_item(self._kb.item(ident))
        elif kind == "term" and ident in self._terms:
            self.show_term(self._terms[ident])
        else:
            self.show_message(self.tr("Select an entry on the left to read it here."))

    def show_item(self, item: KnowledgeItem) -> None:
        lang = self._lang
        meta = escape(kind_label(item.kind).get(lang))
        if item.paragraphs:
            meta += " · " + paragraph_links(item.paragraphs, lang)
        parts = [
            f"<h2>{escape(item.title.get(lang))}</h2><p class='meta'>{meta}</p>",
            heading(self.tr("Summary")) + f"<p>{escape(item.summary.get(lang))}</p>",
        ]
        if item.facts:
            parts.append(self._facts(item))
        if item.endowment_profile:
            parts.append(self._endowments(item))
        parts.append(self._links(item))
        self.setHtml("".join(parts))

    def show_term(self, term: GlossaryTerm) -> None:
        lang = self._lang
        other = term.term.get(other_lang(lang))
        meta = [escape(GLOSSARY_TERM.get(lang))]
        if other and other != term.term.get(lang):
            meta.append(escape(other))
        if term.paragraphs:
            meta.append(paragraph_links(term.paragraphs, lang))
        parts = [
            f"<h2>{escape(term.term.get(lang))}</h2><p class='meta'>{' · '.join(meta)}</p>",
            heading(self.tr("Definition")) + f"<p>{escape(term.definition.get(lang))}</p>",
        ]
        related = self._link_list(term.related)
        if related:
            parts.append(heading(self.tr("Related")) + f"<p>{related}</p>")
        self.setHtml("".join(parts))

    # --- sections -----------------------------------------------------------------------------------------------

    def _facts(self, item: KnowledgeItem) -> str:
        table = facts_table(item.facts, self._lang, lambda ps: paragraph_links(ps, self._lang))  # each ¶ a link
        return heading(self.tr("Facts and figures")) + table

    def _endowments(self, item: KnowledgeItem) -> str:
        lang = self._lang
        profile = item.endowment_profile or {}
        head = "".join(
            f"<th>{escape(h)}</th>"
            for h in (self.tr("Endowment"), self.tr("Rating"), self.tr("Why"), PARAGRAPHS_HEADING.get(lang))
        )
        rows = []
        for endowment in Endowment:
            rating = profile.get(endowment)
            if rating is None:
                continue
            if rating.value is None:  # the article is silent: no placeholder rating is shown as the case's data
                shown = f"<span style='color:{MUTED};'>{escape(NOT_STATED.get(lang))}</span>"
            else:
                dots = "●" * rating.value + "○" * (ENDOWMENT_MAX - rating.value)
                shown = (
                    f"<span style='color:#1f5fbf;'>{dots}</span> "
                    f"<span style='color:{MUTED};'>{rating.value}/{ENDOWMENT_MAX}</span>"
                )
            rows.append(
                f"<tr><td style='white-space: nowrap;'>{escape(label(endowment).get(lang))}</td>"
                f"<td style='white-space: nowrap;'>{shown}</td>"
                f"<td>{escape(rating.why.get(lang))}</td>"
                f"<td style='white-space: nowrap;'>{paragraph_links(rating.paragraphs, lang)}</td></tr>"
            )
        title = escape(self.tr("Endowment profile of the case"))
        note = escape(self.tr("Ratings on the 0–5 scale of the zone profile, read from the article."))
        return (
            f"<h3>{title}</h3><p class='small'>{note}</p>"
            f"<table width='100%' cellspacing='0'><tr>{head}</tr>{''.join(rows)}</table>"
        )

    def _links(self, item: KnowledgeItem) -> str:
        out = []
        part_of, measures_title, related_title = self.tr("Part of:"), self.tr("Measures:"), self.tr("Related:")
        if item.parent:
            out.append(f"<p><b>{escape(part_of)}</b> {self._link_list([item.parent])}</p>")
        if item.kind is ItemKind.RECOMMENDATION:
            measures = [m.id for m in self._kb.of_kind(ItemKind.MEASURE) if m.parent == item.id]
            if measures:
                out.append(f"<p><b>{escape(measures_title)}</b><br>{self._link_list(measures, '<br>')}</p>")
        related = self._link_list(item.related, "<br>")
        if related:
            out.append(f"<p><b>{escape(related_title)}</b><br>{related}</p>")
        if not out:
            return ""
        return heading(self.tr("In the knowledge base")) + "".join(out)

    def _link_list(self, ids: Iterable[str], separator: str = ", ") -> str:
        links = []
        for ident in ids:
            if ident in self._kb.items:
                title, key = self._kb.item(ident).title.get(self._lang), f"item:{ident}"
            elif ident in self._terms:
                title, key = self._terms[ident].term.get(self._lang), f"term:{ident}"
            else:
                continue  # the loader validates references; an unknown one is simply not linked
            links.append(f"<a href='{escape(key)}'>{escape(title)}</a>")
        return separator.join(links)

    def _anchor_clicked(self, url: QUrl) -> None:
        if numbers_of(url) is None:  # a ¶ link opens its summary (``paragraph_links``), not an entry
            self.linkActivated.emit(url.toString())
