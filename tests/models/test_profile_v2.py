"""Format version 2: unknown values, the zone's problems, targets and units; every refusal names field and value."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from desktop.models.errors import ProfileErrors
from desktop.models.profile import Target, Unit
from desktop.models.profile_format import (
    VERSION,
    dumps_profile,
    loads_profile,
    parse_profile,
    profile_to_data,
    read_profile,
    validate_profile_data,
    write_profile,
)
from desktop.models.vocabulary import Condition, Endowment

V2: dict[str, Any] = {
    "format": "zoneplanner-profile",
    "version": 2,
    "name": "示例综保区",
    "province": "江苏省",
    "city": "苏州市",
    "level": "national",
    "kind": "bonded",
    "stage": "growth",
    "industries": ["ict"],
    "endowments": {
        "natural_resources": 1,
        "transport_location": 5,
        "research_base": None,
        "talent": 3,
        "capital": None,
        "leading_firms": 4,
        "sme_network": 2,
        "intermediaries": 0,
    },
    "conditions": {"cheap_land_reliance": False, "talent_barriers": None, "colocated_only": True},
    "problems": ["single_anchor", "low_local_supply"],
    "targets": [
        {"indicator": "cluster_revenue", "base_year": 2025, "base": 560.0, "target_year": 2028, "target": 800.0},
        {"indicator": "local_supply_rate", "target_year": 2028, "target": 35},
    ],
    "units": [
        {"role": "committee.economic-development", "name": "经济发展局"},
        {"role": None, "name": "汽车产业链办"},
    ],
    "figures": {"enterprises": 860},
    "goals": "提高本地配套率。",
}


def v2(**changes: Any) -> dict[str, Any]:
    data = copy.deepcopy(V2)
    data.update(changes)
    return data


def test_the_program_writes_version_2() -> None:
    assert VERSION == 2


def test_a_v2_file_reads_unknowns_as_none_and_keeps_problems_targets_and_units() -> None:
    profile = parse_profile(v2())
    assert profile.unknown_endowments() == (Endowment.RESEARCH_BASE, Endowment.CAPITAL)
    assert profile.endowment(Endowment.INTERMEDIARIES) == 0  # a known 0 stays 0, not unknown
    # A null or missing condition is not known in v2; only the ones given are true or false.
    assert profile.has(Condition.TALENT_BARRIERS) is None
    assert profile.has(Condition.GUIDANCE_FUND) is None
    assert profile.has(Condition.CHEAP_LAND_RELIANCE) is False
    assert profile.has(Condition.COLOCATED_ONLY) is True
    assert profile.problems == ("single_anchor", "low_local_supply")
    assert profile.targets == (
        Target("cluster_revenue", 800.0, 2028, base=560.0, base_year=2025),
        Target("local_supply_rate", 35.0, 2028),
    )
    assert profile.units == (Unit("经济发展局", "committee.economic-development"), Unit("汽车产业链办"))


def test_without_conditions_at_all_every_condition_is_unknown_in_v2() -> None:
    data = v2()
    del data["conditions"]
    assert set(parse_profile(data).unknown_conditions()) == set(Condition)


def test_without_units_the_catalogue_default_applies_and_an_empty_list_is_kept() -> None:
    data = v2()
    del data["units"]
    assert parse_profile(data).units is None
    assert parse_profile(v2(units=[])).units == ()


def test_a_v2_profile_round_trips_through_a_file_with_unknowns_written_as_null(tmp_path: Path) -> None:
    profile = parse_profile(v2())
    path = tmp_path / "zone.json"
    write_profile(profile, path)
    assert read_profile(path) == profile
    written = json.loads(path.read_text(encoding="utf-8"))
    assert written["version"] == 2
    assert written["endowments"]["research_base"] is None
    assert written["conditions"]["guidance_fund"] is None and len(written["conditions"]) == len(Condition)
    assert written["targets"][1] == {"indicator": "local_supply_rate", "target_year": 2028, "target": 35}
    assert written["units"][1] == {"role": None, "name": "汽车产业链办"}
    assert loads_profile(dumps_profile(profile)) == profile


def test_a_v1_profile_is_written_as_v2_with_every_condition_false_not_unknown() -> None:
    v1 = {key: value for key, value in v2().items() if key not in ("problems", "targets", "units")}
    v1.update(version=1, endowments={e.value: 2 for e in Endowment}, conditions={"colocated_only": True})
    data = profile_to_data(parse_profile(v1))
    assert data["version"] == 2
    assert data["conditions"] == {c.value: c is Condition.COLOCATED_ONLY for c in Condition}
    assert parse_profile(data) == parse_profile(v1)


def test_null_in_a_v1_file_is_still_not_a_rating() -> None:
    v1 = {key: value for key, value in v2().items() if key not in ("problems", "targets", "units")}
    v1["version"] = 1
    fields = {e.field for e in validate_profile_data(v1)}
    assert fields == {"endowments.research_base", "endowments.capital"}


def _target(**changes: Any) -> dict[str, Any]:
    target: dict[str, Any] = {"indicator": "cluster_revenue", "base_year": 2025, "base": 560, "target_year": 2028}
    target["target"] = 800
    target.update(changes)
    return {key: value for key, value in target.items() if value is not _DROP}


_DROP = object()

# (what is wrong, the changes, the field the message must name, how the value shows, words of the reason zh / en)
REFUSALS: list[tuple[str, dict[str, Any], str, str, str, str]] = [
    (
        "endowment text",
        {"endowments": {**V2["endowments"], "talent": "高"}},
        "endowments.talent",
        '"高"',
        "null",
        "null",
    ),
    ("endowment 6", {"endowments": {**V2["endowments"], "talent": 6}}, "endowments.talent", "6", "0–5", "0 to 5"),
    (
        "condition text",
        {"conditions": {"talent_barriers": "不清楚"}},
        "conditions.talent_barriers",
        '"不清楚"',
        "null",
        "null",
    ),
    ("problems not a list", {"problems": "single_anchor"}, "problems", '"single_anchor"', "数组", "array"),
    (
        "problem unknown",
        {"problems": ["single_anchor", "no_water"]},
        "problems[1]",
        '"no_water"',
        "不是已知的问题",
        "not a known problem",
    ),
    (
        "problem twice",
        {"problems": ["weak_services", "weak_services"]},
        "problems[1]",
        '"weak_services"',
        "重复",
        "twice",
    ),
    (
        "targets not a list",
        {"targets": {"indicator": "cluster_revenue"}},
        "targets",
        "cluster_revenue",
        "数组",
        "array",
    ),
    (
        "indicator unknown",
        {"targets": [_target(indicator="gdp")]},
        "targets[0].indicator",
        '"gdp"',
        "不是已知的指标",
        "not a known indicator",
    ),
    (
        "target year 1999",
        {"targets": [_target(base_year=_DROP, target_year=1999)]},
        "targets[0].target_year",
        "1999",
        "2000–2100",
        "2000 to 2100",
    ),
    (
        "base year 2101",
        {"targets": [_target(base_year=2101, target_year=2028)]},
        "targets[0].base_year",
        "2101",
        "2000–2100",
        "2000 to 2100",
    ),
    (
        "target before base",
        {"targets": [_target(base_year=2026, target_year=2024)]},
        "targets[0].target_year",
        "2024",
        "早于基期年份 2026",
        "before the base year 2026",
    ),
    ("negative target", {"targets": [_target(target=-5)]}, "targets[0].target", "-5", "负数", "negative"),
    ("negative base", {"targets": [_target(base=-1)]}, "targets[0].base", "-1", "负数", "negative"),
    (
        "percent over 100",
        {"targets": [_target(indicator="rd_intensity", base=_DROP, target=120)]},
        "targets[0].target",
        "120",
        "100",
        "100",
    ),
    (
        "fractional count",
        {"targets": [_target(indicator="hitech_firms", base=_DROP, target=10.5)]},
        "targets[0].target",
        "10.5",
        "整数",
        "whole number",
    ),
    ("target missing", {"targets": [_target(target=_DROP)]}, "targets[0].target", "", "缺少必填字段", "missing"),
    (
        "target year text",
        {"targets": [_target(target_year="2028年")]},
        "targets[0].target_year",
        '"2028年"',
        "年份",
        "year",
    ),
    (
        "target key unknown",
        {"targets": [_target(colour="red")]},
        "targets[0].colour",
        '"red"',
        "未知字段",
        "Unknown key",
    ),
    (
        "indicator twice",
        {"targets": [_target(), _target(base=_DROP, target=900)]},
        "targets[1].indicator",
        '"cluster_revenue"',
        "重复",
        "twice",
    ),
    (
        "role unknown",
        {"units": [{"role": "committee.nope", "name": "某局"}]},
        "units[0].role",
        '"committee.nope"',
        "departments.toml",
        "departments.toml",
    ),
    (
        "unit name empty",
        {"units": [{"role": None, "name": "  "}]},
        "units[0].name",
        "",
        "不能为空",
        "must not be empty",
    ),
    (
        "unit name 51",
        {"units": [{"role": None, "name": "办" * 51}]},
        "units[0].name",
        "办" * 20,
        "最多 50 个字符",
        "at most 50",
    ),
    (
        "unit name control",
        {"units": [{"role": None, "name": "产业\x1b链办"}]},
        "units[0].name",
        "\\u001b",
        "控制字符",
        "control character",
    ),
    (
        "unit name twice",
        {"units": [{"role": None, "name": "链办"}, {"role": "committee.office", "name": "链办"}]},
        "units[1].name",
        '"链办"',
        "重复",
        "twice",
    ),
    ("unit name missing", {"units": [{"role": None}]}, "units[0].name", "", "缺少必填字段", "missing"),
    ("unit not an object", {"units": ["经济发展局"]}, "units[0]", '"经济发展局"', "对象", "object"),
]


@pytest.mark.parametrize("case", REFUSALS, ids=[case[0] for case in REFUSALS])
def test_a_bad_v2_value_is_refused_naming_the_field_and_the_value(
    case: tuple[str, dict[str, Any], str, str, str, str],
) -> None:
    _, changes, field, shown, zh, en = case
    with pytest.raises(ProfileErrors) as raised:
        parse_profile(v2(**changes))
    errors = raised.value.errors
    assert [e.field for e in errors] == [field]
    message = errors[0].message
    for text, reason in ((message.zh, zh), (message.en, en)):
        assert field in text and shown in text and reason in text
    assert message.zh != message.en


def test_a_target_without_base_is_accepted_and_its_base_stays_unknown() -> None:
    profile = parse_profile(v2(targets=[_target(base=_DROP, base_year=_DROP)]))
    assert profile.targets == (Target("cluster_revenue", 800.0, 2028),)
    assert profile.targets[0].base is None


def test_every_problem_of_a_file_is_reported_at_once() -> None:
    data = v2(problems=["nope"], targets=[_target(target=-1)], units=[{"role": 3, "name": "局"}])
    fields = [e.field for e in validate_profile_data(data)]
    assert fields == ["problems[0]", "targets[0].target", "units[0].role"]
