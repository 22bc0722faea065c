"""What the store hands back besides profiles: light rows for lists, and autosaved drafts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from desktop.models.text import Text
from desktop.models.vocabulary import Stage

OnConflict = Literal["error", "replace", "keep_both"]


@dataclass(frozen=True, slots=True)
class ProfileSummary:
    """One line of the profile list (no document loaded)."""

    id: int
    name: str
    stage: Stage
    updated_at: datetime
    revision_count: int


@dataclass(frozen=True, slots=True)
class DamagedProfile:
    """A stored profile this version cannot read: listed with what is wrong, so it can be exported raw or deleted.

    ``updated_at`` is None when the save time itself is what cannot be read.
    """

    id: int
    name: str
    problem: Text
    updated_at: datetime | None
    revision_count: int


@dataclass(frozen=True, slots=True)
class RevisionSummary:
    """One saved version of a profile."""

    id: int
    saved_at: datetime
    name: str
    saved_by: str = ""  # the database or OS user who saved it ("" for versions saved before this was recorded)
    has_plan: bool = False  # a plan was recorded with it (False for versions saved before plans were kept)


@dataclass(frozen=True, slots=True)
class Draft:
    """An autosaved form state: raw JSON, possibly not yet a valid profile."""

    key: str
    data: dict[str, Any]
    saved_at: datetime
