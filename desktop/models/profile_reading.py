"""Reading a profile object field by field, for every version of the format: every problem is collected, none stops
the reading, so a bad file is refused with all that is wrong with it at once."""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from typing import TypeVar

from desktop.models.errors import ProfileError
from desktop.models.profile_messages import missing, unknown_key

_T = TypeVar("_T")


class FieldReader:
    """The fields of one profile object; ``errors`` holds every problem found so far (unknown keys first)."""

    def __init__(
        self, data: Mapping[str, object], keys: Collection[str], required: Collection[str], version: int = 1
    ) -> None:
        self._data = data
        self._required = required
        self.errors: list[ProfileError] = [
            unknown_key(str(key), value, list(keys), version) for key, value in data.items() if key not in keys
        ]

    def field(self, key: str, check: Callable[[object], _T]) -> _T | None:
        """A single value: ``check`` returns it or raises the problem."""
        if self._absent(key):
            return None
        try:
            return check(self._data.get(key))
        except ProfileError as error:
            self.errors.append(error)
            return None

    def section(self, key: str, check: Callable[[object, list[ProfileError]], _T]) -> _T | None:
        """A value with parts (a list, a table): ``check`` adds a problem per part and returns what it could read."""
        if self._absent(key):
            return None
        return check(self._data.get(key), self.errors)

    def _absent(self, key: str) -> bool:
        if key not in self._data and key in self._required:
            self.errors.append(missing(key))
            return True
        return False
