"""Start-up and list-filter speed of the window.

1. Time from process start to the main window shown, with 1,000 profiles in the store, beside a bare PySide6 window
   started the same way on the same machine (each the median of several fresh processes).
2. Time to filter the profile list as the user types, with 10,000 profiles.

Budget: window shown within 1.5 s and within 3× the bare window; filtering under 50 ms.

Usage: ``python benchmarks/bench_startup.py [--runs 5] [--profiles 1000] [--rows 10000]``
(Qt's offscreen platform unless QT_QPA_PLATFORM says otherwise; exit code 1 if a budget is missed.)
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

WINDOW_BUDGET_S = 1.5
WINDOW_RATIO_BUDGET = 3.0
FILTER_BUDGET_MS = 50.0

# Each child prints "shown" once its window is up and its first events are processed, then quits.
BARE_CHILD = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1280, 800)
window.show()
QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))
app.exec()
"""

APP_CHILD = """
import sys
from PySide6.QtCore import QTimer
from desktop.app import start
app, window = start(["--data-dir", sys.argv[1]])
assert window is not None and window.isVisible()
QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))
app.exec()
"""


def fill_store(data_dir: Path, count: int) -> None:
    from desktop.models.profile_format import read_profile
    from desktop.models.store import open_store
    from desktop.resources import resource_path

    base = read_profile(resource_path("samples", "hitech-hubei.json"))
    store, _ = open_store(data_dir, load_samples=False)
    try:
        store.seed([base.with_changes(name=f"基准开发区 {i:04d}") for i in range(count)], "benchmark")
    finally:
        store.close()


def time_child(code: str, *args: str) -> float:
    """Seconds from launching a fresh Python to its "shown" line."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    started = time.perf_counter()
    with subprocess.Popen(
        [sys.executable, "-c", code, *args], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env
    ) as child:
        assert child.stdout is not None
        for line in child.stdout:
            if line.strip() == "shown":
                elapsed = time.perf_counter() - started
                break
        else:
            raise RuntimeError("the child never showed its window")
        child.wait(timeout=60)
    return elapsed


def time_filtering(rows: int) -> list[float]:
    """Milliseconds per keystroke while typing into the search box of a list of ``rows`` profiles."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from desktop.models.store import ProfileSummary
    from desktop.models.vocabulary import Stage
    from desktop.views.i18n import Language
    from desktop.views.profile_list import ProfileListPanel

    app = QApplication.instance() or QApplication([])
    language = Language("zh")
    stages = list(Stage)
    moment = datetime(2024, 1, 1, tzinfo=UTC)
    summaries = [
        ProfileSummary(i, f"测试开发区 {i:05d}", stages[i % 4], moment + timedelta(minutes=i), 1) for i in range(rows)
    ]
    panel = ProfileListPanel(language)
    panel.resize(300, 800)
    panel.show()
    panel.set_rows(summaries)
    app.processEvents()
    timings = []
    # Typing "开发区 1234" one character at a time, then clearing the box: every step re-filters the whole list.
    for text in ["开", "开发", "开发区", "开发区 ", "开发区 1", "开发区 12", "开发区 123", "开发区 1234", ""]:
        started = time.perf_counter()
        panel.set_filter(text)
        app.processEvents()  # include the view catching up with the new rows
        timings.append((time.perf_counter() - started) * 1000)
    return timings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--profiles", type=int, default=1000)
    parser.add_argument("--rows", type=int, default=10_000)
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory() as folder:
        data_dir = Path(folder) / "data"
        fill_store(data_dir, args.profiles)
        time_child(APP_CHILD, str(data_dir))  # warm the OS file cache once, as a second start would be
        app_times = [time_child(APP_CHILD, str(data_dir)) for _ in range(args.runs)]
    bare_times = [time_child(BARE_CHILD) for _ in range(args.runs)]
    filter_times = time_filtering(args.rows)

    app_s, bare_s = statistics.median(app_times), statistics.median(bare_times)
    worst_filter = max(filter_times)
    window_ok = app_s <= WINDOW_BUDGET_S and app_s <= WINDOW_RATIO_BUDGET * bare_s
    filter_ok = worst_filter < FILTER_BUDGET_MS
    print(f"platform: {os.environ.get('QT_QPA_PLATFORM', 'offscreen')}, runs: {args.runs}")
    print(f"bare PySide6 window shown:           {bare_s:.3f} s (median; {', '.join(f'{t:.3f}' for t in bare_times)})")
    print(
        f"ZonePlanner window, {args.profiles} profiles: {app_s:.3f} s (median; {', '.join(f'{t:.3f}' for t in app_times)})"
        f" = {app_s / bare_s:.2f}× bare  [budget ≤ {WINDOW_BUDGET_S} s and ≤ {WINDOW_RATIO_BUDGET}×: "
        f"{'ok' if window_ok else 'OVER'}]"
    )
    print(
        f"filter {args.rows} profiles per keystroke: median {statistics.median(filter_times):.1f} ms, "
        f"worst {worst_filter:.1f} ms  [budget < {FILTER_BUDGET_MS:.0f} ms: {'ok' if filter_ok else 'OVER'}]"
    )
    return 0 if window_ok and filter_ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
