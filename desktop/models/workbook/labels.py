"""Fixed bilingual wording of the workbook: sheet names, headers, labels. These are not article facts."""

from __future__ import annotations

from desktop.models.formatting import PARAGRAPHS_HEADING
from desktop.models.plan.columns import COLUMNS, ColumnSpec, PlanColumn
from desktop.models.text import Text
from desktop.models.vocabulary.gaps import SCORE
from desktop.models.vocabulary.kinds import GLOSSARY, ItemKind, kind_label

APP_NAME = "ZonePlanner"

SHEET_OVERVIEW = Text("概览", "Overview")
SHEET_ACTIONS = Text("行动计划", "Action plan")
SHEET_MATCHES = Text("对标分析", "Matches")
SHEET_PROFILE = Text("开发区档案", "Profile")
SHEET_SOURCES = Text("依据与术语", "Sources and glossary")

WORKBOOK_TITLE = Text("{name} 产业集群对标行动计划", "{name} — cluster benchmarking action plan")
WORKBOOK_SUBJECT = Text(
    "对照美国产业集群经验的开发区行动计划", "Development-zone action plan benchmarked on US cluster experience"
)
WORKBOOK_KEYWORDS = Text("产业集群；开发区；行动计划；1+N", "industrial cluster; development zone; action plan; 1+N")
WORKBOOK_LANGUAGE = Text("zh-CN", "en-US")

TRUNCATED = Text("…〔内容过长，已截断〕", "… [too long, cut here]")
NOT_GIVEN = Text("未填写", "not given")
NONE_FOUND = Text("（无）", "(none)")
YES = Text("是", "Yes")
NO = Text("否", "No")

# Kinds of match, priority, phase, status and gap status are the domain's words (desktop/models/vocabulary/).

# Overview
OVERVIEW_SUBTITLE = Text("对标依据：《{title}》，{outlet}，{date}", "Benchmarked on “{title}”, {outlet}, {date}")
OVERVIEW_BASICS = Text("基本情况", "The zone")
ZONE_NAME = Text("开发区名称", "Zone")
ZONE_KIND = Text("类型", "Kind")
ZONE_LEVEL = Text("级别", "Level")
ZONE_STAGE = Text("发展阶段", "Cluster stage")
ZONE_INDUSTRIES = Text("主导产业", "Leading industries")
GENERATED_ON = Text("生成日期", "Generated on")
KB_VERSION = Text("知识库版本", "Knowledge base")
KB_VERSION_VALUE = Text("{version}（{date}）", "{version} ({date})")
ACTION_COUNT = Text("行动数量", "Actions")
ISSUER = Text("编制单位", "Prepared by")
ISSUED_ON = Text("印发日期", "Issued on")
BEST_CASES = Text("最匹配的美国集群案例", "Best-matching US cluster cases")
TOP_RECOMMENDATIONS = Text("优先采纳的启示建议", "Recommendations to adopt first")
TOP_MATCHES = Text("得分前十位（相似度/适用度）", "Ten highest scores (similarity / relevance)")
ENDOWMENT_COMPARISON = Text("资源禀赋对比（0–5）", "Endowments compared (0–5)")
COL_CASE = kind_label(ItemKind.CASE)
COL_RECOMMENDATION = kind_label(ItemKind.RECOMMENDATION)
COL_ITEM = Text("对标项", "Item")
COL_KIND = Text("类别", "Kind")
COL_SCORE = SCORE
COL_PARAGRAPHS = PARAGRAPHS_HEADING
COL_MAIN_REASON = Text("主要理由", "Main reasons")
COL_ENDOWMENT = Text("资源禀赋", "Endowment")
COL_THIS_ZONE = Text("本区", "This zone")
COL_CASE_NOTE = Text("案例情况说明", "About the case")
NO_CASE = Text("（无匹配案例）", "(no matching case)")
RADAR_TITLE = Text("资源禀赋：本区与最匹配案例", "Endowments: this zone and the best-matching case")
BAR_TITLE = Text("相似度/适用度（0–100）", "Similarity / relevance (0–100)")

