"""Matching rules: TOML files under ``resources/rules/`` read, validated and compiled once.

Each knowledge item scored (every trait, case, practice and recommendation sub-measure) has a list of criteria; each
criterion has points and reason/gap texts in both languages. The points of an item add up to exactly 100, so a score
is the sum of the points earned and always lies within 0–100. Points are kept as integer tenths so the reasons shown
add up to the score shown, with no rounding drift.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from desktop.models.data_file import NO_ENTRY, Entry, Problems, Table, read_toml
from desktop.models.errors import KnowledgeError
from desktop.models.knowledge.types import ItemKind, KnowledgeBase, KnowledgeItem
from desktop.models.matching.criteria import Criterion, Similarity
from desktop.models.matching.parse import check_template, parse_criterion
from desktop.models.matching.types import Coverage, MatchKind
from desktop.models.text import Text
from desktop.models.vocabulary import Endowment, Industry
from desktop.resources import resource_path

TOTAL_TENTHS = 1000  # every item's points add up to 100.0
ACTIONS_FILE = "actions.toml"

SCORED_KINDS: Mapping[ItemKind, MatchKind] = {
    ItemKind.TRAIT: MatchKind.TRAIT,
    ItemKind.CASE: MatchKind.CASE,
    ItemKind.PRACTICE: MatchKind.PRACTICE,
    ItemKind.MEASURE: MatchKind.RECOMMENDATION,  # rec.N.M; the parents rec.N are not scored
}

_COMMON_PLACEHOLDERS = frozenset({"fact", "points"})


@dataclass(frozen=True, slots=True)
class RuleCriterion:
    criterion: Criterion
    points: int  # tenths of a point
    reason: Text  # template of the reason when (partly) met
    gap: Text  # template of the gap when not (fully) met
    unknown: Text  # template of the gap when the value it reads is unknown


@dataclass(frozen=True)
class ItemRules:
    id: str
    kind: MatchKind
    title: Text
    paragraphs: tuple[int, ...]
    criteria: tuple[RuleCriterion, ...]
    file: str

    @cached_property
    def coverage(self) -> Coverage | None:
        """For a case: how many of the eight endowments the article states for it."""
        for rule in self.criteria:
            if isinstance(rule.criterion, Similarity):
                return Coverage(rule.criterion.stated, len(Endowment))
        return None

    @cached_property
    def favours(self) -> frozenset[Endowment]:
        """Endowments this item counts in its favour: raising one of them can never lower its score."""
        return frozenset().union(*(c.criterion.favours for c in self.criteria))

    @cached_property
    def disfavours(self) -> frozenset[Endowment]:
        return frozenset().union(*(c.criterion.disfavours for c in self.criteria))

    @cached_property
    def industries(self) -> frozenset[Industry]:
        return frozenset().union(*(c.criterion.industries for c in self.criteria))


@dataclass(frozen=True, slots=True)
class RuleSet:
    items: tuple[ItemRules, ...]  # in knowledge-base order

    def get(self, item_id: str) -> ItemRules:
        for item in self.items:
            if item.id == item_id:
                return item
        raise KeyError(item_id)


def rules_root() -> Path:
    return resource_path("rules")


def read_rules(kb: KnowledgeBase, root: Path | None = None) -> tuple[RuleSet, list[Text]]:
    """The rules in ``root`` (default: the shipped ones) and every problem found; items with problems are left out."""
    root = rules_root() if root is None else root
    problems = Problems()
    compiled: dict[str, ItemRules] = {}
    seen: set[str] = set()  # items with rules, even broken ones (so they are not also reported as missing)
    files = sorted(p for p in root.glob("*.toml") if p.name != ACTIONS_FILE) if root.is_dir() else []
    if not files:
        problems.add(str(root), NO_ENTRY, Text("没有规则文件", "no rule files"))
    for path in files:
        label = f"{root.name}/{path.name}"
        data = read_toml(problems, root.parent, label)
        if data is None:
            continue
        top = Entry(problems, label, NO_ENTRY, data)
        for table in top.tables("item", required=True):
            seen.add(str(table.get("id")))
            rules = _read_item(Entry(problems, label, _item_name(table), table), kb)
            if rules is None:
                continue
            if rules.id in compiled:
                also = compiled[rules.id].file
                problems.add(label, rules.id, Text(f"条目重复定义（另见 {also}）", f"defined twice (also in {also})"))
                continue
            compiled[rules.id] = rules
        top.finish()
    for item in kb.items.values():
        if item.kind in SCORED_KINDS and item.id not in seen:
            problems.add(root.name, NO_ENTRY, Text(f"条目 {item.id} 没有匹配规则", f"item {item.id} has no rules"))
    ordered = tuple(compiled[i] for i in kb.items if i in compiled)
    return RuleSet(ordered), problems.messages


def _item_name(table: Table) -> str:
    raw_id = table.get("id")
    return raw_id if isinstance(raw_id, str) else "?"


def _read_item(entry: Entry, kb: KnowledgeBase) -> ItemRules | None:
    item_id = _item_name(entry.table)
    entry.string("id")
    knowledge = kb.items.get(item_id)
    tables = entry.tables("criterion", required=True)
    entry.finish()
    if knowledge is None:
        entry.report("知识库中没有这个条目", "no such item in the knowledge base")
        return None
    kind = SCORED_KINDS.get(knowledge.kind)
    if kind is None:
        entry.report("上位建议（rec.N）不单独评分，不能有规则", "a parent recommendation (rec.N) is not scored")
        return None
    before = len(entry.problems)
    criteria = [_read_criterion(entry.child(_criterion(n), t), knowledge) for n, t in enumerate(tables, 1)]
    if len(entry.problems) > before or not criteria:
        return None
    valid = [c for c in criteria if c is not None]
    rules = ItemRules(item_id, kind, knowledge.title, knowledge.paragraphs, tuple(valid), entry.file)
    _check_item(rules, entry)
    return None if len(entry.problems) > before else rules


def _criterion(number: int) -> Text:
    return Text(f"第 {number} 条标准", f"criterion {number}")


def _read_criterion(entry: Entry, item: KnowledgeItem) -> RuleCriterion | None:
    criterion = parse_criterion(entry, item)
    points = _points(entry)
    reason, gap = entry.text("reason"), entry.text("gap")
    unknown = entry.text("unknown", required=False)
    if criterion is None:
        return None
    unknown = unknown or criterion.default_unknown
    entry.finish()
    allowed = _COMMON_PLACEHOLDERS | criterion.placeholders
    for key, template in (("reason", reason), ("gap", gap), ("unknown", unknown)):
        if template is not None:
            check_template(template, allowed, key, entry)
    if points is None or reason is None or gap is None:
        return None
    return RuleCriterion(criterion, points, reason, gap, unknown)


def _points(entry: Entry) -> int | None:
    value = entry.number("points", low=0.1, required=True)
    if value is None:
        return None
    tenths = round(value * 10)
    if abs(value * 10 - tenths) > 1e-6:
        entry.report(f"分值 {value:g} 最多保留一位小数", f"points {value:g} may have at most one decimal")
        return None
    return tenths


def _check_item(rules: ItemRules, entry: Entry) -> None:
    total = sum(c.points for c in rules.criteria)
    if total != TOTAL_TENTHS:
        shown = f"{total / 10:g}"
        entry.report(f"各标准分值合计 {shown}，应为 100", f"criteria points add up to {shown}, not 100")
    similar = [c for c in rules.criteria if isinstance(c.criterion, Similarity)]
    if rules.kind is MatchKind.CASE and len(similar) != 1:
        entry.report(
            "案例必须有且只有一条 similarity 标准（与案例禀赋的相似度）",
            "a case needs exactly one similarity criterion (closeness to the case's endowments)",
        )
    both = rules.favours & rules.disfavours
    if both:
        names = ", ".join(sorted(both))
        entry.report(
            f"同一禀赋既被计为优势又被计为短板：{names}（提高它会降低得分）",
            f"an endowment counts both for and against the item: {names} (raising it could lower the score)",
        )


def load_rules(kb: KnowledgeBase, root: Path | None = None) -> RuleSet:
    """The compiled rules; raises ``KnowledgeError`` naming file, entry and problem when anything is wrong."""
    rules, problems = read_rules(kb, root)
    if problems:
        raise KnowledgeError(summarise(problems))
    return rules


def summarise(problems: list[Text], limit: int = 5) -> Text:
    shown = problems[:limit]
    more = len(problems) - len(shown)
    zh_more = f"\uff1b另有 {more} 处" if more else ""
    zh = f"规则文件有 {len(problems)} 处问题\uff1a" + "\uff1b".join(p.zh for p in shown) + zh_more
    en = f"{len(problems)} problem(s) in the rule files: " + "; ".join(p.en for p in shown)
    return Text(zh, en + (f"; and {more} more" if more else ""))
