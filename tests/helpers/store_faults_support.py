"""Helpers for the store fault tests: the command line in a child process under a file size limit or with its data
folder on read-only media, and a store filled with the shipped samples."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.models.store import open_store
from desktop.resources import resource_path

REPO = Path(__file__).resolve().parents[2]


def samples() -> list[Path]:
    return sorted(resource_path("samples").glob("*.json"))


def fill(data: Path, count: int) -> list[str]:
    """A store holding the first ``count`` sample profiles; their names."""
    from desktop.models.profile_format import read_profile

    store, _ = open_store(data, load_samples=False)
    try:
        names = []
        for sample in samples()[:count]:
            profile = read_profile(sample)
            store.create(profile)
            names.append(profile.name)
        return names
    finally:
        store.close()


def names_in(data: Path) -> list[str]:
    store, _ = open_store(data, load_samples=False)
    try:
        return sorted(summary.name for summary in store.list_summaries())
    finally:
        store.close()


def _env() -> dict[str, str]:
    path = os.pathsep.join(p for p in (str(REPO), os.environ.get("PYTHONPATH", "")) if p)
    return {**os.environ, "PYTHONPATH": path, "PYTHONIOENCODING": "utf-8", "ZONEPLANNER_DATABASE_URL": ""}


def run_cli(*args: str, file_size_limit: int | None = None) -> subprocess.CompletedProcess[str]:
    """``python -m desktop ARGS`` in a child; ``file_size_limit`` (bytes) is its ``ulimit -f``: no file it writes
    may grow past that size, as on a disk that is full (CPython ignores SIGXFSZ, so the write fails with EFBIG)."""

    def limit() -> None:
        import resource

        resource.setrlimit(resource.RLIMIT_FSIZE, (file_size_limit, resource.RLIM_INFINITY))

    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=REPO,
        env=_env(),
        check=False,
        timeout=120,
        preexec_fn=limit if file_size_limit is not None else None,
    )


def read_only_runner(folder: Path) -> list[str] | None:
    """A command prefix that runs a child with ``folder`` on read-only media: a read-only bind mount in a private
    mount namespace (``unshare``: as root directly, otherwise in a user namespace). None where that is not possible."""
    unshare = shutil.which("unshare")
    if unshare is None or sys.platform != "linux":
        return None
    mount = f"mount --bind {_q(folder)} {_q(folder)} && mount -o remount,bind,ro {_q(folder)}"
    flags = ["--mount"] if os.geteuid() == 0 else ["--map-root-user", "--mount"]
    probe = subprocess.run([unshare, *flags, "sh", "-c", mount], capture_output=True, check=False, timeout=30)
    if probe.returncode != 0:
        return None
    return [unshare, *flags, "sh", "-c", mount + ' && exec "$@"', "sh"]


def run_cli_read_only(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """``python -m desktop ARGS`` with ``folder`` read-only: on read-only media if the system allows a private
    read-only mount, otherwise (an ordinary user) with the folder and its files made read-only."""
    prefix = read_only_runner(folder)
    if prefix is None:
        return _run_with_permissions_removed(folder, *args)
    return subprocess.run(
        [*prefix, sys.executable, "-m", "desktop", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=REPO,
        env=_env(),
        check=False,
        timeout=120,
    )


def _run_with_permissions_removed(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    if os.geteuid() == 0:
        pytest.skip("root ignores permission bits, and this system refuses a private read-only mount (unshare)")
    files = [folder, *folder.iterdir()]
    modes = {path: path.stat().st_mode for path in files}
    for path in files:
        path.chmod(modes[path] & ~0o222)
    try:
        return run_cli(*args)
    finally:
        for path in files:
            path.chmod(modes[path])


def _q(path: Path) -> str:
    return "'" + str(path).replace("'", "'\\''") + "'"
