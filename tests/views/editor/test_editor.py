"""The profile form: what is typed becomes the profile, every rule of the format is explained next to its field."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QSlider
from pytestqt.qtbot import QtBot

from desktop.models.profile import Profile, Target, Unit
from desktop.models.profile_format import parse_profile
from desktop.models.profile_rules import validate_field
from desktop.models.store import ProfileStore
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
    situation.set_condition(Condition.TALENT_BARRIERS, True)
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
    # What was not touched is not known, not "none" or "no".
    assert set(profile.unknown_endowments()) == set(Endowment) - {Endowment.TALENT}
    assert set(profile.unknown_conditions()) == set(Condition) - {Condition.TALENT_BARRIERS}


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


def test_the_radar_chart_follows_the_sliders(editor: ProfileEditor, samples: dict[str, Profile]) -> None:
    editor.load(samples["hitech-hubei"])  # every endowment rated: the outline has a vertex on each spoke
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
    slider.triggerAction(QSlider.SliderAction.SliderToMinimum)  # Home on the slider: rated 0, no longer unknown
    meaning = editor.endowments.meanings[Endowment.CAPITAL]
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
    # After the form's own five pages (basic, endowments, situation, goals, the zone's units).
    assert index == 5 and editor.tabText(5) == "结果"
    language.set("en")
    assert editor.tabText(5) == "Results"


@pytest.mark.parametrize(
    ("typed", "meant"),
    [("", None), ("  ", None), ("1,200", 1200), ("12.5", 12.5), ("１２", 12), ("1e3", 1000.0), ("五", "五")],
)
def test_typed_figures(typed: str, meant: object) -> None:
    assert parse_figure(typed) == meant


def test_labels_name_the_field_and_say_what_is_required(editor: ProfileEditor) -> None:
    labels = {label.text() for label in editor.basic.findChildren(type(editor.basic.labels["name"]))}
    assert "开发区名称 *" in labels and "省份" in labels
    assert editor.basic.labels["name"].buddy() is editor.basic.name_edit
    assert editor.basic.name_edit.focusPolicy() & Qt.FocusPolicy.TabFocus


# --- unknown values, problems and targets (format v2) -----------------------------------------------------------


def test_a_new_profile_starts_not_assessed_and_not_known(editor: ProfileEditor) -> None:
    data = editor.current_data()
    assert data["endowments"] == {e.value: None for e in Endowment}
    assert data["conditions"] == {c.value: None for c in Condition}
    page = editor.endowments
    assert all(box.isChecked() for box in page.unknown_boxes.values())
    assert page.numbers[Endowment.TALENT].text() == "–"
    assert all(editor.situation.condition(c) is None for c in Condition)
    (zone,) = page.radar.series()
    assert page.radar.unknown_axes(zone) == tuple(range(len(Endowment)))


def test_moving_a_slider_rates_it_and_ticking_not_assessed_takes_it_back(editor: ProfileEditor) -> None:
    page = editor.endowments
    slider, box = page.sliders[Endowment.CAPITAL], page.unknown_boxes[Endowment.CAPITAL]
    slider.setFocus()
    QTest.keyClick(slider, Qt.Key.Key_Right)  # the keyboard alone rates it
    assert not box.isChecked() and editor.current_data()["endowments"]["capital"] == 1  # type: ignore[index]
    box.click()
    assert editor.current_data()["endowments"]["capital"] is None  # type: ignore[index]
    assert page.numbers[Endowment.CAPITAL].text() == "–"
    QTest.keyClick(slider, Qt.Key.Key_Home)  # 0 chosen on an unknown slider: rated 0, not left unknown
    assert editor.current_data()["endowments"]["capital"] == 0  # type: ignore[index]


def test_a_condition_can_be_yes_no_or_not_known(editor: ProfileEditor, samples: dict[str, Profile]) -> None:
    editor.load(samples["hitech-hubei"])
    choice = editor.situation.condition_choices[Condition.GUIDANCE_FUND]
    assert choice.currentText() in ("是", "否")  # a saved v1 profile knows every condition
    assert [choice.itemText(i) for i in range(choice.count())] == ["不清楚", "是", "否"]
    choice.setFocus()
    QTest.keyClick(choice, Qt.Key.Key_Home)  # keyboard: the first choice, not known
    assert choice.currentText() == "不清楚"
    profile = editor.profile()
    assert profile is not None and profile.has(Condition.GUIDANCE_FUND) is None
    assert editor.is_dirty()


def test_an_old_draft_in_format_1_means_no_by_a_condition_it_leaves_out(editor: ProfileEditor) -> None:
    editor.load_data(
        {"format": "zoneplanner-profile", "version": 1, "conditions": {"iur_alliance": True}}, baseline=False
    )
    assert editor.situation.condition(Condition.IUR_ALLIANCE) is True
    assert editor.situation.condition(Condition.GUIDANCE_FUND) is False


def _fill(editor: ProfileEditor) -> None:
    type_text(editor.basic.name_edit, "临港汽车零部件产业园")
    editor.situation.stage_buttons[Stage.GROWTH].click()
    editor.situation.industry_boxes[Industry.AUTOMOTIVE].click()
    editor.endowments.set_rating(Endowment.LEADING_FIRMS, 4)
    editor.situation.set_condition(Condition.CHEAP_LAND_RELIANCE, False)
    editor.situation.problem_boxes["low_local_supply"].click()
    editor.situation.problem_boxes["single_anchor"].click()
    table = editor.goals.targets
    table.add_button.click()
    combo = table._combo(0)
    combo.setCurrentIndex(combo.findData("local_supply_rate"))
    for column, text in ((1, "2025"), (2, "22.5"), (3, "2028"), (4, "35")):
        table.table.item(0, column).setText(text)  # type: ignore[union-attr]
    table.add_button.click()
    combo = table._combo(1)
    combo.setCurrentIndex(combo.findData("specialised_smes"))
    table.table.item(1, 3).setText("2027")  # type: ignore[union-attr]
    table.table.item(1, 4).setText("12")  # type: ignore[union-attr]


def test_problems_and_targets_typed_in_the_form_become_the_profile(editor: ProfileEditor) -> None:
    _fill(editor)
    assert editor.goals.targets.table.item(0, 5).text() == "%"  # type: ignore[union-attr]
    profile = editor.profile()
    assert profile is not None, editor.errors()
    assert profile.problems == ("low_local_supply", "single_anchor")  # in the order ticked
    assert profile.targets == (
        Target("local_supply_rate", 35.0, 2028, base=22.5, base_year=2025),
        Target("specialised_smes", 12.0, 2027),
    )
    assert profile.has(Condition.CHEAP_LAND_RELIANCE) is False and profile.has(Condition.IUR_ALLIANCE) is None
    assert set(profile.unknown_endowments()) == set(Endowment) - {Endowment.LEADING_FIRMS}


def test_a_bad_target_is_explained_under_the_table(editor: ProfileEditor) -> None:
    _fill(editor)
    editor.goals.targets.table.item(0, 4).setText("135")  # type: ignore[union-attr]
    editor.reveal_errors()
    shown = editor.visible_errors()["targets"]
    assert "135" in shown and "100" in shown
    assert editor.profile() is None
    editor.goals.targets.table.setCurrentCell(0, 0)
    editor.goals.targets.remove_button.click()
    assert editor.profile() is not None


def test_saving_and_reopening_keeps_unknowns_problems_targets_and_units(
    qtbot: QtBot, language: Language, editor: ProfileEditor, store: ProfileStore
) -> None:
    _fill(editor)
    profile = editor.profile()
    assert profile is not None
    units = (Unit("经济发展局", "committee.economic-development"), Unit("汽车产业链办"))
    profile_id = store.create(profile.with_changes(units=units))
    reopened = ProfileEditor(language)
    qtbot.addWidget(reopened)
    reopened.load(store.load(profile_id))
    again = reopened.profile()
    assert again == profile.with_changes(units=units)  # units are not edited in the form, but never dropped
    assert set(again.unknown_endowments()) == set(Endowment) - {Endowment.LEADING_FIRMS}
    assert all(reopened.endowments.unknown_boxes[e].isChecked() for e in again.unknown_endowments())
    assert reopened.situation.problem_boxes["single_anchor"].isChecked()
    assert reopened.goals.targets.table.rowCount() == 2
    assert not reopened.is_dirty()


def test_the_figures_hint_no_longer_says_blank_figures_are_left_out(editor: ProfileEditor) -> None:
    hint = editor.basic.figures_hint.text()
    assert "不参与分析" not in hint and "待核实" in hint and "短板" in hint
