"""Small building blocks shared by the editor's pages."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from desktop.models.vocabulary import Condition, Endowment, Figure, field_label, label
from desktop.views.editor.feedback import FieldError
from desktop.views.i18n import Language

HINT_STYLE = "color: #5f6b7a;"


@dataclass(frozen=True)
class ErrorTarget:
    """Where the problems of one field path (and of the paths under it) are shown."""

    widgets: Sequence[QWidget]  # framed red when invalid
    label: FieldError  # the explanation next to the field
    tab_widget: QWidget  # the page the field is on


def field_title(path: str, language: Language) -> str:
    """A form label from the domain's field label, with a capital letter in English ("zone name" → "Zone name").

    A field inside a section is named by itself ("figures.area_km2" → "Planned area"), as the form shows it.
    """
    head, _, tail = path.partition(".")
    member = next((enum(tail) for enum in (Endowment, Condition, Figure) if tail in enum._value2member_map_), None)
    text = language.text(label(member) if member is not None else field_label(head))
    return text[:1].upper() + text[1:]


def hint_label(parent: QWidget | None = None) -> QLabel:
    """A small grey explanation under a control."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setStyleSheet(HINT_STYLE)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    return label


def with_error(field: QWidget, error: FieldError) -> QWidget:
    """A field with its explanation right under it, as one cell of a form."""
    cell = QWidget(field.parentWidget())
    layout = QVBoxLayout(cell)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(field)
    layout.addWidget(error)
    return cell


PAGE_SCROLL = "pageScroll"  # the object name of a form page's scroll area


def scrolling(content: QWidget, parent: QWidget) -> QScrollArea:
    """Wrap a page so a small screen can still reach every field."""
    area = QScrollArea(parent)
    area.setObjectName(PAGE_SCROLL)
    area.setWidget(content)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    return area


def scroll_to_top(page: QWidget) -> None:
    """Show the form pages in ``page`` from their headings, as for a profile opened for the first time."""
    for area in page.findChildren(QScrollArea, PAGE_SCROLL):
        area.verticalScrollBar().setValue(0)
        area.horizontalScrollBar().setValue(0)


def fill_combo(combo: QComboBox, blank: str, items: Sequence[tuple[str, str]]) -> None:
    """(Re)fill a choice list with a blank first entry; keeps the chosen code selected across languages."""
    chosen = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(blank, None)
    for text, code in items:
        combo.addItem(text, code)
    combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen is not None else 0)
    combo.blockSignals(False)


def select_code(combo: QComboBox, code: object) -> None:
    index = combo.findData(code) if isinstance(code, str) else -1
    combo.setCurrentIndex(max(0, index))


def as_text(value: object) -> str:
    return value if isinstance(value, str) else ""


def as_mapping(value: object) -> Mapping[str, object]:
    return value if isinstance(value, Mapping) else {}
