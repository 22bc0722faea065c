"""Proposing actions: every recommendation sub-measure that fits the zone gets its action templates filled in."""

from __future__ import annotations

from desktop.models.formatting import fill, join, tenths_text
from desktop.models.knowledge.types import KnowledgeBase
from desktop.models.matching.criteria import MET
from desktop.models.matching.types import Match, MatchResult
from desktop.models.plan.templates import ActionTemplate, ActionTemplates, priority_for
from desktop.models.plan.types import Action, Phase, Priority
from desktop.models.profile import Profile
from desktop.models.text import Text
from desktop.models.vocabulary import Industry, label
from desktop.models.vocabulary.plan import HORIZONS

_PRIORITY_RANK = {Priority.HIGH: 0, Priority.MEDIUM: 1, Priority.LOW: 2}
_PHASE_RANK = {Phase.NEAR: 0, Phase.MID: 1, Phase.LONG: 2}
_REASONS_IN_WHY = 2


class PlanGenerator:
    """Turns a match result into proposed actions. Deterministic: the same profile gives the same actions."""

    def __init__(self, kb: KnowledgeBase, templates: ActionTemplates) -> None:
        self.kb = kb
        self.templates = templates

    def generate(self, profile: Profile, result: MatchResult) -> list[Action]:
        by_id = {match.id: match for match in result.matches}
        proposed: list[tuple[tuple[int, int, int, int], Action]] = []
        for index, template in enumerate(self.templates.templates):
            match = by_id.get(template.score_from)
            if match is None:
                continue
            score = round(match.score * 10)
            if score < template.threshold or not all(c.judge(profile).status is MET for c in template.when):
                continue
            action = self._action(template, match, score, profile)
            key = (_PRIORITY_RANK[action.priority], _PHASE_RANK[action.phase], -score, index)
            proposed.append((key, action))
        proposed.sort(key=lambda pair: pair[0])
        return [action for _, action in proposed]

    def _action(self, template: ActionTemplate, match: Match, score: int, profile: Profile) -> Action:
        urgent = [j.fact for c in template.escalate if (j := c.judge(profile)).status is MET]
        target, target_note = template.target.compute(profile)
        # Industries in the vocabulary's order, not the user's: the order of industries must not change the output.
        industries = [i for i in Industry if i in set(profile.industries)]
        phase = self.templates.phases[template.role][profile.stage]
        values = {
            "zone": Text.same(profile.name),
            "industries": join((label(i) for i in industries), "、", " / "),  # English labels contain commas
            "stage": label(profile.stage),
            "target": Text.same(target),
            "horizon": HORIZONS[phase],  # the KPI's time frame follows the phase the action is put in
        }
        return Action(
            id=template.action_id,
            recommendation=template.measure,
            draws_on=template.draws_on,
            title=fill(template.title, values),
            description=fill(template.description, values),
            kpi=fill(template.kpi, values),
            why=_why(match, score, urgent, target_note),
            priority=priority_for(score, self.templates, bool(urgent)),
            phase=phase,
            lead=template.lead,
            partners=template.partners,
            paragraphs=template.paragraphs,
        )


def _why(match: Match, score: int, urgent: list[Text], target_note: Text | None) -> Text:
    """Why the action is proposed: the score and its strongest reasons, urgent gaps, how the target was set."""
    top = sorted(match.reasons, key=lambda r: -r.points)[:_REASONS_IN_WHY]
    grounds = join((r.text for r in top), "\uff1b", "; ")
    zh = [f"“{match.title.zh}”与本区匹配 {tenths_text(score)} 分" + (f"，主要依据：{grounds.zh}。" if top else "。")]
    en = [
        f"“{match.title.en}” scores {tenths_text(score)} for this zone"
        + (f"; main grounds: {grounds.en}." if top else ".")
    ]
    if urgent:
        facts = join(urgent, "\uff1b", "; ")
        zh.append(f"需优先处理的短板：{facts.zh}。")
        en.append(f"Urgent gaps: {facts.en}.")
    if target_note is not None:
        zh.append(f"{target_note.zh}。")
        en.append(f"{target_note.en[0].upper()}{target_note.en[1:]}.")
    return Text("".join(zh), " ".join(en))
