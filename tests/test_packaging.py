"""The installed application finds its shipped data: build the wheel, install it into a fresh environment, run it."""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def _run(command: list[str], cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=300, check=False)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    # No build isolation: the build backend comes from the test extra, so the test needs no network.
    built = _run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-w", str(out), str(REPO)], REPO
    )
    assert built.returncode == 0, built.stderr
    (wheel_path,) = out.glob("zoneplanner-*.whl")
    return wheel_path


@pytest.mark.slow
def test_wheel_carries_the_resources(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    shipped = {n.removeprefix("desktop/_resources/") for n in names if n.startswith("desktop/_resources/")}
    expected = {p.relative_to(REPO / "resources").as_posix() for p in (REPO / "resources").rglob("*") if p.is_file()}
    assert expected, "the source tree has no resources to ship"
    assert expected <= shipped


@pytest.mark.slow
def test_installed_command_finds_its_resources(wheel: Path, tmp_path: Path) -> None:
    env_dir = tmp_path / "env"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    python = env_dir / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    installed = _run([str(python), "-m", "pip", "install", "--no-deps", "--no-index", "--quiet", str(wheel)], tmp_path)
    assert installed.returncode == 0, installed.stderr

    # Reuse the dependencies already installed for the tests (offline), but not the project itself:
    # a path added through a .pth file does not get its own .pth files (the editable install) processed.
    env_site = Path(
        _run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], tmp_path).stdout.strip()
    )
    (env_site / "_test_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")

    clean_env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "PYTHONHOME"}}
    clean_env["ZONEPLANNER_DATA_DIR"] = str(tmp_path / "data")
    where = _run([str(python), "-c", "import desktop.resources as r; print(r.resources_root())"], tmp_path, clean_env)
    assert where.returncode == 0, where.stderr
    root = Path(where.stdout.strip())
    assert root.is_relative_to(env_dir), f"resources were found outside the installed package: {root}"

    command = env_dir / ("Scripts/zoneplanner.exe" if os.name == "nt" else "bin/zoneplanner")
    version = _run([str(command), "--version"], tmp_path, clean_env)
    assert version.returncode == 0, version.stderr
    assert "ZonePlanner" in version.stdout

    check = _run([str(command), "kb", "check"], tmp_path, clean_env)
    assert check.returncode == 0, check.stdout + check.stderr
