"""``zoneplanner kb check / show / list`` as a user runs them."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desktop.cli import kb as kb_command
from desktop.cli.main import main
from desktop.models.knowledge.types import KnowledgeBase
from desktop.models.text import Text
from desktop.resources import resources_root
from tests.helpers.kb_copies import copy_resources, edit


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_check_passes_on_the_shipped_data(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "kb", "check")
    assert code == 0 and err == ""
    assert "OK: 27 items, " in out and " facts, " in out and " glossary terms, " in out and " units" in out
    assert "OK: 27 个条目" in out


def test_check_fails_on_a_broken_copy_and_lists_every_problem(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = copy_resources(tmp_path)
    edit(
        root,
        "knowledge/cases.toml",
        "[item.endowments.natural_resources]\nvalue = 5",
        "[item.endowments.natural_resources]\nvalue = 9",
    )
    edit(root, "knowledge/traits.toml", "paragraphs = [2, 9]", "paragraphs = [2, 32]")
    code, out, err = run(capsys, "kb", "check", "--root", str(root), "--lang", "en")
    assert code != 0 and out == ""
    assert "knowledge/cases.toml › case.houston-petrochem › endowments › natural_resources: " in err
    assert "knowledge/traits.toml › trait.tripartite-governance: paragraph number(s) [32]" in err
    assert "2 problem(s) found." in err and "Traceback" not in err


def test_check_runs_plugged_in_validators(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """Another validator (the matching rules) joins ``kb check`` by being listed in ``CHECKS``."""
    monkeypatch.setattr(kb_command, "CHECKS", [f"{__name__}:_fake_rules_check"])
    code, _, err = run(capsys, "kb", "check", "--lang", "en")
    assert code != 0 and "rules/x.toml › rule 1: broken (3 items seen)" in err


def _fake_rules_check(kb: KnowledgeBase, root: Path | None) -> list[Text]:
    return [Text("规则坏了", f"rules/x.toml › rule 1: broken ({len(kb.of_kind(kb.item('rec.1').kind))} items seen)")]


def test_show_houston_prints_every_figure_in_chinese(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "kb", "show", "case.houston-petrochem")
    assert code == 0
    assert "休斯顿石化集群" in out and "¶5" in out and "trait.regional-advantage" in out
    for figure in ("29家", "30家", "1000家以上", "5000家以上", "50%以上", "一半", "康菲石油", "哈里伯顿"):
        assert figure in out, figure
    assert "资源禀赋画像" in out and "自然资源 5" in out and "龙头企业 5" in out


def test_show_in_english(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "kb", "show", "practice.fiscal-financial", "--lang", "en")
    assert code == 0
    assert "about 6 million USD a year" in out and "Kind: US government practice" in out and "¶17–19" in out


def test_show_a_glossary_term_and_a_unit(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "kb", "show", "term.management-committee")
    assert code == 0 and "管委会" in out and "¶31" in out
    code, out, _ = run(capsys, "kb", "show", "term.chain-leader")
    assert code == 0 and "原文未使用此词" in out
    code, out, _ = run(capsys, "kb", "show", "committee.finance", "--lang", "en")
    assert code == 0 and "Finance Bureau" in out and "The zone's own units" in out


def test_show_an_unknown_id_names_it(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "kb", "show", "case.houston")
    assert code != 0 and out == ""
    assert "case.houston" in err and "case.houston-petrochem" in err and "Traceback" not in err


def test_show_on_a_broken_copy_says_what_is_broken(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = copy_resources(tmp_path)
    edit(root, "knowledge/cases.toml", 'id = "case.boston-biotech"', 'id = "case.houston-petrochem"')
    code, _, err = run(capsys, "kb", "show", "rec.1", "--root", str(root))
    assert code != 0 and "knowledge/cases.toml" in err and "case.houston-petrochem" in err


def test_list_names_every_id(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "kb", "list")
    ids = [line.split("\t")[0] for line in out.splitlines()]
    assert code == 0 and "rec.3.3" in ids and "term.ric" in ids and "partner.university" in ids
    assert len(ids) == len(set(ids))


def test_check_refuses_broken_matching_rules(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The shipped ``kb check`` validates the matching rules too: a rule reading a field that does not exist fails."""
    root = copy_resources(tmp_path)
    shutil.copytree(resources_root() / "rules", root / "rules")
    edit(root, "rules/measures.toml", 'condition = "cheap_land_reliance"', 'condition = "cheap_land"')
    code, out, err = run(capsys, "kb", "check", "--root", str(root), "--lang", "en")
    assert code != 0 and out == ""
    assert "measures.toml" in err and "rec.1.1" in err and "cheap_land" in err
    assert "Traceback" not in err


def test_show_cites_paragraphs_as_the_window_and_workbook_do(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "kb", "show", "trait.tripartite-governance")
    assert code == 0 and "段落：¶2、¶9" in out and "¶2, ¶9" not in out  # Chinese list separator
    code, out, _ = run(capsys, "kb", "show", "trait.tripartite-governance", "--lang", "en")
    assert code == 0 and "¶2, ¶9" in out
