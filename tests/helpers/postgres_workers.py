"""What the concurrent-writer tests run in child processes (importable by ``multiprocessing``'s spawn)."""

from __future__ import annotations

import traceback
from typing import Any

from desktop.models.profile_format import parse_profile


def save_after_barrier(url: str, profile_id: int, notes: str, barrier: Any, results: Any) -> None:
    """Open the profile, wait until the other process has opened it too, then save ``notes`` over it."""
    from desktop.models.store import open_store
    from desktop.models.store.conflict import ConflictError

    try:
        store, _ = open_store(url=url, load_samples=False)
        with store:
            profile, version = store.load_versioned(profile_id)
            barrier.wait(timeout=60)
            try:
                store.update(profile_id, profile.with_changes(notes=notes), expected_version=version)
                results.put(("saved", notes, None))
            except ConflictError as error:
                theirs = error.theirs.profile.notes if error.theirs.profile is not None else None
                results.put(("conflict", notes, theirs))
    except BaseException:
        results.put(("traceback", notes, traceback.format_exc()))


def increment(url: str, profile_id: int, writer: int, operations: int, barrier: Any, results: Any) -> None:
    """``operations`` times: add 1 to the profile's enterprise count, re-reading and retrying after a conflict.
    Every fifth operation also saves a plan of the writer's own, so profile and plan saves interleave."""
    from desktop.models.store import open_store
    from desktop.models.store.conflict import ConflictError

    done = conflicts = 0
    try:
        store, _ = open_store(url=url, load_samples=False)
        with store:
            barrier.wait(timeout=60)
            while done < operations:
                profile, version = store.load_versioned(profile_id)
                figures = dict(profile.figures)
                figures["enterprises"] = int(figures.get("enterprises", 0)) + 1
                data: dict[str, Any] = {"actions": [], "writer": writer, "operation": done}
                try:
                    store.update(
                        profile_id,
                        profile.with_changes(figures=figures),
                        expected_version=version,
                        plan_data=data if done % 5 == 0 else None,
                    )
                    done += 1
                except ConflictError:
                    conflicts += 1
        results.put(("done", writer, done, conflicts))
    except BaseException:
        results.put(("traceback", writer, done, traceback.format_exc()))


def profile(name: str, **changes: Any) -> Any:
    data: dict[str, Any] = {
        "format": "zoneplanner-profile",
        "version": 1,
        "name": name,
        "stage": "growth",
        "industries": ["ict"],
        "endowments": dict.fromkeys(
            (
                "natural_resources",
                "transport_location",
                "research_base",
                "talent",
                "capital",
                "leading_firms",
                "sme_network",
                "intermediaries",
            ),
            2,
        ),
        "figures": {"enterprises": 0},
    }
    data.update(changes)
    return parse_profile(data)
