"""The one place that finds the data shipped with the application (knowledge base, rules, translations...)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def resources_root() -> Path:
    """Return the folder that holds the shipped resources.

    An installed wheel carries them as ``desktop/_resources``; a source checkout (editable install included) has
    them in the top-level ``resources/`` folder beside the package.
    """
    for candidate in (_PACKAGE_DIR / "_resources", _PACKAGE_DIR.parent / "resources"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"ZonePlanner resources not found beside {_PACKAGE_DIR}")


def resource_path(*parts: str) -> Path:
    """Return the path of a shipped resource, e.g. ``resource_path("knowledge", "cases.toml")``."""
    return resources_root().joinpath(*parts)
