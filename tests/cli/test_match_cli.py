"""``zoneplanner match``: a readable ranking and plan, the JSON object of design.md, and clear refusals."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli.main import main
from desktop.models.formatting import paragraphs_text
from desktop.models.text import Lang
from desktop.resources import resource_path

SAMPLE = resource_path("samples", "petrochem-coastal.json")
# Version 2 of the object keeps every v1 field and adds "unknown" on each match and "coverage" on cases.
MATCH_KEYS = {"id", "kind", "title", "score", "reasons", "gaps", "paragraphs", "unknown"}
ACTION_KEYS = {
    "basis",
    "depends_on",
    "indicator",
    "id",
    "title",
    "recommendation",
    "draws_on",
    "priority",
    "phase",
    "lead",
    "partners",
    "kpi",
    "why",
    "paragraphs",
}


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["match", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_prints_a_ranking_with_reasons_and_a_plan_in_chinese(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, str(SAMPLE))
    assert code == 0 and err == ""
    assert out.startswith("闽海临港石化经济技术开发区")
    assert "休斯顿石化集群" in out and "case.houston-petrochem" in out
    assert "自然资源 4/5 ≥ 4" in out  # a reason names the fact that earned its points
    assert "牵头" in out and "考核指标" in out and "¶" in out
    ranking = out.split("二、")[0]
    assert ranking.index("休斯顿石化集群") < ranking.index("波士顿生物技术")


def test_english_output(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, str(SAMPLE), "--lang", "en")
    assert code == 0
    assert "Ranking" in out and "Action plan" in out and "Houston petrochemical cluster" in out
    assert "Lead" in out and "KPI" in out
    assert not any("\u4e00" <= ch <= "\u9fff" for ch in out.replace("闽海临港石化经济技术开发区", ""))


def test_top_limits_the_matches_listed(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, str(SAMPLE), "--top", "3")
    ranking = out.split("二、")[0]
    assert "  3. " in ranking and "  4. " not in ranking


def test_json_is_exactly_the_object_of_the_design(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, str(SAMPLE), "--json")
    assert code == 0
    data = json.loads(out)
    # v2 adds "outside_article": what the zone needs that the article does not cover (petrochemicals: safety).
    assert set(data) == {"profile", "matches", "actions", "outside_article"}
    assert {note["id"] for note in data["outside_article"]} == {"safety-environment", "green-low-carbon"}
    assert data["profile"] == "闽海临港石化经济技术开发区"
    assert len(data["matches"]) == 24
    scores = [m["score"] for m in data["matches"]]
    assert scores == sorted(scores, reverse=True)
    for match in data["matches"]:
        assert set(match) == MATCH_KEYS | ({"coverage"} if match["kind"] == "case" else set())
        assert match["unknown"] == []  # a v1 profile: every endowment and condition is known
        assert match["kind"] in {"trait", "case", "practice", "recommendation"}
        assert all(set(r) == {"text", "points"} for r in match["reasons"])
        assert round(sum(r["points"] for r in match["reasons"]), 1) == match["score"]
        assert all(isinstance(g, str) for g in match["gaps"]) and match["paragraphs"]
    assert data["actions"]
    for action in data["actions"]:
        assert set(action) == ACTION_KEYS
        assert action["priority"] in {"high", "medium", "low"} and action["phase"] in {"near", "mid", "long"}
        assert action["lead"] and action["partners"] and action["kpi"] and action["paragraphs"]
        assert action["recommendation"] is None or action["recommendation"].startswith("rec.")
    # A petrochemical base with few start-ups: industrial finance for its projects, not a venture fund (¶28).
    fund = next(a for a in data["actions"] if a["id"] == "rec.2.1/industry-fund")
    assert fund["lead"] == "财政金融局"  # the unit's name, in the chosen language
    assert fund["depends_on"] == ["rec.2.1/project-pipeline"]
    coverage = {m["id"]: m["coverage"] for m in data["matches"] if m["kind"] == "case"}
    # Only the endowments the article states count: six for Houston (¶5), one for Michigan (¶10).
    assert coverage["case.houston-petrochem"] == {"stated": 6, "of": 8}
    assert coverage["case.michigan-hybrid"] == {"stated": 1, "of": 8}


def test_json_in_english(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, str(SAMPLE), "--json", "--lang", "en")
    data = json.loads(out)
    fund = next(a for a in data["actions"] if a["id"] == "rec.2.1/industry-fund")
    assert fund["lead"] == "Finance Bureau"
    assert data["matches"][0]["title"].isascii()
    assert all(note["note"].isascii() for note in data["outside_article"])


def test_a_bad_profile_is_refused_naming_the_field(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    data = json.loads(SAMPLE.read_text(encoding="utf-8"))
    data["endowments"]["talent"] = 9
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    code, out, err = run(capsys, str(bad))
    assert code != 0 and out == ""
    assert "talent" in err or "人才" in err
    assert "9" in err and "Traceback" not in err


@pytest.mark.parametrize("content", ["{not json", ""])
def test_a_file_that_is_not_json_is_refused(capsys: pytest.CaptureFixture[str], tmp_path: Path, content: str) -> None:
    bad = tmp_path / "broken.json"
    bad.write_text(content, encoding="utf-8")
    code, out, err = run(capsys, str(bad))
    assert code != 0 and out == "" and err and "Traceback" not in err


def test_a_missing_file_is_refused(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, str(tmp_path / "nowhere.json"))
    assert code != 0 and "nowhere.json" in err and "Traceback" not in err


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_paragraphs_read_as_in_the_window_and_the_workbook(capsys: pytest.CaptureFixture[str], lang: Lang) -> None:
    # One notation everywhere: consecutive paragraphs folded ("¶30–31"), the language's list separator between.
    _, out, _ = run(capsys, str(SAMPLE), "--json", "--lang", lang)
    report = json.loads(out)
    _, text, _ = run(capsys, str(SAMPLE), "--lang", lang)
    for entry in [*report["matches"], *report["actions"]]:
        assert paragraphs_text(entry["paragraphs"], lang) in text, entry["id"]
    assert "(rec.3.1; ¶30–31)" in text and "¶30、¶31" not in text and "¶30, ¶31" not in text
    assert ("¶2、¶9" if lang == "zh" else "¶2, ¶9") in text
    assert "¶17–19" in text
