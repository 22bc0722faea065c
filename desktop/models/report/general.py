"""一、总体要求: where the zone stands, what to learn from the US clusters, the approach, and the goals."""

from __future__ import annotations

from desktop.models.matching.types import MatchKind
from desktop.models.report.clean import one_line
from desktop.models.report.context import ReportContext, chinese_number, plain_reason
from desktop.models.report.model import Block, Role, para
from desktop.models.vocabulary import FIGURE_UNITS, INTEGER_FIGURES, Condition, Endowment, Figure, label

STRONG = 4  # an endowment rated this high or higher is a strength
WEAK = 1  # this low or lower, a weakness
BENCHMARKS = 3  # the best-fitting cases told in the body (two or three)
REASONS_TOLD = 2
LESSONS_TOLD = 3
# Conditions that describe a shortcoming when they hold (the others describe something the zone already has).
PROBLEM_CONDITIONS = (
    Condition.CHEAP_LAND_RELIANCE,
    Condition.COLOCATED_ONLY,
    Condition.TALENT_BARRIERS,
    Condition.EXCESS_COMPETITION,
)


def general_requirements(ctx: ReportContext, first_year: int, last_year: int) -> list[Block]:
    blocks: list[Block] = [para(Role.HEADING1, ctx.t("headings.general"))]
    blocks.append(para(Role.HEADING2, ctx.t("headings.basis")))
    blocks += [para(Role.BODY, text) for text in _basis(ctx)]
    blocks.append(para(Role.HEADING2, ctx.t("headings.benchmarks")))
    blocks += _benchmarks(ctx)
    blocks.append(para(Role.HEADING2, ctx.t("headings.approach")))
    blocks.append(para(Role.BODY, ctx.t("approach.principle", industries=ctx.industries())))
    blocks.append(para(Role.BODY, ctx.t(f"approach.{ctx.profile.stage.value}")))
    blocks.append(para(Role.HEADING2, ctx.t("headings.goals")))
    blocks += _goals(ctx, last_year)
    return blocks


def _basis(ctx: ReportContext) -> list[str]:
    profile = ctx.profile
    place = "".join(part for part in (profile.province, profile.city) if part.strip())
    if ctx.lang == "en":
        place = ", ".join(part for part in (profile.city, profile.province) if part.strip())
    values = {
        "zone": profile.name,
        "place": place,
        "level": ctx.text(label(profile.level)) if profile.level else "",
        "kind": ctx.text(label(profile.kind)) if profile.kind else ctx.t("title.kind_fallback"),
        "industries": ctx.industries(),
        "stage": ctx.text(label(profile.stage)),
    }
    if ctx.lang == "en":
        values["level"] = values["level"].lower()
        values["kind"] = values["kind"][:1].lower() + values["kind"][1:]
        values["stage"] = values["stage"].lower()
    texts = [ctx.t("basis.identity" if place else "basis.identity_no_place", **values)]
    figures = [
        ctx.t(
            "basis.figure",
            label=ctx.text(label(figure)),
            value=ctx.number(round(value) if figure in INTEGER_FIGURES else value),
            unit=ctx.text(FIGURE_UNITS[figure]),
        ).strip()
        for figure in Figure
        if (value := profile.figure(figure)) is not None
    ]
    if figures:
        texts.append(ctx.t("basis.figures", figures=ctx.join(figures)))
    rated = [(e, profile.endowment(e)) for e in Endowment]
    strong = [ctx.text(label(e)) for e, value in rated if value is not None and value >= STRONG]
    weak = [ctx.text(label(e)) for e, value in rated if value is not None and value <= WEAK]
    if strong:
        texts.append(ctx.t("basis.strengths", items=ctx.join(strong)))
    if weak:
        texts.append(ctx.t("basis.weaknesses", items=ctx.join(weak)))
    holding = [ctx.text(label(c)) for c in PROBLEM_CONDITIONS if profile.has(c) is True]
    if holding:
        texts.append(ctx.t("basis.conditions", items=ctx.join(holding)))
    stated = [ctx.text(ctx.words.problems[p]) if p in ctx.words.problems else p for p in profile.problems]
    if stated:
        texts.append(ctx.t("basis.problems", items=ctx.join(stated)))
    unknown = [ctx.text(label(e)) for e in profile.unknown_endowments()]
    unknown += [ctx.text(label(c)) for c in profile.unknown_conditions()]
    if unknown:
        texts.append(ctx.t("basis.unknown", items=ctx.join(unknown)))
    if profile.goals.strip():
        texts.append(ctx.t("basis.goals_text", goals=one_line(profile.goals)))
    return texts


def _benchmarks(ctx: ReportContext) -> list[Block]:
    cases = [m for m in ctx.result.of_kind(MatchKind.CASE) if m.score > 0][:BENCHMARKS]
    if not cases:
        return [para(Role.BODY, ctx.t("benchmarks.none"))]
    blocks: list[Block] = [para(Role.BODY, ctx.t("benchmarks.lead", count=_count(ctx, len(cases))))]
    for n, match in enumerate(cases, start=1):
        item = ctx.kb.items.get(match.id)
        summary = ctx.text(item.summary) if item else ""
        strongest = sorted(match.reasons, key=lambda reason: -reason.points)[:REASONS_TOLD]
        reasons = ctx.t("basis.clause_joiner").join(plain_reason(ctx.text(r.text)) for r in strongest)
        lessons = [ctx.text(ctx.kb.items[r].title) for r in (item.related if item else ()) if r in ctx.kb.items]
        text = ctx.t("benchmarks.case", n=n, title=ctx.text(match.title), summary=summary)
        if reasons:
            text += ctx.t("benchmarks.fit", reasons=reasons)
        if lessons:
            text += ctx.t("benchmarks.lesson", lessons=ctx.join(lessons[:LESSONS_TOLD]))
        blocks.append(para(Role.BODY, text))
    return blocks


def _count(ctx: ReportContext, count: int) -> str:
    return chinese_number(count) if ctx.lang == "zh" else str(count)


def _goals(ctx: ReportContext, last_year: int) -> list[Block]:
    blocks: list[Block] = [para(Role.BODY, ctx.t("goals.overall", end=last_year, industries=ctx.industries()))]
    targets = ctx.profile.targets
    for n, target in enumerate(targets, start=1):
        indicator = ctx.words.indicators.get(target.indicator)
        name = ctx.text(indicator.label) if indicator else target.indicator
        unit = ctx.text(indicator.unit) if indicator else ""
        values = {
            "indicator": name,
            "unit": unit,
            "target": ctx.number(target.target),
            "target_year": target.target_year,
        }
        if target.base is None:
            text = ctx.t("goals.target_no_base", **values)
        else:
            base_year = target.base_year if target.base_year else ctx.t("goals.base_year_unknown")
            base = ctx.number(target.base) + ("" if ctx.lang == "zh" else " ") + unit
            text = ctx.t("goals.target", base=base.strip(), base_year=base_year, **values)
        blocks.append(para(Role.BODY, ctx.t("numbering.level3", n=n) + text))
    blocks.append(para(Role.BODY, ctx.t("goals.annex" if targets else "goals.no_targets")))
    return blocks
