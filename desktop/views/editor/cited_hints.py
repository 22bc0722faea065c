"""Profile-form hints whose ¶ citation is a link: hovering shows our summary of the paragraph, clicking opens it.

The hint texts and their paragraphs are data (``knowledge/profile_help.toml``, read by ``desktop.models.profile_help``);
this only writes them as rich text, the citation where ``Hint.shown`` puts it (before a sentence's closing mark), and
makes the label answer the links with ``ParagraphLinks`` as the match detail and the knowledge browser do.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from desktop.models.profile_help import Hint, cite_before_closing
from desktop.models.text import Lang
from desktop.views.common.rich_text import escape
from desktop.views.help.paragraph_links import ParagraphLinks, paragraph_links


def hint_html(hint: Hint, lang: Lang) -> str:
    """The hint as rich text, its citation ("（¶25）" / " (¶25)") made of ¶ links; escaped, so "<" reads as typed."""
    text = escape(hint.text.get(lang))
    if not hint.paragraphs:
        return text
    links = paragraph_links(hint.paragraphs, lang)
    return cite_before_closing(text, f"（{links}）" if lang == "zh" else f" ({links})")


def link_paragraphs(label: QLabel, lang: Callable[[], Lang]) -> ParagraphLinks:
    """Let ``label`` (a hint) show rich text and answer its ¶ links in the language ``lang()`` gives."""
    label.setTextFormat(Qt.TextFormat.RichText)
    return ParagraphLinks(label, lang)
