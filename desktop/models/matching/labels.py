"""Words for the kinds of match, in both languages."""

from __future__ import annotations

from desktop.models.matching.types import MatchKind
from desktop.models.text import Text

KIND_LABELS: dict[MatchKind, Text] = {
    MatchKind.TRAIT: Text("集群特点", "Trait"),
    MatchKind.CASE: Text("美国案例", "US case"),
    MatchKind.PRACTICE: Text("政府做法", "Practice"),
    MatchKind.RECOMMENDATION: Text("启示建议", "Recommendation"),
}
