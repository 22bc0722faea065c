"""The 行动计划 / Action plan sheet: one row per action, ready to filter, fill in and print."""

from __future__ import annotations

from collections.abc import Iterable

from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from desktop.models.formatting import paragraph_runs
from desktop.models.plan.columns import PlanColumn
from desktop.models.plan.types import Action, Priority
from desktop.models.report.timing import plan_timing
from desktop.models.text import Text
from desktop.models.vocabulary import plan as words
from desktop.models.workbook import labels
from desktop.models.workbook.cells import SheetWriter
from desktop.models.workbook.context import ExportContext
from desktop.models.workbook.measure import display_width
from desktop.models.workbook.page import set_up_printing
from desktop.models.workbook.styles import PRIORITY_COLOURS, Look, StyleBook

# Columns, 1-based, where labels.ACTION_COLUMNS puts them.
_AT = {column.key: number for number, column in enumerate(labels.ACTION_COLUMNS, start=1)}
NUMBER = _AT[PlanColumn.NUMBER]
TITLE = _AT[PlanColumn.TITLE]
DESCRIPTION = _AT[PlanColumn.DESCRIPTION]
BASIS = _AT[PlanColumn.BASIS]
DRAWS_ON = _AT[PlanColumn.DRAWS_ON]
LEAD = _AT[PlanColumn.LEAD]
PARTNERS = _AT[PlanColumn.PARTNERS]
PHASE = _AT[PlanColumn.PHASE]
DATES = _AT[PlanColumn.DATES]
PRIORITY = _AT[PlanColumn.PRIORITY]
KPI = _AT[PlanColumn.KPI]
STATUS = _AT[PlanColumn.STATUS]
OWNER = _AT[PlanColumn.OWNER]
NOTES = _AT[PlanColumn.NOTES]
PARAGRAPHS = _AT[PlanColumn.PARAGRAPHS]
# Widths in Excel's character units, from the column spec; a short choice (阶段 "近期（1年内）") gets the width of its
# longest word, so it never wraps before its closing bracket. The printed columns fit A4 landscape at over 95 %:
# 10-pt text on paper.
WIDTHS = tuple(
    max(column.width, max((display_width(t.zh) for t in words.PHASE.values()), default=0) + 2)
    if column.key is PlanColumn.PHASE
    else column.width
    for column in labels.ACTION_COLUMNS
)
# Drop-downs and colours reach this many rows below the plan, so actions the official adds get them too.
SPARE_ROWS = 100

LOOKS = {number: Look.CENTER for number, column in enumerate(labels.ACTION_COLUMNS, start=1) if column.centred}


def write_action_sheet(ws: Worksheet, ctx: ExportContext, styles: StyleBook) -> None:
    sheet = SheetWriter(ws, styles, ctx.t(labels.TRUNCATED))
    headers = [ctx.t(header) for header in labels.ACTION_HEADERS]
    sheet.header(headers, WIDTHS)
    for row, action in enumerate(ctx.actions, start=2):
        _write_action(sheet, row, action, ctx)
    last_row = len(ctx.actions) + 1
    last_column = get_column_letter(len(headers))
    ws.freeze_panes = "C2"  # the header and the action's number and title stay in view
    ws.auto_filter.ref = f"A1:{last_column}{last_row}"
    spare_end = last_row + SPARE_ROWS
    _add_choices(ws, ctx, PRIORITY, words.PRIORITY.values(), spare_end)
    _add_choices(ws, ctx, PHASE, words.PHASE.values(), spare_end)
    _add_choices(ws, ctx, STATUS, words.STATUS.values(), spare_end)
    _colour_priorities(ws, ctx, spare_end)
    set_up_printing(ws, ctx, repeat_rows="1:1")
    # Only the columns that matter on paper are printed; the others stay beside them for work on screen.
    ws.print_area = f"A1:{get_column_letter(labels.PRINTED_ACTION_COLUMNS)}{last_row}"


def _write_action(sheet: SheetWriter, row: int, action: Action, ctx: ExportContext) -> None:
    sheet.number(row, NUMBER, row - 1, Look.CENTER)
    values = {
        TITLE: ctx.t(action.title),
        DESCRIPTION: ctx.t(action.description),
        BASIS: ctx.item_title(action.basis) if action.basis else "",
        DRAWS_ON: "\n".join(ctx.item_title(item_id) for item_id in action.draws_on),
        LEAD: ctx.department(action.lead) if action.lead else "",
        PARTNERS: ctx.join(ctx.department(partner) for partner in action.partners),
        PHASE: ctx.t(words.PHASE[action.phase]),
        DATES: _dates(action, ctx),
        PRIORITY: ctx.t(words.PRIORITY[action.priority]),
        KPI: ctx.t(action.kpi),
        STATUS: ctx.t(words.STATUS[action.status]),
        OWNER: action.owner,
        NOTES: action.notes,
        # One citation a line: a narrow column would otherwise break "¶2、¶6" between "¶2" and "、¶6".
        PARAGRAPHS: "\n".join(paragraph_runs(action.paragraphs)),
    }
    for column, value in values.items():
        sheet.text(row, column, value, LOOKS.get(column, Look.TEXT))


def _dates(action: Action, ctx: ExportContext) -> str:
    """The planned dates as the official set them; while none are set, the years of the action's phase, counted
    from the export (as the 行动方案 counts them), not the phase's name repeated."""
    start = action.start.isoformat() if action.start else ""
    end = action.end.isoformat() if action.end else ""
    if start and end:
        return ctx.t(labels.DATES_FROM_TO).format(start=start, end=end)
    if start:
        return ctx.t(labels.DATES_FROM).format(start=start)
    if end:
        return ctx.t(labels.DATES_TO).format(end=end)
    timing = plan_timing(ctx.generated_on)
    first, last = timing.first_year, timing.due_year(action.phase)
    if first == last:
        return ctx.t(labels.DATES_YEAR).format(year=first)
    return ctx.t(labels.DATES_YEARS).format(start=first, end=last)


def _add_choices(ws: Worksheet, ctx: ExportContext, column: int, choices: Iterable[Text], last_row: int) -> None:
    options = [ctx.t(text) for text in choices]
    validation = DataValidation(
        type="list",
        formula1='"' + ",".join(options) + '"',
        allow_blank=True,
        showErrorMessage=True,
        errorTitle=ctx.t(labels.CHOICE_ERROR_TITLE),
        error=ctx.t(labels.CHOICE_ERROR),
    )
    letter = get_column_letter(column)
    validation.add(f"{letter}2:{letter}{last_row}")
    ws.add_data_validation(validation)


def _colour_priorities(ws: Worksheet, ctx: ExportContext, last_row: int) -> None:
    letter = get_column_letter(PRIORITY)
    cells = f"{letter}2:{letter}{last_row}"
    for priority, (fill, ink) in PRIORITY_COLOURS.items():
        label = ctx.t(words.PRIORITY[priority]).replace('"', '""')
        # Blank rows stay uncoloured: the rule only fires on a cell that holds this exact priority.
        rule = FormulaRule(
            formula=[f'AND(${letter}2<>"",${letter}2="{label}")'],
            fill=PatternFill("solid", fgColor=fill, bgColor=fill),
            font=Font(color=ink, bold=priority is Priority.HIGH),
            stopIfTrue=True,
        )
        ws.conditional_formatting.add(cells, rule)
