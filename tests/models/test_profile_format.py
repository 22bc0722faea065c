"""The profile interchange format v1: what is read, what is written, and that nothing is lost on the way."""

from __future__ import annotations

import copy
import errno
import json
import os
import stat
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.models import profile_format
from desktop.models.errors import ExportError, ProfileError, ProfileErrors
from desktop.models.profile_format import (
    FORMAT,
    VERSION,
    dumps_profile,
    loads_profile,
    parse_profile,
    profile_to_data,
    read_profile,
    validate_profile_data,
    write_profile,
)
from desktop.models.profile_rules import CITY_MAX, FIGURE_MAX, NAME_MAX, TEXT_MAX, check_field, validate_field
from desktop.models.provinces import PROVINCE_NAMES, PROVINCES, find_province
from desktop.models.vocabulary import INTEGER_FIGURES, Condition, Endowment, Figure, Industry, Kind, Level, Stage
from desktop.resources import resource_path

GOOD = Path(__file__).resolve().parents[1] / "data" / "profiles" / "good"

EXAMPLE: dict[str, Any] = {
    "format": "zoneplanner-profile",
    "version": 1,
    "name": "示例高新区",
    "province": "湖北省",
    "city": "武汉市",
    "level": "national",
    "kind": "hitech",
    "stage": "growth",
    "industries": ["biomed", "ict"],
    "endowments": {
        "natural_resources": 1,
        "transport_location": 4,
        "research_base": 5,
        "talent": 4,
        "capital": 2,
        "leading_firms": 2,
        "sme_network": 3,
        "intermediaries": 2,
    },
    "conditions": {"colocated_only": True, "talent_barriers": True},
    "figures": {"area_km2": 518.0, "enterprises": 1200, "employees": 90000, "output_100m_cny": 560.0},
    "goals": "建成有全国影响力的生物医药集群。",
    "notes": "示例。",
}


def example(**changes: Any) -> dict[str, Any]:
    data = copy.deepcopy(EXAMPLE)
    data.update(changes)
    return data


# --- the shipped samples ----------------------------------------------------------------------------------------


def sample_paths() -> list[Path]:
    return sorted(resource_path("samples").glob("*.json"))


def test_three_sample_zones_ship_with_the_application() -> None:
    profiles = [read_profile(path) for path in sample_paths()]
    assert len(profiles) >= 3
    assert len({p.name for p in profiles}) == len(profiles)
    assert len({p.kind for p in profiles}) == len(profiles)  # different kinds of zone to demonstrate
    for profile in profiles:
        assert profile.goals and profile.notes and profile.province and profile.city
        assert len(profile.figures) == len(Figure)


@pytest.mark.parametrize("path", sample_paths(), ids=lambda p: p.name)
def test_a_sample_round_trips_and_is_stored_in_canonical_form(path: Path) -> None:
    profile = read_profile(path)
    text = dumps_profile(profile)
    assert loads_profile(text) == profile
    assert path.read_text(encoding="utf-8") == text


# --- round trips ----------------------------------------------------------------------------------------------------

# Any Unicode text except unpaired surrogates (which are not text); control characters included on purpose.
_any_text = st.characters(codec="utf-8")
# What a name may hold: no control characters, line or paragraph separators, bidi embeddings, overrides or isolates.
_name_text = st.characters(
    codec="utf-8",
    exclude_categories=("Cc", "Zl", "Zp"),
    exclude_characters="\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069",
)
# NFC can make a text up to three times longer (U+1D160 → three characters): keep generated texts within the limits.
_NFC_GROWTH = 3


def _figure_values() -> st.SearchStrategy[dict[str, Any]]:
    def one(figure: Figure) -> st.SearchStrategy[Any]:
        if figure in INTEGER_FIGURES:
            return st.integers(0, int(FIGURE_MAX[figure]))
        return st.floats(0, FIGURE_MAX[figure], allow_nan=False, allow_infinity=False)

    return st.fixed_dictionaries({}, optional={f.value: one(f) | st.none() for f in Figure})


