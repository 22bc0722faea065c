"""Proposing actions: every rule of resources/rules/actions.toml that fits the zone is filled in, then triaged.

What fits depends on the zone, not only on the scores: its kind and level (a county park does not found a branch
campus), its stated problems (they make an action urgent), its own targets (they become the KPIs), and the US case it
resembles most (its lesson becomes an action).
"""

from __future__ import annotations

from dataclasses import replace

from desktop.models.formatting import fill, join, number_text, tenths_text
from desktop.models.knowledge.types import KnowledgeBase
from desktop.models.matching.criteria import MET, Criterion
from desktop.models.matching.types import Match, MatchKind, MatchResult
from desktop.models.plan.templates import ActionTemplate, ActionTemplates, later_phase, priority_for
from desktop.models.plan.triage import Candidate, triage
from desktop.models.plan.types import Action, Indicator, Priority
from desktop.models.plan.units import ZoneUnits
from desktop.models.profile import Profile, Target
from desktop.models.text import Text
from desktop.models.vocabulary import Condition, Endowment, Industry, label
from desktop.models.vocabulary.plan import HORIZONS, UNDER_WAY

_REASONS_IN_WHY = 2
_RANK = {Priority.HIGH: 0, Priority.MEDIUM: 1, Priority.LOW: 2}
TO_FILL = Text("待填", "to be filled in")


