"""Reading the article's items (traits, cases, practices, recommendations, measures) with their facts and profiles."""

from __future__ import annotations

import re

from desktop.models.data_file import Entry, Problems, Table
from desktop.models.knowledge.types import EndowmentRating, Fact, ItemKind, KnowledgeItem
from desktop.models.text import Text
from desktop.models.vocabulary import ENDOWMENT_MAX, ENDOWMENT_MIN, Endowment

# How an item's ID must look for each kind; the prefix tells the kind at a glance in rules and plans.
ID_PATTERNS: dict[ItemKind, re.Pattern[str]] = {
    ItemKind.TRAIT: re.compile(r"trait\.[a-z0-9]+(-[a-z0-9]+)*"),
    ItemKind.CASE: re.compile(r"case\.[a-z0-9]+(-[a-z0-9]+)*"),
    ItemKind.PRACTICE: re.compile(r"practice\.[a-z0-9]+(-[a-z0-9]+)*"),
    ItemKind.RECOMMENDATION: re.compile(r"rec\.[1-9][0-9]*"),
    ItemKind.MEASURE: re.compile(r"rec\.[1-9][0-9]*\.[1-9][0-9]*"),
}
# Which kind the parent of each kind must be (None: the kind has no parent).
PARENT_KINDS: dict[ItemKind, ItemKind | None] = {
    ItemKind.TRAIT: None,
    ItemKind.CASE: ItemKind.TRAIT,
    ItemKind.PRACTICE: None,
    ItemKind.RECOMMENDATION: None,
    ItemKind.MEASURE: ItemKind.RECOMMENDATION,
}
FACT_ID = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")

# How the article bounds a figure: "" exact or not a figure, "about" 约, "over" 超过/以上/多, "at_least" 至少,
# "up_to" 多达, "of" part of a named whole (29 of 30), "since" a start year (自1996年起).
QUALIFIERS = frozenset({"", "about", "over", "at_least", "up_to", "of", "since"})
YEAR_MIN, YEAR_MAX = 1900, 2100

ITEM_KEYS = ("id", "kind", "title", "summary", "paragraphs", "parent", "related", "fact", "endowments")
FACT_KEYS = ("id", "label", "value", "unit", "year", "qualifier", "text", "paragraphs", "terms")
RATING_KEYS = ("value", "stated", "why", "paragraphs")


def kind_of_id(item_id: str) -> ItemKind | None:
    """The kind an ID's shape implies, or None when it fits no kind."""
    for kind, pattern in ID_PATTERNS.items():
        if pattern.fullmatch(item_id):
            return kind
    return None


def read_item(problems: Problems, file: str, position: int, table: Table) -> KnowledgeItem | None:
    """One ``[[item]]`` table, or None when it is too broken to use (the problems say why)."""
    raw_id = table.get("id")
    name = raw_id if isinstance(raw_id, str) and raw_id.strip() else f"[[item]] #{position}"
    entry = Entry(problems, file, name, table)
    entry.only_keys(ITEM_KEYS)
    item_id = entry.string("id")
    kind = _kind(entry, item_id)
    title = entry.text("title")
    summary = entry.text("summary")
    paragraphs = entry.paragraphs()
    parent = entry.string("parent", required=False)
    related = entry.strings("related")
    facts = _facts(entry, paragraphs)
    profile = _endowment_profile(entry, kind)
    if kind is not None and PARENT_KINDS[kind] is not None and not entry.has("parent"):
        entry.report(f"{kind.value} 必须有 parent", f"a {kind.value} needs a parent")
    if kind is not None and PARENT_KINDS[kind] is None and parent is not None:
        entry.report(f"{kind.value} 不应有 parent", f"a {kind.value} has no parent")
    if item_id is not None and item_id in related:
        entry.report("related 不能包含自身", "related must not list the item itself")
    if item_id is None or kind is None or title is None or summary is None or not paragraphs:
        return None
    return KnowledgeItem(item_id, kind, title, summary, paragraphs, parent, related, facts, profile)


def _kind(entry: Entry, item_id: str | None) -> ItemKind | None:
    raw = entry.string("kind")
    if raw is None:
        return None
    if raw not in ItemKind._value2member_map_:
        allowed = ", ".join(k.value for k in ItemKind)
        entry.report(f"未知类别“{raw}”（可用：{allowed}）", f"unknown kind “{raw}” (allowed: {allowed})")
        return None
    kind = ItemKind(raw)
    if item_id is not None and kind_of_id(item_id) is not kind:
        pattern = ID_PATTERNS[kind].pattern
        entry.report(
            f"ID 与类别“{kind.value}”不符（应形如 {pattern}）",
            f"the ID does not match kind “{kind.value}” (expected the shape {pattern})",
        )
        return None
    return kind


