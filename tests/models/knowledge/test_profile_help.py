"""The profile form's help texts: shipped as data, complete, citing the article where they rest on it, and refused
with a message naming the file and the entry when broken."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.cli.main import main
from desktop.models.errors import KnowledgeError, KnowledgeErrors
from desktop.models.formatting import paragraphs_text
from desktop.models.knowledge.loader import default_knowledge_base, load_knowledge_base
from desktop.models.profile_help import HELP_FILE, ProfileHelp, check_profile_help, load_profile_help
from desktop.models.vocabulary import ENDOWMENT_MAX, ENDOWMENT_MIN, Condition, Endowment, Stage
from tests.helpers.kb_copies import copy_resources, edit

# The paragraphs the design's table of profile conditions gives each diagnostic condition.
DESIGN_CONDITION_PARAGRAPHS: dict[Condition, set[int]] = {
    Condition.CHEAP_LAND_RELIANCE: {25},
    Condition.COLOCATED_ONLY: {30},
    Condition.CLUSTER_ORGANIZATION: {31},
    Condition.GUIDANCE_FUND: {28},
    Condition.IUR_ALLIANCE: {29},
    Condition.CROSS_DEPARTMENT_MECHANISM: {20},
    Condition.INFORMATION_PLATFORM: {22},
    Condition.TALENT_BARRIERS: {26},
    Condition.EXCESS_COMPETITION: {31},
}

GUIDANCE_FUND_TEXT = (
    'text = { zh = "少量财政资金可以带动银行和投资机构支持初创创新企业。", '
    'en = "A little public money can bring banks and investors to fund young innovative firms." }'
)


@pytest.fixture(scope="module")
def shipped() -> ProfileHelp:
    return load_profile_help()


def test_the_shipped_help_has_every_stage_condition_endowment_and_level(shipped: ProfileHelp) -> None:
    assert list(shipped.stages) == list(Stage)
    assert list(shipped.conditions) == list(Condition)
    assert list(shipped.endowments) == list(Endowment)
    assert len(shipped.levels) == ENDOWMENT_MAX - ENDOWMENT_MIN + 1
    shown = [shipped.stage_intro.shown(), *map(shipped.stage, Stage), *map(shipped.condition, Condition)]
    shown += [*map(shipped.endowment, Endowment), *map(shipped.level, range(ENDOWMENT_MIN, ENDOWMENT_MAX + 1))]
    assert all(text.zh.strip() and text.en.strip() for text in shown)


def test_the_default_help_is_read_once(shipped: ProfileHelp) -> None:
    assert load_profile_help() is load_profile_help()
    assert load_profile_help() == shipped


def test_each_condition_cites_the_paragraphs_the_design_gives_it(shipped: ProfileHelp) -> None:
    for condition, expected in DESIGN_CONDITION_PARAGRAPHS.items():
        cited = set(shipped.conditions[condition].paragraphs)
        assert cited, f"{condition} cites nothing"
        assert cited <= expected, f"{condition} cites {cited - expected} beyond the design's {expected}"


def test_the_citation_the_user_reads_is_made_from_the_paragraphs(shipped: ProfileHelp) -> None:
    land = shipped.condition(Condition.CHEAP_LAND_RELIANCE)
    assert land.zh == "低价供地招来的企业未必契合本地特点，集群容易偏离区域特色（¶25）。"
    assert land.en == "Cheap land draws firms that do not fit the region, so the cluster loses its character (¶25)."
    intro = shipped.stage_intro.shown()
    assert intro.en == "Clusters go through a life cycle; the stage decides which goals come first (¶25)."
    for hint in [shipped.stage_intro, *shipped.stages.values(), *shipped.conditions.values()]:
        assert "¶" not in hint.text.zh + hint.text.en  # the stored wording never cites by itself
        shown = hint.shown()
        if hint.paragraphs:
            zh, en = paragraphs_text(hint.paragraphs, "zh"), paragraphs_text(hint.paragraphs, "en")
            assert shown.zh == f"{hint.text.zh[:-1]}（{zh}）。" and shown.en == f"{hint.text.en[:-1]} ({en})."
        else:
            assert shown == hint.text
    # Endowments are the application's own definitions: they cite nothing and show no ¶.
    for endowment in Endowment:
        assert shipped.endowments[endowment].paragraphs == ()
        assert "¶" not in shipped.endowment(endowment).en


def test_levels_read_with_their_number(shipped: ProfileHelp) -> None:
    assert shipped.level(0).zh == "0 — 没有：本区基本不具备"
    assert shipped.level(5).en == "5 — outstanding: among the best in the country"


def test_the_edited_paragraphs_change_what_the_user_reads(tmp_path: Path) -> None:
    root = copy_resources(tmp_path)
    edit(root, HELP_FILE, GUIDANCE_FUND_TEXT + "\nparagraphs = [28]", GUIDANCE_FUND_TEXT + "\nparagraphs = [27, 28]")
    changed = load_profile_help(root).condition(Condition.GUIDANCE_FUND)
    assert changed.en.endswith("young innovative firms (¶27–28).")
    assert changed.zh.endswith("初创创新企业（¶27–28）。")


def _without_entry(text: str, entry_id: str) -> str:
    """The file with the [[…]] block of ``entry_id`` taken out."""
    blocks = text.split("\n\n")
    kept = [block for block in blocks if f'id = "{entry_id}"' not in block]
    assert len(kept) == len(blocks) - 1, entry_id
    return "\n\n".join(kept)


# (what is broken, text to replace, replacement, entry named, words of the English problem)
BREAKAGES = [
    ("paragraph 0", GUIDANCE_FUND_TEXT + "\nparagraphs = [28]", GUIDANCE_FUND_TEXT + "\nparagraphs = [0]",
     "condition.guidance_fund", ["paragraph number(s) [0]", "¶1–¶31"]),
    ("paragraph 32", 'paragraphs = [26]', 'paragraphs = [26, 32]', "condition.talent_barriers",
     ["paragraph number(s) [32]"]),
    ("missing English", 'en = "Ports, railways, motorways, airports and closeness to large markets." }',
     'en = "" }', "endowment.transport_location", ["field “text” lacks the English"]),
    ("English absent", ', en = "Growth slows or technology shifts; the task is to upgrade the industries or open new '
     'directions." }', " }", "stage.transforming", ["English"]),
    ("unknown key", 'id = "mature"', 'id = "mature"\nsource = "x"', "stage.mature", ["unknown field “source”"]),
    ("unknown condition", 'id = "excess_competition"', 'id = "price_war"', "condition.price_war",
     ["unknown condition “price_war”"]),
    ("duplicate", 'id = "talent"', 'id = "capital"', "endowment.capital", ["duplicate"]),
    ("a condition citing nothing", GUIDANCE_FUND_TEXT + "\nparagraphs = [28]", GUIDANCE_FUND_TEXT + "\nparagraphs = []",
     "condition.guidance_fund", ["“paragraphs” must not be empty"]),
    ("¶ written in the text", "firms working together.", "firms working together (¶30).", "condition.colocated_only",
     ["must not cite “¶”"]),
    ("level out of range", "value = 5", "value = 6", "level.6", ["from 0 to 5"]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("old", "new", "entry", "words"),
    [pytest.param(*case[1:], id=case[0]) for case in BREAKAGES],
)
def test_a_broken_entry_is_refused_naming_file_and_entry(
    tmp_path: Path, old: str, new: str, entry: str, words: list[str]
) -> None:
    root = copy_resources(tmp_path)
    edit(root, HELP_FILE, old, new)
    with pytest.raises(KnowledgeError) as raised:
        load_profile_help(root)
    message = raised.value.message.en
    assert message.startswith(f"{HELP_FILE} › {entry}: "), message
    for word in words:
        assert word in message, (word, message)
    assert raised.value.message.zh.startswith(f"{HELP_FILE} › {entry}：")


@pytest.mark.parametrize(("array", "entry_id"), [("condition", "iur_alliance"), ("endowment", "capital")])
def test_a_missing_entry_is_named(tmp_path: Path, array: str, entry_id: str) -> None:
    root = copy_resources(tmp_path)
    path = root / HELP_FILE
    path.write_text(_without_entry(path.read_text(encoding="utf-8"), entry_id), encoding="utf-8")
    with pytest.raises(KnowledgeError) as raised:
        load_profile_help(root)
    assert raised.value.message.en == f"{HELP_FILE} › {array}.{entry_id}: missing: every {array} needs an entry"


def test_a_missing_level_is_named(tmp_path: Path) -> None:
    root = copy_resources(tmp_path)
    path = root / HELP_FILE
    text = path.read_text(encoding="utf-8")
    path.write_text(text[: text.index("[[level]]\nvalue = 5")], encoding="utf-8")
    problems = [p.en for p in check_profile_help(default_knowledge_base(), root)]
    assert problems == [f"{HELP_FILE} › level.5: missing: every level needs an entry"]


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    root = copy_resources(tmp_path)
    (root / HELP_FILE).unlink()
    with pytest.raises(KnowledgeError) as raised:
        load_profile_help(root)
    assert raised.value.message.en.startswith(f"{HELP_FILE} › —: file not found")


def test_kb_check_reports_a_broken_help_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = copy_resources(tmp_path)
    edit(root, HELP_FILE, GUIDANCE_FUND_TEXT + "\nparagraphs = [28]", GUIDANCE_FUND_TEXT + "\nparagraphs = [32]")
    code = main(["kb", "check", "--root", str(root), "--lang", "en"])
    err = capsys.readouterr().err
    assert code != 0
    assert f"{HELP_FILE} › condition.guidance_fund: paragraph number(s) [32]" in err
    assert "1 problem(s) found." in err


def test_kb_check_counts_the_help_texts(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["kb", "check", "--lang", "en"]) == 0
    assert "28 form help texts" in capsys.readouterr().out


def test_a_broken_help_file_and_a_broken_knowledge_base_fail_the_same_way(tmp_path: Path) -> None:
    """Both shipped files are refused with one error type that carries every problem, for ``kb check`` and the
    window alike; the message is the first problem with the count of the others."""
    root = copy_resources(tmp_path)
    edit(root, HELP_FILE, "paragraphs = [26]", "paragraphs = [26, 32]")
    edit(root, HELP_FILE, 'id = "mature"', 'id = "mature"\nsource = "x"')
    edit(root, "knowledge/cases.toml", "paragraphs = [5]\nparent", "paragraphs = [32]\nparent")
    edit(root, "departments.toml", 'group = "partner"', 'group = "friends"')
    with pytest.raises(KnowledgeErrors) as from_help:
        load_profile_help(root)
    with pytest.raises(KnowledgeErrors) as from_kb:
        load_knowledge_base(root)
    for raised in (from_help.value, from_kb.value):
        assert isinstance(raised, KnowledgeError) and len(raised.problems) >= 2
        more = len(raised.problems) - 1
        assert raised.message.en == f"{raised.problems[0].en} (and {more} more problems)"
        assert raised.message.zh == f"{raised.problems[0].zh}（另有 {more} 个问题）"
    assert [p.en for p in from_help.value.problems] == [
        p.en for p in check_profile_help(default_knowledge_base(), root)
    ]
    assert all(p.en.startswith(HELP_FILE) for p in from_help.value.problems)
