"""Every rule text that names a US case or cites a paragraph is checked against the knowledge base's facts for it.

A rule's reason or gap may say "as Houston…" or "(¶15)" only where the knowledge base (itself checked against the
article) holds that name in a cited paragraph, or in the paragraphs of the item the rule scores. This is how the
attribution errors of the first rules were found: cheap land blamed on Houston, a cluster body credited to Michigan,
¶15's federal and state levels read as national and provincial zones, Illinois's firms funding their associations.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.models.knowledge.loader import default_knowledge_base
from desktop.models.knowledge.types import KnowledgeBase, KnowledgeItem
from desktop.resources import resource_path

RULE_FILES = ("traits.toml", "cases.toml", "practices.toml", "measures.toml")
TEXT_KEYS = ("reason", "gap", "unknown")

# The US places and bodies the article names for its cases; a rule text naming one attributes something to it.
NAMES = (
    "加州",
    "斯坦福",
    "加州理工",
    "休斯顿",
    "墨西哥湾",
    "波士顿",
    "哈佛",
    "麻省理工",
    "硅谷",
    "密歇根",
    "底特律",
    "丰田",
    "伊利诺伊",
)

_CITATION = re.compile(r"¶(\d+)(?:\s*[–-]\s*¶?(\d+))?")


def cited(text: str) -> set[int]:
    found: set[int] = set()
    for match in _CITATION.finditer(text):
        first = int(match.group(1))
        last = int(match.group(2)) if match.group(2) else first
        found.update(range(first, last + 1))
    return found


def rule_texts() -> Iterator[tuple[str, str, int, str, str]]:
    """(file, item ID, criterion number, key, Chinese and English text joined) for every criterion text."""
    for file in RULE_FILES:
        data = tomllib.loads(Path(resource_path("rules", file)).read_text(encoding="utf-8"))
        for item in data["item"]:
            for number, criterion in enumerate(item["criterion"], 1):
                for key in TEXT_KEYS:
                    if key in criterion:
                        text = criterion[key]
                        yield file, item["id"], number, key, f"{text['zh']} | {text['en']}"


def knowledge_text(item: KnowledgeItem, paragraph: int | None = None) -> str:
    """What the knowledge base says, in Chinese, for one paragraph (or the whole item)."""
    parts = [item.title.zh, item.summary.zh] if paragraph is None or paragraph in item.paragraphs else []
    for fact in item.facts:
        if paragraph is None or paragraph in fact.paragraphs:
            parts += [fact.label.zh, fact.text.zh, *fact.terms]
    return " ".join(parts)


def said_in(kb: KnowledgeBase, name: str, paragraphs: set[int]) -> bool:
    return any(name in knowledge_text(item, p) for item in kb.items.values() for p in paragraphs)


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return default_knowledge_base()


TEXTS = list(rule_texts())


def test_the_walk_finds_the_citing_texts() -> None:
    """The walk is not vacuous: there are texts that cite paragraphs and texts that name cases."""
    assert sum(1 for *_, text in TEXTS if cited(text)) >= 15
    assert sum(1 for *_, text in TEXTS if any(n in text for n in NAMES)) >= 15


@pytest.mark.parametrize(("file", "item_id", "number", "key", "text"), TEXTS)
def test_a_cited_paragraph_is_one_the_item_or_the_name_rests_on(
    kb: KnowledgeBase, file: str, item_id: str, number: int, key: str, text: str
) -> None:
    paragraphs = cited(text)
    if not paragraphs:
        return
    item = kb.item(item_id)
    own = set(item.paragraphs) | {p for r in item.related if r in kb.items for p in kb.item(r).paragraphs}
    assert paragraphs <= own, f"{file} {item_id} #{number} {key}: cites {sorted(paragraphs - own)}: {text}"


@pytest.mark.parametrize(("file", "item_id", "number", "key", "text"), TEXTS)
def test_a_named_case_is_said_by_the_knowledge_base_where_it_is_cited(
    kb: KnowledgeBase, file: str, item_id: str, number: int, key: str, text: str
) -> None:
    """A name must appear in the knowledge base for the paragraphs the text cites, or (citing none) for the
    paragraphs of the item being scored."""
    paragraphs = cited(text) or set(kb.item(item_id).paragraphs)
    for name in NAMES:
        if name in text:
            assert said_in(kb, name, paragraphs), f"{file} {item_id} #{number} {key}: “{name}” not in ¶{paragraphs}"


# Claims the article does not make, each found once in the rules (the reason is the paragraph that contradicts it).
NOT_IN_THE_ARTICLE = [
    # ¶5: Houston's oil was local (Gulf of Mexico reserves); its port did not serve feedstock imports.
    ("case.houston-petrochem", ("原料进口", "feedstock")),
    # ¶11: Illinois's business organisations sponsor research bodies; firms funding associations is not said.
    ("case.illinois-associations", ("资助行业组织", "发起和资助", "fund associations")),
    # ¶15: federal versus state level, not national versus provincial zones taking up national programmes.
    ("practice.policy-system", ("国家层面", "national cluster programmes")),
]


@pytest.mark.parametrize(("item_id", "phrases"), NOT_IN_THE_ARTICLE)
def test_claims_the_article_does_not_make_are_gone(item_id: str, phrases: tuple[str, ...]) -> None:
    for _, rule_item, number, key, text in TEXTS:
        if rule_item == item_id:
            assert not any(p in text for p in phrases), f"{item_id} #{number} {key}: {text}"


def test_a_missing_cluster_body_is_not_equated_with_californias_strategy_panel() -> None:
    """¶15's panel tracks clusters and advises on policy; a cluster organisation is ¶31's. A text may mention the
    panel for tracking, but not say the zone lacks "a body like California's panel" because it has no cluster body."""
    for _, item_id, number, key, text in TEXTS:
        if "加州经济战略小组" in text and "已有集群组织" in text:
            assert "像加州经济战略小组那样" not in text, f"{item_id} #{number} {key}: {text}"


def test_the_seed_fund_fields_include_natural_resources() -> None:
    """¶19 lists biomedicine, water technology, clean energy, advanced manufacturing and natural resources."""
    texts = [text for *_, text in TEXTS if "种子基金" in text and 19 in cited(text)]
    assert texts
    for text in texts:
        if "生物医药" in text:
            assert "自然资源" in text, text
