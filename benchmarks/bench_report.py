"""How long the 行动方案 takes to build and write: a typical plan (25 tasks) and a very large one (500).

Run: ``PYTHONPATH=. python benchmarks/bench_report.py``. Targets: 25 tasks ≤ 0.5 s, 500 tasks ≤ 2 s.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from dataclasses import replace
from datetime import date
from pathlib import Path

from desktop.models.analysis import default_analyzer
from desktop.models.profile_format import read_profile
from desktop.models.report.settings import ReportSettings
from desktop.models.report.writer import write_report
from desktop.models.text import Text
from desktop.resources import resource_path

TARGETS = {25: 0.5, 500: 2.0}
RUNS = 5


def main() -> None:
    analyzer = default_analyzer()
    analysis = analyzer.analyse(read_profile(resource_path("samples", "hitech-hubei.json")))
    settings = ReportSettings("某某高新区管委会", "2026-03-15")
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "plan.docx"
        write_report(
            target,
            profile=analysis.profile,
            result=analysis.result,
            actions=analysis.actions,
            kb=analyzer.kb,
            settings=settings,
        )  # warm-up: imports, the wording, the template
        for count, limit in TARGETS.items():
            actions = [
                replace(base, id=f"{base.id}#{n}", title=Text(f"{base.title.zh}（{n}）", f"{base.title.en} ({n})"))
                for n in range(count)
                for base in (analysis.actions[n % len(analysis.actions)],)
            ]
            times = []
            for _ in range(RUNS):
                start = time.perf_counter()
                write_report(
                    target,
                    profile=analysis.profile,
                    result=analysis.result,
                    actions=actions,
                    kb=analyzer.kb,
                    settings=settings,
                    today=date(2026, 3, 15),
                )
                times.append(time.perf_counter() - start)
            median = statistics.median(times)
            verdict = "ok" if median <= limit else "TOO SLOW"
            print(
                f"{count:>4} tasks: median {median:.3f} s, best {min(times):.3f} s "
                f"(target ≤ {limit} s, {target.stat().st_size // 1024} KiB) {verdict}"
            )


if __name__ == "__main__":
    main()
