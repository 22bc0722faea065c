"""The 开发区档案 / Profile sheet: every field of the profile, labelled: what the plan rests on.

What the profile does not know is written as such (未评估 / 不清楚, noted 待核实), never as 0 or 否; the zone's stated
problems and its quantified targets follow the conditions.
"""

from __future__ import annotations

from openpyxl.worksheet.worksheet import Worksheet

from desktop.models.errors import ZonePlannerError
from desktop.models.formatting import paragraphs_text
from desktop.models.profile_vocabulary import ProfileVocabulary, load_profile_vocabulary, target_values
from desktop.models.text import Text
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

NOT_ASSESSED = Text("未评估", "Not assessed")
NOT_KNOWN = Text("不清楚", "Not known")
TO_VERIFY = Text("待核实", "To be verified")
PROBLEMS = Text("存在的问题", "Stated problems")
NO_PROBLEMS = Text("未列出", "None stated")
OUTSIDE_ARTICLE = Text("原文未涉及", "Not covered by the article")
TARGETS = Text("量化目标", "Targets")
NO_TARGETS = Text("未设定", "None set")


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


def _vocabulary() -> ProfileVocabulary | None:
    """The problem and indicator names; without them the sheet still lists the IDs (``kb check`` names the fault)."""
    try:
        return load_profile_vocabulary()
    except ZonePlannerError:
        return None


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
        rating = profile.endowment(endowment)
        if rating is None:
            rows.text(ctx.t(label(endowment)), ctx.t(NOT_ASSESSED), ctx.t(TO_VERIFY))
        else:
            rows.number(ctx.t(label(endowment)), rating, Look.VALUE_INTEGER, scale)

    rows.section(_field(ctx, "conditions"))
    for condition in Condition:
        flag = profile.has(condition)
        if flag is None:
            rows.text(ctx.t(label(condition)), ctx.t(NOT_KNOWN), ctx.t(TO_VERIFY))
        else:
            rows.text(ctx.t(label(condition)), ctx.t(labels.YES if flag else labels.NO))

    vocabulary = _vocabulary()
    rows.section(ctx.t(PROBLEMS))
    if not profile.problems:
        rows.text(ctx.t(PROBLEMS), ctx.t(NO_PROBLEMS))
    for problem_id in profile.problems:
        entry = vocabulary.problems.get(problem_id) if vocabulary else None
        if entry is None:
            rows.text(problem_id, "")
            continue
        where = ctx.t(OUTSIDE_ARTICLE) if entry.outside_article else paragraphs_text(entry.paragraphs, ctx.lang)
        rows.text(ctx.t(entry.label), ctx.t(entry.help), where)

    rows.section(ctx.t(TARGETS))
    if not profile.targets:
        rows.text(ctx.t(TARGETS), ctx.t(NO_TARGETS))
    for target in profile.targets:
        indicator = vocabulary.indicators.get(target.indicator) if vocabulary else None
        name = ctx.t(indicator.label) if indicator is not None else target.indicator
        unit = ctx.t(indicator.unit) if indicator is not None else ""
        rows.text(name, ctx.t(target_values(target)), unit)

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
