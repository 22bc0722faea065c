"""A KPI promises its result within the time frame of the action's phase, so a printed plan never contradicts itself
("近期（1年内）" next to "三年内…"): in every generated action, after the user moves an action, after regenerating."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from desktop.models.analysis import Analyzer
from desktop.models.plan.plan import ActionPlan
from desktop.models.plan.types import Action, Phase
from desktop.models.profile import Profile
from desktop.models.profile_format import read_profile
from desktop.resources import resource_path
from tests.helpers.judged_profiles import JUDGED
from tests.models.plan.test_generator import VARIED

# What each phase means to a reader (near: within a year; mid: up to three years; long: up to five years), written
# out here rather than taken from the code under test.
EXPECTED = {
    Phase.NEAR: ("一年内", "within a year"),
    Phase.MID: ("三年内", "within three years"),
    Phase.LONG: ("五年内", "within five years"),
}
# Any time frame a KPI could state: "三年内", "3 年内", "两年内"…; "within three years", "within 3 years"….
ZH_FRAME = re.compile(r"[一二两三四五六七八九十\d]+\s*年(?:内|之内)")
EN_FRAME = re.compile(r"\bwithin (?:a|an|one|two|three|four|five|six|ten|\d+) (?:years?|months?)\b", re.IGNORECASE)

SAMPLES = sorted(Path(resource_path("samples")).glob("*.json"))
PROFILES: list[Profile] = (
    [judged.profile for judged in JUDGED] + [read_profile(path) for path in SAMPLES] + list(VARIED)
)


def frames(action: Action) -> tuple[list[str], list[str]]:
    return ZH_FRAME.findall(action.kpi.zh), [f.lower() for f in EN_FRAME.findall(action.kpi.en)]


def assert_agrees(action: Action, where: str) -> None:
    zh, en = EXPECTED[action.phase]
    assert frames(action) == ([zh], [en]), f"{where}: {action.id} in phase {action.phase}: {action.kpi}"


def test_every_generated_kpi_states_the_time_frame_of_its_phase(analyzer: Analyzer) -> None:
    assert len(SAMPLES) >= 3
    seen: set[Phase] = set()
    for profile in PROFILES:
        for action in analyzer.analyse(profile).actions:
            assert_agrees(action, profile.name)
            assert action.kpi.en[:1].isupper() or action.kpi.en[:1].isdigit(), action.kpi.en  # a sentence's start
            seen.add(action.phase)
    assert seen == set(Phase)  # the profiles reach every phase, so every time frame was checked


@pytest.mark.parametrize("new_phase", list(Phase))
def test_moving_an_action_to_another_phase_moves_its_kpi_time_frame(analyzer: Analyzer, new_phase: Phase) -> None:
    plan = ActionPlan(analyzer.analyse(read_profile(SAMPLES[0])).actions)
    for action in plan.actions:
        moved = plan.update(action.id, phase=new_phase.value)
        assert_agrees(moved, "after moving")
        assert "kpi" not in moved.edited  # still the generated KPI: a regeneration keeps refreshing it


def test_a_kpi_the_user_wrote_is_never_rewritten(analyzer: Analyzer) -> None:
    plan = ActionPlan(analyzer.analyse(read_profile(SAMPLES[0])).actions)
    action = plan.actions[0]
    plan.update(action.id, kpi="一年内完成调研，两年内出台办法")
    moved = plan.update(action.id, phase=Phase.LONG.value)
    assert moved.kpi.zh == "一年内完成调研，两年内出台办法"


def test_regenerating_keeps_the_time_frame_of_the_phase_the_user_chose(analyzer: Analyzer) -> None:
    actions = analyzer.analyse(read_profile(SAMPLES[0])).actions
    plan = ActionPlan(actions)
    first = actions[0]
    other = next(p for p in Phase if p is not first.phase)
    plan.update(first.id, phase=other.value)

    plan.regenerate(actions)

    kept = plan.get(first.id)
    assert kept.phase is other
    assert_agrees(kept, "after regenerating")
    for action in plan.actions:
        assert_agrees(action, "after regenerating")
