"""Turns the knowledge base into the browser's plain tree: one group per kind, measures under their recommendation."""

from __future__ import annotations

from desktop.models.formatting import number_text, quantity_text
from desktop.models.knowledge.types import GlossaryTerm, ItemKind, KnowledgeBase, KnowledgeItem
from desktop.models.text import LANGS, Lang, Text
from desktop.models.vocabulary.kinds import GLOSSARY, kind_group_label
from desktop.views.common.titles import numbered_title
from desktop.views.knowledge.tree_model import KnowledgeNode, normalise

_BROWSED_KINDS = (ItemKind.TRAIT, ItemKind.CASE, ItemKind.PRACTICE, ItemKind.RECOMMENDATION)


def _both(text: Text) -> str:
    return f"{text.zh}\n{text.en}"


def item_search_text(item: KnowledgeItem) -> str:
    """Everything a search may hit in an item: its title, summary and facts in both languages, figures included."""
    parts = [item.id, _both(item.title), _both(item.summary)]
    for fact in item.facts:
        parts += [_both(fact.label), _both(fact.text), _both(fact.unit)]
        if fact.value is not None:
            # As either language writes it (5万, 50,000) and as typed (50000).
            parts += [number_text(fact.value), *(quantity_text(fact.value, lang) for lang in LANGS)]
    return normalise("\n".join(parts))


def term_search_text(term: GlossaryTerm) -> str:
    return normalise("\n".join((term.id, _both(term.term), _both(term.definition))))


def _item_node(item: KnowledgeItem, kb: KnowledgeBase, lang: Lang) -> KnowledgeNode:
    children = ()
    if item.kind is ItemKind.RECOMMENDATION:
        measures = [m for m in kb.of_kind(ItemKind.MEASURE) if m.parent == item.id]
        children = tuple(_item_node(m, kb, lang) for m in measures)
    title = numbered_title(item.id, item.title.get(lang))
    return KnowledgeNode(f"item:{item.id}", title, item_search_text(item), children, tooltip=title)


def knowledge_nodes(kb: KnowledgeBase, lang: Lang) -> list[KnowledgeNode]:
    """Groups in the order the article presents them, the glossary last (sorted as the file lists it)."""
    groups = []
    for kind in _BROWSED_KINDS:
        items = kb.of_kind(kind)
        if kind is ItemKind.RECOMMENDATION:
            # A measure is shown under its recommendation; one without a known parent still gets a row.
            shown = {i.id for i in items}
            items += [m for m in kb.of_kind(ItemKind.MEASURE) if m.parent not in shown]
        groups.append(
            KnowledgeNode(
                f"group:{kind}",
                kind_group_label(kind).get(lang),
                children=tuple(_item_node(i, kb, lang) for i in items),
            )
        )
    terms = tuple(
        KnowledgeNode(f"term:{t.id}", t.term.get(lang), term_search_text(t), tooltip=t.definition.get(lang))
        for t in kb.glossary
    )
    groups.append(KnowledgeNode("group:glossary", GLOSSARY.get(lang), children=terms))
    return groups
