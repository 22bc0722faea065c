"""Judged zones, what an official would circulate: KPIs from the zone's own targets, titles and KPIs in plain
official Chinese that never contradict the profile, and the article's limits said rather than papered over.

``indicator`` (format v2) and the result's note of the article's limits are read with getattr until they exist.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import pytest

from desktop.models.analysis import Analysis, Analyzer
from desktop.models.plan.types import Action
from desktop.models.profile import Target
from desktop.models.text import Text
from desktop.models.vocabulary import Condition
from tests.helpers.builders import vocabulary_ids, vocabulary_labels
from tests.helpers.judged_profiles import JUDGED, Judged, judged_with, listing

ALL = [pytest.param(j, id=j.profile.name) for j in JUDGED]
WITH_TARGETS = [pytest.param(j, id=j.profile.name) for j in JUDGED if j.profile.targets]

# What has no place in a title or KPI an office circulates: knowledge IDs, ¶ signs, points and scores.
NOT_CIRCULABLE = re.compile(r"¶|\b(?:rec|case|practice|trait)\.\w|[+＋]\s*\d|\d\s*分(?![中校钟])|得分|[×*=]")
# Wording no 管委会 puts in writing: admitting below-cost land sales, or 劳动教育 for vocational training.
NOT_WRITTEN = ("低于成本", "劳动教育")
# Words a title may use only when the profile says the fact holds (a title never asserts what the profile denies).
ASSERTS: dict[Condition, tuple[str, ...]] = {
    Condition.TALENT_BARRIERS: ("户籍",),
    Condition.CHEAP_LAND_RELIANCE: ("低价供地", "低价卖地"),
}


def serves(action: Action, goal: Target) -> bool:
    """Whether the action's indicator is the zone's target (same target and year, and the same indicator)."""
    indicator = getattr(action, "indicator", None)
    if indicator is None or getattr(indicator, "target", None) != goal.target:
        return False
    if getattr(indicator, "target_year", None) != goal.target_year:
        return False
    named = getattr(indicator, "indicator_id", None) or getattr(indicator, "name", "")
    return goal.indicator == named or _indicator_label(goal.indicator) in _zh(named)


def _indicator_label(indicator: str) -> str:
    return vocabulary_labels("indicators.toml", "indicator")[indicator]


def _zh(value: object) -> str:
    return value.zh if isinstance(value, Text) else str(value)


@pytest.mark.parametrize("judged", WITH_TARGETS)
def test_each_target_of_the_zone_becomes_a_checkable_kpi(analyzer: Analyzer, judged: Judged) -> None:
    actions = analyzer.analyse(judged.profile).actions
    assert set(t.indicator for t in judged.profile.targets) <= vocabulary_ids("indicators.toml", "indicator")
    for goal in judged.profile.targets:
        serving = [a for a in actions if serves(a, goal)]
        assert serving, f"no KPI for {goal}\nplan: {listing(actions)}"
        for action in serving:
            indicator = getattr(action, "indicator", None)
            if goal.base is None:
                assert indicator.base is None and "待填" in action.kpi.zh, f"{action.id}: {action.kpi.zh}"
            else:
                assert (indicator.base, indicator.base_year) == (goal.base, goal.base_year), action.id


@pytest.mark.parametrize("judged", judged_with("kpi_pending"))
def test_a_kpi_resting_on_a_figure_not_given_is_to_be_filled_in(analyzer: Analyzer, judged: Judged) -> None:
    actions = {a.id: a for a in analyzer.analyse(judged.profile).actions}
    for action_id in judged.kpi_pending:
        assert action_id in actions, f"{action_id} not proposed\n{judged.expectation}"
        assert "待填" in actions[action_id].kpi.zh, f"{action_id}: {actions[action_id].kpi.zh}\n{judged.expectation}"


@pytest.mark.parametrize("judged", ALL)
def test_titles_and_kpis_can_be_circulated_as_written(analyzer: Analyzer, judged: Judged) -> None:
    for action in analyzer.analyse(judged.profile).actions:
        for name, text in (("title", action.title), ("kpi", action.kpi)):
            assert not NOT_CIRCULABLE.search(text.zh), f"{action.id} {name}: {text.zh}"
        for text in (action.title, action.kpi, action.description):
            written = [w for w in NOT_WRITTEN if w in text.zh]
            assert not written, f"{action.id}: {written} in {text.zh}"


@pytest.mark.parametrize("judged", ALL)
def test_no_title_asserts_what_the_profile_denies(analyzer: Analyzer, judged: Judged) -> None:
    denied = [c for c in ASSERTS if judged.profile.has(c) is False]
    for action in analyzer.analyse(judged.profile).actions:
        for condition in denied:
            words = [w for w in ASSERTS[condition] if w in action.title.zh]
            assert not words, f"{action.id}: “{action.title.zh}” though the profile says {condition} is false"


def limit_notes(analysis: Analysis) -> list[str]:
    """What the result says the article does not cover (format v2: ``outside_article`` notes with the problem's ID
    and topic; other names are read with getattr so that a rename fails here rather than erroring)."""
    found: list[str] = []
    for owner in (analysis, analysis.result):
        for name in ("outside_article", "limits", "article_limits"):
            for note in _entries(getattr(owner, name, ())):
                parts = [getattr(note, part) for part in ("id", "topic", "note", "text") if hasattr(note, part)]
                found += [_zh(part) for part in parts or [note]]
    return found


def _entries(value: object) -> Iterable[object]:
    return value if isinstance(value, (tuple, list)) else ()


@pytest.mark.parametrize("judged", judged_with("limits_noted"))
def test_what_the_article_does_not_cover_is_said_not_cited(analyzer: Analyzer, judged: Judged) -> None:
    analysis = analyzer.analyse(judged.profile)
    notes = limit_notes(analysis)
    labels = vocabulary_labels("problems.toml", "problem")
    for problem in judged.limits_noted:
        # The note names the topic in its own words: it must at least share the label's head word (安全…, 数字化…).
        head = labels[problem][:2]
        assert any(head in note or problem == note.replace("-", "_") for note in notes), (
            f"{problem} ({labels[problem]}) not noted as outside the article\n{judged.expectation}\nnotes: {notes}"
        )
