"""The one place that finds the data shipped with the application (knowledge base, rules, translations...).

The data is found through ``importlib.resources`` from the ``desktop`` package, in one of its two layouts, decided
once per process: an installed wheel carries it inside the package as ``desktop/_resources`` (pyproject's
``force-include``); a source checkout (editable install included) keeps it in the top-level ``resources/`` folder
beside the package. Neither found is an installation fault, reported as a ``ResourcesMissing`` naming both places.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from pathlib import Path

from desktop.models.errors import ZonePlannerError
from desktop.models.text import Text

PACKAGE = "desktop"
WHEEL_FOLDER = "_resources"  # inside the package, as the wheel carries them
CHECKOUT_FOLDER = "resources"  # beside the package, in a source checkout


class ResourcesMissing(ZonePlannerError):
    """The application's own data files are not where the installation puts them."""


@cache
def resources_root() -> Path:
    """The folder that holds the shipped resources (resolved on first use, then remembered)."""
    package = files(PACKAGE)
    # Qt, tomllib and the copies tests make all need real files: a package inside a zip archive is not supported.
    if not isinstance(package, Path):
        raise ResourcesMissing(
            Text(
                f"ZonePlanner 必须安装在磁盘文件夹中，而不是压缩包内（{package}）",
                f"ZonePlanner must be installed as files on disk, not inside an archive ({package})",
            )
        )
    return locate(package)


def locate(package: Path) -> Path:
    """The resources of the package installed in the folder ``package``: the wheel's layout, else a checkout's."""
    candidates = (package / WHEEL_FOLDER, package.parent / CHECKOUT_FOLDER)
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    tried = "、".join(str(c) for c in candidates)
    tried_en = " or ".join(str(c) for c in candidates)
    raise ResourcesMissing(
        Text(
            f"找不到 ZonePlanner 的数据文件（已查找 {tried}），请重新安装。",
            f"ZonePlanner's data files are missing (looked in {tried_en}); please reinstall.",
        )
    )


def resource_path(*parts: str) -> Path:
    """The path of a shipped resource, e.g. ``resource_path("knowledge", "cases.toml")``."""
    return resources_root().joinpath(*parts)
