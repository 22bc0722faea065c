"""基本信息: name, where the zone is, what kind of zone it is, and its optional key figures."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.models.profile_rules import FIGURE_MAX
from desktop.models.provinces import PROVINCES, find_province
from desktop.models.vocabulary import FIGURE_UNITS, INTEGER_FIGURES, Figure, Kind, Level, label
from desktop.views.editor import texts
from desktop.views.editor.common import (
    ErrorTarget,
    as_mapping,
    as_text,
    field_title,
    fill_combo,
    hint_label,
    scrolling,
    select_code,
    with_error,
)
from desktop.views.editor.feedback import FieldError
from desktop.views.editor.plausibility_feedback import FieldWarning
from desktop.views.i18n import Language

FIELD_MAX_WIDTH = 560
FIGURE_WIDTH = 160


def format_figure(value: object) -> str:
    """A stored figure as the user would type it (no ".0" on whole numbers, no exponent)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return as_text(value)
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return str(value)


def parse_figure(text: str) -> object:
    """What a typed figure means: None when blank, a number when it reads as one, else the text itself.

    Thousands separators are ignored. Text that is not a number is passed on unchanged so the format's rules
    report it with the field's name and the value, exactly as they would for a file.
    """
    cleaned = text.strip().replace(",", "").replace("，", "").replace(" ", "")
    if not cleaned:
        return None
    for convert in (int, float):
        try:
            return convert(cleaned)
        except ValueError:
            continue
    return text.strip()


