"""The sample profiles offered once, on the first start of an empty store."""

from __future__ import annotations

from pathlib import Path

from desktop.models.errors import ZonePlannerError
from desktop.models.profile import Profile
from desktop.models.store.repository import ProfileStore
from desktop.models.text import Text
from desktop.resources import resource_path

# Set in the store the first time samples are considered, so deleting every profile never brings them back.
SAMPLES_MARKER = "samples_offered"


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
    created = store.seed(profiles, SAMPLES_MARKER)
    return ([profile.name for profile in profiles] if created else []), problems
