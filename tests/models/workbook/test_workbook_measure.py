"""Sizing text and pages without a spreadsheet program: widths, wrapped lines, row heights, where pages end."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.models.workbook.measure import MAX_ROW_HEIGHT, display_width, line_count, row_height
from desktop.models.workbook.page import body_height, keep_with_next


def _width_by_hand(text: str) -> int:
    """The rule, character by character: wide and full-width take two; beyond the BMP, two to be safe."""
    return sum(2 if ord(char) > 0xFFFF or unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


@pytest.mark.parametrize(
    ("text", "width"),
    [
        ("", 0),
        ("abc", 3),
        ("产业集群", 8),
        ("rec.2.3 组建联盟", 16),
        ("(1+N)", 5),
        ("（1+N）", 7),  # full-width brackets, as a Chinese input method types them
        ("¶18、¶28", 8),  # the pilcrow is narrow, the enumeration comma wide
        ("基金规模≥5亿元", 14),
        ("𠮷野家", 6),
    ],
)
def test_display_width_counts_wide_characters_twice(text: str, width: int) -> None:
    assert display_width(text) == width


@given(st.text(max_size=60))
def test_display_width_follows_unicodedata_for_any_text(text: str) -> None:
    assert display_width(text) == _width_by_hand(text)


def test_line_count_wraps_on_the_usable_width_and_at_every_line_break() -> None:
    assert line_count("", 20) == 1
    assert line_count("短", 3) == 1
    assert line_count("一" * 10, 21) == 1  # 20 units in 20 usable
    assert line_count("一" * 11, 21) == 2
    assert line_count("一" * 40, 21) == 4
    assert line_count("a" * 45, 21) == 3
    assert line_count("甲\n乙\n\n丙", 30) == 4  # an empty line still takes a line
    assert line_count("一" * 20 + "\n" + "二" * 5, 21) == 3


@given(st.text(max_size=200), st.integers(min_value=2, max_value=80))
def test_line_count_gives_each_line_at_most_the_usable_width(text: str, width: int) -> None:
    lines = line_count(text, width)
    assert lines >= max(1, text.count("\n") + 1)
    assert lines * (width - 1) >= display_width(text.replace("\n", ""))


def test_row_height_grows_by_a_line_and_stops_at_excels_limit() -> None:
    assert row_height(2) - row_height(1) == pytest.approx(row_height(3) - row_height(2))
    assert row_height(1) >= 15
    assert row_height(1000) == MAX_ROW_HEIGHT == 409


def test_a_wide_sheet_is_shrunk_so_a_page_holds_more_of_it() -> None:
    narrow, wide = body_height([30, 30]), body_height([30] * 10)
    assert 440 < narrow < 490  # an A4 landscape page less its margins, at full size
    assert wide > narrow * 1.5


def test_a_heading_that_would_end_a_page_starts_the_next_one() -> None:
    heights = [100.0] * 4 + [24.0, 18.0, 33.0, 33.0]
    # The heading (row 5), the header and the first row take 75 points; 400 are used: they do not fit in 450.
    assert keep_with_next(heights, {5: 7}, (), 450.0) == [4]
    assert keep_with_next(heights, {5: 7}, (), 480.0) == []  # they fit


def test_pages_already_ended_by_hand_or_by_a_full_page_are_counted() -> None:
    heights = [100.0] * 4 + [24.0, 18.0, 33.0]
    assert keep_with_next(heights, {5: 7}, {3}, 450.0) == []  # a break after row 3: row 4 starts a page
    tall = [300.0, 300.0, 24.0, 18.0, 33.0]
    # Row 2 does not fit after row 1 and starts page 2; the heading then needs a third page.
    assert keep_with_next(tall, {3: 5}, (), 350.0) == [2]


def test_a_header_repeated_on_later_pages_takes_their_room() -> None:
    heights = [30.0] + [100.0] * 4 + [24.0, 18.0, 33.0]
    # Page 2 starts at row 4: with the header repeated above it, 30 + 200 + 75 points do not fit in 300.
    assert keep_with_next(heights, {6: 8}, (), 300.0, repeat_row=1) == [5]
    assert keep_with_next(heights, {6: 8}, (), 300.0) == []
