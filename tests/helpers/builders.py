"""Building profiles in tests without the file format: terse, but every field is the real domain type."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from desktop.models.profile import Profile
from desktop.models.vocabulary import Condition, Endowment, Figure, Industry, Kind, Level, Stage


def endowments(
    natural: int, transport: int, research: int, talent: int, capital: int, leading: int, sme: int, inter: int
) -> dict[Endowment, int]:
    """The eight ratings in the profile's order."""
    values = (natural, transport, research, talent, capital, leading, sme, inter)
    return dict(zip(Endowment, values, strict=True))


def zone(
    name: str,
    stage: str,
    industries: Iterable[str],
    ratings: Mapping[Endowment, int],
    conditions: Iterable[str] = (),
    figures: Mapping[str, float] | None = None,
    level: str | None = None,
    kind: str | None = None,
) -> Profile:
    """A profile; ``conditions`` lists the flags that are true (the others are false, as in the format)."""
    true = {Condition(c) for c in conditions}
    return Profile(
        name=name,
        stage=Stage(stage),
        industries=tuple(Industry(i) for i in industries),
        endowments=dict(ratings),
        conditions={c: c in true for c in Condition},
        figures={Figure(k): float(v) for k, v in (figures or {}).items()},
        level=Level(level) if level else None,
        kind=Kind(kind) if kind else None,
    )
