"""``zoneplanner ledger bulletin``: the 进展通报 of a stored plan, for a period, in Word or as a workbook."""

from __future__ import annotations

import argparse
from pathlib import Path

import docx
import pytest

from desktop.cli import bulletin
from desktop.cli.main import main
from desktop.models.store import open_store
from desktop.resources import resource_path
from tests.helpers.progress_plan import sample_plan

SAMPLE = resource_path("samples", "county-park.json")
NAME = "桐川县工业园区"


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _store_plan_with_returns() -> None:
    store, _ = open_store(load_samples=False)
    with store:
        profile_id = store.find_id(NAME)
        assert profile_id is not None
        store.save_plan(profile_id, sample_plan().to_data())


def test_the_bulletin_of_a_stored_plan_reports_its_returns(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(capsys, "profiles", "import", str(SAMPLE))[0] == 0
    _store_plan_with_returns()
    target = tmp_path / "通报.docx"
    code, out, err = _run(
        capsys,
        *("ledger", "bulletin", NAME, "-o", str(target), "--from", "2027-04-01", "--to", "2027-06-30"),
        *("--issuer", "桐川县工业园区管委会"),
    )
    assert (code, err) == (0, "")
    assert str(target) in out and "本期进展 4 条" in out
    lines = [p.text for p in docx.Document(str(target)).paragraphs if p.text.strip()]
    assert lines[0] == f"{NAME}产业集群培育行动方案" and "三、逾期事项" in lines
    assert any("用地指标未落实" in line for line in lines)
    english = tmp_path / "bulletin.xlsx"
    code, out, _ = _run(capsys, "ledger", "bulletin", NAME, "-o", str(english), "--to", "2027-06-30", "--lang", "en")
    assert code == 0 and "Wrote" in out and english.stat().st_size > 0


def test_a_bad_date_is_named_and_nothing_is_written(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(capsys, "profiles", "import", str(SAMPLE))[0] == 0
    _store_plan_with_returns()
    target = tmp_path / "通报.docx"
    code, _, err = _run(capsys, "ledger", "bulletin", NAME, "-o", str(target), "--from", "2027-13-01")
    assert code == 2 and "--from" in err and "2027-13-01" in err and "Traceback" not in err
    backwards = ("--from", "2027-07-01", "--to", "2027-06-30")
    code, _, err = _run(capsys, "ledger", "bulletin", NAME, "-o", str(target), *backwards)
    assert code == 2 and "2027-06-30" in err
    assert not target.exists()


def test_a_profile_without_a_saved_plan_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(capsys, "profiles", "import", str(SAMPLE))[0] == 0
    code, _, err = _run(capsys, "ledger", "bulletin", NAME, "-o", str(tmp_path / "x.docx"))
    assert code == 2 and NAME in err and "ledger export" in err


def test_bulletin_joins_a_ledger_group_registered_before_it() -> None:
    parser = argparse.ArgumentParser()
    commands = parser.add_subparsers(dest="command")
    ledger = commands.add_parser("ledger")
    ledger.add_subparsers(dest="ledger_command").add_parser("export")
    bulletin.register(commands)
    args = parser.parse_args(["ledger", "bulletin", "甲", "-o", "x.docx"])
    assert args.func is bulletin.run_bulletin and args.name == "甲"
    assert parser.parse_args(["ledger", "export"]).ledger_command == "export"


def test_without_from_the_bulletin_covers_the_last_month_not_every_return_ever(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The office's third monthly bulletin must not call the whole history "this period" (acceptance of #15.5)."""
    assert _run(capsys, "profiles", "import", str(SAMPLE))[0] == 0
    _store_plan_with_returns()  # returns on 5 April, 20 April, 28 May and 10 June 2027
    target = tmp_path / "通报.docx"
    code, out, _ = _run(capsys, "ledger", "bulletin", NAME, "-o", str(target), "--to", "2027-06-30")
    assert code == 0 and "2027-05-31 至 2027-06-30" in out and "本期进展 1 条" in out
    lines = [p.text for p in docx.Document(str(target)).paragraphs if p.text.strip()]
    assert "（2027年5月31日—2027年6月30日）" in lines


def test_a_bulletin_without_an_issuer_says_how_to_sign_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A 公文 ends with the issuer's name above the date: when none is known, the command says so (and how)."""
    assert _run(capsys, "profiles", "import", str(SAMPLE))[0] == 0
    _store_plan_with_returns()
    target = tmp_path / "通报.docx"
    code, _, err = _run(capsys, "ledger", "bulletin", NAME, "-o", str(target), "--to", "2027-06-30")
    assert code == 0 and "--issuer" in err and "发文" in err
    code, _, err = _run(capsys, "ledger", "bulletin", NAME, "-o", str(target), "--issuer", "桐川县工业园区管委会")
    assert (code, err) == (0, "")


def test_one_return_in_the_period_is_said_in_the_singular(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(capsys, "profiles", "import", str(SAMPLE))[0] == 0
    _store_plan_with_returns()
    period = ("--from", "2027-04-01", "--to", "2027-04-10", "--issuer", "管委会")  # one return: 2027-04-05
    code, out, _ = _run(capsys, "ledger", "bulletin", NAME, "-o", str(tmp_path / "b.xlsx"), *period, "--lang", "en")
    assert code == 0 and "1 progress return in the period)." in out
    code, out, _ = _run(capsys, "ledger", "bulletin", NAME, "-o", str(tmp_path / "c.xlsx"), *period)
    assert code == 0 and "本期进展 1 条）。" in out
