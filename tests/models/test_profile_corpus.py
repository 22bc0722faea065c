"""Profile files as users hand them to ZonePlanner: every broken one is refused with a message naming the field."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

from desktop.models.errors import ProfileErrors, ZonePlannerError
from desktop.models.profile import Profile
from desktop.models.profile_format import MAX_FILE_BYTES, ProfileFileError, dumps_profile, read_profile
from desktop.models.profile_rules import CITY_MAX, NAME_MAX, TEXT_MAX
from desktop.models.vocabulary import Condition, Endowment, Figure, Industry, Kind, Level, Stage

DATA = Path(__file__).resolve().parents[1] / "data" / "profiles"
BAD = DATA / "bad"
GOOD = DATA / "good"
CASES: list[dict[str, Any]] = tomllib.loads((BAD / "cases.toml").read_text(encoding="utf-8"))["case"]


def test_the_corpus_is_large_and_every_file_has_an_expectation() -> None:
    listed = {str(case["file"]) for case in CASES}
    on_disk = {path.name for path in BAD.iterdir() if path.name != "cases.toml"}
    assert listed == on_disk
    assert len(CASES) >= 30


@pytest.mark.parametrize("case", CASES, ids=[str(case["file"]) for case in CASES])
def test_a_bad_file_is_refused_with_a_message_naming_the_field_and_the_value(case: dict[str, Any]) -> None:
    path = BAD / str(case["file"])
    with pytest.raises(ZonePlannerError) as raised:
        read_profile(path)
    error = raised.value
    if "field" in case:
        field, shows = str(case["field"]), str(case.get("shows", ""))
        assert isinstance(error, ProfileErrors)
        # Exactly the broken field is reported: no echo errors about fields that are fine.
        assert {e.field for e in error.errors} == {field}
        for message in (error.errors[0].message, error.message):
            for text in (message.zh, message.en):
                assert shows in text
                # A field is named by its path in the file; the whole content ("") by what it should have been.
                assert field in text if field else "JSON" in text
    else:
        assert isinstance(error, ProfileFileError)
        assert error.path == path
        assert str(path) in error.message.zh
        assert str(path) in error.message.en
    for wanted in case.get("zh", []):
        assert wanted in error.message.zh
    for wanted in case.get("en", []):
        assert wanted in error.message.en
    # Both languages are really there, not one text twice.
    assert error.message.en != error.message.zh


def test_a_50_mb_file_is_refused_by_its_size_before_being_read(tmp_path: Path) -> None:
    # A valid profile followed by 50 MB of spaces is valid JSON: only the size limit can refuse it.
    valid = (GOOD / "minimal.json").read_bytes()
    huge = tmp_path / "huge.json"
    with huge.open("wb") as handle:
        handle.write(valid)
        handle.write(b" " * (50 * 1024 * 1024))
    with pytest.raises(ProfileFileError) as raised:
        read_profile(huge)
    assert "50.0 MB" in raised.value.message.zh
    assert "50.0 MB" in raised.value.message.en
    assert str(huge) in raised.value.message.en


def test_the_size_limit_is_exact(tmp_path: Path) -> None:
    valid = (GOOD / "minimal.json").read_bytes()
    at_limit = tmp_path / "at-limit.json"
    at_limit.write_bytes(valid + b" " * (MAX_FILE_BYTES - len(valid)))
    assert read_profile(at_limit).name == "测试高新区"
    over = tmp_path / "over.json"
    over.write_bytes(valid + b" " * (MAX_FILE_BYTES - len(valid) + 1))
    with pytest.raises(ProfileFileError):
        read_profile(over)


def test_the_longest_valid_profile_fits_under_the_size_limit() -> None:
    # Worst case: every text at its limit and made of control characters, each written as a six-byte escape; a name
    # may not hold those, so it is made of the longest characters it may hold (four bytes each in UTF-8).
    profile = Profile(
        name="名" + "\U00020000" * (NAME_MAX - 2) + "名",
        stage=Stage.GROWTH,
        industries=tuple(Industry),
        endowments=dict.fromkeys(Endowment, 5),
        conditions=dict.fromkeys(Condition, True),
        figures={f: 9999.0 for f in Figure},
        province="新疆维吾尔自治区",
        city="城" + "\x01" * (CITY_MAX - 2) + "城",
        level=Level.NATIONAL,
        kind=Kind.INDUSTRIAL_PARK,
        goals="目" + "\x01" * (TEXT_MAX - 2) + "标",
        notes="备" + "\x01" * (TEXT_MAX - 2) + "注",
    )
    assert len(dumps_profile(profile).encode("utf-8")) < MAX_FILE_BYTES


def test_a_missing_file_is_named() -> None:
    missing = DATA / "no-such-profile.json"
    with pytest.raises(ProfileFileError) as raised:
        read_profile(missing)
    assert str(missing) in raised.value.message.zh
    assert "找不到" in raised.value.message.zh
    assert "does not exist" in raised.value.message.en


def test_a_folder_is_not_a_profile() -> None:
    with pytest.raises(ProfileFileError) as raised:
        read_profile(GOOD)
    assert "folder" in raised.value.message.en
    assert "文件夹" in raised.value.message.zh


# --- files that must be accepted ----------------------------------------------------------------------------------


def test_a_minimal_profile_fills_in_defaults() -> None:
    profile = read_profile(GOOD / "minimal.json")
    assert profile.name == "测试高新区"
    assert profile.level is None and profile.kind is None
    assert profile.province == "" and profile.city == "" and profile.goals == "" and profile.notes == ""
    assert dict(profile.figures) == {}
    assert dict(profile.conditions) == dict.fromkeys(Condition, False)


def test_nulls_mean_unknown() -> None:
    assert read_profile(GOOD / "nulls.json") == read_profile(GOOD / "minimal.json")


def test_a_byte_order_mark_and_windows_line_ends_are_accepted() -> None:
    plain = read_profile(GOOD / "no-conditions.json").with_changes(
        conditions={Condition.COLOCATED_ONLY: True, Condition.TALENT_BARRIERS: True}
    )
    assert read_profile(GOOD / "bom.json") == plain
    assert read_profile(GOOD / "crlf.json") == plain
