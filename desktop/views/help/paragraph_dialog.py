"""A small dialog with our own summary of one or more paragraphs of the source article (never its text)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from desktop.models.errors import ZonePlannerError
from desktop.models.formatting import paragraphs_text
from desktop.models.knowledge.paragraphs import ParagraphSummaries, load_paragraph_summaries
from desktop.models.text import Lang
from desktop.views.common.rich_text import STYLE, escape
from desktop.views.plain_text import plain_tooltip

TOOLTIP_WIDTH = 60  # characters a line in the tooltip, so a long summary wraps instead of crossing the screen


def paragraph_summaries() -> ParagraphSummaries | None:
    """The shipped summaries (read once), or None when the file cannot be read: a ¶ then shows its number only."""
    try:
        return load_paragraph_summaries()
    except ZonePlannerError:
        return None


def tooltip_text(summaries: ParagraphSummaries | None, numbers: Sequence[int], lang: Lang) -> str:
    """ "¶29 · topic" and the summary, for each paragraph; where none can be read, a line that says so."""
    found = summaries.of(numbers) if summaries is not None else []
    if not found:
        return QCoreApplication.translate("ParagraphDialog", "No summary of this paragraph is available.")
    blocks = [f"¶{s.number} · {s.topic.get(lang)}\n{s.summary.get(lang)}" for s in found]
    return plain_tooltip("\n\n".join(blocks))


class ParagraphDialog(QDialog):
    """Shows the summaries; says plainly that they are ours, not the article's words."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("paragraphSummaryDialog")
        self.setModal(False)
        self.resize(520, 360)
        self.text = QTextBrowser(self)
        self.text.setObjectName("paragraphSummaryText")
        self.text.document().setDefaultStyleSheet(STYLE)
        self.text.document().setDocumentMargin(10)
        self.text.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #5f6b7a;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.note)
        layout.addWidget(buttons)

    def show_paragraphs(self, numbers: Sequence[int], lang: Lang) -> None:
        summaries = paragraph_summaries()
        found = summaries.of(numbers) if summaries is not None else []
        cited = paragraphs_text(numbers, lang)
        self.setWindowTitle(self.tr("Summary of {paragraphs}").format(paragraphs=cited))
        if not found:
            message = self.tr("No summary of this paragraph is available.")
            self.text.setHtml(f"<p class='muted'>{escape(message)}</p>")
        else:
            self.text.setHtml(
                "".join(
                    f"<h3>¶{s.number} · {escape(s.topic.get(lang))}</h3><p>{escape(s.summary.get(lang))}</p>"
                    for s in found
                )
            )
        self.note.setText(
            self.tr(
                "A summary in our own words of what the paragraph says, not the article's text. The article is "
                "cited in full in the About box."
            )
        )

    def shown_text(self) -> str:
        """What the dialog shows, as plain text (for whoever reads it back: tests, accessibility)."""
        return self.text.toPlainText()
