"""二、重点任务 and 附件1 重点任务分工表: the plan's tasks grouped by theme, each with its units and deadline."""

from __future__ import annotations

from desktop.models.plan.columns import COLUMNS, PlanColumn
from desktop.models.plan.types import Action
from desktop.models.plan.units import HIGHER
from desktop.models.report.clean import one_line
from desktop.models.report.context import ReportContext, chinese_number
from desktop.models.report.model import Block, Role, Table, para

# 附件1's columns, in the order a 分工表 has them, from the plan's one column spec; the task title and the deadline
# are named as a 分工表 names them (重点任务, 完成时限) rather than as the working table does.
TASK_COLUMNS = (
    PlanColumn.NUMBER,
    PlanColumn.TITLE,
    PlanColumn.DESCRIPTION,
    PlanColumn.LEAD,
    PlanColumn.PARTNERS,
    PlanColumn.DATES,
    PlanColumn.KPI,
)
RENAMED = {PlanColumn.TITLE: "annexes.task_headers.title", PlanColumn.DATES: "annexes.task_headers.deadline"}
CENTRED = frozenset({0, 5})
MIN_WIDTHS = {PlanColumn.NUMBER: 7, PlanColumn.DATES: 15, PlanColumn.LEAD: 15}


def basis_of(action: Action) -> str:
    """The knowledge item a task implements: its ``basis`` where the plan records one, else its recommendation."""
    basis = getattr(action, "basis", None)
    return basis if isinstance(basis, str) and basis else action.recommendation


def grouped(ctx: ReportContext) -> list[tuple[str, list[Action]]]:
    """Tasks by theme, themes in the order of the data file, tasks in the plan's order; empty themes left out."""
    groups: dict[str, list[Action]] = {theme.id: [] for theme in ctx.words.themes}
    other: list[Action] = []
    for action in ctx.actions:
        basis = basis_of(action)
        theme = next((t for t in ctx.words.themes if basis and t.claims(basis)), None)
        (groups[theme.id] if theme else other).append(action)
    result = [(ctx.text(t.heading), groups[t.id]) for t in ctx.words.themes if groups[t.id]]
    if other:
        result.append((ctx.text(ctx.words.other_theme), other))
    return result


def numbered(ctx: ReportContext) -> list[Action]:
    """Tasks in the order the document numbers them (theme by theme), so 附件1's 序号 match the body's."""
    return [action for _, actions in grouped(ctx) for action in actions]


def key_tasks(ctx: ReportContext) -> list[Block]:
    blocks: list[Block] = [para(Role.HEADING1, ctx.t("headings.tasks"))]
    blocks.append(para(Role.BODY, ctx.t("tasks.lead", count=len(ctx.actions))))
    n = 0
    for index, (heading, actions) in enumerate(grouped(ctx), start=1):
        blocks.append(para(Role.HEADING2, _level2(ctx, index) + heading))
        for action in actions:
            n += 1
            blocks.append(_task(ctx, n, action))
    return blocks


def _task(ctx: ReportContext, n: int, action: Action) -> Block:
    lead_in = ctx.t("tasks.action", n=n, title=_sentence(ctx.text(action.title)))
    stop = "。" if ctx.lang == "zh" else "."
    description = _sentence(ctx.text(action.description))
    parts = [description + stop if description else ""]
    kpi = ctx.text(action.kpi).strip()
    if kpi:
        parts.append(ctx.t("tasks.kpi", kpi=kpi.rstrip("。.")))
    parts.append(ctx.t("tasks.deadline", deadline=deadline(ctx, action)))
    separator = "" if ctx.lang == "zh" else " "
    body = separator.join(part for part in parts if part) + units_text(ctx, action)
    return para(Role.BODY, body, bold_lead=lead_in)


def _sentence(text: str) -> str:
    """One line of text, without a closing full stop of its own (the template adds the document's)."""
    return one_line(text).rstrip("。.;；")


def units_text(ctx: ReportContext, action: Action) -> str:
    """The "1+N" of a task. Higher-level departments are not the committee's to task: their support is sought."""
    lead = ctx.unit(action.lead) if action.lead else ctx.t("tasks.no_lead")
    own = [p for p in action.partners if ctx.unit_group(p) != HIGHER]
    higher = [p for p in action.partners if ctx.unit_group(p) == HIGHER]
    partners = ctx.join(ctx.unit(p) for p in own)
    if not higher:
        return ctx.t("tasks.units", lead=lead, partners=partners or ctx.t("tasks.no_partners"))
    support = ctx.join(ctx.unit(p) for p in higher)
    if not partners:
        return ctx.t("tasks.units_support_only", lead=lead, support=support)
    return ctx.t("tasks.units_support", lead=lead, partners=partners, support=support)


def deadline(ctx: ReportContext, action: Action) -> str:
    year, exact = ctx.timing.due(action)
    if exact is not None:
        return ctx.t("tasks.by_date", year=exact.year, month=exact.month, day=exact.day, date=exact.isoformat())
    return ctx.t("tasks.end_of_year", year=year)


def _level2(ctx: ReportContext, n: int) -> str:
    return ctx.t("numbering.level2", n=chinese_number(n) if ctx.lang == "zh" else n)


def task_table(ctx: ReportContext) -> Table:
    """附件1: one row per task, numbered as in the body."""
    headers = tuple(ctx.t(RENAMED[key]) if key in RENAMED else ctx.text(COLUMNS[key].label) for key in TASK_COLUMNS)
    rows = tuple(_row(ctx, n, action) for n, action in enumerate(numbered(ctx), start=1))
    # The spec's widths, with room for "序号" and a date on one line each at the table's size.
    widths = tuple(float(max(COLUMNS[key].width, MIN_WIDTHS.get(key, 0))) for key in TASK_COLUMNS)
    return Table(headers, rows, widths, CENTRED)


def _row(ctx: ReportContext, n: int, action: Action) -> tuple[str, ...]:
    return (
        str(n),
        ctx.text(action.title),
        ctx.text(action.description),
        ctx.unit(action.lead) if action.lead else ctx.t("tasks.no_lead"),
        ctx.join(ctx.unit(p) for p in action.partners) or ctx.t("tasks.no_partners"),
        deadline(ctx, action),
        ctx.text(action.kpi),
    )
