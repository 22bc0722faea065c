"""Judged zones, the finance actions: a fund is sized by what the zone can back, never blown up from output alone,
and each finance action says what it is for instead of arguing for the venture fund (¶28)."""

from __future__ import annotations

import pytest

from desktop.models.analysis import Analyzer
from desktop.models.vocabulary import Figure
from tests.helpers.judged_profiles import JUDGED, Judged

ALL = [pytest.param(j, id=j.profile.name) for j in JUDGED]

VENTURE_FUND = "rec.2.1/venture-fund"
# A zone-level fund seeded by "a little public money" (¶28): a couple of 亿元 at most, and never more than half a
# percent of the zone's output; 1亿 is the floor a fund is set up at, whatever the output.
FUND_CEILING = 2.0
FUND_SHARE_OF_OUTPUT = 0.005
VENTURE_WORDS_ZH = ("风险投资基金", "创业投资基金", "创投基金")
VENTURE_WORDS_EN = ("venture fund", "venture-capital fund")


@pytest.mark.parametrize("judged", ALL)
def test_no_fund_is_sized_beyond_what_the_zone_can_back(analyzer: Analyzer, judged: Judged) -> None:
    output = judged.profile.figures.get(Figure.OUTPUT_100M_CNY)
    for action in analyzer.analyse(judged.profile).actions:
        indicator = action.indicator
        # A fund's size: an amount in 亿元 that the plan proposed itself (not one of the zone's own targets).
        if indicator is None or indicator.unit.zh != "亿元" or indicator.target is None or indicator.indicator_id:
            continue
        bound = FUND_CEILING if output is None else min(FUND_CEILING, max(1.0, output * FUND_SHARE_OF_OUTPUT))
        assert indicator.target <= bound, (
            f"{action.id}: a fund of {indicator.target}亿 for a zone with output {output}亿 (bound {bound})\n"
            f"{action.kpi.zh}"
        )


@pytest.mark.parametrize("judged", ALL)
def test_only_the_venture_fund_argues_for_a_venture_fund(analyzer: Analyzer, judged: Judged) -> None:
    for action in analyzer.analyse(judged.profile).actions:
        if action.id == VENTURE_FUND:
            continue
        named = [w for w in VENTURE_WORDS_ZH if w in action.why.zh]
        named += [w for w in VENTURE_WORDS_EN if w in action.why.en.lower()]
        assert not named, f"{action.id}'s why names {named}: {action.why.zh}"


@pytest.mark.parametrize("judged", ALL)
def test_finance_actions_say_what_they_are_for(analyzer: Analyzer, judged: Judged) -> None:
    for action in analyzer.analyse(judged.profile).actions:
        if action.recommendation == "rec.2.1" and action.id != VENTURE_FUND:
            assert "¶28" in action.why.zh and "¶28" in action.why.en, f"{action.id}: {action.why.zh}"
