"""Speed of the store on a PostgreSQL server, as the window feels it on a shared database.

1. Listing 10,000 saved profiles (large documents: the list must not read them), median of several runs.
2. Saving a profile with its action plan (one transaction, version check, a new revision), median of many saves.

Budget: listing 10,000 profiles within 0.5 s; a save within 50 ms.

Usage: ``python benchmarks/bench_shared_store.py [--database URL] [--runs 5] [--saves 50] [--profiles 10000]``.
Without ``--database`` a throw-away server is started in a temporary folder (as the tests do: PostgreSQL's initdb
and pg_ctl must be installed); a given database must be empty. Exit code 1 if a budget is missed.
"""

from __future__ import annotations

import argparse
import contextlib
import statistics
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import URL, make_url, text

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the test suite's throw-away server

from bench_store import fill, timed  # benchmarks/ is this script's folder

from desktop.models.analysis import default_analyzer
from desktop.models.plan.plan import ActionPlan
from desktop.models.profile_format import read_profile
from desktop.models.store import ProfileStore, migrate
from desktop.models.store.database import make_engine
from desktop.resources import resource_path

LIST_BUDGET_S = 0.5
SAVE_BUDGET_S = 0.050


@contextlib.contextmanager
def database(url: str | None) -> Iterator[URL]:
    if url is not None:
        yield make_url(url)
        return
    from tests.helpers.postgres_server import running_server

    with running_server() as server:
        yield server.new_database("zoneplanner_bench")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", metavar="URL", help="an empty PostgreSQL database (default: a throw-away server)")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--saves", type=int, default=50)
    parser.add_argument("--profiles", type=int, default=10_000)
    args = parser.parse_args(argv)

    profile = read_profile(sorted(resource_path("samples").glob("*.json"))[0])
    plan = ActionPlan(default_analyzer().analyse(profile).actions).to_data()
    with database(args.database) as url:
        migrate.upgrade(url)
        with ProfileStore(make_engine(url)) as store:
            fill(store, args.profiles)
            with store.engine.begin() as connection:  # fill() chose the IDs: move the server's counter past them
                connection.execute(
                    text("SELECT setval(pg_get_serial_sequence('profiles', 'id'), max(id)) FROM profiles")
                )
            assert len(store.list_summaries()) == args.profiles
            list_times = timed(store.list_summaries, args.runs)

            profile_id = store.create(profile.with_changes(name="基准测试区"), plan_data=plan)
            version = 1
            save_times = []
            for number in range(args.saves):
                edited = profile.with_changes(name="基准测试区", notes=f"第 {number} 次保存")
                began = time.perf_counter()
                version = store.update(profile_id, edited, plan_data=plan, expected_version=version)
                save_times.append(time.perf_counter() - began)

    listing, saving = statistics.median(list_times), statistics.median(save_times)
    list_ok, save_ok = listing <= LIST_BUDGET_S, saving <= SAVE_BUDGET_S
    print(
        f"PostgreSQL: list {args.profiles} profiles: median {listing * 1000:.0f} ms, "
        f"worst {max(list_times) * 1000:.0f} ms "
        f"[budget <= {LIST_BUDGET_S * 1000:.0f} ms: {'ok' if list_ok else 'OVER'}]"
    )
    print(
        f"PostgreSQL: save a profile with its plan ({len(plan.get('actions', []))} actions): median "
        f"{saving * 1000:.1f} ms, worst {max(save_times) * 1000:.1f} ms "
        f"[budget <= {SAVE_BUDGET_S * 1000:.0f} ms: {'ok' if save_ok else 'OVER'}]"
    )
    return 0 if list_ok and save_ok else 1


if __name__ == "__main__":
    sys.exit(main())