# Action plan: its columns, in order, from the plan's one column spec (so the window says the same). The first
# PRINTED_ACTION_COLUMNS are the ones that matter on paper and form the print area; the rest are for work on screen.
ACTION_COLUMNS: tuple[ColumnSpec, ...] = tuple(
    COLUMNS[key]
    for key in (
        PlanColumn.NUMBER,
        PlanColumn.TITLE,
        PlanColumn.DESCRIPTION,
        PlanColumn.LEAD,
        PlanColumn.PARTNERS,
        PlanColumn.DATES,
        PlanColumn.KPI,
        PlanColumn.STATUS,
        PlanColumn.NOTES,
        PlanColumn.PHASE,
        PlanColumn.PRIORITY,
        PlanColumn.OWNER,
        PlanColumn.BASIS,
        PlanColumn.DRAWS_ON,
        PlanColumn.PARAGRAPHS,
    )
)
PRINTED_ACTION_COLUMNS = 9
ACTION_HEADERS: tuple[Text, ...] = tuple(column.label for column in ACTION_COLUMNS)
DATES_FROM_TO = Text("{start} 至 {end}", "{start} to {end}")
DATES_FROM = Text("{start} 起", "from {start}")
DATES_TO = Text("至 {end}", "until {end}")
DATES_YEAR = Text("{year}年", "{year}")
DATES_YEARS = Text("{start}—{end}年", "{start}–{end}")
PAGE_FOOTER = Text("第 &P 页，共 &N 页", "Page &P of &N")
ACTIONS_HEADER = Text("{name} · 行动计划", "{name} · action plan")
CHOICE_ERROR_TITLE = Text("请从列表中选择", "Choose from the list")
CHOICE_ERROR = Text("请从下拉列表中选择一项。", "Please pick one of the values in the drop-down list.")

# Matches
MATCH_HEADERS: tuple[Text, ...] = (
    Text("类别", "Kind"),
    Text("对标项", "Item"),
    SCORE,
    Text("适用理由/相似之处（分值）", "Why it applies / where it is alike (points)"),
    Text("适用性较低的原因与待核实项", "Why it applies less, and what to verify"),
    PARAGRAPHS_HEADING,
    Text("编号", "ID"),  # hidden: for matching a file back to the knowledge base
)
REASON_POINTS = Text("{text}（+{points}）", "{text} (+{points})")
GAP_LINE = Text("〔{status}〕{text}", "[{status}] {text}")

# Profile
PROFILE_HEADERS: tuple[Text, ...] = (Text("项目", "Field"), Text("内容", "Value"), Text("单位/说明", "Unit / note"))
PROFILE_BASICS = Text("基本信息", "Basic information")
GOALS_SECTION = Text("发展目标与备注", "Goals and notes")
ENDOWMENT_SCALE = Text("0 无 … 5 全国领先", "0 none … 5 nationally outstanding")

# Sources and glossary
SOURCE_SECTION = Text("资料来源", "Source")
SOURCE_TITLE = Text("文章标题", "Title")
SOURCE_OUTLET = Text("刊载媒体", "Published in")
SOURCE_DATE = Text("发表日期", "Date")
SOURCE_AUTHORS = Text("作者", "Authors")
SOURCE_INSTITUTION = Text("作者单位", "Institution")
SOURCE_PUBLISHED_ON = Text("转载页面", "Reprinted on")
SOURCE_CITATION = Text("引用格式", "Citation")
KB_SECTION = Text("知识库", "Knowledge base")
KB_VERSION_SHORT = Text("版本", "Version")
ABOUT_SECTION = Text("说明", "About this workbook")
ABOUT_TEXT = Text(
    "本工作簿由 ZonePlanner 依据开发区档案和知识库生成。每项匹配和每项行动都注明了所依据的原文段落（¶），"
    "便于核对；行动计划中的状态、计划起止、责任人和备注可直接在表中填写。",
    "ZonePlanner generated this workbook from the zone's profile and its knowledge base. Every match and every "
    "action names the paragraphs of the article (¶) it rests on, so it can be checked; status, planned dates, owner "
    "and notes in the action plan can be filled in directly.",
)
GLOSSARY_SECTION = GLOSSARY
GLOSSARY_HEADERS: tuple[Text, ...] = (
    Text("术语", "Term"),
    Text("英文", "Chinese"),
    Text("释义", "Definition"),
    PARAGRAPHS_HEADING,
)
