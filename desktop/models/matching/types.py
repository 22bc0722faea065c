"""The result of matching a profile: scored, explained matches."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.models.text import Text
from desktop.models.vocabulary.gaps import CriterionStatus as CriterionStatus  # re-exported with the match
from desktop.models.vocabulary.kinds import MatchKind as MatchKind


@dataclass(frozen=True, slots=True)
class Reason:
    """Points a match earned, and the fact of the profile that earned them."""

    text: Text  # e.g. "高校与科研院所 5/5 ≥ 4: +20"
    points: float
    field: str  # the profile field it reads, e.g. "endowments.research_base" ("" for several)


@dataclass(frozen=True, slots=True)
class Gap:
    """Points a criterion did not count: it applies less to the zone (MISSING), or a value is not known (UNKNOWN).

    An UNKNOWN gap is 待核实: neither a strength nor a weakness; ``points_possible`` is how far it could move the score.
    """

    text: Text
    status: CriterionStatus  # MISSING or UNKNOWN
    field: str
    points_possible: float


@dataclass(frozen=True, slots=True)
class Coverage:
    """How many of the eight endowments the article states for a case (only those count towards similarity)."""

    stated: int
    of: int


@dataclass(frozen=True, slots=True)
class Match:
    id: str  # knowledge item ID
    kind: MatchKind
    title: Text
    score: float  # 0–100, equal to the sum of the reasons' points
    reasons: tuple[Reason, ...]
    gaps: tuple[Gap, ...]
    paragraphs: tuple[int, ...]
    coverage: Coverage | None = None  # cases only

    @property
    def unknown(self) -> tuple[Gap, ...]:
        """What was not judged because a value is not known (待核实), each with the points at stake."""
        return tuple(g for g in self.gaps if g.status is CriterionStatus.UNKNOWN)

    @property
    def applies_less(self) -> tuple[Gap, ...]:
        """Why the item applies less (or, for a case, compares less) to the zone."""
        return tuple(g for g in self.gaps if g.status is CriterionStatus.MISSING)


@dataclass(frozen=True, slots=True)
class ArticleLimitNote:
    """A topic the zone's situation calls for that the 2019 article does not cover: said, never cited."""

    id: str
    topic: Text
    note: Text


@dataclass(frozen=True, slots=True)
class MatchResult:
    profile_name: str
    matches: tuple[Match, ...]  # highest score first, ties by ID
    outside_article: tuple[ArticleLimitNote, ...] = ()

    def of_kind(self, kind: MatchKind) -> list[Match]:
        return [m for m in self.matches if m.kind is kind]

    def get(self, item_id: str) -> Match:
        for match in self.matches:
            if match.id == item_id:
                return match
        raise KeyError(item_id)
