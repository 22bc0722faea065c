"""The sample profiles: offered once, on the first start of an empty store; recognised as samples afterwards (the
list and the title mark them 示例), removable all at once and loadable again.

Which profiles are samples is a fact about the store, kept in its settings table (``SAMPLE_IDS``: their IDs, a JSON
list) — no column of its own. A store seeded before the IDs were recorded has its samples recognised by the shipped
samples' names.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from desktop.models.errors import ZonePlannerError
from desktop.models.profile import Profile
from desktop.models.store.repository import ProfileStore
from desktop.models.text import Text
from desktop.resources import resource_path

# Set in the store the first time samples are considered, so deleting every profile never brings them back.
SAMPLES_MARKER = "samples_offered"
# The IDs of the profiles that are samples (a JSON list); a profile keeps being one when renamed or edited.
SAMPLE_IDS = "sample_profiles"


def sample_files() -> list[Path]:
    folder = resource_path("samples")
    return sorted(folder.glob("*.json")) if folder.is_dir() else []


def load_samples_once(store: ProfileStore) -> tuple[list[str], list[Text]]:
    """Put the shipped samples into a store that has never had profiles; return their names and any problems."""
    if store.setting(SAMPLES_MARKER) is not None:
        return [], []
    from desktop.models.profile_format import read_profile

    profiles: list[Profile] = []
    problems: list[Text] = []
    for path in sample_files():
        try:
            profiles.append(read_profile(path))
        except (ZonePlannerError, OSError) as error:  # a broken sample must not stop the application
            detail = error.message if isinstance(error, ZonePlannerError) else Text.same(str(error))
            problems.append(
                Text(
                    f"示例档案 {path.name} 未能载入：{detail.zh}",
                    f"The sample profile {path.name} was not loaded: {detail.en}",
                )
            )
    created = store.seed(profiles, SAMPLES_MARKER, ids_key=SAMPLE_IDS)
    return ([profile.name for profile in profiles] if created else []), problems


@cache
def shipped_sample_names() -> frozenset[str]:
    """The names of the shipped samples (read from their files once; a file that cannot be read is left out)."""
    names: set[str] = set()
    for path in sample_files():
        try:
            name = json.loads(path.read_text(encoding="utf-8")).get("name")
        except (OSError, ValueError, AttributeError):
            continue
        if isinstance(name, str) and name.strip():
            names.add(name.strip())
    return frozenset(names)


def _recorded(store: ProfileStore) -> set[int] | None:
    value = store.setting(SAMPLE_IDS)
    if value is None:
        return None
    try:
        ids = json.loads(value)
    except ValueError:
        return set()
    return {i for i in ids if isinstance(i, int) and not isinstance(i, bool)} if isinstance(ids, list) else set()


def sample_ids(store: ProfileStore, listed: Iterable[tuple[int, str]]) -> frozenset[int]:
    """Which of the ``listed`` profiles (ID, name) are samples."""
    rows = list(listed)
    recorded = _recorded(store)
    if recorded is not None:
        return frozenset(profile_id for profile_id, _ in rows if profile_id in recorded)
    if store.setting(SAMPLES_MARKER) is None:
        return frozenset()  # samples were never put into this store
    names = shipped_sample_names()  # seeded before their IDs were recorded: known by name
    return frozenset(profile_id for profile_id, name in rows if name in names)


def remove_samples(store: ProfileStore, ids: Iterable[int]) -> int:
    """Delete those of ``ids`` that are sample profiles (with their versions and plans); the user's own profiles
    are never touched, whatever ``ids`` holds. Returns how many were deleted; one already gone is skipped."""
    wanted = set(ids)
    listed = [(row.id, row.name) for row in store.list_profiles()]
    samples = set(sample_ids(store, listed))
    left = samples - wanted  # samples not asked about stay samples
    deleted = 0
    try:
        for profile_id in sorted(wanted & samples):  # a profile that is not a sample is never deleted here
            store.delete(profile_id)
            deleted += 1
    finally:
        store.set_setting(SAMPLE_IDS, json.dumps(sorted(left)))
    return deleted


def add_samples(store: ProfileStore) -> tuple[list[str], list[Text]]:
    """Put the shipped samples into the store again, each whose name is free; return the names added and the
    problems (a sample file that cannot be read, a name already taken by the user's own profile)."""
    from desktop.models.profile_format import read_profile

    added: list[str] = []
    problems: list[Text] = []
    ids = set(sample_ids(store, ((row.id, row.name) for row in store.list_profiles())))
    for path in sample_files():
        try:
            profile = read_profile(path)
        except (ZonePlannerError, OSError) as error:
            detail = error.message if isinstance(error, ZonePlannerError) else Text.same(str(error))
            problems.append(
                Text(
                    f"示例档案 {path.name} 未能载入：{detail.zh}",
                    f"The sample profile {path.name} was not loaded: {detail.en}",
                )
            )
            continue
        if store.find_id(profile.name) is not None:
            continue  # already there (a sample kept, or a profile of that name): nothing is replaced
        ids.add(store.create(profile))
        added.append(profile.name)
    store.set_setting(SAMPLE_IDS, json.dumps(sorted(ids)))
    return added, problems
