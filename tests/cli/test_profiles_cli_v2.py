"""``zoneplanner profiles``: a v1 file goes in, v2 comes out; unknowns, problems, targets and units survive."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli.main import main
from desktop.models.vocabulary import Condition

CORPUS = Path(__file__).resolve().parents[1] / "data" / "profiles" / "good"


def test_a_v1_file_is_exported_as_v2_with_its_missing_conditions_written_as_no(
    isolated_data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["profiles", "import", str(CORPUS / "no-conditions.json")]) == 0
    name = json.loads((CORPUS / "no-conditions.json").read_text(encoding="utf-8"))["name"].strip()
    out = tmp_path / "out.json"
    assert main(["profiles", "export", name, "-o", str(out)]) == 0
    written = json.loads(out.read_text(encoding="utf-8"))
    assert written["version"] == 2
    assert written["conditions"] == {c.value: False for c in Condition}
    capsys.readouterr()


def test_a_v2_file_with_unknowns_comes_back_as_it_went_in(
    isolated_data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = json.loads((CORPUS / "minimal.json").read_text(encoding="utf-8"))
    data.update(version=2, name="未知较多的园区", figures={})
    data["endowments"]["capital"] = None
    data["conditions"] = {c.value: None for c in Condition}
    data["problems"] = ["sme_financing"]
    data["targets"] = [{"indicator": "hitech_firms", "target_year": 2027, "target": 40}]
    data["units"] = [{"role": None, "name": "产业链办"}]
    source = tmp_path / "in.json"
    source.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert main(["profiles", "import", str(source)]) == 0
    out = tmp_path / "out.json"
    assert main(["profiles", "export", "未知较多的园区", "-o", str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8")) == data
    capsys.readouterr()
