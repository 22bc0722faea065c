"""What the matches and comparison pages need of the analyser they are given."""

from __future__ import annotations

from typing import Protocol

from desktop.models.analysis import Analysis
from desktop.models.knowledge.types import KnowledgeBase
from desktop.models.profile import Profile


class AnalyzerLike(Protocol):
    kb: KnowledgeBase

    def analyse(self, profile: Profile) -> Analysis: ...
