"""The 进展通报's fixed wording (resources/report/bulletin.toml): every phrase in both languages with the same
placeholders, and a broken file named by file and entry."""

from __future__ import annotations

import re
from pathlib import Path

from desktop.models.report.bulletin_wording import BULLETIN_FILE, read_bulletin_wording
from desktop.resources import resources_root

PLACEHOLDER = re.compile(r"\{(\w+)\}")


def test_every_phrase_has_both_languages_with_the_same_placeholders() -> None:
    phrases, problems = read_bulletin_wording(resources_root())
    assert not problems and len(phrases) > 30
    for key, text in phrases.items():
        assert set(PLACEHOLDER.findall(text.zh)) == set(PLACEHOLDER.findall(text.en)), key


def test_a_phrase_without_its_english_is_named(tmp_path: Path) -> None:
    folder = tmp_path / "report"
    folder.mkdir()
    source = resources_root() / "report" / BULLETIN_FILE
    text = source.read_text(encoding="utf-8").replace(
        'none = { zh = "本期无逾期任务。", en = "No task is overdue." }', 'none = { zh = "本期无逾期任务。" }'
    )
    (folder / BULLETIN_FILE).write_text(text, encoding="utf-8")
    _, problems = read_bulletin_wording(tmp_path)
    assert [m.en for m in problems.messages] == [f"{BULLETIN_FILE} › overdue.none: needs both zh and en text"]


def test_english_names_a_count_instead_of_a_plural_noun_after_it() -> None:
    """ "from 1 lead units" is wrong; "lead units that sent them: 1" reads right for any number (docs/i18n.md)."""
    phrases, _ = read_bulletin_wording(resources_root())
    plural_after_count = re.compile(r"\{\w+\} (?:[a-z]+ )?(?:tasks|units|returns|actions|items|reports)\b")
    assert not [key for key, text in phrases.items() if plural_after_count.search(text.en)]
