"""A real sample profile through the real knowledge base and engine, as ``zoneplanner export`` does it."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.cli.main import main
from desktop.models.analysis import default_analyzer
from desktop.models.matching.types import MatchKind
from desktop.models.profile_format import read_profile
from desktop.models.vocabulary import Endowment
from desktop.resources import resource_path
from tests.helpers.workbook_reading import EN_SHEETS, ZH_ACTION_HEADERS, ZH_SHEETS, calamine_rows, column, open_book

SAMPLES = sorted(path.name for path in resource_path("samples").glob("*.json"))


def test_there_are_samples_to_export() -> None:
    assert SAMPLES


@pytest.mark.parametrize("sample", SAMPLES)
def test_export_a_sample_profile_from_the_command_line(
    sample: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "plan.xlsx"
    assert main(["export", str(resource_path("samples", sample)), "-o", str(target)]) == 0
    assert str(target) in capsys.readouterr().out

    profile = read_profile(resource_path("samples", sample))
    analyzer = default_analyzer()
    analysis = analyzer.analyse(profile)
    book = open_book(target)
    assert book.sheetnames == ZH_SHEETS

    ws = book["行动计划"]
    assert [cell.value for cell in ws[1]] == ZH_ACTION_HEADERS
    assert ws.max_row == 1 + len(analysis.actions)
    leads = [ws.cell(row=row, column=column(ws, "牵头单位")).value for row in range(2, ws.max_row + 1)]
    # Every lead unit is named, not left as an ID the knowledge base does not know.
    assert leads == [analyzer.kb.departments[action.lead].name.zh for action in analysis.actions]
    titles = [ws.cell(row=row, column=column(ws, "行动")).value for row in range(2, ws.max_row + 1)]
    assert titles == [action.title.zh for action in analysis.actions]

    matches = calamine_rows(target, "对标分析")
    assert [row[-1] for row in matches[1:]] == [match.id for match in analysis.result.matches]
    assert ["开发区名称", profile.name, ""] in calamine_rows(target, "开发区档案")


@pytest.mark.parametrize("sample", SAMPLES)
def test_the_radar_shows_the_best_real_case(sample: str, tmp_path: Path) -> None:
    target = tmp_path / "plan.xlsx"
    assert main(["export", str(resource_path("samples", sample)), "-o", str(target)]) == 0
    profile = read_profile(resource_path("samples", sample))
    analyzer = default_analyzer()
    cases = [match for match in analyzer.analyse(profile).result.of_kind(MatchKind.CASE) if match.score > 0]
    ws = open_book(target)["概览"]
    texts = [cell.value for row in ws.iter_rows() for cell in row]
    zone_row = next(row for row in ws.iter_rows() if row[1].value == "本区")
    assert [cell.value for cell in zone_row[:2]] == ["资源禀赋", "本区"]
    if cases:
        best = analyzer.kb.items[cases[0].id]
        assert best.title.zh in texts
        assert best.endowment_profile is not None
        ratings = [ws.cell(row=zone_row[0].row + 1 + n, column=3).value for n in range(len(Endowment))]
        assert ratings == [best.endowment_profile[endowment].value for endowment in Endowment]


def test_english_export(tmp_path: Path) -> None:
    target = tmp_path / "plan.xlsx"
    assert main(["export", str(resource_path("samples", SAMPLES[0])), "-o", str(target), "--lang", "en"]) == 0
    book = open_book(target)
    assert book.sheetnames == EN_SHEETS
    assert book["Action plan"]["A1"].value == "No."


def test_export_to_a_missing_folder_says_so_without_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "nowhere" / "plan.xlsx"
    assert main(["export", str(resource_path("samples", SAMPLES[0])), "-o", str(target)]) == 2
    error = capsys.readouterr().err
    assert str(target.parent) in error and "Traceback" not in error
    assert "does not exist" in error


def test_export_of_a_broken_profile_names_the_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    target = tmp_path / "plan.xlsx"
    assert main(["export", str(broken), "-o", str(target)]) == 2
    assert str(broken) in capsys.readouterr().err
    assert not target.exists()
