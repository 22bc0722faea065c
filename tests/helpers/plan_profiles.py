"""A terse profile builder for the plan tests."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from desktop.models.profile import Profile
from desktop.models.vocabulary import Condition, Endowment, Figure, Industry, Kind, Level, Stage


def make_profile(
    stage: str = "growth",
    industries: Iterable[str] = ("biomed",),
    ratings: tuple[int, int, int, int, int, int, int, int] = (1, 4, 5, 4, 2, 2, 3, 2),
    conditions: Iterable[str] = ("colocated_only",),
    figures: Mapping[str, float] | None = None,
    name: str = "测试开发区",
    level: str | None = "national",
    kind: str | None = "hitech",
) -> Profile:
    """A profile; ``ratings`` in the profile's order (natural … intermediaries), ``conditions`` the true flags."""
    true = {Condition(c) for c in conditions}
    return Profile(
        name=name,
        stage=Stage(stage),
        industries=tuple(Industry(i) for i in industries),
        endowments=dict(zip(Endowment, ratings, strict=True)),
        conditions={c: c in true for c in Condition},
        figures={Figure(k): float(v) for k, v in (figures or {}).items()},
        level=Level(level) if level else None,
        kind=Kind(kind) if kind else None,
    )
