"""Helpers shared by the window tests."""

from __future__ import annotations

import re

CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")


class Recorder:
    """Stands in for a dialog method: records each call and answers with a fixed value."""

    def __init__(self, answer: object = None) -> None:
        self.answer = answer
        self.calls: list[tuple[object, ...]] = []

    def __call__(self, *args: object) -> object:
        self.calls.append(args)
        return self.answer


def visible_texts(root: object) -> list[str]:
    """Everything a user can read in the window: labels, buttons, tabs, menus, actions, tooltips, lists, headers."""
    from PySide6.QtWidgets import (
        QAbstractButton,
        QComboBox,
        QGroupBox,
        QHeaderView,
        QLabel,
        QLineEdit,
        QMainWindow,
        QMenu,
        QPlainTextEdit,
        QTabWidget,
        QWidget,
    )

    assert isinstance(root, QWidget)
    texts: list[str] = []
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        texts.append(widget.toolTip())
        texts.append(widget.statusTip())
        if isinstance(widget, QLabel):
            texts.append(_plain(widget.text()))
        elif isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QLineEdit | QPlainTextEdit):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QComboBox):
            texts.extend(widget.itemText(i) for i in range(widget.count()))
        elif isinstance(widget, QTabWidget):
            texts.extend(widget.tabText(i) for i in range(widget.count()))
        elif isinstance(widget, QMenu):
            texts.append(widget.title())
        elif isinstance(widget, QHeaderView) and widget.model() is not None:
            model = widget.model()
            texts.extend(str(model.headerData(i, widget.orientation()) or "") for i in range(widget.count()))
        if isinstance(widget, QMainWindow):
            texts.append(widget.windowTitle().replace("[*]", ""))
        for action in widget.actions():
            texts.extend([action.text(), action.iconText(), action.toolTip(), action.statusTip()])
    return [text for text in texts if text]


def _plain(text: str) -> str:
    """What a label shows of its text: rich text without its markup (tags, styles and link targets)."""
    from PySide6.QtGui import Qt, QTextDocumentFragment  # mightBeRichText is QtGui's part of the Qt namespace

    return QTextDocumentFragment.fromHtml(text).toPlainText() if Qt.mightBeRichText(text) else text


def type_text(widget: object, text: str) -> None:
    """Type text as a user would, Chinese included: ASCII by key presses, the rest committed by an input method."""
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QWidget

    assert isinstance(widget, QWidget)
    widget.setFocus()
    for char in text:
        if char.isascii():
            QTest.keyClicks(widget, char)
        else:
            event = QInputMethodEvent()
            event.setCommitString(char)
            QApplication.sendEvent(widget, event)


def own_texts(widget: object) -> list[str]:
    """Texts the widget itself puts on screen: labels, buttons, placeholders (model data is checked separately)."""
    from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QWidget

    assert isinstance(widget, QWidget)
    texts: list[str] = []
    for label in widget.findChildren(QLabel):
        texts.append(label.text())
    for button in widget.findChildren(QAbstractButton):
        texts.append(button.text())
    for edit in widget.findChildren(QLineEdit):
        texts.append(edit.placeholderText())
    return [t for t in texts if t]


def has_cjk(text: str) -> bool:
    return bool(CJK.search(text))
