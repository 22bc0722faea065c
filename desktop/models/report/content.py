"""The whole 行动方案 as a document model: generated from the profile, the matches and the (edited) plan."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from desktop.models.knowledge.types import KnowledgeBase
from desktop.models.matching.types import MatchResult
from desktop.models.plan.types import Action
from desktop.models.profile import Profile
from desktop.models.report.annexes import analysis_blocks, indicator_table
from desktop.models.report.context import ReportContext
from desktop.models.report.general import general_requirements
from desktop.models.report.model import Annex, Block, ReportDocument, Role, para
from desktop.models.report.safeguards import safeguards
from desktop.models.report.settings import ReportSettings
from desktop.models.report.tasks import key_tasks, task_table
from desktop.models.report.timing import plan_timing, year_range
from desktop.models.report.wording import Wording, default_wording
from desktop.models.text import Lang

ANNEX_KEYS = ("tasks", "indicators", "analysis")
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def build_report(
    *,
    profile: Profile,
    result: MatchResult,
    actions: Sequence[Action],
    kb: KnowledgeBase,
    lang: Lang = "zh",
    settings: ReportSettings | None = None,
    today: date | None = None,
    wording: Wording | None = None,
) -> ReportDocument:
    settings = settings or ReportSettings()
    issued = settings.issue_date(today or date.today())
    timing = plan_timing(issued)
    words = wording or default_wording()
    ctx = ReportContext(profile, result, tuple(actions), kb, lang, settings, issued, timing, words)
    first, last = year_range(timing, ctx.actions, profile)
    title = ctx.t("title.document", zone=profile.name, industries=ctx.industries(), start=first, end=last)
    body: list[Block] = [para(Role.TITLE, title)]
    if settings.draft:
        body.append(para(Role.SUBTITLE, ctx.t("title.draft")))
    body.append(para(Role.BLANK))
    body.append(para(Role.BODY, ctx.t("title.preamble", zone=profile.name, industries=ctx.industries())))
    body += general_requirements(ctx, first, last)
    body += key_tasks(ctx)
    body += safeguards(ctx)
    titles = [ctx.t(f"annexes.{key}") for key in ANNEX_KEYS]
    body.append(para(Role.BLANK))
    body += _annex_list(ctx, titles)
    body += _signature(ctx)
    annexes = (
        Annex(ctx.t("annexes.label", n=1), titles[0], (task_table(ctx),), landscape=True),
        Annex(ctx.t("annexes.label", n=2), titles[1], (indicator_table(ctx),)),
        Annex(ctx.t("annexes.label", n=3), titles[2], tuple(analysis_blocks(ctx))),
    )
    return ReportDocument(title, lang, tuple(body), annexes)


def _annex_list(ctx: ReportContext, titles: list[str]) -> list[Block]:
    """附件：1．重点任务分工表 / 2．… — the first after the lead-in, the others aligned under it."""
    lead = ctx.t("annexes.list_lead")
    pad = "\u3000" * len(lead) if ctx.lang == "zh" else " " * len(lead)
    dot = "．" if ctx.lang == "zh" else ". "
    return [
        para(Role.ANNEX_LIST, (lead if n == 1 else pad) + f"{n}{dot}{title}") for n, title in enumerate(titles, start=1)
    ]


def _signature(ctx: ReportContext) -> list[Block]:
    issued = ctx.issued
    day = (
        f"{issued.year}年{issued.month}月{issued.day}日"
        if ctx.lang == "zh"
        else f"{issued.day} {MONTHS[issued.month - 1]} {issued.year}"
    )
    blocks: list[Block] = [para(Role.BLANK)]
    if ctx.settings.issuer:
        blocks.append(para(Role.SIGNATURE, ctx.settings.issuer))
    blocks.append(para(Role.SIGNATURE, day))
    return blocks
