"""The matching engine: interprets compiled rules against a profile; no item-specific logic lives here."""

from __future__ import annotations

from desktop.models.formatting import fill, share_tenths, tenths_text
from desktop.models.knowledge.types import KnowledgeBase
from desktop.models.matching.rules import ItemRules, RuleSet
from desktop.models.matching.types import CriterionStatus, Gap, Match, MatchResult, Reason
from desktop.models.profile import Profile
from desktop.models.text import Text


class Matcher:
    """Scores every rule-bearing knowledge item for a profile. Build once (rules compiled), call ``match`` often."""

    def __init__(self, kb: KnowledgeBase, rules: RuleSet) -> None:
        self.kb = kb
        self.rules = rules

    def match(self, profile: Profile) -> MatchResult:
        scored = [_score(item, profile) for item in self.rules.items]
        scored.sort(key=lambda pair: (-pair[0], pair[1].id))
        return MatchResult(profile.name, tuple(match for _, match in scored))


def _score(item: ItemRules, profile: Profile) -> tuple[int, Match]:
    reasons: list[Reason] = []
    gaps: list[Gap] = []
    total = 0
    for rule in item.criteria:
        judgement = rule.criterion.judge(profile)
        values = {"fact": judgement.fact, "points": Text.same(tenths_text(rule.points)), **judgement.values}
        earned = share_tenths(rule.points, judgement.earned, judgement.out_of)
        field = rule.criterion.field
        if earned > 0:
            text = fill(rule.reason, values)
            shown = tenths_text(earned)
            reasons.append(Reason(Text(f"{text.zh}：+{shown}", f"{text.en}: +{shown}"), earned / 10, field))
            total += earned
        rest = rule.points - earned
        if rest > 0:
            shown = tenths_text(rest)
            if judgement.status is CriterionStatus.UNKNOWN:
                text = fill(rule.unknown, values)
                gap_text = Text(
                    f"{text.zh}（无法判断，{shown} 分未计）", f"{text.en} (cannot judge; {shown} points not counted)"
                )
            else:
                text = fill(rule.gap, values)
                gap_text = Text(f"{text.zh}（未得 {shown} 分）", f"{text.en} ({shown} points not earned)")
            status = CriterionStatus.UNKNOWN if judgement.status is CriterionStatus.UNKNOWN else CriterionStatus.MISSING
            gaps.append(Gap(gap_text, status, field, rest / 10))
    match = Match(item.id, item.kind, item.title, total / 10, tuple(reasons), tuple(gaps), item.paragraphs)
    return total, match
