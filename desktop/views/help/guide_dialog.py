"""帮助 → 使用说明 (F1): the user guide from ``resources/help/guide.toml`` in a dialog, with a table of contents."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from desktop.models.errors import ZonePlannerError
from desktop.models.help_guide import Guide, StoreKind, load_guide
from desktop.models.text import Lang
from desktop.views.common.rich_text import STYLE, escape

GUIDE_STYLE = STYLE + "a { color: #1f5fbf; text-decoration: none; }\nli { margin: 2px 0; }\n"


def guide_html(guide: Guide, kind: StoreKind, lang: Lang, values: dict[str, str], contents: str) -> str:
    """The guide as rich text: its sections' titles as a table of contents, then each section."""
    sections = guide.for_store(kind)
    toc = "".join(f"<li><a href='#{escape(s.id)}'>{escape(s.title.get(lang))}</a></li>" for s in sections)
    parts = [f"<p class='meta'>{escape(contents)}</p><ul>{toc}</ul>"]
    for section in sections:
        parts.append(f"<h3><a name='{escape(section.id)}'></a>{escape(section.title.get(lang))}</h3>")
        for block in section.blocks(lang, values):
            if block.items:
                parts.append("<ul>" + "".join(f"<li>{escape(item)}</li>" for item in block.items) + "</ul>")
            else:
                parts.append(f"<p>{escape(block.text)}</p>")
    return "".join(parts)


class GuideDialog(QDialog):
    """The user guide; ``show_guide`` fills it for the store in use (its real folder and database)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("userGuide")
        self.setModal(False)
        self.text = QTextBrowser(self)
        self.text.setObjectName("userGuideText")
        self.text.setOpenLinks(True)  # the table of contents jumps to its sections
        self.text.setOpenExternalLinks(False)
        self.text.document().setDefaultStyleSheet(GUIDE_STYLE)
        self.text.document().setDocumentMargin(14)
        self.text.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)

    def show_guide(self, kind: StoreKind, lang: Lang, values: dict[str, str]) -> None:
        self.setWindowTitle(self.tr("User guide"))
        try:
            guide = load_guide()
        except ZonePlannerError as error:
            message = self.tr("The user guide could not be loaded: {reason}").format(reason=error.message.get(lang))
            self.text.setHtml(f"<p class='muted'>{escape(message)}</p>")
            return
        self.text.setHtml(guide_html(guide, kind, lang, values, self.tr("Contents")))

    def shown_text(self) -> str:
        return self.text.toPlainText()
