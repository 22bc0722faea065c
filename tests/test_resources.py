"""Shipped data is found in the installed package or beside it in a checkout, or the user is told it is missing."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.resources import ResourcesMissing, locate, resource_path, resources_root

REPO = Path(__file__).resolve().parents[1]


def test_a_checkout_reads_the_top_level_resources_folder() -> None:
    assert resources_root() == REPO / "resources"
    assert resource_path("knowledge", "cases.toml").is_file()


def test_the_wheel_layout_inside_the_package_comes_first(tmp_path: Path) -> None:
    package = tmp_path / "desktop"
    (package / "_resources").mkdir(parents=True)
    (tmp_path / "resources").mkdir()
    assert locate(package) == package / "_resources"


def test_missing_resources_are_named_in_both_languages(tmp_path: Path) -> None:
    package = tmp_path / "desktop"
    package.mkdir()
    with pytest.raises(ResourcesMissing) as raised:
        locate(package)
    for words in (raised.value.message.zh, raised.value.message.en):
        assert str(package / "_resources") in words and str(tmp_path / "resources") in words
    assert "reinstall" in raised.value.message.en


def test_the_command_line_says_the_data_is_missing_without_a_traceback(tmp_path: Path) -> None:
    # A copy of the package without its data folder, as a broken installation would leave it.
    shutil.copytree(REPO / "desktop", tmp_path / "desktop", ignore=shutil.ignore_patterns("__pycache__"))
    result = subprocess.run(
        [sys.executable, "-m", "desktop.cli.main", "kb", "check"],
        cwd=tmp_path,
        env={"PYTHONPATH": str(tmp_path), "PATH": "", "ZONEPLANNER_DATA_DIR": str(tmp_path / "data")},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert "找不到 ZonePlanner 的数据文件" in result.stderr and str(tmp_path / "resources") in result.stderr
