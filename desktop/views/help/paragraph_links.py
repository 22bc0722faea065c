"""¶ references in the rich-text panes as links that open our own summary of the paragraph.

``paragraph_links(numbers, lang)`` writes the citations as the rest of the application does ("¶7、¶29–31"), each run
a link; ``ParagraphLinks`` makes a ``QTextBrowser`` (or a rich-text ``QLabel``) answer them: hovering shows the
paragraph's topic and summary as a tooltip, clicking opens them in a small dialog. The summaries are data
(``knowledge/paragraphs.toml``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, Qt, QUrl
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QLabel, QTextBrowser, QToolTip

from desktop.models.formatting import LIST_SEPARATOR
from desktop.models.text import Lang
from desktop.views.common.rich_text import escape
from desktop.views.help.paragraph_dialog import ParagraphDialog, paragraph_summaries, tooltip_text

SCHEME = "paragraph"


def runs(numbers: Iterable[int]) -> list[tuple[int, int]]:
    """Sorted runs of consecutive paragraphs: [3, 31, 29, 30] → [(3, 3), (29, 31)] (as ``paragraph_runs`` folds)."""
    found: list[list[int]] = []
    for number in sorted(set(numbers)):
        if found and number == found[-1][1] + 1:
            found[-1][1] = number
        else:
            found.append([number, number])
    return [(first, last) for first, last in found]


def paragraph_links(numbers: Iterable[int], lang: Lang) -> str:
    """Rich text of the citations, each run a link: reads exactly as ``paragraphs_text`` writes it."""
    links = []
    for first, last in runs(numbers):
        shown = f"¶{first}" if first == last else f"¶{first}–{last}"
        links.append(f"<a href='{SCHEME}:{first}-{last}'>{escape(shown)}</a>")
    return escape(LIST_SEPARATOR.get(lang)).join(links)


def numbers_of(url: QUrl | str) -> list[int] | None:
    """The paragraphs a link stands for ("paragraph:29-31" → [29, 30, 31]); None for any other link."""
    text = url.toString() if isinstance(url, QUrl) else url
    scheme, _, rest = text.partition(":")
    first, _, last = rest.partition("-")
    if scheme != SCHEME or not first.isdigit() or not (last or first).isdigit():
        return None
    low, high = int(first), int(last or first)
    return list(range(low, high + 1)) if low <= high else None


class ParagraphLinks(QObject):
    """Makes ``browser`` answer its ¶ links (its other links are left to it); ``lang`` says the language now."""

    def __init__(self, browser: QTextBrowser | QLabel, lang: Callable[[], Lang]) -> None:
        super().__init__(browser)
        self._browser = browser
        self._lang = lang
        self.dialog: ParagraphDialog | None = None  # the one dialog of this pane, reused
        if isinstance(browser, QTextBrowser):
            browser.anchorClicked.connect(self._clicked)
            browser.highlighted.connect(self._hovered)
        else:
            browser.setOpenExternalLinks(False)
            flags = browser.textInteractionFlags() | Qt.TextInteractionFlag.LinksAccessibleByMouse
            browser.setTextInteractionFlags(flags)
            browser.linkActivated.connect(self._clicked)
            browser.linkHovered.connect(self._hovered)

    def open(self, numbers: list[int]) -> ParagraphDialog:
        """Show the summaries of ``numbers`` in this pane's dialog (made on first use, raised if already open)."""
        if self.dialog is None:
            self.dialog = ParagraphDialog(self._browser.window())
        self.dialog.show_paragraphs(numbers, self._lang())
        if self.dialog.isVisible():  # already open behind the window: bring it forward
            self.dialog.raise_()
            self.dialog.activateWindow()
        else:
            self.dialog.show()
        return self.dialog

    def tooltip(self, url: QUrl | str) -> str:
        numbers = numbers_of(url)
        return tooltip_text(paragraph_summaries(), numbers, self._lang()) if numbers else ""

    def _clicked(self, url: QUrl | str) -> None:
        numbers = numbers_of(url)
        if numbers:
            self.open(numbers)

    def _hovered(self, url: QUrl | str) -> None:
        text = self.tooltip(url)
        if text:
            QToolTip.showText(QCursor.pos(), text, self._browser)
        else:
            QToolTip.hideText()
