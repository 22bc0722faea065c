"""The radar chart shared by the profile form and the comparison: everything it draws stays readable and in view."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from desktop.models.vocabulary import Endowment, label
from desktop.views.radar import RadarChart, RadarSeries

AXES = [str(e) for e in Endowment]
NAMES = ["楚川科学城高新技术产业开发区", "闽海临港石化经济技术开发区", "桐川县工业园区", "Binjiang High-Tech Zone"]


def chart(qtbot: QtBot, width: int, height: int, lang: str, *, legend: bool, zones: int) -> RadarChart:
    radar = RadarChart(AXES, legend=legend, label_values=not legend)
    qtbot.addWidget(radar)
    radar.set_labels({str(e): label(e).get(lang) for e in Endowment})  # type: ignore[arg-type]
    colours = ("#1f5fbf", "#d9822b", "#2e9e6b", "#8e44ad")
    radar.set_series(
        [
            RadarSeries(NAMES[i], QColor(colours[i]), {axis: (i + n) % 6 for n, axis in enumerate(AXES)})
            for i in range(zones)
        ]
    )
    radar.resize(width, height)
    return radar


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize(("legend", "zones"), [(False, 1), (True, 2), (True, 4)])
@pytest.mark.parametrize(("width", "height"), [(420, 280), (560, 420), (900, 600)])
def test_labels_and_legend_stay_inside_and_apart(
    qtbot: QtBot, lang: str, legend: bool, zones: int, width: int, height: int
) -> None:
    radar = chart(qtbot, width, height, lang, legend=legend, zones=zones)
    whole = QRectF(0, 0, width, height)
    legend_boxes = [box for row in radar.legend_rows() for _series, box in row]
    assert len(legend_boxes) == (zones if legend else 0)  # every zone is named, none twice
    assert all(whole.contains(box) for box in legend_boxes)
    below_legend = radar.legend_height()
    labels = [radar.label_rect(i) for i in range(len(AXES))]
    for rect in labels:
        assert whole.contains(rect), rect
        assert rect.top() >= below_legend  # no axis name under the legend
    for i, rect in enumerate(labels):
        assert not any(rect.intersects(other) for other in labels[i + 1 :])
    centre, radius = radar.centre_and_radius()
    assert centre.y() - radius >= below_legend  # the web starts below the legend too


def test_a_narrow_chart_puts_the_legend_on_several_rows(qtbot: QtBot) -> None:
    radar = chart(qtbot, 420, 400, "zh", legend=True, zones=4)
    rows = radar.legend_rows()
    assert len(rows) > 1
    assert [series.name for row in rows for series, _box in row] == NAMES  # in the order the zones were chosen


def test_the_form_writes_each_rating_after_its_axis_name(qtbot: QtBot) -> None:
    radar = chart(qtbot, 440, 380, "zh", legend=False, zones=1)
    (zone,) = radar.series()
    assert radar.label_text(0) == f"{label(Endowment(AXES[0])).zh} {zone.values[AXES[0]]}"
    assert radar.legend_names() == []


def _with_unknown(radar: RadarChart, *unknown: str) -> RadarSeries:
    (zone,) = radar.series()
    values: dict[str, int | None] = {axis: 3 for axis in AXES}
    values.update(dict.fromkeys(unknown))
    series = RadarSeries(zone.name, zone.colour, values)
    radar.set_series([series])
    return series


def test_an_unknown_rating_is_a_gap_in_the_outline_not_a_point_at_zero(qtbot: QtBot) -> None:
    radar = chart(qtbot, 440, 380, "zh", legend=False, zones=1)
    talent, capital = AXES.index("talent"), AXES.index("capital")
    series = _with_unknown(radar, "talent", "capital")
    assert radar.value(series, "talent") is None and radar.unknown_axes(series) == (talent, capital)
    centre, _ = radar.centre_and_radius()
    points = [radar.polygon(series).at(i) for i in range(radar.polygon(series).size())]
    assert len(points) == len(AXES) - 2
    assert all((p - centre).manhattanLength() > 1 for p in points)  # nothing drawn at 0
    # The outline is never drawn across an unknown spoke: talent and capital are neighbours, so one gap splits it.
    runs = radar.outline_runs(series)
    assert sorted(i for run in runs for i in run) == [i for i in range(len(AXES)) if i not in (talent, capital)]
    for run in runs:
        assert all((b - a) % len(AXES) == 1 for a, b in itertools.pairwise(run))


def test_an_unknown_rating_is_named_on_its_axis(qtbot: QtBot) -> None:
    radar = chart(qtbot, 440, 380, "en", legend=False, zones=1)
    _with_unknown(radar, "talent")
    talent = AXES.index("talent")
    assert radar.label_text(talent) == f"{label(Endowment.TALENT).en} not assessed"
    assert radar.label_text(0).endswith(" 3")


def test_overlaid_zones_mark_an_axis_some_zone_does_not_know(qtbot: QtBot) -> None:
    radar = chart(qtbot, 560, 420, "en", legend=True, zones=2)
    first, second = radar.series()
    unknown = RadarSeries(second.name, second.colour, {**second.values, "capital": None})
    radar.set_series([first, unknown])
    assert radar.label_text(AXES.index("capital")).endswith(" ?")
    assert not radar.label_text(AXES.index("talent")).endswith("?")
    radar.grab()  # painting a series with a gap must not fail


# Words an axis name must never be split inside (the break "中小企业配套协 / 作" was what users saw).
WHOLE_WORDS = ("企业", "配套", "协作", "行业协会", "科研院所", "中介组织", "自然资源", "交通区位", "龙头企业", "金融")


@pytest.mark.parametrize(("width", "height"), [(280, 260), (320, 280), (560, 420)])
def test_chinese_axis_names_break_between_words_only(qtbot: QtBot, width: int, height: int) -> None:
    radar = chart(qtbot, width, height, "zh", legend=False, zones=1)
    for index in range(len(AXES)):
        lines = radar.label_lines(index)
        assert "".join(lines).replace(" ", "") == radar.label_text(index).replace(" ", "")  # nothing cut or "…"
        name = label(Endowment(AXES[index])).zh
        for word in WHOLE_WORDS:
            if word in name:
                assert any(word in line for line in lines), (name, lines)
        assert all(len(line.split(" ")[0]) >= 2 for line in lines), lines  # no character left alone on a line


@pytest.mark.parametrize(("width", "height"), [(280, 260), (420, 400)])
def test_english_axis_names_break_between_words_and_keep_their_rating(qtbot: QtBot, width: int, height: int) -> None:
    radar = chart(qtbot, width, height, "en", legend=False, zones=1)
    for index in range(len(AXES)):
        lines = radar.label_lines(index)
        assert " ".join(lines) == radar.label_text(index)  # whole words, none shortened with "…"
        assert lines[-1].split()[-1].isdigit()  # the rating stays with the name's last word


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # the offscreen platform showing the tooltip
def test_a_label_shows_its_whole_text_as_a_tooltip(qtbot: QtBot) -> None:
    from PySide6.QtCore import QEvent, QPoint
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    radar = chart(qtbot, 320, 280, "zh", legend=False, zones=1)
    radar.show()
    qtbot.waitExposed(radar)
    spoke = AXES.index(str(Endowment.SME_NETWORK))
    centre = radar.label_rect(spoke).center().toPoint()
    QApplication.sendEvent(radar, QHelpEvent(QEvent.Type.ToolTip, centre, radar.mapToGlobal(centre)))
    assert QToolTip.text() == radar.label_text(spoke) == f"{label(Endowment.SME_NETWORK).zh} {spoke % 6}"
    QToolTip.hideText()
    QApplication.sendEvent(radar, QHelpEvent(QEvent.Type.ToolTip, QPoint(1, 1), radar.mapToGlobal(QPoint(1, 1))))
