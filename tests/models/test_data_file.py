"""Every shipped data file is read by one reader: a problem reads "file › entry: problem" whichever file it is in."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desktop.models.data_file import NO_ENTRY, Entry, Problems, read_toml
from desktop.models.knowledge.loader import check_knowledge_base, default_knowledge_base
from desktop.models.profile_help import check_profile_help
from desktop.models.rules_check import check_rules
from desktop.models.text import Text
from desktop.resources import resources_root

# (data file, the line a misspelt key is added after, how the problem names the entry)
FILES = [
    ("knowledge/cases.toml", 'id = "case.houston-petrochem"', "case.houston-petrochem"),
    ("departments.toml", 'id = "committee.finance"', "committee.finance"),
    ("knowledge/profile_help.toml", 'id = "mature"', "stage.mature"),
    ("rules/cases.toml", 'id = "case.california-it"', "case.california-it"),
    ("rules/actions.toml", 'slug = "venture-fund"', "rec.2.1/venture-fund"),
    ("rules/actions.toml", "high_at = 80", "priority"),
]


def every_problem(root: Path) -> list[Text]:
    """What ``zoneplanner kb check --root`` lists: knowledge base, rules and action templates, form help."""
    kb = default_knowledge_base()
    return check_knowledge_base(root) + check_rules(kb, root) + check_profile_help(kb, root)


@pytest.mark.parametrize(("file", "line", "entry"), FILES, ids=[f"{f}:{e}" for f, _, e in FILES])
def test_a_misspelt_key_is_reported_alike_in_every_data_file(tmp_path: Path, file: str, line: str, entry: str) -> None:
    root = tmp_path / "resources"
    shutil.copytree(resources_root(), root, ignore=shutil.ignore_patterns("samples", "translations"))
    path = root / file
    text = path.read_text(encoding="utf-8")
    assert line in text, f"{line!r} is no longer in {file}"
    path.write_text(text.replace(line, f'{line}\ncolour = "red"', 1), encoding="utf-8")

    problems = every_problem(root)
    assert problems == [Text(f"{file} › {entry}：未知字段“colour”", f"{file} › {entry}: unknown field “colour”")]


def test_a_table_inside_an_entry_is_named_within_it() -> None:
    problems = Problems()
    item = Entry(problems, "rules/cases.toml", "case.a", {"criterion": [{"kind": 7}]})
    (table,) = item.tables("criterion", required=True)
    item.child(Text("第 2 条标准", "criterion 2"), table).string("kind")
    assert problems.messages == [
        Text(
            "rules/cases.toml › case.a › 第 2 条标准：字段“kind”应为非空文字，实为 7",
            "rules/cases.toml › case.a › criterion 2: field “kind” must be non-empty text, not 7",
        )
    ]


def test_keys_never_read_are_unknown_and_every_problem_is_kept() -> None:
    problems = Problems()
    entry = Entry(problems, "rules/actions.toml", "priority", {"high_at": 80, "medium_at": 150, "hihg_at": 1})
    assert entry.integer("high_at", 0, 100) == 80
    assert entry.integer("medium_at", 0, 100) is None
    assert entry.number("propose_at", low=0.0, required=True) is None
    entry.finish()
    assert [p.en for p in problems.messages] == [
        "rules/actions.toml › priority: field “medium_at” must be a whole number from 0 to 100, not 150",
        "rules/actions.toml › priority: missing field “propose_at”",
        "rules/actions.toml › priority: unknown field “hihg_at”",
    ]


def test_a_file_that_is_not_toml_is_a_problem_of_the_file_as_a_whole(tmp_path: Path) -> None:
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "traits.toml").write_text("[[item]\n", encoding="utf-8")
    problems = Problems()
    assert read_toml(problems, tmp_path, "rules/traits.toml") is None
    (message,) = problems.messages
    assert message.en.startswith(f"rules/traits.toml › {NO_ENTRY}: not valid TOML")
    assert message.zh.startswith(f"rules/traits.toml › {NO_ENTRY}：不是有效的 TOML")
