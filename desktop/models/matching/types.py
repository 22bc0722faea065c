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
    """A criterion that earned nothing: not met, or not judgeable."""

    text: Text
    status: CriterionStatus  # MISSING or UNKNOWN
    field: str
    points_possible: float


@dataclass(frozen=True, slots=True)
class Match:
    id: str  # knowledge item ID
    kind: MatchKind
    title: Text
    score: float  # 0–100, equal to the sum of the reasons' points
    reasons: tuple[Reason, ...]
    gaps: tuple[Gap, ...]
    paragraphs: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class MatchResult:
    profile_name: str
    matches: tuple[Match, ...]  # highest score first, ties by ID

    def of_kind(self, kind: MatchKind) -> list[Match]:
        return [m for m in self.matches if m.kind is kind]

    def get(self, item_id: str) -> Match:
        for match in self.matches:
            if match.id == item_id:
                return match
        raise KeyError(item_id)
