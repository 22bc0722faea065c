"""One resolver of unit names (plan/units.py): the zone's names reach the workbook and ``match``; its list decides who
is offered; a unit of its own is named by its name and grouped where the zone put it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli.main import main
from desktop.models.knowledge.loader import default_knowledge_base
from desktop.models.plan.units import HIGHER, INTERNAL, ZoneUnits, listed_units, with_own_unit
from desktop.models.profile import Unit
from desktop.models.profile_format import parse_profile, profile_to_data
from desktop.resources import resource_path
from tests.helpers.workbook_reading import open_book

SAMPLE = resource_path("samples", "petrochem-coastal.json")
ECONOMY = "committee.economic-development"
SCIENCE = "committee.science-innovation"


def departments():  # type: ignore[no-untyped-def]
    return default_knowledge_base().departments


def test_a_renamed_catalogue_unit_is_called_by_the_zone_name_and_others_in_the_language_asked() -> None:
    units = ZoneUnits(departments(), (Unit("产业发展局", ECONOMY), Unit("财政金融局", "committee.finance")))
    assert units.name(ECONOMY, "zh") == "产业发展局"
    assert units.name(ECONOMY, "en") == "产业发展局"
    assert units.name("committee.finance", "en") == "Finance Bureau"  # listed under its catalogue name
    assert units.name("gov.customs", "zh") == "海关"


def test_a_unit_of_the_zone_own_is_named_and_grouped_as_the_zone_said() -> None:
    units = ZoneUnits(departments(), (Unit("汽车产业链办", None, INTERNAL), Unit("市商务局驻区办", None, HIGHER)))
    assert units.name("汽车产业链办", "en") == "汽车产业链办"
    groups = dict(units.grouped())
    assert "汽车产业链办" in [u.ref for u in groups[INTERNAL]]
    assert "市商务局驻区办" in [u.ref for u in groups[HIGHER]]
    assert units.find("汽车产业链办") == "汽车产业链办"
    assert units.find("商务局") == "gov.commerce"


def test_a_unit_left_out_of_the_list_is_not_offered() -> None:
    units = ZoneUnits(departments(), (Unit("经济发展局", ECONOMY), Unit("海关", "gov.customs")))
    refs = {u.ref for u in units.present()}
    assert ECONOMY in refs and "gov.customs" in refs
    assert SCIENCE not in refs  # a committee bureau the zone does not list
    assert "gov.commerce" not in refs  # the list names government departments, so it decides them too
    assert "partner.university" in refs  # partners it did not list at all stay available


def test_the_default_set_follows_the_kind_of_zone_and_can_be_written_down() -> None:
    county = json.loads(resource_path("samples", "county-park.json").read_text(encoding="utf-8"))
    county.pop("units", None)
    units = ZoneUnits.of(parse_profile(county), departments())
    assert SCIENCE not in {u.ref for u in units.present()}  # a county park has no science bureau of its own
    written = with_own_unit(listed_units(units), "汽车产业链办")
    assert Unit("汽车产业链办", None, INTERNAL) in written
    assert SCIENCE not in {u.role for u in written}


def test_format_v2_keeps_the_group_of_a_unit_of_the_zone_own() -> None:
    data = json.loads(SAMPLE.read_text(encoding="utf-8"))
    data["units"] = [{"role": None, "name": "开发投资公司", "group": "committee"}, {"role": None, "name": "市海事局"}]
    profile = parse_profile(data)
    assert profile.units == (Unit("开发投资公司", None, "committee"), Unit("市海事局"))
    assert parse_profile(profile_to_data(profile)) == profile


def _renamed_sample(tmp_path: Path) -> Path:
    data = json.loads(SAMPLE.read_text(encoding="utf-8"))
    listed = listed_units(ZoneUnits.of(parse_profile(data), departments()))
    data["units"] = [{"role": u.role, "name": "产业发展局" if u.role == ECONOMY else u.name} for u in listed if u.role]
    path = tmp_path / "renamed.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_match_json_and_text_name_the_zone_units(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _renamed_sample(tmp_path)
    assert main(["match", str(path), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    named = {a["lead"] for a in report["actions"]} | {p for a in report["actions"] for p in a["partners"]}
    assert "产业发展局" in named and "经济发展局" not in named
    assert main(["match", str(path)]) == 0
    out = capsys.readouterr().out
    assert "产业发展局" in out and "经济发展局" not in out


def test_the_exported_workbook_names_the_zone_units(tmp_path: Path) -> None:
    path = _renamed_sample(tmp_path)
    target = tmp_path / "plan.xlsx"
    assert main(["export", str(path), "-o", str(target)]) == 0
    sheet = open_book(target)["行动计划"]
    cells = [str(cell.value) for row in sheet.iter_rows() for cell in row if cell.value]
    assert any("产业发展局" in cell for cell in cells)
    assert not any("经济发展局" in cell for cell in cells)
