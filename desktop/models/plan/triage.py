"""Triage of the proposed actions: a short list of what comes first, in an order the work can actually follow.

- ``depends_on``: an action names the proposed actions it needs first (a survey before targets, a cluster body before
  its market operation); it is never put in an earlier phase than they are, and it is listed after them.
- At most ``high_max`` actions stay high priority (the most urgent: stated problems, then escalated gaps, then score),
  and at most two per basis (measure, practice or case), a fund counted with the pipeline it needs; the others become
  medium. A plan of ten "high" actions sets no priority at all.
- At most ``near_max`` actions in the first year (¶25: staged goals); the least urgent of the others move to the next
  phase, and whatever depends on them moves with them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from desktop.models.plan.templates import later_phase
from desktop.models.plan.types import Action, Phase, Priority
from desktop.models.vocabulary.plan import retime

_PRIORITY_RANK = {Priority.HIGH: 0, Priority.MEDIUM: 1, Priority.LOW: 2}
_PHASE_RANK = {Phase.NEAR: 0, Phase.MID: 1, Phase.LONG: 2}
_PER_BASIS = 2  # high actions of one measure, practice or case
_NEXT = {Phase.NEAR: Phase.MID, Phase.MID: Phase.LONG, Phase.LONG: Phase.LONG}


@dataclass(frozen=True, slots=True)
class Candidate:
    action: Action
    urgency: tuple[int, ...]  # smaller is more urgent (stated problem, escalation, score…)
    fixed_phase: bool = False  # its phase may not move earlier or later by the near-term cap (a zone's own target)
    groundwork: bool = False  # knowing the baseline, positioning, mechanisms: first in line for the first year


def triage(candidates: Sequence[Candidate], high_max: int, near_max: int) -> list[Action]:
    by_id = {c.action.id: c for c in candidates}
    actions = {c.action.id: c.action for c in candidates}
    # Only dependencies that are in the plan count: what the zone already has needs no action first.
    for ident, action in actions.items():
        actions[ident] = replace(action, depends_on=tuple(d for d in action.depends_on if d in actions))
    ranked = sorted(by_id, key=lambda i: (by_id[i].urgency, i))
    # High priority: the most urgent high ones keep it, and what they depend on is at least as urgent as they are.
    # What the stage puts three to five years away is not urgent now.
    highs = [i for i in ranked if actions[i].priority is Priority.HIGH and actions[i].phase is not Phase.LONG]
    # At most two high actions per basis: three finance actions of one measure are one priority, not three. The
    # first pick is the member that carries most prerequisites with it (a fund with the pipeline it needs), then the
    # most urgent; a second member of the same basis only where the first stands alone.
    line: dict[str, list[str]] = {}
    for ident in highs:
        chain = [d for d in _closure(ident, actions) if actions[d].basis == actions[ident].basis]
        if len(chain) > len(line.get(actions[ident].basis, [])):
            line[actions[ident].basis] = chain
    for ident in highs:
        members = line[actions[ident].basis]
        if ident not in members and len(members) < _PER_BASIS:
            members.append(ident)
    keep: list[str] = []
    for ident in highs:
        if ident not in line[actions[ident].basis]:
            continue
        needed = [d for d in _closure(ident, actions) if d not in keep]
        if len(keep) + len(needed) <= high_max:
            keep += needed
    for ident, action in actions.items():
        if ident in keep and action.priority is not Priority.HIGH:
            actions[ident] = replace(action, priority=Priority.HIGH)
        elif ident not in keep and action.priority is Priority.HIGH:
            actions[ident] = replace(action, priority=Priority.MEDIUM)
    _settle_phases(actions)

    # The first year holds what is most urgent (and the groundwork it needs); the rest moves on a phase, with what
    # depends on it.
    def near_key(ident: str) -> tuple[object, ...]:
        candidate = by_id[ident]
        return (_PRIORITY_RANK[actions[ident].priority], not candidate.groundwork, candidate.urgency, ident)

    near = sorted((i for i in actions if actions[i].phase is Phase.NEAR), key=near_key)
    staying: list[str] = []
    for ident in near:
        needed = [d for d in _closure(ident, actions) if d not in staying]
        must = by_id[ident].fixed_phase or actions[ident].priority is Priority.HIGH
        if must or len(staying) + len(needed) <= near_max:
            staying += needed
    for ident in near:
        if ident not in staying:
            actions[ident] = replace(actions[ident], phase=Phase.MID)
    _settle_phases(actions)
    for ident, candidate in by_id.items():  # a generated KPI states the time frame of the phase the action is in
        actions[ident] = replace(
            actions[ident], kpi=retime(candidate.action.kpi, candidate.action.phase, actions[ident].phase)
        )
    return _ordered(actions, by_id)


def _closure(ident: str, actions: dict[str, Action]) -> list[str]:
    """The action and everything it depends on, dependencies first."""
    seen: list[str] = []
    visiting: set[str] = set()

    def visit(current: str) -> None:
        if current in seen or current in visiting:  # a cycle in the rules is refused at load; never loop here
            return
        visiting.add(current)
        for dependency in actions[current].depends_on:
            visit(dependency)
        seen.append(current)

    visit(ident)
    return seen


def _settle_phases(actions: dict[str, Action]) -> None:
    """No action before the phase of what it depends on."""
    changed = True
    while changed:
        changed = False
        for ident, action in actions.items():
            phase = action.phase
            for dependency in action.depends_on:
                phase = later_phase(phase, actions[dependency].phase)
            if phase is not action.phase:
                actions[ident] = replace(action, phase=phase)
                changed = True


def _ordered(actions: dict[str, Action], by_id: dict[str, Candidate]) -> list[Action]:
    """Priority, then phase, then urgency; an action never before what it depends on."""
    key = {i: (_PRIORITY_RANK[a.priority], _PHASE_RANK[a.phase], by_id[i].urgency, i) for i, a in actions.items()}
    result: list[str] = []
    for ident in sorted(actions, key=lambda i: key[i]):
        for needed in _closure(ident, actions):
            if needed not in result:
                result.append(needed)
    return [actions[i] for i in result]
