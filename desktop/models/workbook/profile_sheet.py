"""The 开发区档案 / Profile sheet: every field of the profile, labelled: what the plan rests on."""

from __future__ import annotations

from openpyxl.worksheet.worksheet import Worksheet

from desktop.models.vocabulary import (
    FIGURE_UNITS,
    INTEGER_FIGURES,
    Condition,
    Endowment,
    Figure,
    field_label,
    label,
)
from desktop.models.workbook import labels
from desktop.models.workbook.cells import SheetWriter
from desktop.models.workbook.context import ExportContext
from desktop.models.workbook.page import set_up_printing
from desktop.models.workbook.styles import Look, StyleBook

WIDTHS = (34, 64, 22)
COLUMNS = 3


class _Rows:
    """Writes label / value / note rows one under the other."""

    def __init__(self, sheet: SheetWriter, ctx: ExportContext) -> None:
        self.sheet, self.ctx, self.row = sheet, ctx, 2

    def section(self, title: str) -> None:
        self.row += 1  # a blank line before each section
        self.sheet.section(self.row, title, COLUMNS)
        self.row += 1

    def text(self, name: str, value: str, note: str = "") -> None:
        self.sheet.text(self.row, 1, name, Look.LABEL)
        self.sheet.text(self.row, 2, value or self.ctx.t(labels.NOT_GIVEN))
        self.sheet.text(self.row, 3, note)
        self.row += 1

    def number(self, name: str, value: float | None, look: Look, note: str = "") -> None:
        if value is None:
            self.text(name, "", note)
            return
        self.sheet.text(self.row, 1, name, Look.LABEL)
        self.sheet.number(self.row, 2, value, look)
        self.sheet.text(self.row, 3, note)
        self.row += 1


def _field(ctx: ExportContext, path: str) -> str:
    """A field's label as a heading: the vocabulary's English labels are lower-case for use inside messages."""
    text = ctx.t(field_label(path))
    return text[:1].upper() + text[1:]


def write_profile_sheet(ws: Worksheet, ctx: ExportContext, styles: StyleBook) -> None:
    sheet = SheetWriter(ws, styles, ctx.t(labels.TRUNCATED))
    sheet.header([ctx.t(header) for header in labels.PROFILE_HEADERS], WIDTHS)
    profile, rows = ctx.profile, _Rows(sheet, ctx)

    rows.section(ctx.t(labels.PROFILE_BASICS))
    rows.text(_field(ctx, "name"), profile.name)
    rows.text(_field(ctx, "province"), profile.province)
    rows.text(_field(ctx, "city"), profile.city)
    rows.text(_field(ctx, "level"), ctx.t(label(profile.level)) if profile.level else "")
    rows.text(_field(ctx, "kind"), ctx.t(label(profile.kind)) if profile.kind else "")
    rows.text(_field(ctx, "stage"), ctx.t(label(profile.stage)))
    rows.text(_field(ctx, "industries"), ctx.join(ctx.t(label(industry)) for industry in profile.industries))

    rows.section(_field(ctx, "endowments"))
    scale = ctx.t(labels.ENDOWMENT_SCALE)
    for endowment in Endowment:
        rows.number(ctx.t(label(endowment)), profile.endowment(endowment), Look.VALUE_INTEGER, scale)

    rows.section(_field(ctx, "conditions"))
    for condition in Condition:
        rows.text(ctx.t(label(condition)), ctx.t(labels.YES if profile.has(condition) else labels.NO))

    rows.section(_field(ctx, "figures"))
    for figure in Figure:
        look = Look.VALUE_INTEGER if figure in INTEGER_FIGURES else Look.VALUE_DECIMAL
        rows.number(ctx.t(label(figure)), profile.figure(figure), look, ctx.t(FIGURE_UNITS[figure]))

    rows.section(ctx.t(labels.GOALS_SECTION))
    rows.text(_field(ctx, "goals"), profile.goals)
    rows.text(_field(ctx, "notes"), profile.notes)

    ws.freeze_panes = "A2"
    set_up_printing(ws, ctx, repeat_rows="1:1")
    sheet.paginate(repeat_row=1)
