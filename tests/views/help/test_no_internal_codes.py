"""No internal codes on screen: every visible cell of the window's tables and trees, and every detail text shown for
a selected row, names knowledge items by their titles (an ID stays in a tooltip)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel, QTextEdit

from desktop.models.profile import Profile
from desktop.models.store import ProfileStore
from desktop.models.text import Lang
from desktop.views.i18n import Language
from desktop.views.main_window import MainWindow
from desktop.views.plan.table_model import Column
from tests.helpers.stable_ids import ids_in
from tests.helpers.window import WindowFactory

Index = QModelIndex | QPersistentModelIndex
ANALYSIS_TABS = 4  # the tabs after the profile form: matches, plan, compare, knowledge


def indexes(model: QAbstractItemModel, parent: Index) -> Iterator[QModelIndex]:
    """Every index under ``parent``, depth first (a tree's children after their parent)."""
    for row in range(model.rowCount(parent)):
        column = 0
        while (index := model.index(row, column, parent)).isValid():  # a list model's column count is not public
            yield index
            column += 1
        yield from indexes(model, model.index(row, 0, parent))


def shown_texts(window: MainWindow) -> Iterator[tuple[str, str]]:
    """(where, text) of everything a reader sees now: visible cells, labels and text boxes."""
    for view in window.findChildren(QAbstractItemView):
        model = view.model()
        if not view.isVisible() or model is None:
            continue
        hidden = getattr(view, "isColumnHidden", lambda _column: False)
        for index in indexes(model, view.rootIndex()):
            if not hidden(index.column()):
                yield type(view).__name__, str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        header = getattr(view, "horizontalHeader", None)
        if header is not None:
            for column in range(header().count()):
                yield "header", str(model.headerData(column, Qt.Orientation.Horizontal) or "")
    for label in window.findChildren(QLabel):
        if label.isVisible():
            yield "label", label.text()
    for box in window.findChildren(QTextEdit):
        if box.isVisible():
            yield "text", box.toPlainText()


def selectable_rows(view: QAbstractItemView) -> list[QModelIndex]:
    model = view.model()
    return [index for index in indexes(model, view.rootIndex()) if index.column() == 0]


def codes_on_screen(window: MainWindow) -> dict[str, set[str]]:
    """Walk the analysis tabs, select every row of every visible list, and collect any stable ID seen."""
    found: dict[str, set[str]] = {}

    def look(where: str) -> None:
        for kind, text in shown_texts(window):
            for code in ids_in(text):
                found.setdefault(f"{where} {kind}: {text[:60]!r}", set()).add(code)

    first = window.editor.count() - ANALYSIS_TABS
    for tab in range(first, window.editor.count()):
        window.editor.setCurrentIndex(tab)
        QApplication.processEvents()
        name = window.editor.tabText(tab)
        look(name)
        for view in [v for v in window.findChildren(QAbstractItemView) if v.isVisible() and v.model() is not None]:
            for index in selectable_rows(view):
                view.setCurrentIndex(index)
                QApplication.processEvents()
                look(name)
    return found


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_no_stable_id_is_shown_in_any_table_or_detail_of_the_window(
    make_window: WindowFactory,
    store: ProfileStore,
    samples: dict[str, Profile],
    language: Language,
    lang: Lang,
) -> None:
    for profile in samples.values():
        store.create(profile)
    window = make_window()
    language.set(lang)
    for profile in samples.values():
        window.open_profile(store.find_id(profile.name))  # type: ignore[arg-type]
        assert codes_on_screen(window) == {}, profile.name


def test_the_plan_names_what_an_action_implements_by_title_and_keeps_the_id_as_a_tip(
    make_window: WindowFactory, store: ProfileStore, samples: dict[str, Profile]
) -> None:
    store.create(samples["hitech-hubei"])
    window = make_window()
    assert window.pages.plan is not None
    model = window.pages.plan.model
    action = next(a for a in model.actions() if a.basis)
    cell = model.index(model.row_of(action.id), Column.BASIS)
    shown = str(cell.data(Qt.ItemDataRole.DisplayRole))
    assert not ids_in(shown) and shown  # a title...
    assert action.basis in str(cell.data(Qt.ItemDataRole.ToolTipRole))  # ...the ID for whoever needs it
