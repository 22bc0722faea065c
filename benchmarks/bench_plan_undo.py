"""What the undo history of plan edits adds to each edit: a snapshot of the plan, the comparison with the last one
and the plan diff that names the step, measured on the plan page's table model for plans of 14 to about 500 actions.

Budget: median < 5 ms per edit for the largest plan (the edit itself, the table and the window come on top; the
window's whole budget for an edit is 100 ms). The p95 is printed too: on a busy machine it shows the scheduler's
pauses more than this code.

Usage: ``python benchmarks/bench_plan_undo.py [--edits 200]``
(Qt's offscreen platform unless QT_QPA_PLATFORM says otherwise; exit code 1 if the budget is missed.)
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from dataclasses import replace

BUDGET_MS = 5.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--edits", type=int, default=200)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from desktop.models.analysis import default_analyzer
    from desktop.models.plan.plan import ActionPlan
    from desktop.models.profile_format import read_profile
    from desktop.models.text import Text
    from desktop.resources import resource_path
    from desktop.views.plan.table_model import PlanTableModel
    from desktop.views.plan.undo import PlanUndo

    analyzer = default_analyzer()
    proposed = analyzer.analyse(read_profile(resource_path("samples", "hitech-hubei.json"))).actions
    worst = 0.0
    for copies in (1, 10, 35):
        actions = [replace(a, id=f"{a.id}#{n}") for n in range(copies) for a in proposed]
        model = PlanTableModel(analyzer.kb.departments, "zh")
        undo = PlanUndo(model, Text.same, "zh")
        model.set_plan(ActionPlan(actions))
        plan = model.plan
        assert plan is not None
        timings = []
        for edit in range(args.edits):
            action = actions[edit % len(actions)]
            plan.update(action.id, owner=f"责任人{edit}")
            start = time.perf_counter()
            model.planChanged.emit()  # what every edit through the model ends with: the undo takes its step here
            timings.append((time.perf_counter() - start) * 1000)
        median = statistics.median(timings)
        p95 = sorted(timings)[int(len(timings) * 0.95) - 1]
        worst = max(worst, median)
        print(
            f"{len(actions):4d} actions: undo bookkeeping per edit median {median:.2f} ms, p95 {p95:.2f} ms "
            f"({undo.stack.count()} steps)"
        )
    del app
    ok = worst < BUDGET_MS
    print(f"budget {BUDGET_MS:.0f} ms: {'met' if ok else 'MISSED'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
