"""Building profiles in tests without the file format: terse, but every field is the real domain type."""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Mapping
from functools import cache
from pathlib import Path

from desktop.models.profile import Profile, Target
from desktop.models.vocabulary import Condition, Endowment, Figure, Industry, Kind, Level, Stage

_PROFILE_VOCABULARIES = Path(__file__).resolve().parents[2] / "resources" / "profile"

# An endowment rating nobody has given (未评估): None in the profile, never 0.
U = None


def endowments(
    natural: int | None,
    transport: int | None,
    research: int | None,
    talent: int | None,
    capital: int | None,
    leading: int | None,
    sme: int | None,
    inter: int | None,
) -> dict[Endowment, int | None]:
    """The eight ratings in the profile's order; ``U`` (None) for one that is not known."""
    values = (natural, transport, research, talent, capital, leading, sme, inter)
    return dict(zip(Endowment, values, strict=True))


@cache
def vocabulary_labels(file: str, table: str) -> dict[str, str]:
    """A profile vocabulary (``problems.toml``/``problem``, ``indicators.toml``/``indicator``): ID → Chinese label."""
    with (_PROFILE_VOCABULARIES / file).open("rb") as stream:
        return {entry["id"]: entry["label"]["zh"] for entry in tomllib.load(stream)[table]}


def vocabulary_ids(file: str, table: str) -> frozenset[str]:
    return frozenset(vocabulary_labels(file, table))


def target(indicator: str, value: float, year: int, base: float | None = None, base_year: int | None = None) -> Target:
    """A zone's quantified goal; the indicator must be one of ``resources/profile/indicators.toml``."""
    if indicator not in vocabulary_ids("indicators.toml", "indicator"):
        raise ValueError(f"unknown indicator {indicator!r}")
    return Target(indicator=indicator, target=value, target_year=year, base=base, base_year=base_year)


def zone(
    name: str,
    stage: str,
    industries: Iterable[str],
    ratings: Mapping[Endowment, int | None],
    conditions: Iterable[str] = (),
    figures: Mapping[str, float] | None = None,
    level: str | None = None,
    kind: str | None = None,
    *,
    unknown: Iterable[str] = (),
    problems: Iterable[str] = (),
    targets: Iterable[Target] = (),
) -> Profile:
    """A profile; ``conditions`` lists the flags that are true, ``unknown`` those not known (不清楚, None), the
    others are false. ``problems`` must be IDs of ``resources/profile/problems.toml`` (a typo fails here, not as a
    silently unmatched expectation)."""
    true = {Condition(c) for c in conditions}
    not_known = {Condition(c) for c in unknown}
    if true & not_known:
        raise ValueError(f"conditions both true and unknown: {sorted(true & not_known)}")
    stated = tuple(problems)
    strangers = set(stated) - vocabulary_ids("problems.toml", "problem")
    if strangers:
        raise ValueError(f"unknown problems {sorted(strangers)}")
    return Profile(
        name=name,
        stage=Stage(stage),
        industries=tuple(Industry(i) for i in industries),
        endowments=dict(ratings),
        conditions={c: None if c in not_known else c in true for c in Condition},
        figures={Figure(k): float(v) for k, v in (figures or {}).items()},
        level=Level(level) if level else None,
        kind=Kind(kind) if kind else None,
        problems=stated,
        targets=tuple(targets),
    )