def _facts(entry: Entry, item_paragraphs: tuple[int, ...]) -> tuple[Fact, ...]:
    facts: list[Fact] = []
    seen: set[str] = set()
    for position, table in enumerate(entry.tables("fact"), start=1):
        raw_id = table.get("id")
        name = f"fact {raw_id}" if isinstance(raw_id, str) and raw_id.strip() else f"fact #{position}"
        fact = _fact(entry.child(name, table), item_paragraphs)
        if fact is None:
            continue
        if fact.id in seen:
            entry.report(f"事实 ID“{fact.id}”重复", f"duplicate fact ID “{fact.id}”")
            continue
        seen.add(fact.id)
        facts.append(fact)
    return tuple(facts)


def _fact(entry: Entry, item_paragraphs: tuple[int, ...]) -> Fact | None:
    entry.only_keys(FACT_KEYS)
    fact_id = entry.string("id")
    if fact_id is not None and not FACT_ID.fullmatch(fact_id):
        entry.report(
            f"事实 ID“{fact_id}”只能用小写字母、数字和连字符", f"fact ID “{fact_id}” may use only a-z, 0-9 and -"
        )
        fact_id = None
    label = entry.text("label")
    value = entry.number("value")
    unit = entry.text("unit", required=value is not None)
    if value is None and unit is not None:
        entry.report("有单位（unit）却没有数值（value）", "has a unit but no value")
    year = entry.integer("year", YEAR_MIN, YEAR_MAX, required=False)
    qualifier = entry.table.get("qualifier", "")
    if not isinstance(qualifier, str) or qualifier not in QUALIFIERS:
        allowed = ", ".join(sorted(q or '""' for q in QUALIFIERS))
        entry.report(
            f"未知限定词 {qualifier!r}（可用：{allowed}）", f"unknown qualifier {qualifier!r} (allowed: {allowed})"
        )
        qualifier = None
    text = entry.text("text")
    paragraphs = entry.paragraphs()
    outside = [p for p in paragraphs if p not in item_paragraphs]
    if outside and item_paragraphs:
        entry.report(
            f"引用的段落 {outside} 不在所属条目的段落中", f"cites paragraph(s) {outside} that its item does not rest on"
        )
    terms = entry.strings("terms")
    if fact_id is None or label is None or text is None or qualifier is None or not paragraphs:
        return None
    if value is not None and unit is None:
        return None
    return Fact(fact_id, label, value, unit or _NO_UNIT, year, qualifier, text, paragraphs, terms)


def _endowment_profile(entry: Entry, kind: ItemKind | None) -> dict[Endowment, EndowmentRating] | None:
    """Cases must rate all eight endowments; no other kind may carry a profile."""
    table = entry.subtable("endowments")
    if kind is not ItemKind.CASE:
        if table is not None and kind is not None:
            entry.report("只有案例（case）可以有资源禀赋画像", "only a case may carry an endowment profile")
        return None
    if table is None:
        entry.report("案例缺少资源禀赋画像（endowments）", "a case needs an endowment profile (endowments)")
        return None
    sub = entry.child("endowments", table)
    sub.only_keys(e.value for e in Endowment)
    profile: dict[Endowment, EndowmentRating] = {}
    for endowment in Endowment:
        rating_table = sub.subtable(endowment.value)
        if rating_table is None:
            if endowment.value not in table:
                sub.report(f"缺少禀赋“{endowment.value}”", f"missing endowment “{endowment.value}”")
            continue
        rating = sub.child(endowment.value, rating_table)
        rating.only_keys(RATING_KEYS)
        # ``stated = false`` marks an endowment the article says nothing about for this case: it carries no value,
        # so no placeholder can count towards similarity or be shown as the case's data.
        stated = rating.boolean("stated") if rating.has("stated") else True
        if stated is False:
            if rating.has("value"):
                rating.report("原文未述及的禀赋（stated = false）不能有 value", "an unstated endowment has no value")
            value: int | None = None
        else:
            value = rating.integer("value", ENDOWMENT_MIN, ENDOWMENT_MAX)
        why = rating.text("why")
        paragraphs = rating.paragraphs()
        if (value is not None or stated is False) and why is not None and paragraphs:
            profile[endowment] = EndowmentRating(value, why, paragraphs)
    return profile if len(profile) == len(Endowment) else None


_NO_UNIT = Text("", "")
