"""Names a terminal or a list would mangle are refused when they come in; a name is settled once (trimmed, NFC), so
the file, the store, the window and the command line all see the same one."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from desktop.models.errors import ProfileErrors
from desktop.models.profile_format import parse_profile
from desktop.models.profile_rules import validate_field
from tests.helpers.profile_fault_runs import run_in_process, store_rows
from tests.helpers.profile_mutations import BIDI_CONTROLS, CONTROLS, INVISIBLE_ONLY, SAMPLES, sample_data


def _with_name(name: object) -> dict[str, Any]:
    data = sample_data(0)
    data["name"] = name
    return data


def _name_error(name: str) -> ProfileErrors:
    with pytest.raises(ProfileErrors) as raised:
        parse_profile(_with_name(name))
    assert [e.field for e in raised.value.errors] == ["name"]
    return raised.value


@pytest.mark.parametrize("bad", CONTROLS + BIDI_CONTROLS, ids=lambda ch: f"U+{ord(ch[0]):04X}")
def test_a_name_with_a_control_or_bidi_character_is_refused_and_shown_escaped(bad: str) -> None:
    message = _name_error(f"东湖{bad}高新区").message
    escaped = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}.get(bad[0], f"\\u{ord(bad[0]):04x}")  # as JSON writes it
    for text in (message.zh, message.en):
        assert "name" in text and f"U+{ord(bad[0]):04X}" in text
        assert bad[0] not in text and escaped in text  # the value is quoted with the character escaped, never raw
    assert "控制" in message.zh
    assert ("bidi" if bad in BIDI_CONTROLS else "control character") in message.en


@pytest.mark.parametrize("invisible", INVISIBLE_ONLY, ids=lambda text: "+".join(f"U+{ord(ch):04X}" for ch in text))
def test_a_name_of_invisible_characters_only_is_refused(invisible: str) -> None:
    message = _name_error(invisible).message
    assert "name" in message.en
    assert ("看得见" in message.zh and "visible" in message.en) or ("不能为空" in message.zh and "empty" in message.en)


def test_a_name_is_settled_once_nfc_and_trimmed_of_invisible_ends() -> None:
    decomposed = "\u200b Cafe\u0301 高新区\u3000\ufeff"  # e + combining accent, zero-width and full-width space around
    assert parse_profile(_with_name(decomposed)).name == "Caf\u00e9 高新区"
    # A bidi mark inside a mixed-direction name is allowed (it places neutral characters, it cannot reorder text).
    assert parse_profile(_with_name("مدينة\u200f (1)")).name == "مدينة\u200f (1)"


def test_a_name_stored_by_an_earlier_version_is_still_read() -> None:
    stored = _with_name("旧名称\x1b[31m红\x1b[0m")
    assert parse_profile(stored, earlier_names=True).name == "旧名称\x1b[31m红\x1b[0m"
    with pytest.raises(ProfileErrors):
        parse_profile(stored)  # saving it again applies today's rule


def test_the_command_line_refuses_such_a_name_and_stores_the_settled_one(
    tmp_path: Path, isolated_data_dir: Path
) -> None:
    assert run_in_process(["profiles", "import", str(SAMPLES[1])]).code == 0
    before = store_rows(isolated_data_dir)
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(_with_name("东湖\x1b]0;pwned\x07高新区"), ensure_ascii=False), encoding="utf-8")
    run = run_in_process(["profiles", "import", str(bad)])
    assert run.code == 2 and "\x1b" not in run.err and "\x07" not in run.err
    assert "\\u001b" in run.err and "U+001B" in run.err
    assert store_rows(isolated_data_dir) == before

    good = tmp_path / "good.json"
    good.write_text(json.dumps(_with_name("  Cafe\u0301 园区\u200b "), ensure_ascii=False), encoding="utf-8")
    assert run_in_process(["profiles", "import", str(good)]).code == 0
    listed = run_in_process(["profiles", "list"]).out
    assert "Caf\u00e9 园区" in listed and "Cafe\u0301" not in listed
    exported = tmp_path / "out.json"
    assert run_in_process(["profiles", "export", "Caf\u00e9 园区", "-o", str(exported)]).code == 0
    assert json.loads(exported.read_text(encoding="utf-8"))["name"] == "Caf\u00e9 园区"


def test_the_form_shows_the_same_message_next_to_the_name(qtbot: QtBot, qapp: Any) -> None:
    from desktop.views.editor import ProfileEditor
    from desktop.views.i18n import Language

    language = Language("en")
    try:
        editor = ProfileEditor(language)
        qtbot.addWidget(editor)
        editor.load(parse_profile(sample_data(0)))
        editor.basic.name_edit.setText("东湖\u202e高新区")
        expected = validate_field("name", "东湖\u202e高新区")
        assert expected is not None
        shown = editor.visible_errors()
        assert list(shown) == ["name"]
        assert shown["name"] == expected.form_message.en
        assert "U+202E" in shown["name"] and "\u202e" not in shown["name"]
        assert editor.profile() is None  # nothing to save or export while the name is refused
    finally:
        language.uninstall()
