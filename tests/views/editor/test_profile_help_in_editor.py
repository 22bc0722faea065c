"""The form's help comes from the shipped help file, with its ¶ citations, and follows a change of language."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from desktop.models.errors import KnowledgeError
from desktop.models.profile_help import ProfileHelp, load_profile_help
from desktop.models.text import Lang, Text
from desktop.models.vocabulary import Condition, Endowment, Stage
from desktop.views.editor import texts
from desktop.views.editor.editor import ProfileEditor
from desktop.views.i18n import Language


def _labels(editor: ProfileEditor) -> list[str]:
    """What each label reads (a hint with ¶ links is rich text: its words, not its markup)."""
    return [QTextDocumentFragment.fromHtml(label.text()).toPlainText() for label in editor.findChildren(QLabel)]


def _expected(lang: Lang) -> list[str]:
    help_texts = load_profile_help()
    return [
        help_texts.stage_intro.shown().get(lang),
        *(help_texts.stage(stage).get(lang) for stage in Stage),
        *(help_texts.condition(condition).get(lang) for condition in Condition),
    ]


def test_hints_follow_the_language_and_keep_their_citation(qtbot: QtBot, language: Language) -> None:
    editor = ProfileEditor(language)
    qtbot.addWidget(editor)
    capital = editor.endowments.sliders[Endowment.CAPITAL]
    capital.setValue(3)
    meaning = editor.endowments.meanings[Endowment.CAPITAL]

    labels = _labels(editor)
    assert all(text in labels for text in _expected("zh"))
    assert "低价供地招来的企业未必契合本地特点，集群容易偏离区域特色（¶25）。" in labels
    assert "集群有其生命周期，所处阶段决定了优先目标（¶25）。" in labels
    assert meaning.text() == "3 — 较好：与同类园区相当，略有特色"
    assert capital.toolTip() == "企业可获得的银行信贷、风险投资、引导基金等金融资源。"

    language.set("en")
    labels = _labels(editor)
    assert all(text in labels for text in _expected("en"))
    assert "Cheap land draws firms that do not fit the region, so the cluster loses its character (¶25)." in labels
    assert not any("（¶" in text for text in labels)
    assert meaning.text() == "3 — good: on a par with comparable zones, some strengths"
    assert capital.toolTip() == "Banks, venture capital, guidance funds and other finance within reach of firms."

    capital.setValue(1)  # a level chosen after the switch reads in the new language too
    assert meaning.text() == "1 — weak: clearly lacking, it holds development back"

    language.set("zh")
    assert all(text in _labels(editor) for text in _expected("zh"))
    assert meaning.text() == "1 — 薄弱：明显不足，制约发展"


def test_a_broken_help_file_leaves_the_form_usable(
    qtbot: QtBot, language: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(root: object = None) -> ProfileHelp:
        raise KnowledgeError(Text("knowledge/profile_help.toml › stage.growth：缺少说明", "missing"))

    monkeypatch.setattr(texts, "load_profile_help", broken)
    editor = ProfileEditor(language)
    qtbot.addWidget(editor)
    assert editor.situation.condition_hints[Condition.GUIDANCE_FUND].text() == ""
    editor.endowments.set_rating(Endowment.CAPITAL, 2)  # rated: the line under it would say what 2 means
    assert editor.endowments.meanings[Endowment.CAPITAL].text() == ""
    editor.situation.stage_buttons[Stage.GROWTH].setChecked(True)
    assert editor.current_data()["stage"] == "growth"
