"""The action plan's closed value sets (priority, phase, status, unit group) and their words."""

from __future__ import annotations

from enum import StrEnum

from desktop.models.text import Text


class Priority(StrEnum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


class Phase(StrEnum):
    NEAR = "near"  # within a year
    MID = "mid"  # 1–3 years
    LONG = "long"  # 3–5 years


class Status(StrEnum):
    NOT_STARTED = "not_started"  # 未开始
    IN_PROGRESS = "in_progress"  # 进行中
    DONE = "done"  # 已完成
    SHELVED = "shelved"  # 已搁置


PRIORITY: dict[Priority, Text] = {
    Priority.HIGH: Text("高", "High"),
    Priority.MEDIUM: Text("中", "Medium"),
    Priority.LOW: Text("低", "Low"),
}

PHASE: dict[Phase, Text] = {
    Phase.NEAR: Text("近期（1年内）", "Near term (within 1 year)"),
    Phase.MID: Text("中期（1–3年）", "Mid term (1–3 years)"),
    Phase.LONG: Text("远期（3–5年）", "Long term (3–5 years)"),
}

STATUS: dict[Status, Text] = {
    Status.NOT_STARTED: Text("未开始", "Not started"),
    Status.IN_PROGRESS: Text("进行中", "In progress"),
    Status.DONE: Text("已完成", "Done"),
    Status.SHELVED: Text("已搁置", "Shelved"),
}

# When an action of each phase is done, in months after the plan starts: (after more than, at most). An action whose
# dates fall outside its phase's span is flagged, and dates set on an action move its phase (models/plan/phase_dates).
PHASE_MONTHS: dict[Phase, tuple[int, int]] = {
    Phase.NEAR: (0, 12),
    Phase.MID: (12, 36),
    Phase.LONG: (36, 60),
}

# A KPI's time frame, by the phase of its action: the {horizon} of the KPI templates (resources/rules/actions.toml).
# Lower case in English: it never starts a sentence.
HORIZONS: dict[Phase, Text] = {
    Phase.NEAR: Text("一年内", "within a year"),
    Phase.MID: Text("三年内", "within three years"),
    Phase.LONG: Text("五年内", "within five years"),
}


# A zone's own target runs to its own year; the action that serves it still starts in its phase, so the KPI says
# both and never contradicts the phase the plan gives it ("一年内启动实施；到2028年……").
UNDER_WAY: dict[Phase, Text] = {
    phase: Text(f"{horizon.zh}启动实施；", f"Under way {horizon.en}; ") for phase, horizon in HORIZONS.items()
}


def retime(kpi: Text, old: Phase, new: Phase) -> Text:
    """A generated KPI with its time frame moved from ``old``'s to ``new``'s (text without it is left as it is)."""
    if old is new:
        return kpi
    before, after = HORIZONS[old], HORIZONS[new]
    return Text(kpi.zh.replace(before.zh, after.zh, 1), kpi.en.replace(before.en, after.en, 1))


def plan_label(value: Priority | Phase | Status) -> Text:
    """The word for a priority, phase or status."""
    if isinstance(value, Priority):
        return PRIORITY[value]
    if isinstance(value, Phase):
        return PHASE[value]
    return STATUS[value]


# Groups of implementing units (resources/departments.toml), in the order lists show them; "other" for any unit
# whose group the catalogue does not name.
UNIT_GROUPS: tuple[str, ...] = ("committee", "government", "partner")
UNIT_GROUP: dict[str, Text] = {
    # The zone's own bureaus, centres and companies, which a committee document tasks; the city's or county's
    # departments, whose support the zone asks for ("争取").
    "committee": Text("本区机构", "The zone's own units"),
    "government": Text("上级及相关部门", "Higher-level departments"),
    "partner": Text("外部合作方", "External partners"),
    "other": Text("其他单位", "Other units"),
}


def unit_group_label(group: str) -> Text:
    return UNIT_GROUP.get(group, UNIT_GROUP["other"])