class BasicPage(QWidget):
    """The zone's identity and figures; every field may be blank except the name."""

    edited = Signal()

    def __init__(self, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        content = QWidget(self)

        self.name_edit = QLineEdit(content)
        self.province_combo = QComboBox(content)
        self.province_combo.setMaxVisibleItems(18)
        self.city_edit = QLineEdit(content)
        self.level_combo = QComboBox(content)
        self.kind_combo = QComboBox(content)
        for wide in (self.name_edit, self.province_combo, self.city_edit, self.level_combo, self.kind_combo):
            wide.setMaximumWidth(FIELD_MAX_WIDTH)  # a form stretched over a wide screen is hard to read
        self.figure_edits = {figure: QLineEdit(content) for figure in Figure}
        self._units = {figure: QLabel(content) for figure in Figure}
        self.error_labels: dict[str, FieldError] = {
            path: FieldError(content)
            for path in ("name", "province", "city", "level", "kind", *(f"figures.{f}" for f in Figure))
        }
        self.labels: dict[str, QLabel] = {}
        # Figures that are allowed but unusual for a zone: a note under the field (see plausibility_feedback).
        self.warning_labels = {f"figures.{f}": FieldWarning(content) for f in Figure}

        self._identity = QGroupBox(content)
        identity = self._form(self._identity)
        self._required_hint = hint_label(content)
        self._add_row(identity, "name", self.name_edit)
        self._add_row(identity, "province", self.province_combo)
        self._add_row(identity, "city", self.city_edit)
        self._add_row(identity, "level", self.level_combo)
        self._add_row(identity, "kind", self.kind_combo)

        self._figures = QGroupBox(content)
        figures = self._form(self._figures)
        self.figures_hint = hint_label(content)
        figures.addRow(self.figures_hint)
        for figure, edit in self.figure_edits.items():
            edit.setMaximumWidth(FIGURE_WIDTH)
            row = QWidget(content)
            row_layout = QHBoxLayout(row)
            row_layout.setContentsMargins(0, 0, 0, 0)
            row_layout.addWidget(edit)
            row_layout.addWidget(self._units[figure])
            row_layout.addStretch(1)
            self._add_row(figures, f"figures.{figure}", row, edit)

        column = QVBoxLayout(content)
        column.setContentsMargins(16, 12, 16, 12)
        column.setSpacing(12)
        column.addWidget(self._required_hint)
        column.addWidget(self._identity)
        column.addWidget(self._figures)
        column.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(content, self))

        self.name_edit.textChanged.connect(self.edited)
        self.city_edit.textChanged.connect(self.edited)
        for combo in (self.province_combo, self.level_combo, self.kind_combo):
            combo.currentIndexChanged.connect(self.edited)
        for edit in self.figure_edits.values():
            edit.textChanged.connect(self.edited)
        self.retranslate()

    def _form(self, box: QGroupBox) -> QFormLayout:
        form = QFormLayout(box)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setHorizontalSpacing(14)
        form.setVerticalSpacing(8)
        return form

    def _add_row(self, form: QFormLayout, path: str, field: QWidget, buddy: QWidget | None = None) -> None:
        title = QLabel(field.parentWidget())
        title.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        title.setBuddy(buddy or field)
        self.labels[path] = title
        cell = with_error(field, self.error_labels[path])
        if path in self.warning_labels:
            cell_layout = cell.layout()
            assert cell_layout is not None
            cell_layout.addWidget(self.warning_labels[path])
        form.addRow(title, cell)

    def retranslate(self) -> None:
        lang = self._language
        self._identity.setTitle(self.tr("The zone"))
        self._figures.setTitle(self.tr("Key figures (optional)"))
        self._required_hint.setText(self.tr("Fields marked * are required; everything else may stay blank."))
        self.figures_hint.setText(
            self.tr(
                "Leave a figure blank when it is not known: it is then listed as to be verified, "
                "never read as a weakness."
            )
        )
        for path, title in self.labels.items():
            title.setText(field_title(path, lang) + (" *" if path == "name" else ""))
        for figure, edit in self.figure_edits.items():
            unit = lang.text(FIGURE_UNITS[figure])
            self.labels[f"figures.{figure}"].setText(lang.text(label(figure)))
            edit.setPlaceholderText(texts.tr(texts.FIGURE_EXAMPLES[figure]))
            whole = self.tr("a whole number") if figure in INTEGER_FIGURES else self.tr("a number")
            edit.setToolTip(
                self.tr("{kind} from 0 to {limit} {unit}; leave blank if not known").format(
                    kind=whole, limit=f"{FIGURE_MAX[figure]:,.0f}", unit=unit
                )
            )
            self._units[figure].setText(unit)
        self.name_edit.setPlaceholderText(self.tr("e.g. Wuhan East Lake High-tech Zone"))
        self.city_edit.setPlaceholderText(self.tr("e.g. Wuhan"))
        # The two groups are separate forms; one label width lines their fields up as if they were one.
        widest = max(title.sizeHint().width() for title in self.labels.values())
        for title in self.labels.values():
            title.setMinimumWidth(widest)
        not_given = self.tr("— not given —")
        fill_combo(self.province_combo, not_given, [(lang.text(p.label), p.name) for p in PROVINCES])
        fill_combo(self.level_combo, not_given, [(lang.text(label(v)), v.value) for v in Level])
        fill_combo(self.kind_combo, not_given, [(lang.text(label(v)), v.value) for v in Kind])

    def load_data(self, data: Mapping[str, object]) -> None:
        self.name_edit.setText(as_text(data.get("name")))
        province = find_province(as_text(data.get("province")))
        select_code(self.province_combo, province.name if province else None)
        self.city_edit.setText(as_text(data.get("city")))
        select_code(self.level_combo, data.get("level"))
        select_code(self.kind_combo, data.get("kind"))
        figures = as_mapping(data.get("figures"))
        for figure, edit in self.figure_edits.items():
            edit.setText(format_figure(figures.get(figure.value)))

    def write_data(self, data: dict[str, object]) -> None:
        data["name"] = self.name_edit.text()
        for key, combo in (("province", self.province_combo), ("level", self.level_combo), ("kind", self.kind_combo)):
            if combo.currentData() is not None:
                data[key] = combo.currentData()
        if self.city_edit.text():
            data["city"] = self.city_edit.text()
        figures = {figure.value: parse_figure(edit.text()) for figure, edit in self.figure_edits.items()}
        data["figures"] = {key: value for key, value in figures.items() if value is not None}

    def show_warnings(self, messages: dict[str, str]) -> None:
        """Field path → an unusual figure's note; figures not named are usual and their notes hidden."""
        for path, note in self.warning_labels.items():
            note.show_message(messages.get(path, ""))

    def error_targets(self) -> dict[str, ErrorTarget]:
        fields: dict[str, QWidget] = {
            "name": self.name_edit,
            "province": self.province_combo,
            "city": self.city_edit,
            "level": self.level_combo,
            "kind": self.kind_combo,
            **{f"figures.{figure}": edit for figure, edit in self.figure_edits.items()},
        }
        return {path: ErrorTarget((widget,), self.error_labels[path], self) for path, widget in fields.items()}
