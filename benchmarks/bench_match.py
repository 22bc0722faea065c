"""Time and memory to match one profile and build its plan (knowledge base and rules loaded once).

Run: ``python benchmarks/bench_match.py [--generated N] [--repeat R]``. Prints, for the judged profiles of the tests
and for N generated profiles, the median and 95th percentile time of ``Analyzer.analyse`` (matching + plan) and the
peak memory one call allocates; exits 1 if the budget (median < 5 ms, p95 < 15 ms) is exceeded. Pinned to one core
where the platform allows, so the figures mean "one core of this machine".
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import statistics
import sys
import time
import tracemalloc
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop.models.analysis import Analyzer  # noqa: E402 — after the path set-up, so a source checkout works
from desktop.models.knowledge.loader import load_knowledge_base  # noqa: E402
from desktop.models.profile import Profile  # noqa: E402
from desktop.models.vocabulary import Condition, Endowment, Figure, Industry, Kind, Level, Stage  # noqa: E402

BUDGET_MEDIAN_MS = 5.0
BUDGET_P95_MS = 15.0


def generated_profiles(count: int, seed: int = 20190614) -> list[Profile]:
    """Random but valid profiles: every stage, industry mix, rating, flag and figure combination can occur."""
    rnd = random.Random(seed)
    profiles = []
    for n in range(count):
        figures = {f: float(rnd.randint(0, 5000)) for f in Figure if rnd.random() < 0.6}
        profiles.append(
            Profile(
                name=f"生成区 {n}",
                stage=rnd.choice(list(Stage)),
                industries=tuple(rnd.sample(list(Industry), rnd.randint(1, 5))),
                endowments={e: rnd.randint(0, 5) for e in Endowment},
                conditions={c: rnd.random() < 0.5 for c in Condition},
                figures=figures,
                level=rnd.choice([None, *Level]),
                kind=rnd.choice([None, *Kind]),
            )
        )
    return profiles


def judged_profiles() -> list[Profile]:
    from tests.helpers.judged_profiles import JUDGED

    return [j.profile for j in JUDGED]


def time_calls(analyzer: Analyzer, profiles: Sequence[Profile], repeat: int) -> list[float]:
    """Milliseconds per ``analyse`` call, one sample per call."""
    samples = []
    for _ in range(repeat):
        for profile in profiles:
            start = time.perf_counter_ns()
            analyzer.analyse(profile)
            samples.append((time.perf_counter_ns() - start) / 1e6)
    return samples


def peak_memory(analyzer: Analyzer, profiles: Sequence[Profile]) -> int:
    """The most memory (bytes) any single call allocated at once, measured with tracemalloc."""
    tracemalloc.start()
    worst = 0
    for profile in profiles:
        tracemalloc.reset_peak()
        base = tracemalloc.get_traced_memory()[0]
        analyzer.analyse(profile)
        worst = max(worst, tracemalloc.get_traced_memory()[1] - base)
    tracemalloc.stop()
    return worst


def percentile(samples: list[float], share: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def report(label: str, samples: list[float], peak: int) -> bool:
    median, p95 = statistics.median(samples), percentile(samples, 0.95)
    ok = median < BUDGET_MEDIAN_MS and p95 < BUDGET_P95_MS
    print(
        f"{label:<28} calls {len(samples):>6}  median {median:6.3f} ms  p95 {p95:6.3f} ms  "
        f"max {max(samples):6.3f} ms  peak/call {peak / 1024:7.1f} KiB  {'OK' if ok else 'OVER BUDGET'}"
    )
    return ok


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--generated", type=int, default=10_000, help="number of generated profiles (10000)")
    parser.add_argument("--repeat", type=int, default=50, help="passes over the judged profiles (50)")
    args = parser.parse_args(argv)
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})

    start = time.perf_counter()
    kb = load_knowledge_base()
    analyzer = Analyzer.load(kb)
    print(f"knowledge base, rules and templates loaded once in {(time.perf_counter() - start) * 1000:.1f} ms")

    judged = judged_profiles()
    generated = generated_profiles(args.generated)
    time_calls(analyzer, judged, 3)  # warm up
    judged_times = time_calls(analyzer, judged, args.repeat)
    ok = report(f"judged profiles ({len(judged)})", judged_times, peak_memory(analyzer, judged))
    # tracemalloc slows every allocation down a lot: measure memory on a sample of the generated profiles.
    sample = generated[:: max(1, len(generated) // 500)]
    ok &= report(
        f"generated profiles ({len(generated)})", time_calls(analyzer, generated, 1), peak_memory(analyzer, sample)
    )
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    print(
        f"process peak resident memory {rss / 1024:.1f} MiB; budget: median < {BUDGET_MEDIAN_MS} ms, "
        f"p95 < {BUDGET_P95_MS} ms"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
