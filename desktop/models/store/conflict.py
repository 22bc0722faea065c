"""A save refused because someone else saved the same profile first, and what differs between the two versions."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from desktop.models.errors import StoreError
from desktop.models.profile import Profile
from desktop.models.text import Text


@dataclass(frozen=True, slots=True)
class StoredVersion:
    """What is stored now: the profile (None if this version cannot read it), its version, who saved it and when."""

    profile: Profile | None
    version: int
    saved_by: str | None
    saved_at: datetime | None


class ConflictError(StoreError):
    """The profile changed in the database since it was opened here: nothing was saved; ``theirs`` is what is there."""

    def __init__(self, name: str, theirs: StoredVersion) -> None:
        who = theirs.saved_by or "?"
        super().__init__(
            Text(
                f"档案“{name}”在您打开之后已被 {who} 修改并保存（版本 {theirs.version}），您的更改未保存。"
                "请选择保留您的版本、采用对方的版本，或把您的版本另存为副本。",
                f"The profile “{name}” was changed and saved by {who} after you opened it (version "
                f"{theirs.version}); your changes were not saved. Keep yours, take theirs, or save yours as a copy.",
            )
        )
        self.name = name
        self.theirs = theirs


def differences(mine: Profile, theirs: Profile) -> list[tuple[str, str, str]]:
    """Field by field (dotted paths of the profile document), what differs: ``(field, mine, theirs)``."""
    from desktop.models.profile_format import profile_to_data

    left, right = _flat(profile_to_data(mine)), _flat(profile_to_data(theirs))
    return [
        (field, _shown(left.get(field)), _shown(right.get(field)))
        for field in sorted(left.keys() | right.keys())
        if left.get(field) != right.get(field)
    ]


def _flat(data: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for key, value in data.items():
        if isinstance(value, Mapping):
            flat.update(_flat(value, f"{prefix}{key}."))
        else:
            flat[f"{prefix}{key}"] = value
    return flat


def _shown(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, list):
        return ", ".join(str(item) for item in value)
    return str(value)
