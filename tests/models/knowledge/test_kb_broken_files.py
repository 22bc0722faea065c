"""A broken knowledge file is refused with a message naming the file, the entry and the problem."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.models.errors import KnowledgeError
from desktop.models.knowledge.loader import check_knowledge_base, load_knowledge_base
from tests.helpers.kb_copies import copy_resources, edit

CASES = "knowledge/cases.toml"
TRAITS = "knowledge/traits.toml"
PRACTICES = "knowledge/practices.toml"
RECS = "knowledge/recommendations.toml"
GLOSSARY = "knowledge/glossary.toml"
SOURCE = "knowledge/source.toml"
UNITS = "departments.toml"

HOUSTON_TITLE = 'title = { zh = "休斯顿石化集群", en = "Houston petrochemical cluster" }'

# (what is broken, file, text to replace, replacement, entry named, words of the English problem)
BREAKAGES = [
    ("missing summary", CASES, 'summary = { zh = "休斯顿是资源起家', 'summery = { zh = "休斯顿是资源起家',
     "case.houston-petrochem", ["missing field “summary”"]),
    ("missing title", TRAITS,
     'title = { zh = "以区域优势为集群发展基础", en = "Regional advantage as the foundation" }\n', "",
     "trait.regional-advantage", ["missing field “title”"]),
    ("missing English", CASES, HOUSTON_TITLE, 'title = { zh = "休斯顿石化集群", en = "" }',
     "case.houston-petrochem", ["title", "English"]),
    ("English absent", CASES, HOUSTON_TITLE, 'title = { zh = "休斯顿石化集群" }', "case.houston-petrochem",
     ["title", "English"]),
    ("missing Chinese in a fact", PRACTICES, 'label = { zh = "奥巴马总统挂帅的集群工作组", ',
     'label = { zh = " ", ', "practice.one-plus-n › fact task-force", ["label", "Chinese"]),
    ("duplicate item ID", CASES, 'id = "case.boston-biotech"', 'id = "case.houston-petrochem"',
     "case.houston-petrochem", ["duplicate ID"]),
    ("duplicate across files", GLOSSARY, 'id = "term.ric"', 'id = "term.e-ric"', "term.e-ric", ["duplicate ID"]),
    ("duplicate fact ID", CASES, 'id = "largest-energy-companies"', 'id = "energy-hq"', "case.houston-petrochem",
     ["duplicate fact ID “energy-hq”"]),
    ("dangling parent", CASES, 'parent = "trait.iur-innovation"', 'parent = "trait.nowhere"',
     "case.boston-biotech", ["parent “trait.nowhere” does not exist"]),
    ("parent of the wrong kind", CASES, 'parent = "trait.iur-innovation"', 'parent = "rec.2"',
     "case.boston-biotech", ["parent “rec.2” must be a trait"]),
    ("measure under the wrong recommendation", RECS, 'parent = "rec.2"', 'parent = "rec.3"', "rec.2.1",
     ["a measure belongs to rec.2"]),
    ("case without parent", CASES, 'parent = "trait.regional-advantage"\n', "", "case.california-it",
     ["a case needs a parent"]),
    ("dangling related", RECS, '"case.silicon-valley", "case.california-it"]', '"case.silicon-vally"]', "rec.2.2",
     ["related “case.silicon-vally” does not exist"]),
    ("dangling glossary related", GLOSSARY, 'related = ["rec.1.2", "term.cheap-land"]',
     'related = ["term.nowhere"]', "term.nest-phoenix", ["related “term.nowhere” does not exist"]),
    ("paragraph 0", CASES, "paragraphs = [5]\nparent", "paragraphs = [0]\nparent", "case.houston-petrochem",
     ["[0]", "¶1–¶31"]),
    ("paragraph 32", TRAITS, "paragraphs = [2, 9]", "paragraphs = [2, 32]", "trait.tripartite-governance",
     ["[32]", "¶1–¶31"]),
    ("no paragraphs", RECS, "paragraphs = [28]\nparent", "paragraphs = []\nparent", "rec.2.1", ["must not be empty"]),
    ("fact outside its item's paragraphs", PRACTICES, "paragraphs = [13]", "paragraphs = [24]",
     "practice.policy-system › fact first-mover", ["[24]"]),
    ("glossary paragraph 32", GLOSSARY,
     "paragraphs = [31]\nrelated = [\"rec.3.1\"", "paragraphs = [32]\nrelated = [\"rec.3.1\"",
     "term.management-committee", ["[32]"]),
    ("endowment above 5", CASES, "[item.endowments.natural_resources]\nvalue = 5",
     "[item.endowments.natural_resources]\nvalue = 6", "case.houston-petrochem › endowments › natural_resources",
     ["“value”", "0 to 5", "6"]),
    ("endowment missing", CASES, "[item.endowments.talent]\nvalue = 5", "[item.endowments.skills]\nvalue = 5",
     "case.boston-biotech › endowments", ["missing endowment “talent”"]),
    ("endowment without reason", CASES,
     "value = 5\nwhy = { zh = \"集群的起点正是", "value = 5\nwhy_not = { zh = \"集群的起点正是",
     "case.california-it › endowments › research_base", ["missing field “why”"]),
    ("profile on a trait", TRAITS, '"rec.2", "rec.2.2", "rec.2.3"]\n',
     '"rec.2", "rec.2.2", "rec.2.3"]\n\n[item.endowments.talent]\nvalue = 1\n',
     "trait.iur-innovation", ["only a case may carry an endowment profile"]),
    ("kind does not match ID", RECS, 'id = "rec.1.1"\nkind = "measure"', 'id = "rec.1.1"\nkind = "recommendation"',
     "rec.1.1", ["does not match kind “recommendation”"]),
    ("unknown kind", PRACTICES, 'kind = "practice"', 'kind = "habit"', "practice.policy-system",
     ["unknown kind “habit”"]),
    ("value without unit", PRACTICES, 'value = 56\nunit = { zh = "个", en = "clusters" }\n', "value = 56\n",
     "practice.policy-system › fact supported-clusters", ["missing field “unit”"]),
    ("value not finite", CASES, "value = 1000\n", "value = nan\n", "case.houston-petrochem › fact equipment-suppliers",
     ["finite number"]),
    ("implausible year", PRACTICES, "year = 1996", "year = 1896", "practice.policy-system › fact california-panel",
     ["“year”", "1900 to 2100"]),
    ("unknown qualifier", PRACTICES, 'qualifier = "about"', 'qualifier = "roughly"',
     "practice.fiscal-financial › fact ric-budget", ["unknown qualifier 'roughly'"]),
    ("unknown field", RECS, 'id = "rec.3.2"', 'id = "rec.3.2"\npriority = "high"', "rec.3.2",
     ["unknown field “priority”"]),
    ("bad source date", SOURCE, 'date = "2019-06-14"', 'date = "2019-06-31"', "source", ["YYYY-MM-DD"]),
    ("no authors", SOURCE, 'authors = ["张舰", "黎文娟", "赵芸芸", "程楠"]', "authors = []", "source", ["author list"]),
    ("no version", SOURCE, 'version = "2026.1"\n', "", "knowledge_base", ["missing field “version”"]),
    ("unit without English", UNITS, 'name = { zh = "高校", en = "Universities" }', 'name = { zh = "高校" }',
     "partner.university", ["name", "English"]),
    ("unit in an unknown group", UNITS, 'group = "partner"', 'group = "friends"', "partner.university",
     ["unknown group “friends”"]),
    ("duplicate unit", UNITS, 'id = "committee.procurement"', 'id = "committee.finance"', "committee.finance",
     ["duplicate ID"]),
    ("not TOML", CASES, "[[item]]\nid = \"case.california-it\"", "[[item]\nid = \"case.california-it\"", "—",
     ["not valid TOML"]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("file", "old", "new", "entry", "words"),
    [pytest.param(*case[1:], id=case[0]) for case in BREAKAGES],
)
def test_a_broken_file_is_refused_naming_file_entry_and_problem(
    tmp_path: Path, file: str, old: str, new: str, entry: str, words: list[str]
) -> None:
    root = copy_resources(tmp_path)
    edit(root, file, old, new)
    with pytest.raises(KnowledgeError) as raised:
        load_knowledge_base(root)
    problems = check_knowledge_base(root)
    prefix = f"{file} › {entry}:"
    matching = [p for p in problems if p.en.startswith(prefix) and all(word in p.en for word in words)]
    assert matching, f"no problem like {prefix} {words} in {[p.en for p in problems]}"
    assert all(p.zh.startswith(f"{file} › {entry}：") for p in matching)  # the Chinese names them too
    assert file in str(raised.value) and raised.value.message.en == _first_with_count(problems)


def _first_with_count(problems: list) -> str:  # type: ignore[type-arg]
    more = len(problems) - 1
    return problems[0].en + (f" (and {more} more problems)" if more else "")


def test_the_shipped_copy_itself_is_sound(tmp_path: Path) -> None:
    """The copies above start sound: every problem they report comes from the edit."""
    assert check_knowledge_base(copy_resources(tmp_path)) == []


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    root = copy_resources(tmp_path)
    (root / GLOSSARY).unlink()
    problems = check_knowledge_base(root)
    assert any(p.en.startswith(f"{GLOSSARY} › —: file not found") for p in problems)


def test_every_problem_is_reported_not_only_the_first(tmp_path: Path) -> None:
    root = copy_resources(tmp_path)
    edit(root, CASES, "paragraphs = [5]\nparent", "paragraphs = [32]\nparent")
    edit(root, UNITS, 'group = "partner"', 'group = "friends"')
    problems = check_knowledge_base(root)
    assert {p.en.split(" › ")[0] for p in problems} == {CASES, UNITS}
    with pytest.raises(KnowledgeError, match="另有 1 个问题"):
        load_knowledge_base(root)