class PlanGenerator:
    """Turns a match result into proposed actions. Deterministic: the same profile gives the same actions."""

    def __init__(self, kb: KnowledgeBase, templates: ActionTemplates) -> None:
        self.kb = kb
        self.templates = templates

    def generate(self, profile: Profile, result: MatchResult) -> list[Action]:
        by_id = {match.id: match for match in result.matches}
        cases = [m for m in result.of_kind(MatchKind.CASE) if m.score > 0]
        case_rank = {m.id: n for n, m in enumerate(cases)}
        chosen: list[tuple[int, ActionTemplate, Match, int, list[str]]] = []
        for index, template in enumerate(self.templates.templates):
            match = by_id.get(template.score_from)
            if match is None or not self._fits(template, profile):
                continue
            if not may_propose(template, profile):
                continue
            score = round(match.score * 10)
            stated = [p for p in template.problems if p in profile.problems]
            # A case lesson: its case is among the ones the zone resembles most, and the zone resembles it enough
            # (being the best of weak resemblances is no reason to learn a case's lesson).
            lesson = (
                template.case_top > 0
                and case_rank.get(template.basis, template.case_top) < template.case_top
                and by_id[template.basis].score >= template.case_min
            )
            if template.score_from == template.basis and template.case_top and not lesson:
                continue  # a pure case lesson comes only from a top case
            if lesson:
                # A lesson to learn from, not a gap to close: being close to a case makes it at most medium; a
                # problem the zone states or a severe gap can still make it high.
                case_score = min(round(by_id[template.basis].score * 10), self.templates.high_at - 1)
                score = case_score if template.score_from == template.basis else max(score, case_score)
            if score < template.threshold and not stated and not lesson:
                continue
            chosen.append((index, template, match, score, stated))
        assigned = self._assign_targets(profile, [t for _, t, _, _, _ in chosen])
        candidates: list[Candidate] = []
        for index, template, match, score, stated in chosen:
            targets = assigned.get(template.action_id, [])
            # Each of the zone's targets is its own checkable indicator: a second target on the same action is
            # followed as a task of its own, named after the indicator and after the action that carries it.
            slots: list[Target | None] = list(targets) or [None]
            for number, own in enumerate(slots):
                action, urgent = self._action(template, match, score, profile, stated, [] if own is None else [own])
                if number > 0 and own is not None:
                    name = self.templates.indicators[own.indicator].name
                    action = replace(
                        action,
                        id=f"{template.action_id}/{own.indicator}",
                        title=Text(f"{action.title.zh}：{name.zh}", f"{action.title.en}: {name.en}"),
                        depends_on=(template.action_id,),
                    )
                groundwork = template.role == "groundwork"
                # Stated problems first, then severe gaps, then the groundwork the rest builds on (¶22, ¶25), then
                # score.
                urgency = (0 if stated else 1, 0 if urgent else 1, 0 if groundwork else 1, -score, index, number)
                candidates.append(Candidate(action, urgency, fixed_phase=own is not None, groundwork=groundwork))
        return triage(candidates, self.templates.high_max, self.templates.near_max)

    @staticmethod
    def _assign_targets(profile: Profile, templates: list[ActionTemplate]) -> dict[str, list[Target]]:
        """Every target the zone gave becomes a KPI: first of the most specific action that measures it (the one
        with the shortest list of indicators), then whatever is left goes to the broadest one (the staged goals)."""
        targets = {t.indicator: t for t in profile.targets}
        taken: set[str] = set()
        assigned: dict[str, list[Target]] = {}
        measuring = sorted((t for t in templates if t.indicators), key=lambda t: len(t.indicators))
        for template in measuring:
            for indicator in template.indicators:
                if indicator in targets and indicator not in taken:
                    taken.add(indicator)
                    assigned[template.action_id] = [targets[indicator]]
                    break
        for target in profile.targets:
            if target.indicator in taken:
                continue
            home = next((t for t in reversed(measuring) if target.indicator in t.indicators), None)
            if home is not None:
                taken.add(target.indicator)
                assigned.setdefault(home.action_id, []).append(target)
        return assigned

    def _fits(self, template: ActionTemplate, profile: Profile) -> bool:
        """Feasible for this kind and level of zone (contexts of the rules)."""
        contexts = self.templates.contexts
        if template.only_in and not any(contexts[name].holds(profile) for name in template.only_in):
            return False
        return not any(contexts[name].holds(profile) for name in template.not_in)

    def _action(
        self,
        template: ActionTemplate,
        match: Match,
        score: int,
        profile: Profile,
        stated: list[str],
        targets: list[Target],
    ) -> tuple[Action, bool]:
        urgent = [j.fact for c in template.escalate if holds(c, profile) and (j := c.judge(profile)).status is MET]
        number, target_note = template.target.compute(profile)
        # Industries in the vocabulary's order, not the user's: the order of industries must not change the output.
        industries = [i for i in Industry if i in set(profile.industries)]
        phase = self.templates.phases[template.role][profile.stage]
        if template.min_phase is not None:
            phase = later_phase(phase, template.min_phase)
        values = {
            "zone": Text.same(profile.name),
            "industries": join((label(i) for i in industries), "、", " / "),  # English labels contain commas
            "stage": label(profile.stage),
            "target": TO_FILL if number is None else Text.same(number_text(number)),
            "horizon": HORIZONS[phase],  # the KPI's time frame follows the phase the action is put in
        }
        title, description = wording(template, profile)
        indicator: Indicator | None
        if targets:
            # The zone's own targets are the KPI (the first is the action's indicator); no made-up number beside them.
            indicator = self._indicator(targets[0])
            goals = join((self._zone_target_kpi(t) for t in targets), "\uff1b", "; ")
            start = UNDER_WAY[phase]
            kpi = Text(f"{start.zh}{goals.zh}", f"{start.en}{goals.en[:1].lower()}{goals.en[1:]}")
        else:
            effort = template.effort
            indicator = None if effort is None else Indicator(effort[0], effort[1], number)
            kpi = fill(template.kpi, values)
        lead, partners = self._units(template.lead, template.partners, profile)
        problem_words = [self._problem_label(p) for p in stated]
        priority = priority_for(score, self.templates, bool(urgent) or bool(stated))
        if template.max_priority is not None and _RANK[priority] < _RANK[template.max_priority]:
            priority = template.max_priority
        action = Action(
            id=template.action_id,
            recommendation=template.measure or "",
            draws_on=template.draws_on,
            title=fill(title, values),
            description=fill(description, values),
            kpi=kpi,
            why=_why(match, score, urgent, problem_words, None if targets else target_note, template.purpose),
            priority=priority,
            phase=phase,
            lead=lead,
            partners=partners,
            paragraphs=template.paragraphs,
            basis=template.basis,
            depends_on=template.after,
            indicator=indicator,
        )
        return action, bool(urgent)

    def _units(self, lead: str, partners: tuple[str, ...], profile: Profile) -> tuple[str, tuple[str, ...]]:
        """The "1+N" this zone can staff: a unit its kind of zone does not have gives way to the context's stand-in.

        Where the zone lists its own units (format v2 ``units``), that list decides instead: a committee bureau it
        does not list is one it does not have. A lead it lacks gives way to the stand-in a context names for that
        unit (the county park's: the economic development bureau) when the zone has it, else the lead is left
        open ("") for the committee to assign rather than naming a bureau that does not exist."""
        if profile.units is None:
            for context in self.templates.contexts.values():
                if context.absent_units and context.holds(profile):
                    if lead in context.absent_units and context.stand_in is not None:
                        lead = context.stand_in
                    partners = tuple(p for p in partners if p not in context.absent_units and p != lead)
            return lead, partners
        lacks = ZoneUnits(self.kb.departments, profile.units).lacks  # the one rule of who the zone has

        if lacks(lead):
            stand_ins = (c.stand_in for c in self.templates.contexts.values() if lead in c.absent_units)
            lead = next((s for s in stand_ins if s is not None and not lacks(s)), "")
        return lead, tuple(p for p in partners if not lacks(p) and p != lead)

    def _indicator(self, target: Target) -> Indicator:
        info = self.templates.indicators[target.indicator]
        return Indicator(
            info.name, info.unit, target.target, target.target_year, target.base, target.base_year, target.indicator
        )

    def _zone_target_kpi(self, target: Target) -> Text:
        """One of the zone's targets in words: its figures as given, "待填" for a base it did not give."""
        info = self.templates.indicators[target.indicator]
        values = {
            "indicator": info.name,
            "unit": info.unit,
            "target": Text.same(number_text(target.target)),
            "target_year": Text.same(str(target.target_year)),
            "base": TO_FILL if target.base is None else Text.same(number_text(target.base)),
            "base_year": TO_FILL if target.base_year is None else Text.same(str(target.base_year)),
        }
        known = target.base is not None and target.base_year is not None
        return fill(self.templates.kpi_with_base if known else self.templates.kpi_without_base, values)

    def _problem_label(self, problem: str) -> Text:
        return self.templates.problem_labels.get(problem, Text.same(problem))


