"""三、保障措施: leadership in the "1+N" form, funding by source, land, people and data, supervision."""

from __future__ import annotations

from desktop.models.report.context import ReportContext
from desktop.models.report.model import Block, Role, para
from desktop.models.vocabulary import Condition

OFFICE = "committee.office"  # the unit that hosts the leading group's office


def safeguards(ctx: ReportContext) -> list[Block]:
    leader = ctx.settings.leader or ctx.t("safeguards.leader_default")
    office = ctx.unit(OFFICE) if OFFICE in ctx.kb.departments else ctx.t("safeguards.office_default")
    has_fund = ctx.profile.has(Condition.GUIDANCE_FUND) is True
    guidance = "safeguards.funding_guidance_existing" if has_fund else "safeguards.funding_guidance_new"
    return [
        para(Role.HEADING1, ctx.t("headings.safeguards")),
        para(Role.HEADING2, ctx.t("headings.organisation")),
        para(Role.BODY, ctx.t("safeguards.organisation", industries=ctx.industries(), leader=leader, office=office)),
        para(Role.HEADING2, ctx.t("headings.funding")),
        para(Role.BODY, ctx.t("safeguards.funding_special")),
        para(Role.BODY, ctx.t("safeguards.funding_higher")),
        para(Role.BODY, ctx.t(guidance)),
        para(Role.HEADING2, ctx.t("headings.factors")),
        para(Role.BODY, ctx.t("safeguards.factors")),
        para(Role.HEADING2, ctx.t("headings.supervision")),
        para(Role.BODY, ctx.t("safeguards.supervision")),
    ]
