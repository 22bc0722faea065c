"""The vocabularies of format v2 (stated problems, target indicators): shipped as data, every entry sound, and a
broken file refused naming file › entry › problem, by the loader and by ``zoneplanner kb check``."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.cli.main import main
from desktop.models.errors import KnowledgeErrors
from desktop.models.knowledge.loader import default_knowledge_base
from desktop.models.profile_vocabulary import (
    INDICATORS_FILE,
    PROBLEMS_FILE,
    check_profile_vocabulary,
    load_profile_vocabulary,
)
from tests.helpers.kb_copies import copy_resources, edit

# The problems and indicators the design names; the files may have more.
DESIGN_PROBLEMS = {
    "single_anchor",
    "low_local_supply",
    "talent_outflow",
    "weak_conversion",
    "sme_financing",
    "scattered_industries",
    "land_constraints",
    "weak_services",
}
DESIGN_INDICATORS = {
    "cluster_revenue",
    "above_scale_firms",
    "hitech_firms",
    "specialised_smes",
    "rd_intensity",
    "local_supply_rate",
}


def test_every_problem_entry_is_complete_and_cites_the_article_or_says_it_cannot() -> None:
    vocabulary = load_profile_vocabulary()
    assert set(vocabulary.problems) >= DESIGN_PROBLEMS
    for problem_id, entry in vocabulary.problems.items():
        assert entry.id == problem_id
        for text in (entry.label, entry.help):
            assert text.zh.strip() and text.en.strip() and text.zh != text.en
        assert bool(entry.paragraphs) != entry.outside_article, problem_id
        assert all(1 <= p <= 31 for p in entry.paragraphs)
    assert any(entry.outside_article for entry in vocabulary.problems.values())


def test_every_indicator_entry_has_a_label_a_unit_and_a_kind() -> None:
    vocabulary = load_profile_vocabulary()
    assert set(vocabulary.indicators) >= DESIGN_INDICATORS
    for indicator_id, entry in vocabulary.indicators.items():
        assert entry.id == indicator_id
        assert entry.label.zh.strip() and entry.label.en.strip() and entry.unit.zh.strip() and entry.unit.en.strip()
        assert entry.kind in ("outcome", "effort")
    assert vocabulary.indicators["rd_intensity"].percent and not vocabulary.indicators["cluster_revenue"].percent
    assert vocabulary.indicators["hitech_firms"].integer


def test_unit_roles_are_the_unit_catalogue() -> None:
    assert load_profile_vocabulary().unit_roles == set(default_knowledge_base().departments)


@pytest.mark.parametrize(
    ("file", "old", "new", "expected"),
    [
        (PROBLEMS_FILE, "paragraphs = [5, 26]", "paragraphs = [5, 32]", "problem.single_anchor: paragraph number"),
        (PROBLEMS_FILE, "paragraphs = [25]\n", "", "problem.scattered_industries: list the related paragraphs"),
        (PROBLEMS_FILE, 'id = "talent_outflow"', 'id = "single_anchor"', "problem.single_anchor: duplicate ID"),
        (
            PROBLEMS_FILE,
            "[]\noutside_article = true",
            "[]\noutside_article = 1",
            "problem.safety_environment: field “outside",
        ),
        (INDICATORS_FILE, 'kind = "outcome"', 'kind = "result"', "indicator.cluster_revenue: kind 'result'"),
        (INDICATORS_FILE, 'unit = { zh = "家", en = "firms" }', 'unit = { zh = "家" }', "lacks the English (unit.en)"),
        (INDICATORS_FILE, 'kind = "outcome"', 'kind = "outcome"\ncolour = "red"', "unknown field “colour”"),
    ],
)
def test_a_broken_vocabulary_is_refused_naming_file_entry_and_problem(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], file: str, old: str, new: str, expected: str
) -> None:
    root = copy_resources(tmp_path)
    assert check_profile_vocabulary(default_knowledge_base(), root) == []
    edit(root, file, old, new)
    problems = [p.en for p in check_profile_vocabulary(default_knowledge_base(), root)]
    assert any(p.startswith(f"{file} › ") and expected in p for p in problems), problems
    with pytest.raises(KnowledgeErrors):
        load_profile_vocabulary(root)
    assert main(["kb", "check", "--root", str(root), "--lang", "en"]) != 0
    assert expected in capsys.readouterr().err


def test_kb_check_counts_the_vocabularies(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["kb", "check", "--lang", "en"]) == 0
    assert "10 zone problems, 8 indicators" in capsys.readouterr().out
