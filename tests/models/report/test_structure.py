"""The 行动方案's structure: sections in order, every task with its units and deadline, annexes complete."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from docx.table import Table

from desktop.models.knowledge.loader import default_knowledge_base
from desktop.models.profile import Target
from desktop.models.report.settings import ReportSettings
from tests.helpers.report_docs import blocks, sample_analysis, samples, split_at_annex3, texts, write

ZH_ORDER = (
    "一、总体要求",
    "（一）发展基础",
    "（二）对标借鉴",
    "（三）基本思路",
    "（四）发展目标",
    "二、重点任务",
    "三、保障措施",
    "（一）加强组织领导",
    "（二）强化资金保障",
    "（三）做好要素保障",
    "（四）严格督查考核",
    "附件1",
    "附件2",
    "附件3",
)
EN_ORDER = ("I. General requirements", "II. Key tasks", "III. Safeguards", "Annex 1", "Annex 2", "Annex 3")


def _positions(lines: list[str], wanted: tuple[str, ...]) -> list[int]:
    return [next(i for i, line in enumerate(lines) if line.strip() == heading) for heading in wanted]


@pytest.mark.parametrize(("lang", "order"), [("zh", ZH_ORDER), ("en", EN_ORDER)])
def test_sections_come_in_the_order_of_a_cluster_plan(tmp_path: Path, lang: str, order: tuple[str, ...]) -> None:
    document = write(tmp_path / "plan.docx", sample_analysis(), lang=lang)  # type: ignore[arg-type]
    lines = texts(document)
    positions = _positions(lines, order)
    assert positions == sorted(positions)
    title = lines[0]
    if lang == "zh":
        assert title.startswith("楚川科学城高新技术产业开发区") and re.search(
            r"产业集群培育行动方案（\d{4}—\d{4}年）$", title
        )
    else:
        assert "Action Plan" in title and re.search(r"\(\d{4}–\d{4}\)$", title)


def test_title_years_reach_the_last_target_and_the_draft_mark_is_optional(tmp_path: Path) -> None:
    analysis = sample_analysis()
    profile = analysis.profile.with_changes(targets=(Target("cluster_revenue", 2500.0, 2032, None, None),))
    analysis = type(analysis)(profile, analysis.result, analysis.actions)
    final = texts(write(tmp_path / "final.docx", analysis))
    assert final[0].endswith("（2026—2032年）")
    assert "（征求意见稿）" not in final
    draft = texts(write(tmp_path / "draft.docx", analysis, settings=ReportSettings("某管委会", "2026-03-15", True)))
    assert draft[1] == "（征求意见稿）"


def test_every_task_is_a_paragraph_ending_with_its_units_and_naming_its_deadline(tmp_path: Path) -> None:
    analysis = sample_analysis()
    kb = default_knowledge_base()
    lines = texts(write(tmp_path / "plan.docx", analysis))
    tasks = lines[lines.index("二、重点任务") : lines.index("三、保障措施")]
    sought = 0
    for action in analysis.actions:
        found = [line for line in tasks if action.title.zh in line]
        assert len(found) == 1, action.title.zh
        paragraph = found[0]
        lead = kb.departments[action.lead].name.zh
        # The committee tasks its own units; the support of higher-level departments is sought ("争取").
        units = [kb.departments[p] for p in action.partners]
        own = "、".join(u.name.zh for u in units if u.group != "government")
        higher = "、".join(u.name.zh for u in units if u.group == "government")
        ending = f"（牵头单位：{lead}" + (f"；配合单位：{own}" if own or not higher else "")
        ending += f"；争取{higher}支持）" if higher else "）"
        sought += bool(higher)
        assert paragraph.endswith(ending), paragraph
        assert re.search(r"\d{4}年底前完成。", paragraph)
    assert sought, "precondition: some task asks for the support of a higher-level department"


def test_tasks_are_grouped_under_numbered_themes(tmp_path: Path) -> None:
    lines = texts(write(tmp_path / "plan.docx", sample_analysis()))
    tasks = lines[lines.index("二、重点任务") : lines.index("三、保障措施")]
    themes = [line for line in tasks if line.startswith("（")]
    assert len(themes) >= 2
    assert [theme[:3] for theme in themes] == [f"（{n}）" for n in "一二三四五六"[: len(themes)]]
    numbers = [int(m.group(1)) for line in tasks if (m := re.match(r"(\d+)．", line))]
    assert numbers == list(range(1, len(sample_analysis().actions) + 1))


def _tables(path: Path, analysis: object) -> list[Table]:
    return [block for block in blocks(write(path, analysis)) if isinstance(block, Table)]  # type: ignore[arg-type]


def test_annex_1_lists_every_task_with_the_columns_of_a_division_of_tasks(tmp_path: Path) -> None:
    analysis = sample_analysis()
    kb = default_knowledge_base()
    table = _tables(tmp_path / "plan.docx", analysis)[0]
    header = [cell.text for cell in table.rows[0].cells]
    assert header == ["序号", "重点任务", "具体举措", "牵头单位", "配合单位", "完成时限", "考核指标"]
    rows = [[cell.text for cell in row.cells] for row in table.rows[1:]]
    assert len(rows) == len(analysis.actions)
    by_title = {row[1]: row for row in rows}
    for action in analysis.actions:
        row = by_title[action.title.zh]
        assert row[3] == kb.departments[action.lead].name.zh
        assert all(kb.departments[p].name.zh in row[4] for p in action.partners)
        assert row[6] == action.kpi.zh and re.fullmatch(r"\d{4}年底前", row[5])
    assert [row[0] for row in rows] == [str(n) for n in range(1, len(rows) + 1)]


def test_annex_2_shows_targets_with_unknown_bases_to_be_filled_in(tmp_path: Path) -> None:
    analysis = sample_analysis()
    targets = (Target("cluster_revenue", 2500.0, 2030, 1850.0, 2025), Target("hitech_firms", 900.0, 2030, None, None))
    analysis = type(analysis)(analysis.profile.with_changes(targets=targets), analysis.result, analysis.actions)
    document = write(tmp_path / "plan.docx", analysis)
    table = [block for block in blocks(document) if isinstance(block, Table)][1]
    assert [cell.text for cell in table.rows[0].cells] == ["指标", "单位", "基期值", "年度目标", "属性"]
    rows = [[cell.text for cell in row.cells] for row in table.rows[1:]]
    assert rows[0] == ["集群营业收入", "亿元", "1850（2025年）", "2500（2030年）", "预期性"]
    assert rows[1][:3] == ["高新技术企业数", "家", "待填"]
    assert len(rows) == len(targets) + len(analysis.actions)
    assert all(row[4] in ("预期性", "约束性") for row in rows)
    lines = texts(document)
    goals = lines[lines.index("（四）发展目标") : lines.index("二、重点任务")]
    assert any("由2025年的1850亿元提高到2030年的2500亿元" in line for line in goals)
    assert any("高新技术企业数" in line and "基期值待填" in line for line in goals)


@pytest.mark.parametrize("sample", samples(), ids=lambda p: p.stem)
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_points_and_paragraph_signs_only_in_annex_3_and_ids_nowhere(tmp_path: Path, sample: Path, lang: str) -> None:
    analysis = sample_analysis(sample.stem)
    before, annex3 = split_at_annex3(write(tmp_path / "plan.docx", analysis, lang=lang))  # type: ignore[arg-type]
    assert "¶" not in before
    assert not re.search(r"\b(rec|case|practice|trait)\.[a-z0-9]", before + annex3)  # items by title, everywhere
    assert not re.search(r"[：:]\s*\+\d", before)
    assert "¶" in annex3 and re.search(r"[：:]\s*\+\d", annex3)
    best = next(m for m in analysis.result.matches if m.score > 0)
    assert best.title.get(lang) in annex3  # annex 3 names the items by their titles


def test_the_best_fitting_us_cases_are_told_in_plain_words(tmp_path: Path) -> None:
    analysis = sample_analysis()
    lines = texts(write(tmp_path / "plan.docx", analysis))
    section = lines[lines.index("（二）对标借鉴") : lines.index("（三）基本思路")]
    cases = [m for m in analysis.result.matches if m.kind.value == "case" and m.score > 0][:3]
    for n, case in enumerate(cases, start=1):
        assert any(line.startswith(f"{n}．{case.title.zh}。") and "可借鉴的做法" in line for line in section)


def test_safeguards_name_the_leader_and_tell_an_investment_fund_from_a_venture_fund(tmp_path: Path) -> None:
    settings = ReportSettings("某管委会", "2026-03-15", False, leader="区委副书记张三")
    lines = texts(write(tmp_path / "plan.docx", sample_analysis(), settings=settings))
    safeguards = "\n".join(lines[lines.index("三、保障措施") :])
    assert "由区委副书记张三担任组长（链长）" in safeguards and "“1+N”" in safeguards
    assert "专项资金" in safeguards and "争取" in safeguards and "引导基金" in safeguards
    assert "产业投资基金" in safeguards and "创业投资基金定位不同" in safeguards
    assert "每季度" in safeguards and "每年对照附件2" in safeguards


def test_the_closing_names_the_annexes_the_issuer_and_the_date(tmp_path: Path) -> None:
    lines = texts(write(tmp_path / "plan.docx", sample_analysis()))
    end = lines.index("附件1")
    assert lines[end - 5 : end] == [
        "附件：1．重点任务分工表",
        "\u3000\u3000\u30002．主要指标表",
        "\u3000\u3000\u30003．对标分析说明",
        "楚川高新区管委会",
        "2026年3月15日",
    ]
