"""The zone profile: what an official tells ZonePlanner about a development zone."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import TypeVar

from desktop.models.vocabulary import Condition, Endowment, Figure, Industry, Kind, Level, Stage

K = TypeVar("K")
V = TypeVar("V")


def _frozen(mapping: Mapping[K, V]) -> Mapping[K, V]:
    return MappingProxyType(dict(mapping))


@dataclass(frozen=True, slots=True)
class Profile:
    """A validated zone profile. Build it through ``desktop.models.profile_format`` to get the rules checked.

    ``endowments`` always holds all eight ratings; ``conditions`` all nine flags (missing means false);
    ``figures`` only the figures that are known. Industries keep the user's order but compare as a set.
    """

    name: str
    stage: Stage
    industries: tuple[Industry, ...]
    endowments: Mapping[Endowment, int]
    conditions: Mapping[Condition, bool] = field(default_factory=lambda: {c: False for c in Condition})
    figures: Mapping[Figure, float] = field(default_factory=dict)
    province: str = ""
    city: str = ""
    level: Level | None = None
    kind: Kind | None = None
    goals: str = ""
    notes: str = ""

    def __post_init__(self) -> None:
        # Freeze the mappings so a Profile can be shared between the window, the matcher and the store safely.
        object.__setattr__(self, "endowments", _frozen(self.endowments))
        full_conditions = {c: bool(self.conditions.get(c, False)) for c in Condition}
        object.__setattr__(self, "conditions", _frozen(full_conditions))
        object.__setattr__(self, "figures", _frozen(self.figures))
        object.__setattr__(self, "industries", tuple(self.industries))

    def endowment(self, which: Endowment) -> int:
        return self.endowments[which]

    def has(self, condition: Condition) -> bool:
        return self.conditions[condition]

    def figure(self, which: Figure) -> float | None:
        return self.figures.get(which)

    def with_changes(self, **changes: object) -> Profile:
        """A copy with some fields replaced (not re-validated: use the format module for user input)."""
        return replace(self, **changes)  # type: ignore[arg-type]

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Profile):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def _key(self) -> tuple[object, ...]:
        return (
            self.name,
            self.stage,
            frozenset(self.industries),
            tuple(sorted(self.endowments.items())),
            tuple(sorted(self.conditions.items())),
            tuple(sorted(self.figures.items())),
            self.province,
            self.city,
            self.level,
            self.kind,
            self.goals,
            self.notes,
        )
