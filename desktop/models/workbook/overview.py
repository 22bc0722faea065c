"""The 概览 / Overview sheet: the zone, the best matches, the recommendations to adopt first, and two charts."""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.worksheet import Worksheet

from desktop.models.formatting import CLAUSE_SEPARATOR, COLON
from desktop.models.knowledge.types import KnowledgeItem
from desktop.models.matching.types import Match, MatchKind
from desktop.models.text import Text
from desktop.models.vocabulary import Endowment, label
from desktop.models.vocabulary.gaps import OUTSIDE_ARTICLE
from desktop.models.vocabulary.kinds import kind_label
from desktop.models.workbook import labels
from desktop.models.workbook.cells import SheetWriter
from desktop.models.workbook.charts import endowment_radar, fill_cells, score_bars
from desktop.models.workbook.context import ExportContext
from desktop.models.workbook.page import set_up_printing
from desktop.models.workbook.styles import Look, StyleBook

WIDTHS = (36, 10, 17, 64)
COLUMNS = len(WIDTHS)
BEST_CASES = 3
TOP_RECOMMENDATIONS = 5
TOP_SCORES = 10
REASONS_PER_LINE = 2
ISSUER_ROW_HEIGHT = 24.0  # room to write or stamp by hand
CHART_BAND_HEIGHT = 300.0  # points (10.6 cm): one row holding both charts, well within an A4 landscape page


class TableRows(NamedTuple):
    """Where a table landed: its header row and its first and last data rows (a chart's data)."""

    header: int
    first: int
    last: int


def main_reason(match: Match, ctx: ExportContext) -> str:
    """The reasons that earned the most points, on one line."""
    strongest = sorted(match.reasons, key=lambda reason: -reason.points)[:REASONS_PER_LINE]
    return ctx.t(CLAUSE_SEPARATOR).join(ctx.t(reason.text) for reason in strongest)


def best(ctx: ExportContext, kind: MatchKind, count: int) -> list[Match]:
    """The highest-scoring matches of a kind; a match that earned nothing is no recommendation."""
    return [match for match in ctx.result.of_kind(kind) if match.score > 0][:count]


def write_overview(ws: Worksheet, ctx: ExportContext, styles: StyleBook) -> None:
    sheet = SheetWriter(ws, styles, ctx.t(labels.TRUNCATED))
    sheet.widths(WIDTHS)
    _title(sheet, ctx)
    row = _basics(sheet, ctx, 4)
    cases = best(ctx, MatchKind.CASE, BEST_CASES)
    row = _match_table(sheet, ctx, row + 1, labels.BEST_CASES, labels.COL_CASE, cases)
    recommendations = best(ctx, MatchKind.RECOMMENDATION, TOP_RECOMMENDATIONS)
    row = _match_table(sheet, ctx, row + 1, labels.TOP_RECOMMENDATIONS, labels.COL_RECOMMENDATION, recommendations)
    # Both charts sit in one tall row after the findings: printing never splits a row, so no page break can cut a
    # chart, and a sheet whose findings end early on a page keeps the charts on it rather than leaving it half empty.
    # The tables the charts are drawn from start on a fresh page.
    chart_row = row + 1
    sheet.height(chart_row, CHART_BAND_HEIGHT)
    ws.row_breaks.append(Break(id=chart_row))
    case = ctx.kb.items.get(cases[0].id) if cases else None
    endowments = _endowment_table(sheet, ctx, chart_row + 1, case)
    scores = _score_table(sheet, ctx, endowments.last + 2)
    radar = endowment_radar(
        ws,
        title=ctx.t(labels.RADAR_TITLE),
        header_row=endowments.header,
        first_row=endowments.first,
        last_row=endowments.last,
        series_columns=2 if case is not None and case.endowment_profile else 1,
        font_name=styles.font_name,
    )
    # Side by side: columns A–C are about as wide as column D.
    ws.add_chart(radar, fill_cells(chart_row, 1, 4, CHART_BAND_HEIGHT))
    if scores.last >= scores.first:
        bars = score_bars(
            ws,
            title=ctx.t(labels.BAR_TITLE),
            header_row=scores.header,
            first_row=scores.first,
            last_row=scores.last,
            font_name=styles.font_name,
        )
        ws.add_chart(bars, fill_cells(chart_row, 4, 5, CHART_BAND_HEIGHT))
    set_up_printing(ws, ctx)
    ws.print_area = f"A1:D{scores.last}"
    sheet.paginate()


def _title(sheet: SheetWriter, ctx: ExportContext) -> None:
    source = ctx.kb.source
    sheet.text(1, 1, ctx.t(labels.WORKBOOK_TITLE).format(name=ctx.profile.name), Look.TITLE, span=COLUMNS)
    sheet.height(1, 32)
    subtitle = ctx.t(labels.OVERVIEW_SUBTITLE).format(title=source.title, outlet=ctx.t(source.outlet), date=source.date)
    sheet.text(2, 1, subtitle, Look.SUBTITLE, span=COLUMNS)


