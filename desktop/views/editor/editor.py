"""The profile form: five pages in tabs (the last, 本区机构, the zone's own units), read and written as one object of
the current format version (v2), checked by the format's own rules."""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterable, Mapping
from typing import Any, Protocol

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QTabWidget, QWidget

from desktop.models.errors import ProfileError, ProfileErrors
from desktop.models.profile import Profile
from desktop.models.profile_format import FORMAT, VERSION, parse_profile, profile_to_data, validate_profile_data
from desktop.models.vocabulary import Condition, Endowment
from desktop.views.editor.basic_page import BasicPage
from desktop.views.editor.common import ErrorTarget, scroll_to_top
from desktop.views.editor.endowments_page import EndowmentsPage
from desktop.views.editor.feedback import ERROR_COLOUR, INVALID_STYLE, set_invalid
from desktop.views.editor.goals_page import GoalsPage
from desktop.views.editor.plausibility_feedback import figure_warning_texts, target_warning_texts
from desktop.views.editor.situation_page import SituationPage
from desktop.views.editor.units_page import UnitsPage
from desktop.views.i18n import Language

Title = str | Callable[[], str]


class FormPage(Protocol):
    edited: Any  # Signal()

    def retranslate(self) -> None: ...
    def load_data(self, data: Mapping[str, object]) -> None: ...
    def write_data(self, data: dict[str, object]) -> None: ...
    def error_targets(self) -> dict[str, ErrorTarget]: ...


def blank_data() -> dict[str, object]:
    """The form's content for a new profile: nothing chosen, every endowment not assessed, every condition not known
    (an untouched control must never read as "none" or "no")."""
    return {
        "format": FORMAT,
        "version": VERSION,
        "name": "",
        "industries": [],
        "endowments": {e.value: None for e in Endowment},
        "conditions": {c.value: None for c in Condition},
    }


def field_paths(data: Mapping[str, object]) -> Iterable[tuple[str, object]]:
    """Each field of a form object with its value; sections (endowments, figures...) are split into their keys."""
    for key, value in data.items():
        if isinstance(value, Mapping):
            for sub, item in value.items():
                yield f"{key}.{sub}", item
        else:
            yield key, value


def top_path(path: str) -> str:
    """``industries[2]`` → ``industries``; other paths are their own field."""
    return path.split("[", 1)[0]


