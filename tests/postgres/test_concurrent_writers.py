"""Several programs saving to one PostgreSQL database at once: conflicts are caught, no update is ever lost."""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterator

import pytest
from sqlalchemy import URL

from desktop.models.store import ProfileStore, open_store
from tests.helpers import postgres_workers as workers

pytestmark = pytest.mark.slow  # child processes

CHILD_TIMEOUT_S = 300


@pytest.fixture
def shared(postgres_url: URL) -> Iterator[tuple[str, ProfileStore]]:
    url = postgres_url.render_as_string(hide_password=False)
    store, _ = open_store(url=url, load_samples=False)
    yield url, store
    store.close()


def _run(target: object, arguments: list[tuple[object, ...]]) -> list[tuple[object, ...]]:
    context = multiprocessing.get_context("spawn")
    results = context.Queue()
    barrier = context.Barrier(len(arguments))
    processes = [context.Process(target=target, args=(*args, barrier, results)) for args in arguments]
    for process in processes:
        process.start()
    collected = [results.get(timeout=CHILD_TIMEOUT_S) for _ in processes]
    for process in processes:
        process.join(timeout=CHILD_TIMEOUT_S)
        assert process.exitcode == 0
    return collected


def test_two_processes_saving_the_same_profile_give_one_save_and_one_conflict(
    shared: tuple[str, ProfileStore],
) -> None:
    url, store = shared
    profile_id = store.create(workers.profile("共用区", notes="原稿"))

    results = _run(workers.save_after_barrier, [(url, profile_id, "甲的修改"), (url, profile_id, "乙的修改")])

    outcomes = sorted(result[0] for result in results)
    assert outcomes == ["conflict", "saved"], results
    (saved,) = [r for r in results if r[0] == "saved"]
    (refused,) = [r for r in results if r[0] == "conflict"]
    # Nothing lost: the saved one is stored, and the refused one was told exactly what it would have overwritten.
    assert store.load(profile_id).notes == saved[1]
    assert refused[2] == saved[1]
    assert len(store.revisions(profile_id)) == 2


def test_four_writers_times_a_hundred_operations_lose_no_update(shared: tuple[str, ProfileStore]) -> None:
    url, store = shared
    profile_id = store.create(workers.profile("计数区"))
    writers, operations = 4, 100

    results = _run(workers.increment, [(url, profile_id, writer, operations) for writer in range(writers)])

    assert [r for r in results if r[0] == "traceback"] == []
    assert sorted(r[2] for r in results) == [operations] * writers
    final = store.load(profile_id)
    assert final.figures["enterprises"] == writers * operations  # every increment is there, none overwritten
    assert store.revision_count(profile_id) == 1 + writers * operations
