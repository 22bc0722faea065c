"""A figure that is allowed but implausible for a zone (#13.13) gets a soft warning beside it that names the usual
range; a usual figure gets none; the profile still saves."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from desktop.models.profile import Profile
from desktop.models.store import ProfileStore
from desktop.models.vocabulary import Figure
from desktop.views.editor.editor import ProfileEditor
from desktop.views.i18n import Language
from tests.helpers.window import WindowFactory

OUTPUT = f"figures.{Figure.OUTPUT_100M_CNY}"
AREA = f"figures.{Figure.AREA_KM2}"


@pytest.fixture
def editor(qtbot: QtBot, language: Language) -> ProfileEditor:
    widget = ProfileEditor(language)
    qtbot.addWidget(widget)
    return widget


def test_an_implausible_output_is_warned_with_its_usual_range_and_not_refused(editor: ProfileEditor) -> None:
    editor.basic.name_edit.setText("汽车零部件产业园")
    editor.basic.figure_edits[Figure.OUTPUT_100M_CNY].setText("500000")
    warnings = editor.visible_warnings()
    assert OUTPUT in warnings
    assert "500,000" in warnings[OUTPUT] and "1–30,000 亿元" in warnings[OUTPUT]
    assert OUTPUT not in editor.visible_errors()  # a caution, not an error
    assert not any(e.field == OUTPUT for e in editor.errors())


def test_a_usual_figure_has_no_warning_and_a_corrected_one_loses_it(editor: ProfileEditor) -> None:
    edit = editor.basic.figure_edits[Figure.AREA_KM2]
    edit.setText("100000")
    assert AREA in editor.visible_warnings()
    edit.setText("32.5")
    assert editor.visible_warnings() == {}
    editor.basic.figure_edits[Figure.OUTPUT_100M_CNY].setText("560")
    assert editor.visible_warnings() == {}


def test_the_warning_is_in_english_too(editor: ProfileEditor, language: Language) -> None:
    editor.basic.figure_edits[Figure.AREA_KM2].setText("100000")
    language.set("en")
    warning = editor.visible_warnings()[AREA]
    assert "100,000 km²" in warning and "0.5–600 km²" in warning and "usual range" in warning


def test_a_profile_with_an_implausible_figure_still_saves(
    make_window: WindowFactory, store: ProfileStore, samples: dict[str, Profile]
) -> None:
    profile_id = store.create(samples["petrochem-coastal"])
    window = make_window()
    window.open_profile(profile_id)
    window.editor.basic.figure_edits[Figure.OUTPUT_100M_CNY].setText("500000")
    assert OUTPUT in window.editor.visible_warnings()
    window.commands.save.trigger()
    assert not window.isWindowModified()
    assert store.load(profile_id).figures[Figure.OUTPUT_100M_CNY] == 500000


def test_an_implausible_target_is_warned_under_the_targets(qtbot: QtBot, editor: ProfileEditor) -> None:
    data = editor.current_data()
    data["targets"] = [
        {"indicator": "cluster_revenue", "base_year": 2025, "base": 560, "target_year": 2028, "target": 500000}
    ]
    editor.load_data(data, baseline=False)
    assert "500,000 亿元" in editor.visible_warnings().get("targets", "")
    data["targets"] = [
        {"indicator": "cluster_revenue", "base_year": 2025, "base": 560, "target_year": 2028, "target": 800}
    ]
    editor.load_data(data, baseline=False)
    assert "targets" not in editor.visible_warnings()
