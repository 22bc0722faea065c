"""Version 1 files keep being read as they always were: every v1 file of the test corpus gives the same Profile.

The expectations in ``tests/data/profiles/v1-expected`` were written by the version 1 reader before format 2 came
(each is that reader's canonical output, every condition spelt out); the Profile is built from them here field by
field, without any reader, so a reader that changed how v1 is understood cannot also change the expectation.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from desktop.models.profile import Profile
from desktop.models.profile_format import read_profile
from desktop.models.vocabulary import Condition, Endowment, Figure, Industry, Kind, Level, Stage

DATA = Path(__file__).resolve().parents[1] / "data" / "profiles"
V1_FILES = sorted(
    p for p in (DATA / "good").glob("*.json") if json.loads(p.read_bytes().decode("utf-8-sig"))["version"] == 1
)


def _expected(name: str) -> Profile:
    data: dict[str, Any] = json.loads((DATA / "v1-expected" / name).read_text(encoding="utf-8"))
    return Profile(
        name=data["name"],
        stage=Stage(data["stage"]),
        industries=tuple(Industry(i) for i in data["industries"]),
        endowments={Endowment(k): v for k, v in data["endowments"].items()},
        conditions={Condition(k): v for k, v in data["conditions"].items()},
        figures={Figure(k): v for k, v in data["figures"].items()},
        province=data.get("province", ""),
        city=data.get("city", ""),
        level=Level(data["level"]) if "level" in data else None,
        kind=Kind(data["kind"]) if "kind" in data else None,
        goals=data.get("goals", ""),
        notes=data.get("notes", ""),
    )


def test_the_corpus_holds_the_v1_files_users_have() -> None:
    names = {p.name for p in V1_FILES}
    assert {"minimal.json", "no-conditions.json", "nulls.json"} <= names
    assert {f"sample-{s}.json" for s in ("county-park", "hitech-hubei", "petrochem-coastal")} <= names
    assert names == {p.name for p in (DATA / "v1-expected").glob("*.json")}


@pytest.mark.parametrize("path", V1_FILES, ids=lambda p: p.name)
def test_every_v1_file_reads_as_the_same_profile_as_before(path: Path) -> None:
    profile = read_profile(path)
    assert profile == _expected(path.name)
    # In v1 nothing is unknown: a missing or null condition is a firm "no", every endowment is rated.
    assert profile.unknown_conditions() == () and profile.unknown_endowments() == ()
    assert (profile.problems, profile.targets, profile.units) == ((), (), None)
