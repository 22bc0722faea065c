"""How long exporting the action-plan workbook takes, beside openpyxl writing the same cells bare.

Run: ``python benchmarks/bench_export.py``. Budgets: a typical plan (about 25 actions) under 0.5 s; a large one
(500 actions) within twice the time openpyxl needs to write the same cell values without styles, charts or
drop-downs.
"""

from __future__ import annotations

import dataclasses
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from openpyxl import Workbook

from desktop.models.analysis import default_analyzer
from desktop.models.plan.types import Action
from desktop.models.profile_format import read_profile
from desktop.models.workbook.context import ExportContext
from desktop.models.workbook.writer import build_workbook, write_workbook
from desktop.resources import resource_path

SAMPLE = "hitech-hubei.json"
SIZES = {"typical": 25, "large": 500}
TYPICAL_BUDGET_S = 0.5
LARGE_RATIO_BUDGET = 2.0
REPEATS = 5


def best_of(repeats: int, run: Callable[[], object]) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)  # the least disturbed run: the machine is shared


def padded(actions: Sequence[Action], count: int) -> list[Action]:
    """``count`` actions made by repeating the generated ones under new IDs, as a long-edited plan would be."""
    if not actions:
        raise SystemExit("the sample profile produced no actions")
    return [
        dataclasses.replace(actions[n % len(actions)], id=f"{actions[n % len(actions)].id}#{n}") for n in range(count)
    ]


def bare_write(cells: dict[str, list[list[object]]], target: Path) -> None:
    """openpyxl alone: the same values, no styles, charts, validations or formatting."""
    workbook = Workbook()
    workbook.remove(workbook.active)
    for title, rows in cells.items():
        worksheet = workbook.create_sheet(title)
        for row in rows:
            worksheet.append(row)
    workbook.save(target)


def main() -> int:
    analyzer = default_analyzer()
    profile = read_profile(resource_path("samples", SAMPLE))
    analysis = analyzer.analyse(profile)
    print(f"sample {SAMPLE}: {len(analysis.result.matches)} matches, {len(analysis.actions)} generated actions")
    print(f"{'plan':<8} {'actions':>7} {'export s':>9} {'bare s':>8} {'ratio':>6}")
    failures = []
    with tempfile.TemporaryDirectory() as folder:
        for name, count in SIZES.items():
            actions = padded(analysis.actions, count)
            target, bare_target = Path(folder) / f"{name}.xlsx", Path(folder) / f"{name}-bare.xlsx"

            def export(actions: list[Action] = actions, target: Path = target) -> None:
                write_workbook(target, profile=profile, result=analysis.result, actions=actions, kb=analyzer.kb)

            context = ExportContext(profile, analysis.result, tuple(actions), analyzer.kb, "zh", date.today())
            built = build_workbook(context)
            cells = {ws.title: [[cell.value for cell in row] for row in ws.iter_rows()] for ws in built}
            export_s = best_of(REPEATS, export)

            def bare(cells: dict[str, list[list[object]]] = cells, bare_target: Path = bare_target) -> None:
                bare_write(cells, bare_target)

            bare_s = best_of(REPEATS, bare)
            ratio = export_s / bare_s
            print(f"{name:<8} {count:>7} {export_s:>9.3f} {bare_s:>8.3f} {ratio:>6.2f}")
            if name == "typical" and export_s >= TYPICAL_BUDGET_S:
                failures.append(f"typical plan took {export_s:.3f} s (budget {TYPICAL_BUDGET_S} s)")
            if name == "large" and ratio > LARGE_RATIO_BUDGET:
                failures.append(f"large plan took {ratio:.2f}× the bare write (budget {LARGE_RATIO_BUDGET}×)")
    print(f"budgets: typical < {TYPICAL_BUDGET_S} s; large ≤ {LARGE_RATIO_BUDGET}× bare")
    for failure in failures:
        print(f"OVER BUDGET: {failure}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
