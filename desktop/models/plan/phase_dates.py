"""Phase and dates agree: an action of 近期（1年内）that ends two years out says one thing and means another.

The rule is the vocabulary's ``PHASE_MONTHS`` (the span of each phase, in months after the plan starts); this module
only measures dates against it. The plan starts on its 行动方案's 成文日期 when one was entered (the plan takes effect
when issued), else today. A date is judged by the month it falls in: an end date twelve months after the start is
still within the first year.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date

from desktop.models.plan.plan import ActionPlan
from desktop.models.plan.types import Action, Phase
from desktop.models.text import Text
from desktop.models.vocabulary.plan import PHASE_MONTHS, plan_label

REASON_LATE = Text(
    "{field} {day} 在计划开始后第 {months} 个月，超出“{phase}”的 {limit} 个月；按日期应为“{expected}”。",
    "The {field} {day} is in month {months} of the plan, beyond the {limit} months of “{phase}”; by its dates it "
    "is “{expected}”.",
)
REASON_EARLY = Text(
    "{field} {day} 在计划开始后第 {months} 个月，早于“{phase}”（{after} 个月以后）；按日期应为“{expected}”。",
    "The {field} {day} is in month {months} of the plan, before “{phase}” (after {after} months); by its dates it "
    "is “{expected}”.",
)
# Where the months are counted from, for a tooltip beside the reason.
COUNTED_FROM = Text(
    "月数从计划开始日 {start} 起算（行动方案的成文日期；未填时为今天）。",
    "Months are counted from the plan's start, {start} (the date of its action-plan document; today if none).",
)
FIELD_WORDS = {"start": Text("开始日期", "start date"), "end": Text("结束日期", "end date")}


@dataclass(frozen=True, slots=True)
class PhaseMismatch:
    """An action whose dates put it in another phase than the one it has."""

    action_id: str
    phase: Phase  # the phase it has
    expected: Phase  # the phase its dates put it in
    field: str  # the date judged: "end", or "start" when only a start date is set
    day: date
    months: int  # the month after the plan's start the date falls in
    reason: Text


def plan_start(plan: ActionPlan | None, today: date) -> date:
    """The day the plan starts: its 行动方案's 成文日期 if entered and readable, else ``today``."""
    issued = plan.report.get("date") if plan is not None else None
    if isinstance(issued, str) and issued.strip():
        try:
            return date.fromisoformat(issued.strip())
        except ValueError:
            pass
    return today


def months_after(start: date, day: date) -> int:
    """In which month after ``start`` the ``day`` falls (0 for a day on or before the start, 12 for a year later)."""
    months = (day.year - start.year) * 12 + (day.month - start.month) + (1 if day.day > start.day else 0)
    return max(months, 0)


def phase_for(months: int) -> Phase:
    """The phase an action done in that month belongs to (past the longest phase: the longest)."""
    for phase, (_after, limit) in PHASE_MONTHS.items():
        if months <= limit:
            return phase
    return list(PHASE_MONTHS)[-1]


def expected_phase(start: date | None, end: date | None, plan_begins: date) -> tuple[str, date, Phase] | None:
    """The date judged and the phase it implies: the end date; a start date alone only when it is already past a
    phase (a long action may start at once). None when there is nothing to judge."""
    if end is not None:
        return "end", end, phase_for(months_after(plan_begins, end))
    if start is not None:
        return "start", start, phase_for(months_after(plan_begins, start))
    return None


def phase_mismatch(action: Action, plan_begins: date) -> PhaseMismatch | None:
    judged = expected_phase(action.start, action.end, plan_begins)
    if judged is None:
        return None
    field, day, expected = judged
    after, limit = PHASE_MONTHS[action.phase]
    months = months_after(plan_begins, day)
    late = months > limit
    early = field == "end" and months <= after  # NEAR starts at 0: an end already past is overdue, not early
    if (not late and not early) or expected is action.phase:  # past the longest phase: nothing better to offer
        return None
    values: dict[str, object] = {
        "day": day.isoformat(),
        "start": plan_begins.isoformat(),
        "months": months,
        "limit": limit,
        "after": after,
    }
    template = REASON_LATE if late else REASON_EARLY
    words = {"field": FIELD_WORDS[field], "phase": plan_label(action.phase), "expected": plan_label(expected)}
    reason = Text(
        template.zh.format(**values, **{k: v.zh for k, v in words.items()}),
        template.en.format(**values, **{k: v.en for k, v in words.items()}),
    )
    return PhaseMismatch(action.id, action.phase, expected, field, day, months, reason)


def follow_dates(action: Action, changes: Mapping[str, object], plan_begins: date) -> dict[str, object]:
    """``changes`` to an action's dates, with its phase moved to where the new dates put it — unless the user chose
    the phase against the dates: a phase the user set (it is among the action's edited fields) follows only while it
    agreed with the old dates. The phase a plan proposed, or one that followed the dates before, follows again."""
    result = dict(changes)
    if "phase" in result or not {"start", "end"} & set(result):
        return result
    start = result.get("start", action.start)
    end = result.get("end", action.end)
    if not isinstance(start, date | None) or not isinstance(end, date | None):
        return result
    before = expected_phase(action.start, action.end, plan_begins)
    chosen = "phase" in action.edited and (before is None or before[2] is not action.phase)
    now = expected_phase(start, end, plan_begins)
    if chosen or now is None or now[2] is action.phase:
        return result
    if now[0] == "start" and phase_mismatch(replace(action, start=start, end=end), plan_begins) is None:
        return result  # a start date alone moves the phase only when the phase cannot hold it
    result["phase"] = now[2].value
    return result
