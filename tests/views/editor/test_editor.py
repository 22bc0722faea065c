"""The profile form: what is typed becomes the profile, every rule of the format is explained next to its field."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.models.profile import Profile
from desktop.models.profile_format import parse_profile
from desktop.models.profile_rules import validate_field
from desktop.models.vocabulary import Condition, Endowment, Figure, Industry, Stage
from desktop.views.editor import ProfileEditor
from desktop.views.editor.basic_page import parse_figure
from desktop.views.i18n import Language
from tests.helpers.widgets import type_text


@pytest.fixture
def editor(qtbot: QtBot, language: Language) -> ProfileEditor:
    form = ProfileEditor(language)
    qtbot.addWidget(form)
    form.resize(1100, 760)
    form.show()
    return form


def test_a_loaded_profile_reads_back_unchanged(editor: ProfileEditor, samples: dict[str, Profile]) -> None:
    for profile in samples.values():
        editor.load(profile)
        assert parse_profile(editor.current_data()) == profile
        assert not editor.is_dirty()
        assert editor.errors() == []


def test_filling_in_a_blank_form_gives_the_profile(qtbot: QtBot, editor: ProfileEditor) -> None:
    basic, situation = editor.basic, editor.situation
    type_text(basic.name_edit, "  滨江高新区 ")
    basic.province_combo.setCurrentIndex(basic.province_combo.findData("浙江省"))
    type_text(basic.figure_edits[Figure.ENTERPRISES], "1,200")
    type_text(basic.figure_edits[Figure.AREA_KM2], "35.5")
    editor.endowments.sliders[Endowment.TALENT].setValue(4)
    situation.stage_buttons[Stage.GROWTH].click()
    situation.industry_boxes[Industry.BIOMED].click()
    situation.industry_boxes[Industry.ICT].click()
    situation.condition_boxes[Condition.TALENT_BARRIERS].click()
    type_text(editor.goals.goals_edit, "三年内产值翻番")

    profile = editor.profile()
    assert profile is not None
    assert profile.name == "滨江高新区"
    assert profile.province == "浙江省"
    assert profile.figures == {Figure.ENTERPRISES: 1200, Figure.AREA_KM2: 35.5}
    assert profile.endowment(Endowment.TALENT) == 4
    assert profile.stage is Stage.GROWTH
    assert profile.industries == (Industry.BIOMED, Industry.ICT)  # the order they were ticked in
    assert profile.has(Condition.TALENT_BARRIERS)
    assert profile.goals == "三年内产值翻番"


def test_dirty_means_different_from_what_was_loaded(editor: ProfileEditor, samples: dict[str, Profile]) -> None:
    editor.load(samples["hitech-hubei"])
    edit = editor.basic.city_edit
    original = edit.text()
    edit.setText(original + "东")
    assert editor.is_dirty()
    edit.setText(original)  # typed back: nothing to save
    assert not editor.is_dirty()


def _long(n: int) -> str:
    return "区" * n


# Every rule the form can break from its own widgets, with the text that breaks it.
TYPED_RULES = [
    ("name", lambda e: e.basic.name_edit, "   ", "   "),
    ("name", lambda e: e.basic.name_edit, _long(101), _long(101)),
    ("city", lambda e: e.basic.city_edit, _long(51), _long(51)),
    ("figures.area_km2", lambda e: e.basic.figure_edits[Figure.AREA_KM2], "abc", "abc"),
    ("figures.area_km2", lambda e: e.basic.figure_edits[Figure.AREA_KM2], "-3", -3),
    ("figures.area_km2", lambda e: e.basic.figure_edits[Figure.AREA_KM2], "nan", float("nan")),
    ("figures.output_100m_cny", lambda e: e.basic.figure_edits[Figure.OUTPUT_100M_CNY], "5000000", 5000000),
    ("figures.enterprises", lambda e: e.basic.figure_edits[Figure.ENTERPRISES], "12.5", 12.5),
    ("figures.universities", lambda e: e.basic.figure_edits[Figure.UNIVERSITIES], "二十", "二十"),
    ("goals", lambda e: e.goals.goals_edit, _long(10_001), _long(10_001)),
    ("notes", lambda e: e.goals.notes_edit, _long(10_001), _long(10_001)),
]


@pytest.mark.parametrize(("path", "widget", "typed", "value"), TYPED_RULES)
def test_each_rule_is_explained_next_to_its_field(
    editor: ProfileEditor, samples: dict[str, Profile], path: str, widget: object, typed: str, value: object
) -> None:
    editor.load(samples["hitech-hubei"])
    field = widget(editor)  # type: ignore[operator]
    if hasattr(field, "setPlainText"):
        field.setPlainText(typed)
    else:
        field.setText(typed)

    expected = validate_field(path, value)
    assert expected is not None, "the case must break a rule of the format"
    assert editor.visible_errors() == {path: expected.form_message.zh}
    assert path not in expected.form_message.zh  # beside the field, the key in the file is noise
    assert field.property("invalid") is True
    assert not editor.is_valid()


def test_the_form_words_problems_for_the_form(editor: ProfileEditor, samples: dict[str, Profile]) -> None:
    editor.load(samples["hitech-hubei"])
    editor.basic.name_edit.setText("")
    editor.basic.figure_edits[Figure.AREA_KM2].setText("abc")
    assert editor.visible_errors() == {
        "name": "开发区名称不能为空。",
        "figures.area_km2": '规划面积应为数字，而不是 "abc"。',
    }


def test_required_choices_are_explained_once_touched(editor: ProfileEditor) -> None:
    editor.load(None)
    assert editor.visible_errors() == {}  # a new, empty form is not covered in red
    box = editor.situation.industry_boxes[Industry.ICT]
    box.click()
    box.click()  # ticked and unticked again: no industry left
    assert set(editor.visible_errors()) == {"industries"}
    assert "至少" in editor.visible_errors()["industries"]

    editor.reveal_errors()  # e.g. after trying to save
    assert set(editor.visible_errors()) == {"name", "stage", "industries"}
    assert editor.currentWidget() is editor.basic  # shows the first problem


def test_fixing_a_field_clears_its_explanation(editor: ProfileEditor, samples: dict[str, Profile]) -> None:
    editor.load(samples["hitech-hubei"])
    edit = editor.basic.figure_edits[Figure.EMPLOYEES]
    edit.setText("很多")
    assert "figures.employees" in editor.visible_errors()
    edit.setText("90000")
    assert editor.visible_errors() == {}
    assert edit.property("invalid") is False
    assert editor.is_valid()


def test_english_explanations_follow_the_language(editor: ProfileEditor, language: Language) -> None:
    editor.basic.name_edit.setText("x")
    editor.basic.name_edit.setText("")
    language.set("en")
    assert editor.visible_errors() == {"name": "Zone name must not be empty."}


def test_the_radar_chart_follows_the_sliders(editor: ProfileEditor) -> None:
    page = editor.endowments
    radar = page.radar
    talent = list(Endowment).index(Endowment.TALENT)
    centre, radius = radar.centre_and_radius()

    def reach() -> float:
        (zone,) = radar.series()  # one zone: the form's
        vertex = radar.polygon(zone)[talent]
        return ((vertex.x() - centre.x()) ** 2 + (vertex.y() - centre.y()) ** 2) ** 0.5

    page.sliders[Endowment.TALENT].setValue(1)
    assert radar.series()[0].values["talent"] == 1
    assert reach() == pytest.approx(radius / 5)
    page.sliders[Endowment.TALENT].setValue(5)
    assert radar.series()[0].values["talent"] == 5
    assert reach() == pytest.approx(radius)
    assert "5" in radar.label_text(talent)


def test_the_slider_says_what_its_level_means(editor: ProfileEditor) -> None:
    slider = editor.endowments.sliders[Endowment.CAPITAL]
    slider.setValue(0)
    meaning = editor.endowments._meanings[Endowment.CAPITAL]
    assert meaning.text().startswith("0")
    slider.setValue(5)
    assert meaning.text().startswith("5") and "全国" in meaning.text()


def test_loading_a_profile_moves_the_radar_too(editor: ProfileEditor, samples: dict[str, Profile]) -> None:
    profile = samples["petrochem-coastal"]
    editor.load(profile)
    (zone,) = editor.endowments.radar.series()
    assert dict(zone.values) == {str(e): v for e, v in profile.endowments.items()}


def test_a_tab_with_a_problem_is_marked(editor: ProfileEditor, samples: dict[str, Profile]) -> None:
    editor.load(samples["hitech-hubei"])
    normal = editor.tabBar().tabTextColor(0)
    editor.goals.notes_edit.setPlainText(_long(10_001))
    assert editor.tabBar().tabTextColor(3) != normal
    assert editor.tabBar().tabTextColor(0) == normal


def test_pages_can_be_added_after_the_form(editor: ProfileEditor, language: Language) -> None:
    from PySide6.QtWidgets import QLabel

    page = QLabel("…")
    index = editor.add_page(page, lambda: "结果" if language.lang == "zh" else "Results")
    assert index == 4 and editor.tabText(4) == "结果"
    language.set("en")
    assert editor.tabText(4) == "Results"


@pytest.mark.parametrize(
    ("typed", "meant"),
    [("", None), ("  ", None), ("1,200", 1200), ("12.5", 12.5), ("１２", 12), ("1e3", 1000.0), ("五", "五")],
)
def test_typed_figures(typed: str, meant: object) -> None:
    assert parse_figure(typed) == meant


def test_labels_name_the_field_and_say_what_is_required(editor: ProfileEditor) -> None:
    labels = {label.text() for label in editor.basic.findChildren(type(editor.basic._labels["name"]))}
    assert "开发区名称 *" in labels and "省份" in labels
    assert editor.basic._labels["name"].buddy() is editor.basic.name_edit
    assert editor.basic.name_edit.focusPolicy() & Qt.FocusPolicy.TabFocus
