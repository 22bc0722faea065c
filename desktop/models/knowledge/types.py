"""What the knowledge base holds: items of the source article, their facts, the glossary and implementing units."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from desktop.models.text import Text
from desktop.models.vocabulary import Endowment
from desktop.models.vocabulary.kinds import ItemKind as ItemKind  # re-exported: it is what an item is


@dataclass(frozen=True, slots=True)
class Fact:
    """One structured fact (usually a figure) of an item, traceable to the paragraphs that state it."""

    id: str  # unique within its item, e.g. "hq-share"
    label: Text  # short label, e.g. "美国30家最大能源公司中的总部数"
    value: float | None  # the figure, None for a fact without a number (a named programme, a role...)
    unit: Text  # e.g. Text("家", "companies"), Text("美元/年", "USD a year"); empty for none
    year: int | None
    qualifier: str  # "", "about", "over", "at_least", "up_to", "of" ... how the article bounds the figure
    text: Text  # the fact in a sentence, our own words
    paragraphs: tuple[int, ...]
    terms: tuple[str, ...] = ()  # key names/numbers as written in the article, checked against the cited ¶ in tests


@dataclass(frozen=True, slots=True)
class EndowmentRating:
    """How strong one endowment was where a US case grew, with why; ``value`` None where the article is silent."""

    value: int | None  # 0–5, the scale of the profile; None: not stated by the article (never compared or shown)
    why: Text
    paragraphs: tuple[int, ...]

    @property
    def stated(self) -> bool:
        return self.value is not None


# How an endowment the article says nothing about is shown in place of a rating (never a number).
NOT_STATED = Text("原文未述及", "not stated in the article")


@dataclass(frozen=True, slots=True)
class KnowledgeItem:
    id: str  # stable ID of the digest, e.g. "case.houston-petrochem"
    kind: ItemKind
    title: Text
    summary: Text
    paragraphs: tuple[int, ...]
    parent: str | None  # e.g. a case's trait, a sub-measure's recommendation
    related: tuple[str, ...]
    facts: tuple[Fact, ...]
    endowment_profile: Mapping[Endowment, EndowmentRating] | None = None  # cases only


@dataclass(frozen=True, slots=True)
class GlossaryTerm:
    id: str
    term: Text
    definition: Text
    paragraphs: tuple[int, ...] = ()  # where the article uses it, if it does
    related: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Department:
    """An implementing unit for "1+N" assignments: a bureau of the zone or an outside partner."""

    id: str
    name: Text
    group: str  # "committee" (管委会内设机构), "government" (上级/同级政府部门), "partner" (外部合作方)
    duties: Text


@dataclass(frozen=True, slots=True)
class Source:
    title: str
    outlet: Text
    date: str  # ISO date of publication
    authors: tuple[str, ...]
    institution: Text
    published_on: Text  # the association page that carries it
    citation: Text  # one-line citation for the About box and the workbook


@dataclass(frozen=True, slots=True)
class KnowledgeBase:
    version: str
    date: str  # ISO date of this knowledge-base version
    source: Source
    items: Mapping[str, KnowledgeItem]  # in file order: traits, cases, practices, recommendations and measures
    glossary: tuple[GlossaryTerm, ...]
    departments: Mapping[str, Department]

    def item(self, item_id: str) -> KnowledgeItem:
        return self.items[item_id]

    def of_kind(self, kind: ItemKind) -> list[KnowledgeItem]:
        return [item for item in self.items.values() if item.kind is kind]

    def department(self, department_id: str) -> Department:
        return self.departments[department_id]
