"""The kinds of knowledge item and of match, and what each is called: one name per kind, everywhere.

The article (“美国产业集群发展有哪些启示?”) has three parts: the traits of US clusters, the US government's practices
(with the cases that illustrate the traits), and its 启示 for China, each with concrete 建议. A recommendation is
called 启示建议 in every place, a measure under it 具体举措.
"""

from __future__ import annotations

from enum import StrEnum

from desktop.models.text import Text


class ItemKind(StrEnum):
    TRAIT = "trait"  # trait.*: traits of US clusters
    CASE = "case"  # case.*: US cluster cases
    PRACTICE = "practice"  # practice.*: US government practices
    RECOMMENDATION = "recommendation"  # rec.N: the article's recommendations for China
    MEASURE = "measure"  # rec.N.M: sub-measures of a recommendation


class MatchKind(StrEnum):
    TRAIT = "trait"
    CASE = "case"
    PRACTICE = "practice"
    RECOMMENDATION = "recommendation"  # the article's sub-measures rec.N.M


# What one item or match is. Keyed by value: a MatchKind is named as the ItemKind of the same value.
_KIND: dict[str, Text] = {
    ItemKind.TRAIT: Text("美国集群特点", "US cluster trait"),
    ItemKind.CASE: Text("美国集群案例", "US cluster case"),
    ItemKind.PRACTICE: Text("美国政府做法", "US government practice"),
    ItemKind.RECOMMENDATION: Text("启示建议", "Recommendation"),
    ItemKind.MEASURE: Text("具体举措", "Measure"),
}

# The heading of a group of them, as the article's part titles read.
_KIND_GROUP: dict[str, Text] = {
    ItemKind.TRAIT: Text("美国产业集群特点", "Traits of US clusters"),
    ItemKind.CASE: Text("美国集群案例", "US cluster cases"),
    ItemKind.PRACTICE: Text("美国政府做法与经验", "US government practices"),
    ItemKind.RECOMMENDATION: Text("对我国的启示建议", "Recommendations for China"),
    ItemKind.MEASURE: Text("具体举措", "Measures"),
}

# The knowledge base's other kind of entry, and the list of them.
GLOSSARY_TERM = Text("术语", "Glossary term")
GLOSSARY = Text("术语表", "Glossary")

# The order the window, the command line and the workbook list the kinds of match in: the article's order.
MATCH_ORDER: tuple[MatchKind, ...] = tuple(MatchKind)


def kind_label(kind: ItemKind | MatchKind) -> Text:
    """What one item or match is, e.g. 美国集群案例 / US cluster case."""
    return _KIND[kind.value]


def kind_group_label(kind: ItemKind | MatchKind) -> Text:
    """The heading of a group of items or matches, e.g. 对我国的启示建议 / Recommendations for China."""
    return _KIND_GROUP[kind.value]