def _basics(sheet: SheetWriter, ctx: ExportContext, row: int) -> int:
    profile = ctx.profile
    sheet.section(row, ctx.t(labels.OVERVIEW_BASICS), COLUMNS)
    facts: list[tuple[Text, str]] = [
        (labels.ZONE_NAME, profile.name),
        (labels.ZONE_KIND, ctx.t(label(profile.kind)) if profile.kind else ctx.t(labels.NOT_GIVEN)),
        (labels.ZONE_LEVEL, ctx.t(label(profile.level)) if profile.level else ctx.t(labels.NOT_GIVEN)),
        (labels.ZONE_STAGE, ctx.t(label(profile.stage))),
        (labels.ZONE_INDUSTRIES, ctx.join(ctx.t(label(industry)) for industry in profile.industries)),
        (labels.KB_VERSION, ctx.t(labels.KB_VERSION_VALUE).format(version=ctx.kb.version, date=ctx.kb.date)),
    ]
    value_span = COLUMNS - 1
    for name, value in facts:
        row += 1
        sheet.text(row, 1, ctx.t(name), Look.LABEL)
        sheet.text(row, 2, value, span=value_span)
    row += 1
    sheet.text(row, 1, ctx.t(labels.ACTION_COUNT), Look.LABEL)
    # A number, so Excel does not flag "number stored as text"; aligned with the text values above it.
    sheet.number(row, 2, len(ctx.actions), Look.VALUE_INTEGER, span=value_span)
    row += 1
    sheet.text(row, 1, ctx.t(labels.GENERATED_ON), Look.LABEL)
    sheet.date(row, 2, ctx.generated_on, Look.DATE, span=value_span)
    # What the zone needs that the article does not cover is said, not cited.
    for note in ctx.result.outside_article:
        row += 1
        sheet.text(row, 1, ctx.t(OUTSIDE_ARTICLE), Look.LABEL)
        sheet.text(row, 2, f"{ctx.t(note.topic)}{ctx.t(COLON)}{ctx.t(note.note)}", span=value_span)
    # Left blank for the office to fill in by hand on the printed copy: who issues the plan, and when.
    for name in (labels.ISSUER, labels.ISSUED_ON):
        row += 1
        sheet.text(row, 1, ctx.t(name), Look.LABEL)
        sheet.text(row, 2, "", span=value_span)
        sheet.height(row, ISSUER_ROW_HEIGHT)
    return row + 1


def _match_table(
    sheet: SheetWriter,
    ctx: ExportContext,
    row: int,
    title: Text,
    first: Text,
    matches: Sequence[Match],
) -> int:
    """A section listing matches with their score, paragraphs and main reasons; returns the next free row."""
    sheet.section(row, ctx.t(title), COLUMNS)
    headers = (first, labels.COL_SCORE, labels.COL_PARAGRAPHS, labels.COL_MAIN_REASON)
    sheet.row(row + 1, [ctx.t(header) for header in headers], Look.HEADER)
    row += 2
    for match in matches:
        sheet.text(row, 1, ctx.t(match.title))  # by title: a reader never sees an internal ID
        sheet.number(row, 2, match.score, Look.SCORE)
        sheet.text(row, 3, ctx.paragraphs(match.paragraphs), Look.CENTER)
        sheet.text(row, 4, main_reason(match, ctx))
        row += 1
    if not matches:
        sheet.text(row, 1, ctx.t(labels.NONE_FOUND), Look.NOTE)
        row += 1
    return row


def _endowment_table(sheet: SheetWriter, ctx: ExportContext, row: int, case: KnowledgeItem | None) -> TableRows:
    """The zone's endowments beside the best case's (the radar's data)."""
    sheet.section(row, ctx.t(labels.ENDOWMENT_COMPARISON), COLUMNS)
    header = row + 1
    ratings = case.endowment_profile if case is not None and case.endowment_profile else None
    case_name = ctx.t(case.title) if case is not None and ratings else ctx.t(labels.NO_CASE)
    sheet.row(header, [ctx.t(labels.COL_ENDOWMENT), ctx.t(labels.COL_THIS_ZONE), case_name], Look.HEADER)
    sheet.text(header, 4, ctx.t(labels.COL_CASE_NOTE), Look.HEADER)
    row = header
    for endowment in Endowment:
        row += 1
        sheet.text(row, 1, ctx.t(label(endowment)), Look.LABEL)
        sheet.number(row, 2, ctx.profile.endowment(endowment), Look.CENTER)
        rating = ratings.get(endowment) if ratings else None
        sheet.number(row, 3, rating.value if rating else None, Look.CENTER)
        sheet.text(row, 4, ctx.t(rating.why) if rating else "")
    return TableRows(header, header + 1, row)


def _score_table(sheet: SheetWriter, ctx: ExportContext, row: int) -> TableRows:
    """The ten best scores of any kind (the bar chart's data)."""
    sheet.section(row, ctx.t(labels.TOP_MATCHES), COLUMNS)
    header = row + 1
    headers = (labels.COL_ITEM, labels.COL_SCORE, labels.COL_KIND, labels.COL_MAIN_REASON)
    sheet.row(header, [ctx.t(text) for text in headers], Look.HEADER)
    row = header
    for match in ctx.result.matches[:TOP_SCORES]:
        row += 1
        sheet.text(row, 1, ctx.t(match.title))
        sheet.number(row, 2, match.score, Look.SCORE)
        sheet.text(row, 3, ctx.t(kind_label(match.kind)), Look.CENTER)
        sheet.text(row, 4, main_reason(match, ctx))
    return TableRows(header, header + 1, row)
