"""Typical ranges of a zone's figures (#13.13): data checked by ``kb check``, a warning outside them that names the
range, and ``match`` warning on stderr without failing."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from desktop.cli.main import main
from desktop.models.profile_plausibility import (
    RANGES_FILE,
    check_ranges,
    figure_warnings,
    load_ranges,
    target_warnings,
)
from desktop.models.vocabulary import Figure
from desktop.resources import resource_path
from tests.helpers.kb_copies import copy_resources, edit

SAMPLE = resource_path("samples", "petrochem-coastal.json")


def test_every_figure_has_a_usual_range() -> None:
    ranges = load_ranges()
    assert set(ranges.figures) == set(Figure)
    assert all(r.low < r.high for r in [*ranges.figures.values(), *ranges.indicators.values()])


@pytest.mark.parametrize(("figure", "value"), [("output_100m_cny", 500_000), ("area_km2", 100_000), ("area_km2", 0.01)])
def test_a_figure_outside_its_range_is_warned_naming_the_range(figure: str, value: float) -> None:
    (warning,) = figure_warnings({figure: value})
    span = load_ranges().figures[Figure(figure)]
    assert warning.path == f"figures.{figure}" and warning.range == span
    assert f"{span.high:,.0f}" in warning.message.zh and f"{span.high:,.0f}" in warning.message.en


def test_typical_figures_and_the_samples_are_not_warned() -> None:
    assert figure_warnings({"output_100m_cny": 560, "area_km2": 32.5, "enterprises": 860, "universities": 0}) == []
    for name in ("petrochem-coastal", "hitech-hubei", "county-park"):
        data = json.loads(resource_path("samples", f"{name}.json").read_text(encoding="utf-8"))
        assert figure_warnings(data.get("figures", {})) == [], name


def test_a_target_outside_its_indicator_range_is_warned_and_a_usual_one_is_not() -> None:
    targets = [
        {"indicator": "cluster_revenue", "base_year": 2025, "base": 560, "target_year": 2028, "target": 500000},
        {"indicator": "hitech_firms", "target_year": 2028, "target": 120},
    ]
    (warning,) = target_warnings(targets)
    assert warning.path == "targets[0].target"
    assert "集群营业收入（目标值）500,000 亿元超出" in warning.message.zh and "1–30,000 亿元" in warning.message.zh
    assert "Cluster revenue (target value): 500,000 (in 100 million CNY) is outside" in warning.message.en
    assert target_warnings([{"indicator": "cluster_revenue", "target_year": 2028, "target": 800}]) == []
    assert (
        target_warnings("not a list") == [] and target_warnings([{"indicator": "cluster_revenue", "target": "x"}]) == []
    )


def _every_warning() -> list[str]:
    """The message of every figure and every target indicator, ten times its usual maximum, in both languages."""
    ranges = load_ranges()
    figures = figure_warnings({figure.value: span.high * 10 for figure, span in ranges.figures.items()})
    targets = target_warnings([{"indicator": code, "base": span.high * 10} for code, span in ranges.indicators.items()])
    assert len(figures) == len(ranges.figures) and len(targets) == len(ranges.indicators)
    return [text for warning in figures + targets for text in (warning.message.zh, warning.message.en)]


@pytest.mark.parametrize("message", _every_warning())
def test_every_warning_reads_as_a_sentence_in_both_languages(message: str) -> None:
    # A scale of units cannot follow a number directly ("500,000 100 million CNY"), nor be repeated in the range;
    # a counting word is not stacked after the field's name ("Enterprises 2,000,000 firms"); Chinese has no stray
    # space before the verb or doubled punctuation.
    assert not re.search(r"\d 100 million", message), message
    assert "firms is" not in message and "people is" not in message and ", ," not in message
    assert " 超出" not in message and "，，" not in message
    assert message.count("100 million CNY") <= 1, message
    assert "保存" not in message and "save" not in message  # the same words serve `match`, where nothing is saved


def test_kb_check_names_a_range_for_an_unknown_indicator(tmp_path: Path) -> None:
    root = copy_resources(tmp_path)
    edit(root, RANGES_FILE, 'indicator = "leading_firms"', 'indicator = "unicorns"')
    problems = check_ranges(None, root)  # type: ignore[arg-type]
    assert problems and "unicorns" in problems[0].en


def test_kb_check_names_a_broken_range(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = copy_resources(tmp_path)
    edit(root, RANGES_FILE, "low = 1\nhigh = 30000", "low = 1\nhigh = 0.5")
    problems = check_ranges(None, root)  # type: ignore[arg-type]
    assert problems and "range.output_100m_cny" in problems[0].en and "low" in problems[0].en


def test_match_warns_on_stderr_and_still_succeeds(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = json.loads(SAMPLE.read_text(encoding="utf-8"))
    data["figures"]["output_100m_cny"] = 500000
    path = tmp_path / "big.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert main(["match", str(path), "--json"]) == 0
    out, err = capsys.readouterr()
    assert json.loads(out)["profile"] == data["name"]  # stdout stays the JSON object
    assert "警告" in err and "500,000" in err and "Warning:" in err
    assert main(["match", str(SAMPLE)]) == 0
    assert capsys.readouterr().err == ""
