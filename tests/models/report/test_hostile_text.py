"""Whatever a user typed comes through as text: XML-special characters kept, control characters dropped."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from desktop.models.errors import ExportError
from desktop.models.profile import Unit
from tests.helpers.report_docs import sample_analysis, split_at_annex3, texts, write

HOSTILE = "<w:p>&amp;\"'\x01\x0b\x1f]]>\ufffe"
CLEANED = "<w:p>&amp;\"']]>"


def test_names_titles_and_units_with_markup_and_control_characters_come_through_as_text(tmp_path: Path) -> None:
    analysis = sample_analysis()
    lead = analysis.actions[0].lead
    profile = analysis.profile.with_changes(
        name=f"开发区{HOSTILE}", goals=f"目标{HOSTILE}", units=(Unit(f"局{HOSTILE}", lead),)
    )
    actions = [
        replace(analysis.actions[0], title=type(analysis.actions[0].title).same(f"任务{HOSTILE}")),
        *analysis.actions[1:],
    ]
    document = write(tmp_path / "plan.docx", type(analysis)(profile, analysis.result, actions), actions=actions)
    lines = texts(document)
    assert lines[0].startswith(f"开发区{CLEANED}")
    assert any(f"任务{CLEANED}" in line and f"（牵头单位：局{CLEANED}；" in line for line in lines)
    before, _ = split_at_annex3(document)
    assert f"目标{CLEANED}" in before
    assert not any(ch in before for ch in "\x01\x0b\x1f\ufffe")


def test_a_refused_export_leaves_the_previous_file_and_a_wrong_suffix_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "plan.docx"
    target.write_bytes(b"previous")
    target.chmod(0o444)
    analysis = sample_analysis()
    with pytest.raises(ExportError, match="只读"):
        write(target, analysis)
    assert target.read_bytes() == b"previous"
    with pytest.raises(ExportError, match=r"\.docx"):
        write(tmp_path / "plan.doc", analysis)
    assert not (tmp_path / "plan.doc").exists()