class ProfileEditor(QTabWidget):
    """``load(profile)`` / ``current_data()`` / ``validate()``; dirty means the form differs from what was loaded.

    ``changed`` fires at once on every edit and load: the window follows it for Save, the title, the matches (whose
    page waits for a pause itself) and autosave.
    """

    changed = Signal()

    def __init__(self, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self.basic = BasicPage(language, self)
        self.endowments = EndowmentsPage(language, self)
        self.situation = SituationPage(language, self)
        self.goals = GoalsPage(language, self)
        self.units = UnitsPage(language, self.profile, self)
        self._pages: tuple[FormPage, ...] = (self.basic, self.endowments, self.situation, self.goals, self.units)
        self._titles: list[tuple[QWidget, Title]] = []
        for page in self._pages:
            self.addTab(page, "")
            page.edited.connect(self._edited)
        self._targets: dict[str, ErrorTarget] = {}
        for page in self._pages:
            self._targets.update(page.error_targets())

        self._baseline: dict[str, object] = {}
        self._loading = False
        self._touched: set[str] = set()
        self._reveal_all = False
        self._errors: list[ProfileError] = []
        self._tab_colour = QColor()

        self.setStyleSheet(INVALID_STYLE)
        self.setDocumentMode(True)
        language.changed.connect(self.retranslate)
        self.retranslate()
        self.load(None)

    # --- pages ---

    def add_page(self, widget: QWidget, title: Title) -> int:
        """Add a page after the form's own (results, plans...); a callable title is asked again on a language change."""
        self._titles.append((widget, title))
        return self.addTab(widget, title() if callable(title) else title)

    def retranslate(self) -> None:
        own = (
            self.tr("Basic information"),
            self.tr("Endowments"),
            self.tr("Stage and situation"),
            self.tr("Goals"),
            self.tr("Units"),
        )
        for index, (page, title) in enumerate(zip(self._pages, own, strict=True)):
            page.retranslate()
            self.setTabText(index, title)
        for widget, extra in self._titles:
            if callable(extra):
                self.setTabText(self.indexOf(widget), extra())
        self._show_errors()
        self._show_warnings(self.current_data())

    # --- value ---

    def load(self, profile: Profile | None) -> None:
        """Show a saved profile (or a blank form for a new one); the form is then not dirty."""
        self.load_data(profile_to_data(profile) if profile is not None else blank_data(), baseline=True)

    def load_data(self, data: Mapping[str, object], *, baseline: bool) -> None:
        """Put a profile object of any version (possibly invalid, e.g. a draft) in the form.

        With ``baseline`` the form is clean afterwards; without, the previous saved state stays the comparison, so
        a restored draft shows as unsaved changes.
        """
        self._loading = True
        try:
            for page in self._pages:
                page.load_data(copy.deepcopy(data) if page is self.units else data)
            scroll_to_top(self)  # another profile: each page from its heading, not where the last one was left
        finally:
            self._loading = False
        if baseline:
            self._baseline = self.current_data()
            self._touched.clear()
            self._reveal_all = False
        else:
            self._note_touched()
            self._reveal_all = True  # a draft may hold problems the user has not seen yet
        self._refresh()

    def current_data(self) -> dict[str, object]:
        """The form as a profile object of the current version (as typed: maybe invalid; figures that are not numbers
        stay text)."""
        data: dict[str, object] = {"format": FORMAT, "version": VERSION}
        for page in self._pages:
            page.write_data(data)
        return data

    def validate(self) -> list[ProfileError]:
        """Every problem of the form, by the same rules a profile file is checked with."""
        return validate_profile_data(self.current_data())

    def profile(self) -> Profile | None:
        """The form as a profile, or None while it has problems."""
        try:
            return parse_profile(self.current_data())
        except ProfileErrors:
            return None

    def errors(self) -> list[ProfileError]:
        """The problems found at the last edit."""
        return list(self._errors)

    def is_dirty(self) -> bool:
        return self.current_data() != self._baseline

    def is_valid(self) -> bool:
        return not self._errors

    def mark_saved(self) -> None:
        """The current content is what is now stored."""
        self._baseline = self.current_data()
        self.changed.emit()

    def reveal_errors(self) -> None:
        """Show every problem, also on fields not touched yet (after an attempt to save)."""
        self._reveal_all = True
        self._show_errors()
        first = next((self._targets[path] for path in map(self._target_path, self._errors) if path), None)
        if first is not None:
            self.setCurrentWidget(first.tab_widget)
            first.widgets[0].setFocus()

    def visible_errors(self) -> dict[str, str]:
        """Field path → the explanation shown next to it (what the user sees)."""
        return {path: target.label.text() for path, target in self._targets.items() if not target.label.isHidden()}

    # --- behaviour ---

    def _edited(self) -> None:
        if self._loading:
            return
        self._note_touched()
        self._refresh()

    def _note_touched(self) -> None:
        saved = dict(field_paths(self._baseline))
        current = dict(field_paths(self.current_data()))
        self._touched.update(path for path in saved.keys() | current.keys() if saved.get(path) != current.get(path))

    def _refresh(self) -> None:
        data = self.current_data()
        self._errors = validate_profile_data(data)
        self._show_errors()
        self._show_warnings(data)
        self.changed.emit()

    def _show_warnings(self, data: Mapping[str, object]) -> None:
        """Values unusual for a zone: a caution beside them; the profile is saved all the same."""
        self.basic.show_warnings(figure_warning_texts(data, self._language))
        self.goals.targets.show_warnings(target_warning_texts(data, self._language))

    def visible_warnings(self) -> dict[str, str]:
        """Field → the soft warning shown beside it (what the user sees); "targets" for those under the targets."""
        shown = {path: label.text() for path, label in self.basic.warning_labels.items() if not label.isHidden()}
        if not self.goals.targets.warning.isHidden():
            shown["targets"] = self.goals.targets.warning.text()
        return shown

    def _target_path(self, error: ProfileError) -> str | None:
        path = top_path(error.field)
        return path if path in self._targets else None

    def _show_errors(self) -> None:
        shown: dict[str, list[str]] = {}
        for error in self._errors:
            path = self._target_path(error) or "name"  # the form writes only known keys; never hide a problem
            if self._reveal_all or path in self._touched or top_path(error.field) in self._touched:
                shown.setdefault(path, []).append(self._language.text(error.form_message))
        bad_tabs = set()
        for path, target in self._targets.items():
            messages = shown.get(path, [])
            target.label.show_message("\n".join(messages))
            for widget in target.widgets:
                set_invalid(widget, bool(messages))
            if messages:
                bad_tabs.add(self.indexOf(target.tab_widget))
        for index in range(len(self._pages)):
            self.tabBar().setTabTextColor(index, QColor(ERROR_COLOUR) if index in bad_tabs else self._tab_colour)