valid_profile_data = st.fixed_dictionaries(
    {
        "format": st.just(FORMAT),
        "version": st.just(VERSION),
        # A visible character last, so that the name is never blank or invisible.
        "name": st.text(_name_text, max_size=NAME_MAX // _NFC_GROWTH - 1).map(lambda text: text + "区"),
        "stage": st.sampled_from([s.value for s in Stage]),
        "industries": st.lists(st.sampled_from([i.value for i in Industry]), min_size=1, unique=True),
        "endowments": st.fixed_dictionaries({e.value: st.integers(0, 5) for e in Endowment}),
    },
    optional={
        "province": st.sampled_from(PROVINCE_NAMES) | st.none(),
        "city": st.text(_any_text, max_size=CITY_MAX // _NFC_GROWTH),
        "level": st.sampled_from([v.value for v in Level]) | st.none(),
        "kind": st.sampled_from([v.value for v in Kind]) | st.none(),
        "conditions": st.dictionaries(st.sampled_from([c.value for c in Condition]), st.booleans()),
        "figures": _figure_values(),
        "goals": st.text(_any_text, max_size=300),
        "notes": st.text(_any_text, max_size=300),
    },
)


@given(valid_profile_data)
def test_any_valid_profile_survives_writing_and_reading(data: dict[str, Any]) -> None:
    assert validate_profile_data(data) == []
    profile = parse_profile(data)
    text = dumps_profile(profile)
    assert loads_profile(text) == profile
    assert loads_profile(text.encode("utf-8")) == profile
    assert dumps_profile(loads_profile(text)) == text  # writing is stable
    # The text is strict JSON: raw control characters only as the line breaks of the layout.
    json.loads(text, strict=True)
    assert not [ch for ch in text if ch < " " and ch != "\n"]


def test_unusual_text_survives_a_file_round_trip(tmp_path: Path) -> None:
    controls = "".join(chr(code) for code in range(0x20)) + "\x7f"
    name = "高新区 \"引号\" '单引号' \\ 😀🏭 {不是占位符} 区"  # a name may not hold control characters: the city may
    city = "城" + controls + "市"
    notes = "第一行\n第二行\t制表符\r\n" + controls + "\u2028\u2029 emoji 👩‍🔬 end"
    profile = parse_profile(example(name=name, city=city, notes=notes, goals="目标：{不是占位符} %s"))
    assert profile.name == name and profile.city == city and profile.notes == notes
    path = tmp_path / "unusual.json"
    write_profile(profile, path)
    assert read_profile(path) == profile
    raw = path.read_bytes()
    # JSON forbids raw control characters in strings: they are written as escapes, not dropped.
    assert b"\\u0000" in raw and b"\\u001f" in raw and b"\\n" in raw and b"\\t" in raw
    assert not any(byte < 0x20 and byte != 0x0A for byte in raw)
    assert "😀🏭".encode() in raw  # other characters are written as themselves (ensure_ascii off)


def test_the_written_file_has_the_documented_layout() -> None:
    text = dumps_profile(parse_profile(example(level=None, kind=None, province="", figures={"area_km2": 518})))
    data = json.loads(text)
    assert list(data) == ["format", "version", "name", "city", "stage", "industries", "endowments", "conditions",
                          "problems", "targets", "figures", "goals", "notes"]  # fmt: skip
    assert data["format"] == "zoneplanner-profile" and data["version"] == 2
    assert data["problems"] == [] and data["targets"] == []
    assert list(data["endowments"]) == [e.value for e in Endowment]
    assert data["conditions"] == {
        c.value: c in {Condition.COLOCATED_ONLY, Condition.TALENT_BARRIERS} for c in Condition
    }
    assert data["figures"] == {"area_km2": 518.0}
    assert text.startswith('{\n  "format": "zoneplanner-profile",\n') and text.endswith("}\n")
    assert "示例高新区" in text


def test_reading_accepts_unknown_fields_as_null_or_left_out() -> None:
    left_out = {k: v for k, v in EXAMPLE.items() if k not in {"level", "kind", "province", "city", "figures"}}
    as_null = example(level=None, kind=None, province=None, city=None, figures=dict.fromkeys(EXAMPLE["figures"]))
    assert parse_profile(left_out) == parse_profile(as_null)
    assert parse_profile(as_null).level is None
    assert dict(parse_profile(as_null).figures) == {}


def test_whole_counts_written_with_a_decimal_point_are_read_as_counts() -> None:
    profile = parse_profile(example(figures={"enterprises": 1200.0, "area_km2": 3}))
    assert profile.figure(Figure.ENTERPRISES) == 1200
    assert isinstance(profile.figure(Figure.ENTERPRISES), int)
    assert '"enterprises": 1200\n' in dumps_profile(profile)


# --- trimming and defaults ------------------------------------------------------------------------------------------


def test_strings_are_trimmed_but_keep_their_inner_line_breaks() -> None:
    profile = read_profile(GOOD / "untrimmed.json")
    assert profile.name == "测试高新区"  # the full-width space U+3000 counts as space too
    assert profile.province == "湖北省"  # an English name is stored as the Chinese one
    assert profile.city == "武汉市"
    assert profile.stage is Stage.GROWTH and profile.level is Level.NATIONAL and profile.kind is Kind.HITECH
    assert profile.industries == (Industry.BIOMED, Industry.ICT)
    assert profile.goals == "第一条目标\n第二条目标"
    assert profile.notes == "测试用档案。"


def test_name_length_counts_after_trimming() -> None:
    assert parse_profile(example(name="  " + "名" * NAME_MAX + "  ")).name == "名" * NAME_MAX
    errors = validate_profile_data(example(name="名" * (NAME_MAX + 1)))
    assert [e.field for e in errors] == ["name"]


def test_missing_conditions_are_false() -> None:
    no_conditions = {k: v for k, v in EXAMPLE.items() if k != "conditions"}
    assert dict(parse_profile(no_conditions).conditions) == dict.fromkeys(Condition, False)
    partial = parse_profile(example(conditions={"guidance_fund": True}))
    assert partial.has(Condition.GUIDANCE_FUND)
    assert [c for c in Condition if partial.has(c)] == [Condition.GUIDANCE_FUND]
    assert parse_profile(example(conditions={"guidance_fund": None})).has(Condition.GUIDANCE_FUND) is False
    # ... and a file written back lists all nine, so the reader sees every diagnostic point.
    assert len(json.loads(dumps_profile(partial))["conditions"]) == len(Condition)


# --- validation as a whole ------------------------------------------------------------------------------------------


def test_every_problem_is_reported_at_once() -> None:
    data = example(name=" ", stage="booming", industries=["ict", "ict"], extra=1)
    data["endowments"] = dict(data["endowments"], talent=6)
    data["figures"] = {"area_km2": -1}
    fields = [e.field for e in validate_profile_data(data)]
    assert sorted(fields) == sorted(
        ["extra", "name", "stage", "industries[1]", "endowments.talent", "figures.area_km2"]
    )
    with pytest.raises(ProfileErrors) as raised:
        parse_profile(data)
    assert len(raised.value.errors) == len(fields)


def test_a_newer_version_asks_for_an_update_and_checks_nothing_else() -> None:
    errors = validate_profile_data({"format": FORMAT, "version": VERSION + 1, "a_new_field": "v3 data"})
    assert [e.field for e in errors] == ["version"]
    assert "更新 ZonePlanner" in errors[0].message.zh
    assert "update ZonePlanner" in errors[0].message.en


def test_version_one_files_are_read_by_the_version_one_reader() -> None:
    # The dispatch keeps a reader per version; a later VERSION must leave version 1 in the table.
    assert profile_format._READERS[1](example())[0] == parse_profile(example())


def test_a_valid_profile_has_no_problems() -> None:
    assert validate_profile_data(EXAMPLE) == []
    assert validate_profile_data(profile_to_data(parse_profile(EXAMPLE))) == []


def test_a_profile_built_in_code_that_breaks_a_rule_is_not_written(tmp_path: Path) -> None:
    good = parse_profile(EXAMPLE)
    path = tmp_path / "zone.json"
    write_profile(good, path)
    before = path.read_bytes()
    bad = good.with_changes(name="   ", endowments={**good.endowments, Endowment.TALENT: 9})
    with pytest.raises(ProfileErrors) as raised:
        write_profile(bad, path)
    assert {e.field for e in raised.value.errors} == {"name", "endowments.talent"}
    assert path.read_bytes() == before


def test_loads_accepts_a_byte_order_mark_in_bytes_and_text() -> None:
    text = json.dumps(EXAMPLE, ensure_ascii=False)
    assert loads_profile("\ufeff" + text) == loads_profile(("\ufeff" + text).encode("utf-8")) == parse_profile(EXAMPLE)


# --- one field at a time (the window's form) ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "value"),
    [
        ("name", ""),
        ("name", "区" * 101),
        ("city", "城" * 51),
        ("province", "东湖省"),
        ("stage", "booming"),
        ("level", "county"),
        ("endowments.talent", 6),
        ("endowments.capital", True),
        ("conditions.guidance_fund", "yes"),
        ("figures.area_km2", float("inf")),
        ("figures.enterprises", 12.5),
        ("goals", "字" * (TEXT_MAX + 1)),
    ],
)
def test_a_field_checked_alone_gets_the_same_message_as_in_a_file(path: str, value: object) -> None:
    data = example(version=VERSION)  # a field alone is checked as the current version reads it
    section, _, key = path.partition(".")
    if key:
        data[section] = {**data[section], key: value}
    else:
        data[path] = value
    from_file = validate_profile_data(data)
    alone = validate_field(path, value)
    assert alone is not None
    assert [(e.field, e.message) for e in from_file] == [(alone.field, alone.message)]


def test_a_field_checked_alone_returns_the_cleaned_value() -> None:
    assert validate_field("name", "  示例高新区 ") is None
    assert check_field("name", "  示例高新区 ") == "示例高新区"
    assert check_field("province", "hubei") == "湖北省"
    assert check_field("level", None) is None
    assert check_field("stage", "mature") is Stage.MATURE
    assert check_field("industries[0]", "ict") is Industry.ICT
    assert check_field("figures.employees", 300.0) == 300
    assert check_field("figures.area_km2", None) is None
    with pytest.raises(ProfileError) as raised:
        check_field("industries", [])
    assert raised.value.field == "industries"
    with pytest.raises(KeyError):
        check_field("endowments.creativity", 3)


# --- provinces ------------------------------------------------------------------------------------------------------


def test_the_34_provincial_level_divisions() -> None:
    assert len(PROVINCES) == 34
    assert len(set(PROVINCE_NAMES)) == 34
    assert len({p.en for p in PROVINCES}) == 34
    assert {"北京市", "湖北省", "广西壮族自治区", "香港特别行政区", "澳门特别行政区", "台湾省"} <= set(PROVINCE_NAMES)


@pytest.mark.parametrize("spelling", ["湖北省", "湖北", "Hubei", " hubei ", "HUBEI"])
def test_a_province_is_found_by_any_usual_spelling(spelling: str) -> None:
    found = find_province(spelling)
    assert found is not None and found.name == "湖北省"


def test_similar_provinces_are_not_confused() -> None:
    shanxi, shaanxi = find_province("Shanxi"), find_province("Shaanxi")
    assert shanxi is not None and shaanxi is not None
    assert (shanxi.name, shaanxi.name) == ("山西省", "陕西省")
    assert find_province("武汉市") is None


# --- writing files --------------------------------------------------------------------------------------------------


def _old_file(folder: Path) -> tuple[Path, bytes]:
    path = folder / "zone.json"
    write_profile(parse_profile(EXAMPLE), path)
    return path, path.read_bytes()


def test_write_replaces_the_old_file_and_leaves_no_temp_file(tmp_path: Path) -> None:
    path, _ = _old_file(tmp_path)
    renamed = parse_profile(example(name="改名后的高新区"))
    write_profile(renamed, path)
    assert read_profile(path) == renamed
    assert [p.name for p in tmp_path.iterdir()] == ["zone.json"]


def test_write_keeps_the_permissions_of_the_file_it_replaces(tmp_path: Path) -> None:
    path, _ = _old_file(tmp_path)
    path.chmod(0o640)  # on Windows only the read-only bit exists; the mode read back is what must be kept
    mode = stat.S_IMODE(path.stat().st_mode)
    write_profile(parse_profile(example(name="新名称")), path)
    assert stat.S_IMODE(path.stat().st_mode) == mode


def test_write_into_a_read_only_folder_is_refused_and_the_old_file_stays(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "readonly"
    folder.mkdir()
    path, before = _old_file(folder)
    folder.chmod(0o555)
    try:
        probe = folder / "probe"
        try:
            probe.touch()
        except PermissionError:
            pass
        else:
            # Root (and Windows) ignore the permission bits: make the OS answer as it does for everyone else.
            probe.unlink()
            real_open = os.open

            def refusing_open(file: Any, flags: int, mode: int = 0o777, **kwargs: Any) -> int:
                if Path(file).parent == folder and flags & os.O_CREAT:
                    raise PermissionError(errno.EACCES, "Permission denied", str(file))
                return real_open(file, flags, mode, **kwargs)

            monkeypatch.setattr(os, "open", refusing_open)
        with pytest.raises(ExportError) as raised:
            write_profile(parse_profile(example(name="新名称")), path)
    finally:
        folder.chmod(0o755)
    assert path.read_bytes() == before
    assert [p.name for p in folder.iterdir()] == ["zone.json"]
    assert str(path) in raised.value.message.zh and str(path) in raised.value.message.en
    assert "只读" in raised.value.message.zh and "read-only" in raised.value.message.en
    assert "保持不变" in raised.value.message.zh and "unchanged" in raised.value.message.en


@pytest.mark.parametrize(
    ("failing", "error", "zh", "en"),
    [
        ("fsync", OSError(errno.ENOSPC, "No space left on device"), "磁盘空间不足", "disk is full"),
        ("replace", PermissionError(errno.EACCES, "Permission denied"), "其他程序打开", "open in another program"),
    ],
    ids=["disk-full-while-writing", "target-locked-by-another-program"],
)
def test_a_write_failing_halfway_leaves_the_old_file_and_no_temp_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failing: str, error: OSError, zh: str, en: str
) -> None:
    path, before = _old_file(tmp_path)

    def fail(*args: object) -> None:
        raise error

    monkeypatch.setattr(os, failing, fail)
    with pytest.raises(ExportError) as raised:
        write_profile(parse_profile(example(name="新名称")), path)
    monkeypatch.undo()
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["zone.json"]
    assert zh in raised.value.message.zh and en in raised.value.message.en


def test_write_into_a_missing_folder_names_it(tmp_path: Path) -> None:
    with pytest.raises(ExportError) as raised:
        write_profile(parse_profile(EXAMPLE), tmp_path / "nowhere" / "zone.json")
    assert str(tmp_path / "nowhere") in raised.value.message.zh
    assert "does not exist" in raised.value.message.en
