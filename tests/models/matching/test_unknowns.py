"""A value the zone has not given (未评估 / 不清楚) is neutral and visible: never points, never a weakness, 待核实."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.models.analysis import Analyzer
from desktop.models.profile import Profile
from desktop.models.vocabulary import ENDOWMENT_MAX, ENDOWMENT_MIN, Condition, Endowment
from tests.helpers.builders import endowments, zone
from tests.helpers.strategies import flags_or_unknown, profiles, ratings_or_unknown
from tests.models.matching.test_properties import assert_explained

SETTINGS = settings(max_examples=120, deadline=None)


def scores(analyzer: Analyzer, profile: Profile) -> dict[str, float]:
    return {m.id: m.score for m in analyzer.matcher.match(profile).matches}


@SETTINGS
@given(profiles(ratings_or_unknown, flags_or_unknown, problems=True))
def test_any_v2_profile_is_fully_explained(analyzer: Analyzer, profile: Profile) -> None:
    assert_explained(analyzer.matcher.match(profile))


@SETTINGS
@given(profiles(ratings_or_unknown, flags_or_unknown), st.sampled_from(list(Endowment)))
def test_an_unknown_endowment_scores_as_if_it_gave_the_item_nothing(
    analyzer: Analyzer, profile: Profile, which: Endowment
) -> None:
    """Not assessed earns what the least favourable rating earns, item by item: no points, and no points as a
    weakness either (an item built on weakness in it scores as if the zone were strong there)."""
    unknown = scores(analyzer, replace(profile, endowments={**profile.endowments, which: None}))
    known = [
        scores(analyzer, replace(profile, endowments={**profile.endowments, which: value}))
        for value in range(ENDOWMENT_MIN, ENDOWMENT_MAX + 1)
    ]
    for item_id, score in unknown.items():
        assert score == min(k[item_id] for k in known), (item_id, which)


@SETTINGS
@given(profiles(ratings_or_unknown, flags_or_unknown), st.sampled_from(list(Condition)))
def test_an_unknown_condition_scores_as_if_it_gave_the_item_nothing(
    analyzer: Analyzer, profile: Profile, which: Condition
) -> None:
    unknown = scores(analyzer, replace(profile, conditions={**profile.conditions, which: None}))
    yes = scores(analyzer, replace(profile, conditions={**profile.conditions, which: True}))
    no = scores(analyzer, replace(profile, conditions={**profile.conditions, which: False}))
    for item_id, score in unknown.items():
        assert score == min(yes[item_id], no[item_id]), (item_id, which)


@SETTINGS
@given(profiles(ratings_or_unknown, flags_or_unknown), st.sampled_from(list(Endowment)))
def test_what_an_unknown_could_move_is_listed_as_to_verify(
    analyzer: Analyzer, profile: Profile, which: Endowment
) -> None:
    """Each match lists the unknown value as 待核实 with at least as many points at stake as assessing it could add."""
    blank = replace(profile, endowments={**profile.endowments, which: None})
    result = analyzer.matcher.match(blank)
    best = {
        item_id: max(
            scores(analyzer, replace(profile, endowments={**profile.endowments, which: v}))[item_id] for v in (0, 5)
        )
        for item_id in (m.id for m in result.matches)
    }
    field = f"endowments.{which}"
    for match in result.matches:
        gain = best[match.id] - match.score
        if gain <= 0:
            continue
        listed = [g for g in match.unknown if g.field in (field, "endowments")]
        assert listed, (match.id, which)
        # One decimal of rounding per criterion is the only slack.
        assert sum(g.points_possible for g in listed) + 0.1 * len(listed) >= gain, (match.id, which)
        assert all("待核实" in g.text.zh and "to verify" in g.text.en for g in listed)
        assert not any(g.field == field for g in match.applies_less), "an unknown is never a reason it applies less"


def test_a_profile_with_everything_unknown_scores_nothing_on_endowments_and_lists_them(analyzer: Analyzer) -> None:
    known = zone("全未评估", "growth", ["petrochem"], endowments(5, 5, 5, 5, 5, 5, 5, 5))
    blank = replace(known, endowments=dict.fromkeys(Endowment, None), conditions=dict.fromkeys(Condition, None))
    houston = analyzer.matcher.match(blank).get("case.houston-petrochem")
    assert not any(r.field.startswith("endowments") for r in houston.reasons)
    assert houston.unknown and not any(g.field.startswith("endowments") for g in houston.applies_less)
    listed = "；".join(g.text.zh for g in houston.unknown)
    assert "本区未评估" in listed and "自然资源" in listed


def test_the_json_object_lists_what_is_to_verify_on_each_match(analyzer: Analyzer) -> None:
    from desktop.models.analysis_report import match_report

    known = zone("半未评估", "growth", ["petrochem"], endowments(4, 5, 2, 2, 2, 3, 3, 1))
    blank = replace(known, endowments={**known.endowments, Endowment.TALENT: None})
    data = match_report(analyzer.analyse(blank), "zh", analyzer.kb)
    houston = next(m for m in data["matches"] if m["id"] == "case.houston-petrochem")  # type: ignore[union-attr]
    assert houston["coverage"] == {"stated": 6, "of": 8}
    talent = [u for u in houston["unknown"] if "人才" in u]
    assert len(talent) == 1 and "待核实" in talent[0] and "最多影响" in talent[0]
    assert not any("人才" in gap for gap in houston["gaps"])  # not a reason it applies less
    assert round(sum(r["points"] for r in houston["reasons"]), 1) == houston["score"]
