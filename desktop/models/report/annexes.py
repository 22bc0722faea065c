"""附件2 主要指标表 and 附件3 对标分析说明 (the only part with points and ¶; items by title, never by ID)."""

from __future__ import annotations

from desktop.models.formatting import points_text
from desktop.models.report.context import ReportContext, field_of
from desktop.models.report.model import Block, Role, Table, para
from desktop.models.report.tasks import basis_of, numbered
from desktop.models.vocabulary.kinds import kind_label

MATCHES_LISTED = 15  # the best matches of any kind with a score above zero


def indicator_table(ctx: ReportContext) -> Table:
    """The zone's targets first, then each task's own indicator (or its KPI where it has none)."""
    rows: list[tuple[str, ...]] = []
    to_fill = ctx.t("goals.to_fill")
    for target in ctx.profile.targets:
        indicator = ctx.words.indicators.get(target.indicator)
        name = ctx.text(indicator.label) if indicator else target.indicator
        unit = ctx.text(indicator.unit) if indicator else ""
        base = to_fill if target.base is None else _with_year(ctx, "base_value", target.base, target.base_year)
        kind = "binding" if indicator is not None and indicator.kind == "effort" else "expected"
        rows.append(
            (
                name,
                unit,
                base,
                _with_year(ctx, "target_value", target.target, target.target_year),
                ctx.t(f"annexes.{kind}"),
            )
        )
    for action in numbered(ctx):
        rows.append(_task_indicator(ctx, action))
    headers = tuple(
        ctx.t(f"annexes.indicator_headers.{key}") for key in ("name", "unit", "base", "target", "attribute")
    )
    return Table(headers, tuple(rows), (34.0, 10.0, 14.0, 16.0, 10.0), frozenset({1, 2, 3, 4}))


def _with_year(ctx: ReportContext, key: str, value: float, year: int | None) -> str:
    number = ctx.number(value)
    return ctx.t(f"annexes.{key}", base=number, target=number, year=year) if year else number


def _task_indicator(ctx: ReportContext, action: object) -> tuple[str, ...]:
    """A task's indicator: the plan's structured one when it has it, its KPI text otherwise (a binding task)."""
    indicator = field_of(action, "indicator")
    binding = ctx.t("annexes.binding")
    if indicator is not None and field_of(indicator, "name"):
        name, unit = field_of(indicator, "name"), field_of(indicator, "unit")
        base, target = field_of(indicator, "base"), field_of(indicator, "target")
        base_year, target_year = field_of(indicator, "base_year"), field_of(indicator, "target_year")
        base_text = (
            ctx.t("goals.to_fill")
            if not isinstance(base, int | float)
            else _with_year(ctx, "base_value", base, base_year if isinstance(base_year, int) else None)
        )
        target_text = (
            _with_year(ctx, "target_value", target, target_year if isinstance(target_year, int) else None)
            if isinstance(target, int | float)
            else ctx.t("annexes.none")
        )
        return (_plain(ctx, name), _plain(ctx, unit) or ctx.t("annexes.none"), base_text, target_text, binding)
    year, _ = ctx.timing.due(action)  # type: ignore[arg-type]
    kpi = ctx.text(action.kpi) or ctx.text(action.title)  # type: ignore[attr-defined]
    target = ctx.t("annexes.target_value", target=ctx.t("annexes.done"), year=year)
    return (kpi, ctx.t("annexes.none"), ctx.t("goals.to_fill"), target, binding)


def _plain(ctx: ReportContext, value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    get = getattr(value, "get", None)
    return str(get(ctx.lang)) if callable(get) else str(value)


def analysis_blocks(ctx: ReportContext) -> list[Block]:
    """附件3: how the plan was benchmarked: scores with their reasons and points, each task's basis and ¶."""
    citation = ctx.text(ctx.kb.source.citation)
    blocks: list[Block] = [para(Role.BODY, ctx.t("annexes.analysis_lead", citation=citation))]
    blocks.append(para(Role.HEADING2, ctx.t("annexes.matches_heading")))
    matches = [m for m in ctx.result.matches if m.score > 0][:MATCHES_LISTED]
    match_rows = tuple(
        (
            ctx.text(kind_label(m.kind)),
            ctx.text(m.title),
            points_text(m.score),
            "\n".join(ctx.text(r.text) for r in m.reasons),
            _lines(ctx.paragraphs(m.paragraphs)),
        )
        for m in matches
    )
    keys = ("kind", "item", "score", "reasons", "paragraphs")
    headers = tuple(ctx.t(f"annexes.match_headers.{key}") for key in keys)
    blocks.append(Table(headers, match_rows, (14.0, 28.0, 9.0, 40.0, 10.0), frozenset({0, 2, 4})))
    blocks.append(para(Role.HEADING2, ctx.t("annexes.actions_heading")))
    task_rows = tuple(
        (
            str(n),
            ctx.text(action.title),
            _titles(ctx, [part for part in (basis_of(action), *action.draws_on) if part]),
            ctx.text(action.why),
            _lines(ctx.paragraphs(action.paragraphs)),
        )
        for n, action in enumerate(numbered(ctx), start=1)
    )
    keys = ("number", "task", "basis", "why", "paragraphs")
    headers = tuple(ctx.t(f"annexes.basis_headers.{key}") for key in keys)
    blocks.append(Table(headers, task_rows, (6.0, 18.0, 24.0, 40.0, 10.0), frozenset({0, 4})))
    return blocks


def _titles(ctx: ReportContext, item_ids: list[str]) -> str:
    """One title a line; several are each led by a dot, so titles that wrap in a narrow column stay apart."""
    titles = [_title(ctx, item_id) for item_id in item_ids]
    return "\n".join(f"· {title}" for title in titles) if len(titles) > 1 else "".join(titles)


def _title(ctx: ReportContext, item_id: str) -> str:
    """A knowledge item as a reader knows it, by its title (an ID the knowledge base no longer has, as it is)."""
    item = ctx.kb.items.get(item_id)
    return ctx.text(item.title) if item is not None else item_id


def _lines(citations: str) -> str:
    """One citation a line ("¶2" / "¶30–31"), so a narrow column never breaks one in the middle."""
    return "\n".join(part.strip() for part in citations.replace(",", "、").split("、") if part.strip())
