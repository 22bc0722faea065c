"""The workbook an official opens: sheets, headers, every action, drop-downs, colours, charts, print set-up."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl.chart import BarChart, RadarChart
from openpyxl.utils import get_column_letter

from desktop.models.matching.types import MatchResult
from desktop.models.plan.types import Action
from desktop.models.text import Lang
from desktop.models.vocabulary import Endowment
from desktop.models.workbook.writer import write_workbook
from tests.helpers.workbook_inputs import CASE_RATINGS, GENERATED_ON
from tests.helpers.workbook_reading import (
    EN_SHEETS,
    ZH_ACTION_HEADERS,
    ZH_SHEETS,
    calamine_rows,
    column,
    open_book,
    values,
)

Export = Callable[..., Path]


@pytest.fixture
def export(tmp_path: Path, inputs: dict[str, object]) -> Export:
    def run(lang: Lang = "zh", name: str = "plan.xlsx", **changes: object) -> Path:
        target = tmp_path / name
        write_workbook(target, **{**inputs, **changes}, lang=lang)  # type: ignore[arg-type]
        return target

    return run


def test_sheets_are_named_in_the_chosen_language(export: Export) -> None:
    assert open_book(export("zh")).sheetnames == ZH_SHEETS
    assert open_book(export("en", "plan-en.xlsx")).sheetnames == EN_SHEETS


def test_the_workbook_opens_on_the_overview(export: Export) -> None:
    assert open_book(export()).active.title == "概览"


def test_every_action_is_a_row_with_its_columns(export: Export, actions: list[Action]) -> None:
    ws = open_book(export())["行动计划"]
    assert [cell.value for cell in ws[1]] == ZH_ACTION_HEADERS
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    assert len(rows) == len(actions)
    first = dict(zip(ZH_ACTION_HEADERS, rows[0], strict=True))
    assert first == {
        "序号": 1,
        "行动": "设立集群创投基金1",
        "具体举措": "以少量财政资金撬动社会资本。",
        "借鉴依据": "设立集群创投基金",  # the title: the ID means nothing to a reader
        "借鉴经验": "波士顿生物技术集群\n财政金融支持",
        "牵头单位": "财政金融局",
        "配合单位": "银行等金融机构、高校",
        "阶段": "中期（1–3年）",
        "计划起止": "2026-04-01 至 2026-12-31",
        "优先级": "中",
        "考核指标": "基金规模≥5亿元",
        "状态": "进行中",
        "责任人": "王主任",
        "备注": "已报管委会",
        "原文段落": "¶18\n¶28",  # one citation a line: never broken in the middle on paper
    }
    assert [row[0] for row in rows] == [1, 2, 3, 4]
    assert [row[ZH_ACTION_HEADERS.index("状态")] for row in rows] == ["进行中", "未开始", "已搁置", "已完成"]


def test_planned_dates_fall_back_to_the_years_of_the_phase(export: Export) -> None:
    ws = open_book(export())["行动计划"]
    at = column(ws, "计划起止")
    dates = list(next(ws.iter_cols(min_col=at, max_col=at, min_row=2, values_only=True)))
    # Exported on 2026-03-02: a long-term action (3–5 years) runs 2026 to 2030.
    assert dates == ["2026-04-01 至 2026-12-31", "2026—2030年", "至 2027-06-30", "2026-05-01 起"]


def test_a_user_action_without_recommendation_keeps_its_unknown_unit(export: Export) -> None:
    ws = open_book(export())["行动计划"]
    row = [cell.value for cell in ws[4]]
    assert row[column(ws, "行动") - 1] == "自定义行动"
    assert row[column(ws, "借鉴依据") - 1] is None
    assert row[column(ws, "牵头单位") - 1] == "committee.unknown-unit"


def test_header_is_frozen_filtered_and_repeated_on_every_printed_page(export: Export) -> None:
    ws = open_book(export())["行动计划"]
    assert ws.freeze_panes == "C2"
    assert ws.auto_filter.ref == "A1:O5"
    assert ws.print_title_rows == "$1:$1"
    assert ws["C2"].alignment.wrap_text
    assert ws.column_dimensions["C"].width > ws.column_dimensions["A"].width


@pytest.mark.parametrize("sheet", ZH_SHEETS)
def test_every_sheet_prints_on_a4_landscape_fitted_to_width_with_page_numbers(export: Export, sheet: str) -> None:
    ws = open_book(export())[sheet]
    assert ws.page_setup.orientation == "landscape"
    assert int(ws.page_setup.paperSize) == 9
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert int(ws.page_setup.fitToWidth) == 1
    assert int(ws.page_setup.fitToHeight) == 0
    assert "&P" in ws.oddFooter.center.text and "&N" in ws.oddFooter.center.text
    assert "示例高新区" in ws.oddHeader.left.text


def _validations(path: Path, sheet: str = "行动计划") -> dict[str, tuple[str, str]]:
    """Drop-down list by column letter: (formula, cells)."""
    ws = open_book(path)[sheet]
    found = {}
    for validation in ws.data_validations.dataValidation:
        assert validation.type == "list"
        cells = str(validation.sqref)
        found[cells[0]] = (validation.formula1, cells)
    return found


def test_priority_phase_and_status_have_drop_downs_reaching_below_the_plan(export: Export) -> None:
    found = _validations(export())
    assert found["K"] == ('"高,中,低"', "K2:K105")
    assert found["J"] == ('"近期（1年内）,中期（1–3年）,远期（3–5年）"', "J2:J105")
    assert found["H"] == ('"未开始,进行中,已完成,已搁置"', "H2:H105")


def test_drop_downs_are_in_english_in_an_english_workbook(export: Export) -> None:
    found = _validations(export("en", "plan-en.xlsx"), "Action plan")
    assert found["K"][0] == '"High,Medium,Low"'
    assert found["H"][0] == '"Not started,In progress,Done,Shelved"'


def test_each_prefilled_value_is_one_of_its_drop_down_choices(export: Export) -> None:
    path = export()
    ws = open_book(path)["行动计划"]
    for letter, (formula, _) in _validations(path).items():
        choices = formula.strip('"').split(",")
        for cell in ws[letter][1:]:
            assert cell.value in choices, (letter, cell.value)


def test_priorities_are_coloured_by_rules_that_leave_blank_rows_alone(export: Export) -> None:
    ws = open_book(export())["行动计划"]
    rules = {}
    for cf_range in ws.conditional_formatting:
        for rule in cf_range.rules:
            rules[rule.formula[0]] = (str(cf_range.sqref), rule.dxf.fill.bgColor.rgb)
    assert set(rules) == {'AND($K2<>"",$K2="高")', 'AND($K2<>"",$K2="中")', 'AND($K2<>"",$K2="低")'}
    assert {cells for cells, _ in rules.values()} == {"K2:K105"}
    assert len({colour for _, colour in rules.values()}) == 3  # three different colours


def test_overview_shows_the_zone_best_cases_and_recommendations(export: Export) -> None:
    ws = open_book(export())["概览"]
    cells = {(cell.row, cell.column): cell.value for row in ws.iter_rows() for cell in row if cell.value is not None}
    by_label = {cells[(row, 1)]: cells.get((row, 2)) for row, col in cells if col == 1}
    assert by_label["开发区名称"] == "示例高新区"
    assert by_label["类型"] == "高新技术产业开发区"
    assert by_label["级别"] == "国家级"
    assert by_label["发展阶段"] == "成长期"
    assert by_label["主导产业"] == "生物医药与医疗器械、电子信息与软件"
    assert by_label["生成日期"] == datetime(2026, 3, 2)
    assert by_label["知识库版本"] == "2026.1（2026-01-15）"
    assert by_label["行动数量"] == 4
    # The best cases with score and reason, highest first; the recommendations by title (no internal IDs).
    assert by_label["波士顿生物技术集群"] == 82.5
    assert by_label["硅谷高新技术集群"] == 35
    assert by_label["组建产学研创新联盟"] == 70
    row = next(row for (row, col), value in cells.items() if value == "波士顿生物技术集群" and col == 1)
    assert cells[(row, 4)] == "高校与科研院所 5/5；生物医药产业"


def test_radar_compares_the_zone_with_the_best_case(export: Export) -> None:
    ws = open_book(export())["概览"]
    radar = next(chart for chart in ws._charts if isinstance(chart, RadarChart))
    categories = values(ws, radar.series[0].cat.strRef.f)
    assert categories == [
        "自然资源",
        "交通区位",
        "高校与科研院所",
        "人才",
        "资本与金融",
        "龙头企业",
        "中小企业配套协作",
        "中介组织与行业协会",
    ]
    zone, case = radar.series
    assert values(ws, zone.tx.strRef.f) == ["本区"]
    assert values(ws, zone.val.numRef.f) == [1, 4, 5, 4, 2, 2, 3, 2]
    assert values(ws, case.tx.strRef.f) == ["波士顿生物技术集群"]
    assert values(ws, case.val.numRef.f) == [CASE_RATINGS[endowment].value for endowment in Endowment]


def test_bar_chart_shows_the_top_scores_best_first(export: Export, result: MatchResult) -> None:
    ws = open_book(export())["概览"]
    bars = next(chart for chart in ws._charts if isinstance(chart, BarChart))
    assert bars.type == "bar"
    (series,) = bars.series
    assert values(ws, series.val.numRef.f) == [match.score for match in result.matches]
    assert values(ws, series.cat.strRef.f) == [match.title.zh for match in result.matches]


def test_without_a_matching_case_the_radar_shows_the_zone_alone(export: Export, result: MatchResult) -> None:
    no_cases = MatchResult(result.profile_name, tuple(m for m in result.matches if m.kind != "case"))
    ws = open_book(export(result=no_cases))["概览"]
    radar = next(chart for chart in ws._charts if isinstance(chart, RadarChart))
    assert len(radar.series) == 1
    assert "（无匹配案例）" in [cell.value for row in ws.iter_rows() for cell in row]


def test_matches_sheet_lists_every_match_with_points_and_gaps(export: Export, result: MatchResult) -> None:
    ws = open_book(export())["对标分析"]
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    assert [row[-1] for row in rows] == [match.id for match in result.matches]  # the ID, hidden, last
    assert ws.column_dimensions[get_column_letter(ws.max_column)].hidden
    assert ws.cell(row=1, column=ws.max_column).value == "编号"
    boston = rows[0]
    assert boston[0:3] == ("美国集群案例", "波士顿生物技术集群", 82.5)
    assert boston[3] == "高校与科研院所 5/5（+40）\n生物医药产业（+30）\n人才 4/5: +12.5"  # no points twice
    assert boston[4] == "〔待核实〕差距0"  # an unknown value is to verify, no longer "cannot tell"
    assert boston[5] == "¶7、¶29"


def test_profile_sheet_shows_every_field(export: Export) -> None:
    ws = open_book(export())["开发区档案"]
    fields = {row[0]: row[1:] for row in ws.iter_rows(min_row=2, values_only=True) if row[0]}
    assert fields["开发区名称"][0] == "示例高新区"
    assert fields["省份"][0] == "湖北省" and fields["城市"][0] == "武汉市"
    assert fields["高校与科研院所"][0] == 5
    assert fields["企业仅空间集聚、协作少"][0] == "是"
    assert fields["依赖低价供地招商"][0] == "否"
    assert fields["规划面积"] == (518, "平方公里")
    assert fields["从业人员"][0] == "未填写"
    assert fields["发展目标"][0] == "建成国内领先的生物医药集群"
    endowment_rows = [name for name in fields if fields[name][1] == "0 无 … 5 全国领先"]
    assert len(endowment_rows) == len(Endowment)


def test_sources_sheet_carries_the_citation_and_glossary(export: Export) -> None:
    ws = open_book(export())["依据与术语"]
    texts = [cell.value for row in ws.iter_rows() for cell in row if cell.value is not None]
    assert "张舰等：《美国产业集群发展有哪些启示?》，中国电子报，2019年6月14日。" in texts
    assert datetime(2019, 6, 14) in texts
    glossary_row = next(row for row in ws.iter_rows() if row[0].value == "1+N")
    assert [cell.value for cell in glossary_row] == ["1+N", "1+N", "一个牵头单位加多个配合单位。", "¶20–21"]


def test_workbook_properties(export: Export) -> None:
    properties = open_book(export()).properties
    assert properties.title == "示例高新区 产业集群对标行动计划"
    assert properties.creator == "ZonePlanner"
    assert properties.subject
    assert properties.language == "zh-CN"
    assert open_book(export("en", "en.xlsx")).properties.language == "en-US"


def test_text_uses_one_chinese_font_throughout(export: Export) -> None:
    book = open_book(export())
    fonts = {cell.font.name for ws in book for row in ws.iter_rows() for cell in row if cell.value is not None}
    assert fonts == {"等线"}


def test_english_workbook_is_english(export: Export) -> None:
    book = open_book(export("en", "en.xlsx"))
    ws = book["Action plan"]
    assert [cell.value for cell in ws[1]][:3] == ["No.", "Action", "Measures"]
    row = [cell.value for cell in ws[2]]
    assert row[1] == "Set up fund 1"
    assert row[3] == "Finance Bureau"
    assert row[5] == "2026-04-01 to 2026-12-31"
    assert row[7] == "In progress"
    assert book["Overview"]["A1"].value == "示例高新区 — cluster benchmarking action plan"


def test_an_empty_plan_still_gives_a_complete_workbook(export: Export) -> None:
    path = export(actions=[])
    book = open_book(path)
    assert book.sheetnames == ZH_SHEETS
    assert [cell.value for cell in book["行动计划"][1]] == ZH_ACTION_HEADERS
    assert book["行动计划"].max_row == 1
    assert calamine_rows(path, "行动计划") == [ZH_ACTION_HEADERS]


def test_a_second_reader_sees_the_same_workbook(export: Export, actions: list[Action]) -> None:
    path = export()
    rows = calamine_rows(path, "行动计划")
    assert rows[0] == ZH_ACTION_HEADERS
    assert len(rows) == 1 + len(actions)
    assert rows[1][:3] == [1, "设立集群创投基金1", "以少量财政资金撬动社会资本。"]
    assert [row[ZH_ACTION_HEADERS.index("优先级")] for row in rows[1:]] == ["中", "低", "高", "中"]
    overview = calamine_rows(path, "概览")
    assert overview[0][0] == "示例高新区 产业集群对标行动计划"
    assert ["生成日期", GENERATED_ON, "", ""] in overview
    assert calamine_rows(path, "对标分析")[1][:3] == ["美国集群案例", "波士顿生物技术集群", 82.5]
    assert isinstance(GENERATED_ON, date)


def test_ids_the_knowledge_base_no_longer_knows_are_shown_as_they_are(export: Export, actions: list[Action]) -> None:
    old = dataclasses.replace(actions[0], basis="rec.9.9", draws_on=("case.gone",), partners=("partner.gone",))
    ws = open_book(export(actions=[old]))["行动计划"]
    row = {header: cell.value for header, cell in zip(ZH_ACTION_HEADERS, ws[2], strict=True)}
    assert (row["借鉴依据"], row["借鉴经验"], row["配合单位"]) == ("rec.9.9", "case.gone", "partner.gone")


def test_action_sheet_columns_are_the_plan_s_column_spec(export: Export) -> None:
    # Header words and widths on paper come from the spec the window's table reads too.
    from desktop.models.plan.columns import COLUMNS, PlanColumn

    ws = open_book(export())["行动计划"]
    headers = [cell.value for cell in ws[1]]
    owner = headers.index(COLUMNS[PlanColumn.OWNER].label.zh) + 1
    description = headers.index(COLUMNS[PlanColumn.DESCRIPTION].label.zh) + 1
    assert ws.column_dimensions[get_column_letter(owner)].width == COLUMNS[PlanColumn.OWNER].width
    assert ws.column_dimensions[get_column_letter(description)].width == COLUMNS[PlanColumn.DESCRIPTION].width
    assert headers == ZH_ACTION_HEADERS  # the wording a reader sees is unchanged
