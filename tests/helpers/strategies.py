"""Hypothesis strategies for zone profiles: any value the format allows, in any combination."""

from __future__ import annotations

from hypothesis import strategies as st

from desktop.models.profile import Profile
from desktop.models.vocabulary import (
    ENDOWMENT_MAX,
    ENDOWMENT_MIN,
    INTEGER_FIGURES,
    Condition,
    Endowment,
    Figure,
    Industry,
    Kind,
    Level,
    Stage,
)

ratings = st.integers(ENDOWMENT_MIN, ENDOWMENT_MAX)
# Format v2: a rating or a flag may be None (未评估 / 不清楚).
ratings_or_unknown = st.none() | ratings
flags = st.booleans()
flags_or_unknown = st.none() | st.booleans()
PROBLEM_IDS = (
    "single_anchor",
    "low_local_supply",
    "talent_outflow",
    "weak_conversion",
    "sme_financing",
    "scattered_industries",
    "land_constraints",
    "weak_services",
    "safety_environment",
    "digital_lag",
)


@st.composite
def figure_values(draw: st.DrawFn) -> dict[Figure, float]:
    chosen = draw(st.sets(st.sampled_from(list(Figure))))
    values: dict[Figure, float] = {}
    for which in chosen:
        if which in INTEGER_FIGURES:
            values[which] = float(draw(st.integers(0, 1_000_000)))
        else:
            values[which] = draw(st.floats(0, 100_000, allow_nan=False, allow_infinity=False))
    return values


@st.composite
def profiles(
    draw: st.DrawFn,
    endowments: st.SearchStrategy[int | None] = ratings,
    conditions: st.SearchStrategy[bool | None] = flags,
    problems: bool = False,
) -> Profile:
    return Profile(
        name=draw(st.text(min_size=1, max_size=20).filter(lambda s: s.strip() != "")),
        stage=draw(st.sampled_from(list(Stage))),
        industries=tuple(draw(st.lists(st.sampled_from(list(Industry)), min_size=1, max_size=6, unique=True))),
        endowments={e: draw(endowments) for e in Endowment},
        conditions={c: draw(conditions) for c in Condition},
        problems=tuple(draw(st.lists(st.sampled_from(PROBLEM_IDS), max_size=3, unique=True))) if problems else (),
        figures=draw(figure_values()),
        level=draw(st.none() | st.sampled_from(list(Level))),
        kind=draw(st.none() | st.sampled_from(list(Kind))),
    )
