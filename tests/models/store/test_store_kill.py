"""A process killed in the middle of saving leaves a sound database holding one of the versions it saved."""

from __future__ import annotations

import json
import random
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from desktop.models.profile_format import parse_profile
from desktop.models.store import DATABASE_FILE, open_store

# The child saves one profile over and over, printing the version number after each commit.
_SAVER = """
import json, sys
from desktop.models.profile_format import parse_profile
from desktop.models.store import open_store

data = json.loads(sys.argv[2])
store, _ = open_store(sys.argv[1], load_samples=False)
profile_id = store.create(parse_profile(data))
print("started", flush=True)
version = 0
while True:
    version += 1
    data["notes"] = f"version {version}"
    store.update(profile_id, parse_profile(data))
    print(version, flush=True)
"""

_DATA: dict[str, Any] = {
    "format": "zoneplanner-profile",
    "version": 1,
    "stage": "nascent",
    "industries": ["water_tech"],
    "endowments": {
        "natural_resources": 3,
        "transport_location": 3,
        "research_base": 2,
        "talent": 2,
        "capital": 1,
        "leading_firms": 1,
        "sme_network": 2,
        "intermediaries": 0,
    },
    "goals": "目标 " * 500,  # a document of some size, so a save is more than a few bytes
}


def _version(data: dict[str, Any], name: str, version: int) -> dict[str, Any]:
    return {**data, "name": name, "notes": f"version {version}"}


def _run_and_kill(folder: Path, name: str, rng: random.Random) -> int:
    """Start a saver, let it report a random number of saves, kill it (SIGKILL); the last version it reported."""
    child = subprocess.Popen(
        [sys.executable, "-c", _SAVER, str(folder), json.dumps({**_DATA, "name": name})],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None and child.stderr is not None
    reported = 0
    try:
        started = child.stdout.readline()
        for _ in range(rng.randint(1, 80)):
            line = child.stdout.readline()
            if not line:
                break
            reported = int(line)
    finally:
        child.kill()  # SIGKILL on POSIX: no clean-up, no atexit, mid-transaction if it happens to be
        child.wait()
        errors = child.stderr.read()
        child.stdout.close()
        child.stderr.close()
    assert started.strip() == "started", errors
    assert reported > 0, errors
    return reported


@pytest.mark.slow
def test_killing_a_saving_process_never_damages_the_database(isolated_data_dir: Path) -> None:
    seed = random.randrange(2**32)
    rng = random.Random(seed)
    finished: dict[str, int] = {}

    for round_number in range(3):
        name = f"第 {round_number} 轮"
        reported = _run_and_kill(isolated_data_dir, name, rng)

        with sqlite3.connect(isolated_data_dir / DATABASE_FILE) as connection:
            integrity = connection.execute("PRAGMA integrity_check").fetchall()
        connection.close()
        assert integrity == [("ok",)], f"seed {seed}"

        store, report = open_store(isolated_data_dir, load_samples=False)
        try:
            assert report.moved_aside is None and report.messages == [], f"seed {seed}"
            profile_id = store.find_id(name)
            assert profile_id is not None
            saved = store.load(profile_id)
            version = int(saved.notes.removeprefix("version "))
            # Every save the child reported as done is there, and what is there is exactly one saved version.
            assert version >= reported, f"seed {seed}: reported {reported}, stored {version}"
            assert saved == parse_profile(_version(_DATA, name, version))
            revisions = store.revisions(profile_id)
            assert len(revisions) == version + 1  # the creation plus one per update, none half-written
            assert store.load_revision(revisions[0].id) == saved
            finished[name] = version
            # Profiles of earlier rounds are untouched.
            for earlier, earlier_version in finished.items():
                assert store.load(store.find_id(earlier) or -1).notes == f"version {earlier_version}"
        finally:
            store.close()
