"""``zoneplanner match PROFILE.json``: the ranking of every knowledge item and the proposed action plan."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop.models.analysis import Analysis
    from desktop.models.knowledge.types import KnowledgeBase
    from desktop.models.plan.types import Indicator
    from desktop.models.text import Lang


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "match",
        help="匹配并生成行动计划 / match a profile and propose actions",
        description="对区域档案进行匹配，输出排名和行动计划 / rank the article's items for a profile, propose a plan",
    )
    parser.add_argument("profile", metavar="PROFILE.json", help="区域档案 JSON 文件 / zone profile file")
    parser.add_argument("--json", action="store_true", help="输出 JSON 对象 / print the JSON object")
    parser.add_argument("--lang", choices=("zh", "en"), default="zh", help="输出语言 / output language (default zh)")
    parser.add_argument(
        "--top", type=int, metavar="N", default=None, help="只列出得分最高的 N 项匹配 / show only the N best matches"
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from desktop.cli.common import print_warning, read_profile_file
    from desktop.models.analysis import default_analyzer
    from desktop.models.profile_format import profile_to_data
    from desktop.models.profile_plausibility import figure_warnings, target_warnings

    profile = read_profile_file(args.profile)
    data = profile_to_data(profile)
    figures = data.get("figures")
    warnings = figure_warnings(figures if isinstance(figures, dict) else {}) + target_warnings(data.get("targets"))
    for warning in warnings:
        print_warning(warning.message)  # accepted all the same: the zone may really be that large
    analyzer = default_analyzer()
    analysis = analyzer.analyse(profile)
    if args.json:
        from desktop.models.analysis_report import match_report

        print(json.dumps(match_report(analysis, args.lang, analyzer.kb), ensure_ascii=False, indent=2))
    else:
        print(render_text(analysis, analyzer.kb, args.lang, args.top))
    return 0


def render_text(analysis: Analysis, kb: KnowledgeBase, lang: Lang = "zh", top: int | None = None) -> str:
    """The ranking and the plan as plain text for a terminal."""
    from desktop.models.formatting import CLAUSE_SEPARATOR, heading_text, list_text, paragraphs_text, points_text
    from desktop.models.plan.columns import COLUMNS, WHY, PlanColumn
    from desktop.models.text import Text
    from desktop.models.vocabulary import Industry, label
    from desktop.models.vocabulary.gaps import OUTSIDE_ARTICLE, coverage_text, score_label
    from desktop.models.vocabulary.kinds import kind_label
    from desktop.models.vocabulary.plan import PHASE, PRIORITY, Phase

    def t(zh: str, en: str) -> str:
        return Text(zh, en).get(lang)

    def cite(paragraphs: tuple[int, ...]) -> str:
        return paragraphs_text(paragraphs, lang)

    from desktop.models.plan.units import ZoneUnits

    units = ZoneUnits.of(analysis.profile, kb.departments)

    def unit(department_id: str) -> str:
        return units.name(department_id, lang)  # the zone's own name for it (plan/units.py)

    def field(zh: str, en: str, value: str) -> str:
        return heading_text(Text(zh, en), lang, value)

    def column(key: PlanColumn, value: str) -> str:
        """An action's field, named as the plan's table and workbook name it."""
        return heading_text(COLUMNS[key].label, lang, value)

    semicolon = CLAUSE_SEPARATOR.get(lang)
    priority = COLUMNS[PlanColumn.PRIORITY].label.get(lang)
    profile = analysis.profile
    # Industries are few and long in English: a slash keeps them apart from the commas inside their names.
    industries = Text("、", " / ").get(lang).join(label(i).get(lang) for i in Industry if i in set(profile.industries))
    lines = [
        f"{profile.name} — {t('匹配排名与行动计划', 'ranking and action plan')}",
        f"{field('发展阶段', 'Stage', label(profile.stage).get(lang))} · {field('主导产业', 'Industries', industries)}",
        "",
        t(
            "一、匹配排名（案例为相似度、其余为适用度，0–100 分；各项理由的分值之和即为总分；"
            "“+”适用理由，“-”适用性较低的原因，“?”待核实）",
            "1. Ranking (similarity for cases, relevance for the rest, 0–100; the points of the reasons add up to "
            "the score; + why it applies, - why it applies less, ? to verify)",
        ),
    ]
    for note in analysis.result.outside_article:
        lines.insert(
            len(lines) - 1,
            f"{heading_text(OUTSIDE_ARTICLE, lang, note.topic.get(lang))}{semicolon}{note.note.get(lang)}",
        )
    if analysis.result.outside_article:
        lines.insert(len(lines) - 1, "")
    matches = analysis.result.matches if top is None else analysis.result.matches[: max(0, top)]
    for rank, match in enumerate(matches, 1):
        score = points_text(match.score)
        covered = ""
        if match.coverage is not None:
            covered = f"; {coverage_text(match.coverage.stated, match.coverage.of).get(lang)}"
        lines.append(
            f"{rank:>3}. {score_label(match.kind).get(lang)} {score:>5}  [{kind_label(match.kind).get(lang)}] "
            f"{match.title.get(lang)}  ({match.id}; {cite(match.paragraphs)}{covered})"
        )
        lines.extend(f"         + {reason.text.get(lang)}" for reason in match.reasons)
        lines.extend(f"         - {gap.text.get(lang)}" for gap in match.applies_less)
        lines.extend(f"         ? {gap.text.get(lang)}" for gap in match.unknown)
    lines += [
        "",
        t(f"二、行动计划（共 {len(analysis.actions)} 项）", f"2. Action plan ({len(analysis.actions)} actions)"),
    ]
    number = 0
    titles = {a.id: a.title.get(lang) for a in analysis.actions}
    for phase in Phase:
        actions = [a for a in analysis.actions if a.phase is phase]
        if not actions:
            continue
        lines += ["", f"  {PHASE[phase].get(lang)}"]
        for action in actions:
            number += 1
            drawn = list_text((kb.items[i].title.get(lang) for i in action.draws_on if i in kb.items), lang) or "—"
            basis = kb.items[action.basis].title.get(lang) if action.basis in kb.items else action.basis
            lines += [
                f"  {number:>2}. [{priority} {PRIORITY[action.priority].get(lang)}] {action.title.get(lang)}",
                f"      {column(PlanColumn.DESCRIPTION, action.description.get(lang))}",
                f"      {column(PlanColumn.LEAD, unit(action.lead))}{semicolon}"
                f"{column(PlanColumn.PARTNERS, list_text((unit(p) for p in action.partners), lang))}",
                f"      {column(PlanColumn.KPI, action.kpi.get(lang))}",
            ]
            if action.indicator is not None:
                lines.append(f"      {indicator_line(action.indicator, lang)}")
            if action.depends_on:
                after = list_text((titles.get(d, d) for d in action.depends_on), lang)
                lines.append(f"      {column(PlanColumn.DEPENDS_ON, after)}")
            lines += [
                f"      {heading_text(WHY, lang, action.why.get(lang))}",
                f"      {column(PlanColumn.BASIS, f'{basis} ({action.basis})' if action.basis else '—')}{semicolon}"
                f"{column(PlanColumn.DRAWS_ON, drawn)}{semicolon}"
                f"{column(PlanColumn.PARAGRAPHS, cite(action.paragraphs))}",
            ]
    return "\n".join(lines)


def indicator_line(indicator: Indicator, lang: Lang) -> str:
    """What the KPI measures, from which base to which target: "待填" for what the zone has not given."""
    from desktop.models.formatting import number_text
    from desktop.models.text import Text

    to_fill = Text("待填", "to be filled in").get(lang)

    def year(value: int | None) -> str:
        return "" if value is None else Text(f"（{value}年）", f" ({value})").get(lang)

    base = to_fill if indicator.base is None else number_text(indicator.base)
    target = to_fill if indicator.target is None else number_text(indicator.target)
    return Text(
        f"指标：{indicator.name.zh}（{indicator.unit.zh}）；基数：{base}{year(indicator.base_year)}；"
        f"目标：{target}{year(indicator.target_year)}",
        f"Indicator: {indicator.name.en} ({indicator.unit.en}); base: {base}{year(indicator.base_year)}; "
        f"target: {target}{year(indicator.target_year)}",
    ).get(lang)
