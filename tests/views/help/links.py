"""Finding and clicking a link in a rich-text pane as a user would: where its text is drawn, then a mouse click."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTextBrowser


def links(browser: QTextBrowser) -> list[tuple[str, str]]:
    """(href, shown text) of every link in the pane, in reading order."""
    found: list[tuple[str, str]] = []
    block = browser.document().begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            href = fragment.charFormat().anchorHref()
            if href:
                found.append((href, fragment.text()))
            iterator += 1
        block = block.next()
    return found


def click_link(browser: QTextBrowser, href: str) -> None:
    """Scroll to the link and click the middle of its first character."""
    block = browser.document().begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            if fragment.charFormat().anchorHref() == href:
                cursor = QTextCursor(browser.document())
                cursor.setPosition(fragment.position() + 1)
                browser.setTextCursor(cursor)
                browser.ensureCursorVisible()
                QApplication.processEvents()
                rect = browser.cursorRect(cursor)
                point = QPoint(rect.left() - 3, rect.center().y())
                QTest.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
                return
            iterator += 1
        block = block.next()
    raise AssertionError(f"no link {href!r} in the pane")