def wording(template: ActionTemplate, profile: Profile) -> tuple[Text, Text]:
    """The title and description templates for this profile: the first variant whose condition has the profile's
    value, else the template's own (so a title never asserts what the profile denies or does not know)."""
    for variant in template.variants:
        if variant.applies(profile):
            return variant.title, variant.description or template.description
    return template.title, template.description


def may_propose(template: ActionTemplate, profile: Profile) -> bool:
    """Whether the template's ``when`` checks allow it for this profile.

    A lever the zone may lack (``condition = false``) that it does not know about does not stop the action, which
    then is worded as a check (核查…); a problem the action cures (``condition = true``) must be known to exist.
    """
    for criterion in template.when:
        verdict = holds(criterion, profile)
        if verdict is False or (verdict is None and getattr(criterion, "value", None) is True):
            return False
    return True


def holds(criterion: Criterion, profile: Profile) -> bool | None:
    """Whether a rule's check holds; None when the profile does not know the value it reads (never judged then)."""
    group, _, name = criterion.field.partition(".")
    if group == "endowments" and profile.endowments[Endowment(name)] is None:
        return None
    if group == "conditions" and profile.conditions[Condition(name)] is None:
        return None
    return criterion.judge(profile).status is MET


def _why(
    match: Match,
    score: int,
    urgent: list[Text],
    stated: list[Text],
    target_note: Text | None,
    purpose: Text | None = None,
) -> Text:
    """Why the action is proposed: what it is for, the zone's stated problems, the score and its strongest reasons,
    urgent gaps, how the target was set."""
    zh: list[str] = []
    en: list[str] = []
    if purpose is not None:
        zh.append(f"{purpose.zh}。")
        en.append(f"{purpose.en}.")
    if stated:
        named = join(stated, "、", ", ")
        zh.append(f"本区提出的问题：{named.zh}。")
        en.append(f"A problem the zone states: {named.en}.")
    # With its purpose stated, the measure's grounds are left out: they argue for the measure's headline instrument
    # (rec.2.1's venture fund), not for this action.
    reasons = () if purpose is not None else match.reasons
    top = sorted((r for r in reasons if r.points > 0), key=lambda r: -r.points)[:_REASONS_IN_WHY]
    if top or not stated:
        grounds = join((r.text for r in top), "\uff1b", "; ")
        # Where the action says what it is for, the measure it serves is not named again: several actions serve
        # one measure, and the measure's title (rec.2.1's venture fund) would argue for another action than this one.
        subject = (
            Text("该项建议", "The measure")
            if purpose is not None
            else Text(f"“{match.title.zh}”", f"“{match.title.en}”")
        )
        zh.append(f"{subject.zh}与本区匹配 {tenths_text(score)} 分" + (f"，主要依据：{grounds.zh}。" if top else "。"))
        en.append(
            f"{subject.en} scores {tenths_text(score)} for this zone"
            + (f"; main grounds: {grounds.en}." if top else ".")
        )
    if urgent:
        facts = join(urgent, "\uff1b", "; ")
        zh.append(f"列为优先的原因：{facts.zh}。")
        en.append(f"Why it comes first: {facts.en}.")
    if target_note is not None:
        zh.append(f"{target_note.zh}。")
        en.append(f"{target_note.en[0].upper()}{target_note.en[1:]}.")
    return Text("".join(zh), " ".join(en))
