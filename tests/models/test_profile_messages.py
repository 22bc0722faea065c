"""How a profile problem is worded: in a file with the field's path and the value; next to a form field without them."""

from __future__ import annotations

import pytest

from desktop.models.errors import ProfileError
from desktop.models.profile_format import FORMAT, VERSION, validate_profile_data
from desktop.models.profile_rules import validate_field
from desktop.models.text import Text


def errors_of(**fields: object) -> dict[str, ProfileError]:
    data = {"format": FORMAT, "version": VERSION, "name": "江汉临空经济技术开发区", "stage": "growth"}
    data |= {"industries": ["ict"], **fields}
    return {error.field: error for error in validate_profile_data(data)}


def test_a_file_error_names_the_path_and_the_value() -> None:
    errors = errors_of(name="", figures={"area_km2": "abc"})
    assert errors["name"].message == Text(
        '开发区名称（name）不能为空（值为 ""）。', 'Zone name (name) must not be empty (value "").'
    )
    assert errors["figures.area_km2"].message == Text(
        '主要指标·规划面积（figures.area_km2）应为数字，而不是文本 "abc"。',
        'Figures · Planned area (figures.area_km2) must be a number, not text "abc".',
    )


def test_the_form_names_the_field_as_its_label_reads() -> None:
    errors = errors_of(name="", figures={"area_km2": "abc", "enterprises": -3})
    assert errors["name"].form_message == Text("开发区名称不能为空。", "Zone name must not be empty.")
    assert errors["figures.area_km2"].form_message == Text(
        '规划面积应为数字，而不是 "abc"。', 'Planned area must be a number, not "abc".'
    )
    # A value that is not empty is still quoted: it says what is wrong with what was typed.
    assert errors["figures.enterprises"].form_message == Text(
        "企业数不能为负数（值为 -3）。", "Enterprises cannot be negative (-3)."
    )


def test_an_empty_list_is_not_echoed_in_the_form() -> None:
    error = errors_of(industries=[])["industries"]
    assert "（值为 []）" in error.message.zh
    assert error.form_message == Text("主导产业至少要有一项。", "Leading industries must list at least one industry.")


@pytest.mark.parametrize(
    ("path", "value"),
    [
        ("name", "   "),
        ("name", "区" * 101),
        ("city", "市" * 51),
        ("figures.area_km2", float("nan")),
        ("figures.output_100m_cny", 5_000_000),
        ("figures.enterprises", 12.5),
        ("endowments.talent", 9),
        ("goals", "目" * 10_001),
    ],
)
def test_no_form_message_mentions_the_path(path: str, value: object) -> None:
    error = validate_field(path, value)
    assert error is not None
    assert f"（{path}）" in error.message.zh and f"({path})" in error.message.en  # files and the command line
    assert f"（{path}）" not in error.form_message.zh and f"({path})" not in error.form_message.en
    assert '（值为 ""）' not in error.form_message.zh


def test_an_error_built_without_a_form_wording_shows_its_message_in_the_form() -> None:
    message = Text("出错了。", "Something is wrong.")
    assert ProfileError("name", "x", message).form_message == message
