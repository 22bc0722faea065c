"""Importing returned progress forms: 40 forms of a 60-action plan, read, compared with the plan and applied.

The plan: the county park's proposals plus actions of its own up to 60, stored. The forms: the one form of all
actions, filled in 40 times as units would (each return reports on 15 actions, with its own date), written with
openpyxl. Timed: ``preview_ledger`` (read every file, build the preview) and the whole ``import_ledger`` (preview and
the one save), each run on a fresh copy of the store.

Budget: the whole import of the 40 forms ≤ 2 s (median).

Usage: ``python benchmarks/bench_ledger.py [--runs 5] [--forms 40] [--actions 60]`` (exit code 1 if the budget is
missed).
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

BUDGET_S = 2.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--forms", type=int, default=40)
    parser.add_argument("--actions", type=int, default=60)
    args = parser.parse_args(argv)

    from openpyxl import load_workbook

    from desktop.models.analysis import default_analyzer
    from desktop.models.ledger.layout import AT
    from desktop.models.ledger.service import export_ledger, import_ledger, preview_ledger
    from desktop.models.plan.plan import ActionPlan
    from desktop.models.profile_format import read_profile
    from desktop.models.store import open_store
    from desktop.resources import resource_path

    analyzer = default_analyzer()
    profile = read_profile(resource_path("samples", "county-park.json"))
    plan = ActionPlan(analyzer.analyse(profile).actions)
    while len(plan) < args.actions:
        plan.add_custom(f"园区自定行动 {len(plan) + 1}")
    rng = random.Random(15)
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        master = root / "master"
        store, _ = open_store(master, load_samples=False)
        with store:
            profile_id = store.import_profile(profile)
            store.save_plan(profile_id, plan.to_data())
            form = export_ledger(store, profile.name, root, analyzer=analyzer).paths[0]
        book = load_workbook(form)
        ws = book.worksheets[0]
        rows = [r for r in range(5, ws.max_row + 1) if ws.cell(row=r, column=AT["id"]).value]
        files: list[Path] = []
        for number in range(args.forms):
            for row in rows:
                for key in ("progress", "status", "percent", "problems", "next_steps", "reporter", "reported_on"):
                    ws.cell(row=row, column=AT[key]).value = None
            for row in rng.sample(rows, 15):
                ws.cell(row=row, column=AT["progress"]).value = f"第 {number} 份：推进中，已完成阶段任务"
                ws.cell(row=row, column=AT["status"]).value = rng.choice(["进行中", "已完成", "未开始"])
                ws.cell(row=row, column=AT["percent"]).value = rng.randint(0, 100)
                ws.cell(row=row, column=AT["problems"]).value = "资金和用地指标紧张"
                ws.cell(row=row, column=AT["reporter"]).value = "张三"
                ws.cell(row=row, column=AT["reported_on"]).value = date(2026, 5, 1) + timedelta(days=number)
            path = root / f"return-{number:02d}.xlsx"
            book.save(path)
            files.append(path)
        previews: list[float] = []
        imports: list[float] = []
        applied = 0
        for run in range(args.runs):
            copy = root / f"run-{run}"
            shutil.copytree(master, copy)
            store, _ = open_store(copy, load_samples=False)
            with store:
                started = time.perf_counter()
                loaded = preview_ledger(store, profile.name, files, analyzer=analyzer)
                previews.append(time.perf_counter() - started)
                started = time.perf_counter()
                result = import_ledger(store, profile.name, files, analyzer=analyzer)
                imports.append(time.perf_counter() - started)
                applied = len(result.applied)
                assert len(loaded.preview.proposals) == len(result.preview.proposals)
    preview_median, import_median = statistics.median(previews), statistics.median(imports)
    print(f"{args.forms} forms of a {len(plan)}-action plan, {applied} returns applied per import, {args.runs} runs")
    print(f"  preview (read + compare): median {preview_median:.3f} s, max {max(previews):.3f} s")
    print(f"  import (preview + one save): median {import_median:.3f} s, max {max(imports):.3f} s")
    print(f"  budget for the import: {BUDGET_S} s")
    if import_median > BUDGET_S:
        print("  over budget", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
