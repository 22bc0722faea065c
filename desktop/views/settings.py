"""Every setting the window keeps between runs, declared once with its key, type and default.

Settings are the window's own (sizes, sort, language, the last profile and folders), kept in an INI file beside the
data, never user data. Code reads and writes them only through these declarations, so a key is spelt once and a
value of the wrong type (an edited file, an older version) reads as the default.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

from desktop.models.text import LANGS, Lang
from desktop.views.profile_list_model import SortKey

T = TypeVar("T")


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One setting: its key, its default, and how a stored value is read (None: not a value of this setting)."""

    key: str
    default: T
    parse: Callable[[object], T | None]
    dump: Callable[[T], object] = lambda value: value

    def read(self, settings: QSettings) -> T:
        stored = settings.value(self.key)
        value = None if stored is None else self.parse(stored)
        return self.default if value is None else value

    def write(self, settings: QSettings, value: T) -> None:
        if value is None:
            settings.remove(self.key)
        else:
            settings.setValue(self.key, self.dump(value))

    def remove(self, settings: QSettings) -> None:
        settings.remove(self.key)


def _bytes(value: object) -> QByteArray | None:
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def _sort(value: object) -> SortKey | None:
    return SortKey(value) if value in SortKey._value2member_map_ else None


def _lang(value: object) -> Lang | None:
    return value if isinstance(value, str) and value in LANGS else None  # type: ignore[return-value]


def _profile_id(value: object) -> int | None:
    return int(value) if isinstance(value, int | str) and str(value).isdigit() else None


def _folder(value: object) -> Path | None:
    """A folder that still exists (one since removed or unmounted reads as unset)."""
    return Path(value) if isinstance(value, str) and value and Path(value).is_dir() else None


def _keys(value: object) -> tuple[str, ...] | None:
    """Words separated by commas (an edited INI file may hand them back as a list)."""
    if isinstance(value, list):
        value = ",".join(str(item) for item in value)
    return tuple(key.strip() for key in value.split(",") if key.strip()) if isinstance(value, str) else None


GEOMETRY: Setting[QByteArray | None] = Setting("window/geometry", None, _bytes)
SPLITTER: Setting[QByteArray | None] = Setting("window/splitter", None, _bytes)
SORT: Setting[SortKey] = Setting("profiles/sort", SortKey.NAME, _sort, lambda key: key.value)
LANGUAGE: Setting[Lang | None] = Setting("language", None, _lang)  # None: the application's default language
LAST_PROFILE: Setting[int | None] = Setting("profiles/last", None, _profile_id)
# The folder of the last file chosen in any of the window's file dialogs: import and export start there.
LAST_FOLDER: Setting[Path | None] = Setting("files/folder", None, _folder, str)
EXPORT_FOLDER: Setting[Path | None] = Setting("plan/export_folder", None, _folder, str)  # the last plan workbook

# The plan table's shown columns (PlanColumn keys); None: the default choice (views/plan/plan_table.py).
PLAN_COLUMNS: Setting[tuple[str, ...] | None] = Setting("plan/columns", None, _keys, lambda keys: ",".join(keys or ()))
# The splitters inside the tabs, by the object name of the splitter they keep.
PAGE_SPLITTERS: dict[str, Setting[QByteArray | None]] = {
    name: Setting(f"{group}/splitter", None, _bytes)
    for name, group in (
        ("matchesSplitter", "matches"),
        ("planSplitter", "plan"),
        ("compareSplitter", "compare"),
        ("knowledgeSplitter", "knowledge"),
    )
}

ALL: tuple[Setting[Any], ...] = (
    GEOMETRY,
    SPLITTER,
    SORT,
    LANGUAGE,
    LAST_PROFILE,
    LAST_FOLDER,
    EXPORT_FOLDER,
    PLAN_COLUMNS,
    *PAGE_SPLITTERS.values(),
)
