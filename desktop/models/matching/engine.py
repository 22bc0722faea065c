"""The matching engine: interprets compiled rules against a profile; no item-specific logic lives here."""

from __future__ import annotations

from desktop.models.formatting import fill, share_tenths, tenths_text
from desktop.models.knowledge.types import KnowledgeBase
from desktop.models.matching.context import Context, default_context
from desktop.models.matching.rules import ItemRules, RuleSet
from desktop.models.matching.types import (
    ArticleLimitNote,
    CriterionStatus,
    Gap,
    Match,
    MatchKind,
    MatchResult,
    Reason,
)
from desktop.models.profile import Profile
from desktop.models.text import Text
from desktop.models.vocabulary.gaps import gap_suffix, unknown_suffix

PROBLEM_KIND = "problem_any"  # the criterion kind that reads the zone's stated problems


class Matcher:
    """Scores every rule-bearing knowledge item for a profile. Build once (rules compiled), call ``match`` often."""

    def __init__(self, kb: KnowledgeBase, rules: RuleSet, context: Context | None = None) -> None:
        self.kb = kb
        self.rules = rules
        self.context = default_context() if context is None else context

    def match(self, profile: Profile) -> MatchResult:
        scored = [_score(item, profile) for item in self.rules.items]
        # A problem the zone states outweighs any inference from its scores: measures that answer one rank first.
        # Traits, practices and cases describe; only the article's recommendations are cures (¶24–¶31).
        scored.sort(key=lambda pair: (-pair[0][0], -pair[0][1], pair[1].id))
        limits = tuple(ArticleLimitNote(x.id, x.topic, x.note) for x in self.context.limits_for(profile))
        return MatchResult(profile.name, tuple(match for _, match in scored), limits)


def _score(item: ItemRules, profile: Profile) -> tuple[tuple[int, int], Match]:
    """The match and its sort weight: (answers a stated problem, total in tenths)."""
    reasons: list[Reason] = []
    gaps: list[Gap] = []
    total = 0
    stated = 0
    for rule in item.criteria:
        judgement = rule.criterion.judge(profile)
        values = {"fact": judgement.fact, "points": Text.same(tenths_text(rule.points)), **judgement.values}
        earned = share_tenths(rule.points, judgement.earned, judgement.out_of)
        # The share resting on values not known is 待核实, never a reason it applies less.
        at_stake = min(rule.points - earned, share_tenths(rule.points, judgement.unknown, judgement.out_of))
        field = rule.criterion.field
        if earned > 0:
            text = fill(rule.reason, values)
            shown = tenths_text(earned)
            reasons.append(Reason(Text(f"{text.zh}：+{shown}", f"{text.en}: +{shown}"), earned / 10, field))
            total += earned
            stated |= int(rule.criterion.kind == PROBLEM_KIND and item.kind is MatchKind.RECOMMENDATION)
        if at_stake > 0:
            text = fill(rule.unknown, values)
            suffix = unknown_suffix(tenths_text(at_stake))
            gap_text = Text(f"{text.zh}{suffix.zh}", f"{text.en} {suffix.en}")
            gaps.append(Gap(gap_text, CriterionStatus.UNKNOWN, field, at_stake / 10))
        rest = rule.points - earned - at_stake
        if rest > 0:
            text = fill(rule.gap, values)
            suffix = gap_suffix(tenths_text(rest))
            gaps.append(
                Gap(Text(f"{text.zh}{suffix.zh}", f"{text.en} {suffix.en}"), CriterionStatus.MISSING, field, rest / 10)
            )
    match = Match(
        item.id, item.kind, item.title, total / 10, tuple(reasons), tuple(gaps), item.paragraphs, item.coverage
    )
    return (stated, total), match
