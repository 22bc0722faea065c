"""Facts read the way the article writes them, in both languages."""

from __future__ import annotations

import pytest

from desktop.models.formatting import paragraph_runs, paragraphs_text
from desktop.models.knowledge.display import fact_value_text
from desktop.models.knowledge.types import Fact
from desktop.models.text import Text


def fact(value: float | None, unit: Text, qualifier: str = "", year: int | None = None) -> Fact:
    return Fact("f", Text("标签", "label"), value, unit, year, qualifier, Text("事实", "fact"), (5,))


@pytest.mark.parametrize(
    ("subject", "zh", "en"),
    [
        (fact(50000, Text("美元", "USD")), "5万美元", "50,000 USD"),
        (fact(6_000_000, Text("美元/年", "USD a year"), "about"), "约600万美元/年", "about 6 million USD a year"),
        (
            fact(50_000_000, Text("条", "records"), "up_to", 2014),
            "多达5000万条（2014年）",
            "up to 50 million records (2014)",
        ),
        (fact(1000, Text("家", "firms"), "over"), "1000家以上", "over 1,000 firms"),
        (fact(50, Text("%", "%"), "over"), "50%以上", "over 50%"),
        (fact(29, Text("家", "companies"), "of"), "29家", "29 companies"),
        (fact(None, Text("", ""), "since", 1996), "自1996年起", "since 1996"),
        (fact(None, Text("", ""), "", 2010), "2010年", "2010"),
        (fact(None, Text("", "")), "", ""),
    ],
)
def test_fact_value_text(subject: Fact, zh: str, en: str) -> None:
    assert fact_value_text(subject, "zh") == zh
    assert fact_value_text(subject, "en") == en


def test_paragraph_runs_are_folded() -> None:
    assert paragraphs_text((5,), "en") == "¶5"
    assert paragraphs_text((13, 14, 15, 16, 18), "en") == "¶13–16, ¶18"
    assert paragraphs_text((13, 14, 15, 16, 18), "zh") == "¶13–16、¶18"
    assert paragraphs_text((), "zh") == ""


def test_paragraphs_are_sorted_and_counted_once_whatever_the_order_given() -> None:
    # Citations gathered from several facts arrive unordered and repeated; the reader sees each paragraph once.
    assert paragraphs_text([31, 7, 29, 30, 29, 7], "en") == "¶7, ¶29–31"
    assert paragraphs_text([31, 7, 29, 30, 29, 7], "zh") == "¶7、¶29–31"
    assert paragraph_runs(iter([3, 1, 2])) == ["¶1–3"]


def test_one_way_of_writing_each_kind_of_number() -> None:
    from desktop.models.formatting import number_text, points_text, quantity_text

    # A figure inside a sentence of either language stays ungrouped; an amount follows its reader's language.
    assert number_text(1200) == "1200" and number_text(560.5) == "560.5"
    assert quantity_text(1200, "en") == "1,200" and quantity_text(1200, "zh") == "1200"
    assert quantity_text(50_000, "zh") == "5万" and quantity_text(6_000_000, "en") == "6 million"
    assert points_text(82.0) == "82" and points_text(12.5) == "12.5"
