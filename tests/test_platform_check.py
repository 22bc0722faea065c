"""A Linux user whose system lacks the X11 libraries Qt needs is told, in Chinese and English, the one apt line to run,
and the start ends with exit code 2 instead of Qt's abort.

The missing library is simulated: the start runs in a child process pointed at a display that does not exist (so
Qt's display plugin fails as it does without libxcb-cursor0), with the library probe told that libxcb-cursor.so.0
cannot be loaded.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from desktop import platform_check
from desktop.platform_check import APT_LINE, EXIT_NO_DISPLAY, applies, missing_libraries, platform_hint

ROOT = Path(__file__).resolve().parents[1]

# The application's own start, with the library probe replaced by one that says which libraries are "missing" (and
# that every other one is there, so a machine that really lacks one gives the same result).
START = """
import sys
from desktop import platform_check
missing = set(sys.argv[1].split(",")) - {""}
platform_check.can_load = lambda library: library not in missing  # the same answer on any machine
from desktop.app import main
raise SystemExit(main(["--data-dir", sys.argv[2]]))
"""


def start_without(missing: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY", "XDG_SESSION_TYPE")}
    env["DISPLAY"] = ":4711"  # no X server there: the xcb plugin cannot start, as without its libraries
    env["PYTHONPATH"] = str(ROOT)
    return subprocess.run(
        [sys.executable, "-c", START, missing, str(tmp_path / "data")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_a_missing_xcb_library_gives_the_apt_line_in_chinese_and_english(tmp_path: Path) -> None:
    run = start_without("libxcb-cursor.so.0", tmp_path)

    assert run.returncode == EXIT_NO_DISPLAY, run.stderr  # not Qt's abort (-6) and its core dump
    lines = run.stderr.splitlines()
    chinese = next(line for line in lines if "系统缺少" in line)
    english = next(line for line in lines if "the system lacks" in line)
    assert "libxcb-cursor0" in chinese and "libxcb-cursor0" in english  # the package, not the file name
    assert run.stderr.count(APT_LINE) == 2  # the one line to run, under each language
    assert "Traceback" not in run.stderr
    assert not (tmp_path / "data").exists() or not any((tmp_path / "data").iterdir())  # nothing was created


def test_no_display_at_all_says_so_instead_of_blaming_libraries(tmp_path: Path) -> None:
    run = start_without("", tmp_path)

    assert run.returncode == EXIT_NO_DISPLAY, run.stderr
    assert "找不到可用的图形显示" in run.stderr and "no graphical display could be reached" in run.stderr
    assert "apt install" not in run.stderr


def test_the_hint_names_each_missing_package_once_and_the_readme_has_the_same_line() -> None:
    hint = platform_hint(["libxcb-cursor.so.0", "libxcb-icccm.so.4"])
    assert "libxcb-cursor0 libxcb-icccm4" in hint
    assert APT_LINE.startswith("sudo apt install libxcb-cursor0 ")
    assert APT_LINE in (ROOT / "README.md").read_text(encoding="utf-8")


def test_the_probe_reports_what_cannot_be_loaded() -> None:
    assert missing_libraries(lambda library: library != "libxcb-keysyms.so.1") == ["libxcb-keysyms.so.1"]
    assert platform_check.can_load("libc.so.6")
    assert not platform_check.can_load("libzoneplanner-no-such-library.so.0")


def test_only_linux_with_qt_choosing_its_platform_is_checked() -> None:
    assert applies("linux", {})
    assert applies("linux", {"QT_QPA_PLATFORM": "xcb"})
    assert not applies("linux", {"QT_QPA_PLATFORM": "offscreen"})  # the user's own choice
    assert not applies("win32", {})
    assert not applies("darwin", {})
