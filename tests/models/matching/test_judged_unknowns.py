"""Judged zones, what is not known and what the article does not state: neither is read as a fact.

A rating or flag the zone did not give is listed as 待核实 and never earns points or counts as a weakness; a case's
endowment the article does not state is never compared (a placeholder 3/5 is not Houston's research).
"""

from __future__ import annotations

import re

import pytest

from desktop.models.analysis import Analyzer
from desktop.models.matching.types import CriterionStatus, Gap, Match, MatchKind, MatchResult
from desktop.models.text import Text
from desktop.models.vocabulary import Condition, Endowment, label
from tests.helpers.judged_profiles import JUDGED, Judged, judged_with


def field_words(path: str) -> str:
    """The Chinese label of a profile field path ("endowments.capital" → 资本与金融)."""
    group, _, name = path.partition(".")
    return label(Endowment(name) if group == "endowments" else Condition(name)).zh


def unknown_listing(result: MatchResult) -> tuple[set[str], list[str]]:
    """What the result says it could not judge: the fields of its 'unknown' gaps, and the texts of its 待核实 lists
    (``unknown`` on each match and on the result, format v2, read with getattr: gaps or plain texts)."""
    lists = [getattr(m, "unknown", ()) for m in result.matches] + [getattr(result, "unknown", ())]
    entries = [entry for listed in lists for entry in listed] + [g for m in result.matches for g in m.gaps]
    fields = {g.field for g in entries if isinstance(g, Gap) and g.status is CriterionStatus.UNKNOWN}
    texts = [_zh(getattr(entry, "text", entry)) for entry in entries if not isinstance(entry, Gap)]
    return fields, texts


def _zh(value: object) -> str:
    return value.zh if isinstance(value, Text) else str(value)


@pytest.mark.parametrize("judged", judged_with("unknowns_listed"))
def test_what_the_zone_did_not_give_is_listed_as_to_be_checked(analyzer: Analyzer, judged: Judged) -> None:
    fields, texts = unknown_listing(analyzer.analyse(judged.profile).result)
    for path in judged.unknowns_listed:
        words = field_words(path)
        assert path in fields or any(words in text for text in texts), (
            f"{path} ({words}) not listed as unknown\n{judged.expectation}\nfields: {sorted(fields)}\ntexts: {texts}"
        )


UNKNOWING = [
    pytest.param(j, id=j.profile.name)
    for j in JUDGED
    if j.profile.unknown_endowments() or j.profile.unknown_conditions()
]


@pytest.mark.parametrize("judged", UNKNOWING)
def test_an_unknown_is_never_a_weakness_nor_a_strength(analyzer: Analyzer, judged: Judged) -> None:
    profile = judged.profile
    unknown = {f"endowments.{e.value}" for e in profile.unknown_endowments()} | {
        f"conditions.{c.value}" for c in profile.unknown_conditions()
    }
    result = analyzer.analyse(profile).result
    for match in result.matches:
        missing = [g.field for g in match.gaps if g.field in unknown and g.status is CriterionStatus.MISSING]
        assert not missing, f"{match.id}: unknown read as not met: {missing}"
        earned = [(r.field, r.points) for r in match.reasons if r.field in unknown and r.points]
        assert not earned, f"{match.id}: points for an unknown: {earned}"


def compares(match: Match, endowment: Endowment) -> list[str]:
    """The reasons and gaps of a case that compare the zone with the case on this endowment ("… 1/5（案例 3/5）")."""
    words = label(endowment).zh
    pattern = re.compile(re.escape(words) + r"\s*\d")
    lines = [(r.field, r.text.zh) for r in match.reasons] + [(g.field, g.text.zh) for g in match.gaps]
    return [text for field, text in lines if field == f"endowments.{endowment.value}" or pattern.search(text)]


@pytest.mark.parametrize("judged", judged_with("not_read"))
def test_a_case_is_compared_only_on_what_the_article_states_for_it(analyzer: Analyzer, judged: Judged) -> None:
    result = analyzer.analyse(judged.profile).result
    for case_id, silent in judged.not_read.items():
        match = result.get(case_id)
        for name in silent:
            lines = compares(match, Endowment(name))
            assert not lines, f"{case_id} compared on {name}, which the article does not state: {lines}"


@pytest.mark.parametrize("judged", judged_with("not_best_case"))
def test_a_shallow_match_does_not_top_the_cases(analyzer: Analyzer, judged: Judged) -> None:
    ranking = [(m.id, m.score) for m in analyzer.analyse(judged.profile).result.of_kind(MatchKind.CASE)]
    assert ranking[0][0] not in judged.not_best_case, f"{judged.expectation}\ncases: {ranking}"


@pytest.mark.parametrize("judged", judged_with("top_cases"))
def test_the_cases_the_zone_resembles_are_the_two_best(analyzer: Analyzer, judged: Judged) -> None:
    ranking = [(m.id, m.score) for m in analyzer.analyse(judged.profile).result.of_kind(MatchKind.CASE)]
    best = {case_id for case_id, _ in ranking[:2]}
    assert set(judged.top_cases) <= best, f"{judged.expectation}\ncases: {ranking}"
