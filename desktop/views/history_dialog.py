"""The saved versions of one profile, with a preview of each (what changed in the profile and in its plan since the
version before it, and who saved it) and a button to make one current again, profile and plan together."""

from __future__ import annotations

from collections.abc import Mapping
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.models.errors import ZonePlannerError
from desktop.models.formatting import LIST_SEPARATOR
from desktop.models.plan.units import ZoneUnits
from desktop.models.profile import Profile
from desktop.models.profile_vocabulary import indicator_label, problem_label, target_values
from desktop.models.provinces import find_province
from desktop.models.vocabulary import FIGURE_UNITS, Condition, Endowment, label
from desktop.views.editor.basic_page import format_figure
from desktop.views.editor.common import field_title
from desktop.views.i18n import Language
from desktop.views.plain_text import plain_tooltip
from desktop.views.profile_list_model import format_saved

if TYPE_CHECKING:  # the store package brings SQLAlchemy; the window needs only the row types' names
    from desktop.models.knowledge.types import Department
    from desktop.models.store import ProfileStore, RevisionSummary

CHANGED_COLOUR = "#a15c00"  # the window's colour for unsaved changes: "this differs"


class HistoryDialog(QDialog):
    """Lists the versions newest first; ``chosen_revision()`` is the one to restore after ``exec()`` accepts."""

    def __init__(
        self,
        store: ProfileStore,
        profile_id: int,
        language: Language,
        parent: QWidget | None = None,
        *,
        units: Mapping[str, Department] | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._language = language
        self._units = units or {}  # unit ID → unit, to name a plan's lead unit
        self.setWindowTitle(self.tr("Version history"))
        self.resize(820, 560)

        self.versions = QListWidget(self)
        self.versions.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.versions.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.preview = QTextBrowser(self)
        self._intro = QLabel(
            self.tr(
                "Every save is kept, with its plan. Pick a version to see what changed in the profile and the plan; "
                "restoring it brings back both and saves them again as the newest version."
            ),
            self,
        )
        self._intro.setWordWrap(True)
        self.restore_button = QPushButton(self.tr("Restore this version"), self)
        self.restore_button.setEnabled(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)

        panes = QHBoxLayout()
        panes.addWidget(self.versions, 1)
        panes.addWidget(self.preview, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self._intro)
        layout.addLayout(panes, 1)
        layout.addWidget(buttons)

        self._revisions: list[RevisionSummary] = store.revisions(profile_id)
        line = round(self.versions.fontMetrics().lineSpacing() * 1.3)
        for position, revision in enumerate(self._revisions):
            # To the second: several saves within one minute must not look alike.
            caption = format_saved(revision.saved_at, seconds=True)
            if position == 0:
                caption += "  " + self.tr("(current)")
            caption += "\n" + revision.name
            if revision.saved_by:  # who saved it: the database user, or the OS user on this computer
                caption += "\n" + self.tr("Saved by {user}").format(user=revision.saved_by)
            if not revision.has_plan:
                caption += "\n" + self.tr("No plan recorded")
            item = QListWidgetItem(caption, self.versions)
            # Tall enough for every line: a Chinese name is drawn in a fallback font taller than the list's own,
            # and the list would otherwise cut the last line ("Saved by…") off.
            item.setSizeHint(QSize(1, (caption.count("\n") + 1) * line + 8))
            item.setData(Qt.ItemDataRole.UserRole, revision.id)
            item.setToolTip(plain_tooltip(revision.name))  # the list shortens a long name
        self.versions.currentRowChanged.connect(self._show)
        if self._revisions:
            self.versions.setCurrentRow(0)

    def chosen_revision(self) -> int | None:
        row = self.versions.currentRow()
        return self._revisions[row].id if row > 0 else None

    def _show(self, row: int) -> None:
        self.restore_button.setEnabled(row > 0)  # the first is the current state: nothing to restore
        if row < 0:
            self.preview.clear()
            return
        try:
            profile = self._store.load_revision(self._revisions[row].id)
            older = row + 1 < len(self._revisions)
            previous = self._store.load_revision(self._revisions[row + 1].id) if older else None
        except ZonePlannerError as error:
            self.preview.setPlainText(self._language.text(error.message))
            return
        self.preview.setHtml(self._saved_by_html(row) + self.plan_html(row) + self.summary_html(profile, previous))

    def _saved_by_html(self, row: int) -> str:
        revision = self._revisions[row]
        when = format_saved(revision.saved_at, seconds=True)
        who = revision.saved_by or self.tr("(not recorded)")
        text = self.tr("Saved {time} by {user}").format(time=when, user=who)
        return f"<p style='color:#5f6b7a'>{escape(text)}</p>"

    def plan_changes(self, row: int) -> list[str]:
        """What the plan of the version in ``row`` says about itself: its changes from the version before it, or
        why there are none to tell (no plan recorded, the first plan, no change)."""
        from desktop.models.plan.diff import NO_CHANGE, describe, plan_diff, plan_of  # the plan loads when shown

        revision = self._revisions[row]
        if not revision.has_plan:
            return [
                self.tr(
                    "No plan recorded with this version. Restoring it brings back the profile only; the plan stays "
                    "as it is."
                )
            ]
        try:
            plan = plan_of(self._store.load_revision_plan(revision.id))
            before = None
            if row + 1 < len(self._revisions) and self._revisions[row + 1].has_plan:
                before = plan_of(self._store.load_revision_plan(self._revisions[row + 1].id))
        except ZonePlannerError as error:
            return [self._language.text(error.message)]
        if plan is None:
            return [self.tr("The plan saved with this version cannot be read.")]
        if before is None:
            return [self.tr("Plan recorded: {count} actions.").format(count=len(plan))]
        try:  # the zone's names for its units as that version had them (plan/units.py, the one resolver)
            names = ZoneUnits(self._units, self._store.load_revision(revision.id).units).text
        except ZonePlannerError:
            names = ZoneUnits(self._units).text
        lines = describe(plan_diff(before, plan), names)
        return [self._language.text(line) for line in lines] or [self._language.text(NO_CHANGE)]

    def plan_html(self, row: int) -> str:
        heading = escape(self.tr("Action plan"))
        items = "".join(f"<li>{escape(line)}</li>" for line in self.plan_changes(row))
        return f"<p style='margin-bottom:0'><b>{heading}</b></p><ul style='margin-top:2px'>{items}</ul>"

    def version_rows(self, profile: Profile) -> dict[str, tuple[str, str]]:
        """What the preview shows of a version: field → (its title, its value as text)."""
        text, language = self._language.text, self._language
        separator = text(LIST_SEPARATOR)
        province = find_province(profile.province) if profile.province else None
        # The province in the window's language, as the form names it ("Yunnan", not "云南省" in English).
        shown_province = text(province.label) if province is not None else profile.province
        place = separator.join(part for part in (shown_province, profile.city) if part)
        rows = {
            "name": (field_title("name", language), profile.name),
            "place": (self.tr("Location"), place or "—"),
            "level": (field_title("level", language), text(label(profile.level)) if profile.level else "—"),
            "kind": (field_title("kind", language), text(label(profile.kind)) if profile.kind else "—"),
            "stage": (field_title("stage", language), text(label(profile.stage))),
            "industries": (
                field_title("industries", language),
                separator.join(text(label(i)) for i in profile.industries),
            ),
        }
        not_assessed = self.tr("Not assessed")
        rows |= {
            f"endowments.{e}": (text(label(e)), not_assessed if rating is None else str(rating))
            for e in Endowment
            for rating in (profile.endowments[e],)
        }
        rows |= {
            f"figures.{f}": (text(label(f)), f"{format_figure(v)} {text(FIGURE_UNITS[f])}")
            for f, v in profile.figures.items()
        }
        # A condition that holds is ticked, one not known says so; one that does not hold is left out, as before.
        not_known = self.tr("Not known")
        rows |= {
            f"conditions.{c}": (text(label(c)), "✓" if profile.has(c) else not_known)
            for c in Condition
            if profile.has(c) is not False
        }
        if profile.problems:
            named = separator.join(text(problem_label(p)) for p in profile.problems)
            rows["problems"] = (field_title("problems", language), named)
        rows |= {
            f"targets.{t.indicator}": (text(indicator_label(t.indicator)), text(target_values(t, unit=True)))
            for t in profile.targets
        }
        rows |= {
            path: (field_title(path, language), value or "—")
            for path, value in (("goals", profile.goals), ("notes", profile.notes))
        }
        return rows

    def changed_fields(self, profile: Profile, previous: Profile) -> list[str]:
        """The titles of what differs between a version and the one saved before it, in the preview's order."""
        now, before = self.version_rows(profile), self.version_rows(previous)
        return [(now.get(key) or before[key])[0] for key in _changed(now, before)]

    def summary_html(self, profile: Profile, previous: Profile | None = None) -> str:
        """A read-only description of a version, enough to recognise it; with ``previous`` (the version saved
        before it), what changed is named at the top and marked in the table."""
        rows = self.version_rows(profile)
        if previous is None:
            changed: list[str] = []
            first = self.tr("The first saved version.")
            intro = f"<p style='color:#5f6b7a'>{escape(first)}</p>"
        else:
            changed = _changed(rows, self.version_rows(previous))
            fields = self._language.text(LIST_SEPARATOR).join(self.changed_fields(profile, previous))
            summary = (
                self.tr("Changed from the previous version: {fields}").format(fields=fields)
                if changed
                else self.tr("No change to the profile from the previous version.")
            )
            intro = f"<p style='color:{CHANGED_COLOUR}'>{escape(summary)}</p>"
        cells = "".join(self._row_html(title, value, key in changed) for key, (title, value) in rows.items())
        return f"{intro}<table>{cells}</table>"

    @staticmethod
    def _row_html(title: str, value: str, changed: bool) -> str:
        colour = CHANGED_COLOUR if changed else "#5f6b7a"
        mark = "● " if changed else ""
        shown = escape(value).replace("\n", "<br>")  # goals and notes keep their lines
        weight = "font-weight:bold;" if changed else ""
        return (
            f"<tr><td style='padding-right:12px;color:{colour};{weight}' valign='top'>{mark}{escape(title)}</td>"
            f"<td style='{weight}' valign='top'>{shown}</td></tr>"
        )


def _changed(now: dict[str, tuple[str, str]], before: dict[str, tuple[str, str]]) -> list[str]:
    """Keys whose value differs (present in only one of the two included), in the order of ``now`` then ``before``."""
    keys = list(now) + [key for key in before if key not in now]
    return [key for key in keys if (now.get(key) or ("", None))[1] != (before.get(key) or ("", None))[1]]
