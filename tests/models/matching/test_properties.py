"""Sound behaviour of matching on the shipped rules, for any profile the format allows."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.models.analysis import Analyzer
from desktop.models.matching.types import CriterionStatus, MatchKind, MatchResult
from desktop.models.profile import Profile
from desktop.models.vocabulary import ENDOWMENT_MAX, Endowment, Industry
from tests.helpers.judged_profiles import JUDGED
from tests.helpers.strategies import profiles

SETTINGS = settings(max_examples=150, deadline=None)


def tenths(value: float) -> int:
    return round(value * 10)


def assert_explained(result: MatchResult) -> None:
    for match in result.matches:
        assert 0 <= match.score <= 100, match.id
        # The reasons shown add up to the score shown, exactly (both have one decimal).
        assert sum(tenths(r.points) for r in match.reasons) == tenths(match.score), match.id
        assert all(r.points > 0 for r in match.reasons), match.id
        # Every point not earned is accounted for by a gap: nothing is silently dropped.
        assert tenths(match.score) + sum(tenths(g.points_possible) for g in match.gaps) == 1000, match.id
        assert all(g.status in (CriterionStatus.MISSING, CriterionStatus.UNKNOWN) for g in match.gaps)
        assert match.paragraphs, match.id


def test_every_judged_profile_is_fully_explained(analyzer: Analyzer) -> None:
    for judged in JUDGED:
        assert_explained(analyzer.analyse(judged.profile).result)


@SETTINGS
@given(profiles())
def test_any_profile_is_fully_explained_and_in_bounds(analyzer: Analyzer, profile: Profile) -> None:
    result = analyzer.matcher.match(profile)
    assert_explained(result)
    kinds = {m.kind for m in result.matches}
    assert kinds == set(MatchKind)
    assert not any(m.id in ("rec.1", "rec.2", "rec.3") for m in result.matches), "parents are not scored"


@SETTINGS
@given(profiles())
def test_matches_are_sorted_by_score_then_id(analyzer: Analyzer, profile: Profile) -> None:
    keys = [(-tenths(m.score), m.id) for m in analyzer.matcher.match(profile).matches]
    assert keys == sorted(keys)


@SETTINGS
@given(profiles())
def test_the_same_profile_always_gives_the_same_output(analyzer: Analyzer, profile: Profile) -> None:
    first = analyzer.analyse(profile)
    copy = replace(profile, endowments=dict(profile.endowments), figures=dict(profile.figures))
    second = analyzer.analyse(copy)
    assert first.result == second.result
    assert first.actions == second.actions


@SETTINGS
@given(profiles(), st.randoms(use_true_random=False))
def test_the_order_of_industries_does_not_matter(analyzer: Analyzer, profile: Profile, rnd: object) -> None:
    shuffled = list(profile.industries)
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    other = replace(profile, industries=tuple(reversed(shuffled)))
    assert analyzer.analyse(profile).result == analyzer.analyse(other).result
    assert analyzer.analyse(profile).actions == analyzer.analyse(other).actions


@SETTINGS
@given(profiles(), st.data())
def test_raising_an_endowment_an_item_counts_in_its_favour_never_lowers_its_score(
    analyzer: Analyzer, profile: Profile, data: st.DataObject
) -> None:
    items = [item for item in analyzer.matcher.rules.items if item.favours]
    item = data.draw(st.sampled_from(items))
    which = data.draw(st.sampled_from(sorted(item.favours)))
    assert which not in item.disfavours
    start = profile.endowments[which]
    raised = data.draw(st.integers(start, ENDOWMENT_MAX))
    higher = replace(profile, endowments={**profile.endowments, which: raised})
    before = analyzer.matcher.match(profile).get(item.id).score
    after = analyzer.matcher.match(higher).get(item.id).score
    assert after >= before, (item.id, which, start, raised)


def test_every_case_counts_all_its_compared_endowments_in_its_favour(analyzer: Analyzer) -> None:
    """Similarity is one-sided, so it favours every endowment it compares (the premise of the test above).

    It compares only what the article states for the case (no longer all eight with neutral placeholders), so the
    expectation is now "every stated endowment", read from the knowledge base.
    """
    for item in analyzer.matcher.rules.items:
        if item.kind is MatchKind.CASE:
            profile = analyzer.kb.item(item.id).endowment_profile or {}
            stated = {e for e, rating in profile.items() if rating.stated}
            excluded = {Endowment.INTERMEDIARIES} if item.id == "case.illinois-associations" else set()
            assert stated - excluded <= item.favours, item.id


@SETTINGS
@given(profiles(endowments=st.just(0)), st.data())
def test_a_zone_with_no_endowments_and_no_shared_industry_scores_low_on_a_case(
    analyzer: Analyzer, profile: Profile, data: st.DataObject
) -> None:
    cases = [item for item in analyzer.matcher.rules.items if item.kind is MatchKind.CASE]
    case = data.draw(st.sampled_from(cases))
    others = [i for i in Industry if i not in case.industries]
    industries = data.draw(st.lists(st.sampled_from(others), min_size=1, max_size=4, unique=True))
    zone = replace(profile, industries=tuple(industries))
    assert analyzer.matcher.match(zone).get(case.id).score < 25
