"""Store and knowledge-base speed that the window and every command feel at start.

1. Listing 10,000 saved profiles (large documents: the list must not read them), median of several runs.
2. Loading the knowledge base from the shipped TOML files, median of several runs.

Budget: listing 10,000 profiles under 0.4 s; loading the knowledge base under 0.1 s.

Usage: ``python benchmarks/bench_store.py [--runs 5] [--profiles 10000]`` (exit code 1 if a budget is missed).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert

from desktop.models.knowledge.loader import load_knowledge_base
from desktop.models.profile_format import profile_to_data, read_profile
from desktop.models.store import open_store
from desktop.models.store.orm import ProfileRow, RevisionRow
from desktop.resources import resource_path

LIST_BUDGET_S = 0.4
KB_BUDGET_S = 0.1


def fill(store: object, count: int) -> None:
    """Insert ``count`` profiles through SQLAlchemy Core in one transaction (create() per row would time the set-up)."""
    sample = read_profile(sorted(resource_path("samples").glob("*.json"))[0])
    document = profile_to_data(sample.with_changes(notes="x" * 5000))  # large documents must not slow the list
    start = datetime(2025, 1, 1, tzinfo=UTC)
    rows = [
        {
            "id": i,
            "name": f"开发区 {i:05d}",
            "stage": document["stage"],
            "created_at": start,
            "updated_at": start + timedelta(minutes=i),
            "document": {**document, "name": f"开发区 {i:05d}"},
        }
        for i in range(1, count + 1)
    ]
    with store._write.begin() as session:  # type: ignore[attr-defined]  # a benchmark may fill the tables directly
        session.execute(insert(ProfileRow), rows)
        revisions = [
            {"profile_id": r["id"], "saved_at": start, "name": r["name"], "document": r["document"]} for r in rows
        ]
        session.execute(insert(RevisionRow), revisions)


def timed(function: object, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        function()  # type: ignore[operator]
        times.append(time.perf_counter() - began)
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--profiles", type=int, default=10_000)
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory() as folder:
        store, _report = open_store(Path(folder), load_samples=False)
        with store:
            fill(store, args.profiles)
            assert len(store.list_summaries()) == args.profiles
            list_times = timed(store.list_summaries, args.runs)
    kb_times = timed(load_knowledge_base, args.runs)

    listing, loading = statistics.median(list_times), statistics.median(kb_times)
    list_ok, kb_ok = listing < LIST_BUDGET_S, loading < KB_BUDGET_S
    print(
        f"list {args.profiles} profiles: median {listing * 1000:.0f} ms, worst {max(list_times) * 1000:.0f} ms "
        f"[budget < {LIST_BUDGET_S * 1000:.0f} ms: {'ok' if list_ok else 'OVER'}]"
    )
    print(
        f"load the knowledge base: median {loading * 1000:.1f} ms, worst {max(kb_times) * 1000:.1f} ms "
        f"[budget < {KB_BUDGET_S * 1000:.0f} ms: {'ok' if kb_ok else 'OVER'}]"
    )
    return 0 if list_ok and kb_ok else 1


if __name__ == "__main__":
    sys.exit(main())
