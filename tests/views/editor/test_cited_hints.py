"""The ¶ in a hint of the profile form is a link, as in the match detail: hovering tells, clicking opens our own
summary of that paragraph in the window's language (never a bare "（¶25）")."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from desktop.models.knowledge.paragraphs import load_paragraph_summaries
from desktop.models.profile_help import load_profile_help
from desktop.models.text import Lang
from desktop.models.vocabulary import Condition, Stage
from desktop.views.editor.editor import ProfileEditor
from desktop.views.help.paragraph_links import ParagraphLinks
from desktop.views.i18n import Language


def _href(label: QLabel) -> str:
    assert "href='paragraph:" in label.text(), label.text()  # a link, not plain "¶25"
    return label.text().split("href='", 1)[1].split("'", 1)[0]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_clicking_the_paragraph_in_a_stage_hint_opens_our_summary(qtbot: QtBot, language: Language, lang: Lang) -> None:
    language.set(lang)
    editor = ProfileEditor(language)
    qtbot.addWidget(editor)
    editor.show()
    stage = next(s for s in Stage if load_profile_help().stages[s].paragraphs)
    hint = load_profile_help().stages[stage]
    label = editor.findChild(QLabel, f"stageHint.{stage.value}")
    assert label is not None
    assert QTextDocumentFragment.fromHtml(label.text()).toPlainText() == load_profile_help().stage(stage).get(lang)
    assert label.textInteractionFlags() & Qt.TextInteractionFlag.LinksAccessibleByMouse  # the mouse can follow it
    first = hint.paragraphs[0]
    href = _href(label)
    assert href.startswith(f"paragraph:{first}-")
    summary = load_paragraph_summaries().get(first)
    assert summary is not None
    links = label.findChild(ParagraphLinks)  # what answers the label's links
    assert links is not None
    assert summary.topic.get(lang) in links.tooltip(href)  # hovering shows what the paragraph is about

    label.linkActivated.emit(href)  # the user clicks the ¶
    dialog = links.dialog
    assert dialog is not None and dialog.isVisible()
    assert summary.summary.get(lang) in dialog.shown_text()
    dialog.close()


def test_condition_hints_link_their_paragraphs_and_follow_the_language(qtbot: QtBot, language: Language) -> None:
    editor = ProfileEditor(language)
    qtbot.addWidget(editor)
    cited = [c for c in Condition if load_profile_help().conditions[c].paragraphs]
    assert cited
    for condition in cited:
        label = editor.situation.condition_hints[condition]
        assert f"href='paragraph:{load_profile_help().conditions[condition].paragraphs[0]}-" in label.text()
    language.set("en")
    label = editor.situation.condition_hints[cited[0]]
    shown = QTextDocumentFragment.fromHtml(label.text()).toPlainText()
    assert shown == load_profile_help().condition(cited[0]).en and "（" not in shown
