"""The groups of the matches page, in the article's order (their names are the domain's vocabulary)."""

from __future__ import annotations

from desktop.models.vocabulary.kinds import MATCH_ORDER, MatchKind

MATCH_GROUPS: tuple[MatchKind, ...] = MATCH_ORDER
