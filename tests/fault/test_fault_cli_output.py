"""Standard output that goes away (``| head``) or fills up (``> /dev/full``), through real pipes and files."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli.main import main
from desktop.resources import resource_path

REPO = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow  # the command line in child processes

SAMPLE = str(sorted(resource_path("samples").glob("*.json"))[0])


def _command(*argv: str) -> list[str]:
    return [sys.executable, "-m", "desktop", *argv]


def _env(data_dir: Path) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(REPO), "ZONEPLANNER_DATA_DIR": str(data_dir)}


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    assert main(["--data-dir", str(folder), "profiles", "import", SAMPLE]) == 0
    return folder


@pytest.mark.parametrize(
    "argv", [("profiles", "list"), ("kb", "list"), ("match", SAMPLE)], ids=["profiles list", "kb list", "match"]
)
def test_a_reader_that_has_gone_away_ends_the_command_quietly(argv: tuple[str, ...], data_dir: Path) -> None:
    # The read end is closed before the command writes: every write meets a broken pipe, as after ``| head -1``.
    with subprocess.Popen(_command(*argv), stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=_env(data_dir)) as child:
        assert child.stdout is not None and child.stderr is not None
        child.stdout.close()
        err = child.stderr.read().decode("utf-8")
        code = child.wait(timeout=120)
    assert code in (0, 141)
    assert err == ""  # no "cannot access file: Broken pipe", no "Exception ignored", no traceback


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full (Linux)")
@pytest.mark.parametrize("argv", [("profiles", "list"), ("kb", "list")], ids=" ".join)
def test_a_full_stdout_is_named_as_such_not_blamed_on_a_file(argv: tuple[str, ...], data_dir: Path) -> None:
    with open("/dev/full", "w") as full:
        result = subprocess.run(
            _command(*argv), stdout=full, stderr=subprocess.PIPE, text=True, env=_env(data_dir), timeout=120
        )
    assert result.returncode not in (0, 141)
    lines = result.stderr.splitlines()
    assert len(lines) == 2, result.stderr  # the error policy: Chinese, then English; no traceback
    assert lines[0].startswith("错误：无法写入标准输出") and "文件" not in lines[0]
    assert lines[1].startswith("Error: cannot write to standard output") and "No space left" in lines[1]
