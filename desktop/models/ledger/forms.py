"""Write the 台账填报表: one workbook for every action, or one per lead unit, for the units to fill in and send back.

Each lists its actions (task, measures, lead, partners, planned dates, KPI, the last report) with yellow input cells;
everything else is protected (sheet protection without a password: the unit can read and print, not change by
accident). A very hidden sheet identifies the zone, the plan version, the unit and each row's action ID.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from functools import partial
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import PatternFill, Protection
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.worksheet import Worksheet

from desktop.models.atomic import write_atomically
from desktop.models.formatting import LIST_SEPARATOR
from desktop.models.ledger import words
from desktop.models.ledger.identity import write_identity
from desktop.models.ledger.layout import AT, CHECKED, FORM_COLUMNS, FormColumn
from desktop.models.ledger.names import UnitNames
from desktop.models.ledger.types import FormIdentity, FormRow, InputField
from desktop.models.plan.plan import ActionPlan
from desktop.models.plan.types import Action
from desktop.models.report.timing import plan_timing
from desktop.models.text import Lang, Text
from desktop.models.vocabulary.plan import STATUS
from desktop.models.workbook import labels
from desktop.models.workbook.cells import SheetWriter
from desktop.models.workbook.measure import display_width
from desktop.models.workbook.page import END_MARGIN, PAPER_A3, SIDE_MARGIN
from desktop.models.workbook.safe import escape_header_footer, safe_sheet_title
from desktop.models.workbook.styles import Look, StyleBook
from desktop.models.workbook.writer import save_workbook

HEADER_ROW = 4  # title, unit and date, the note, then the headers
INPUT_FILL = PatternFill("solid", fgColor="FFF9DB")  # pale yellow: "type here", as forms commonly mark it
UNLOCKED = Protection(locked=False)
EARLIEST_DATE = 36526  # 2000-01-01 as Excel counts days: the date validation's floor
SAVE_FORM = Text("无法写入台账填报表 {path}", "Cannot write the progress form {path}")
_FILE_FORBIDDEN = re.compile(r'[\x00-\x1f<>:"/\\|?*]')
MAX_FILE_STEM = 120


def write_forms(
    plan: ActionPlan,
    zone: str,
    folder: Path,
    *,
    by_unit: bool = False,
    lang: Lang = "zh",
    names: UnitNames,
    profile_id: int | None,
    plan_version: int | None,
    today: date,
) -> list[tuple[Path, str]]:
    """Write the forms into ``folder`` (which must exist); each file is written whole or not at all.

    Returns (file, unit name) in the plan's order of lead units ("" as the unit of the form for all)."""
    groups: list[tuple[str, list[Action]]]
    if by_unit:
        by_lead: dict[str, list[Action]] = {}
        for action in plan:
            by_lead.setdefault(action.lead, []).append(action)
        groups = list(by_lead.items())
    else:
        groups = [("", plan.actions)]
    written: list[tuple[Path, str]] = []
    taken: set[str] = set()
    for unit, actions in groups:
        unit_name = names(unit).get(lang) if unit else ""
        stem = (words.FILE_UNIT.format(zone=zone, unit=unit_name) if unit else words.FILE_ALL.format(zone=zone)).get(
            lang
        )
        target = folder / f"{_free_stem(_safe_stem(stem), taken)}.xlsx"
        workbook = build_form(
            plan,
            actions,
            zone=zone,
            unit=unit,
            unit_name=unit_name,
            lang=lang,
            names=names,
            profile_id=profile_id,
            plan_version=plan_version,
            today=today,
        )
        write_atomically(target, partial(save_workbook, workbook), SAVE_FORM)
        written.append((target, unit_name))
    return written


def build_form(
    plan: ActionPlan,
    actions: Sequence[Action],
    *,
    zone: str,
    unit: str,
    unit_name: str,
    lang: Lang,
    names: UnitNames,
    profile_id: int | None,
    plan_version: int | None,
    today: date,
) -> Workbook:
    """One form in memory (``actions`` in the plan's order)."""
    workbook = Workbook()
    styles = StyleBook(workbook, lang)
    ws = workbook.active
    ws.title = safe_sheet_title(words.SHEET_FORM.get(lang))
    sheet = SheetWriter(ws, styles, labels.TRUNCATED.get(lang))
    headers = [column.label.get(lang) for column in FORM_COLUMNS]
    # Every header on one line: a Chinese character takes two of Excel's units ("完成进度（%）" is 13).
    sheet.widths([max(c.width, display_width(h) + 2) for c, h in zip(FORM_COLUMNS, headers, strict=True)])
    span = len(FORM_COLUMNS) - 1  # the hidden ID column is not part of the page
    title = words.FORM_TITLE.format(zone=zone).get(lang)
    sheet.text(1, 1, title, Look.TITLE, span=span)
    sheet.height(1, 28)
    who = words.FORM_UNIT.format(unit=unit_name) if unit else words.FORM_ALL_UNITS
    sheet.text(
        2, 1, f"{who.get(lang)}    {labels.GENERATED_ON.get(lang)} {today.isoformat()}", Look.SUBTITLE, span=span
    )
    sheet.text(3, 1, words.FORM_NOTE.get(lang), Look.NOTE, span=span)
    sheet.row(HEADER_ROW, headers, Look.HEADER)
    sheet.height(HEADER_ROW, 30)
    rows: list[FormRow] = []
    for number, action in enumerate(actions, start=1):
        row = HEADER_ROW + number
        texts = _protected_texts(plan, action, names, lang, today)
        sheet.number(row, AT["number"], number, Look.CENTER)
        for column in FORM_COLUMNS:
            if column.kind == "protected":
                sheet.text(row, AT[column.key], texts[column.key], Look.CENTER if column.centred else Look.TEXT)
            elif column.kind == "input":
                _input_cell(sheet, row, column)
        sheet.text(row, AT["id"], action.id, Look.TEXT)
        rows.append(FormRow(action.id, row, tuple((key, texts[key]) for key in CHECKED)))
    last_row = HEADER_ROW + max(len(actions), 1)
    _validations(ws, lang, last_row)
    _protect_and_print(ws, lang, title, last_row)
    identity = FormIdentity(
        zone=zone,
        profile_id=profile_id,
        plan_version=plan_version,
        unit=unit,
        unit_name=unit_name,
        lang=lang,
        exported_on=today,
        sheet=ws.title,
        header_row=HEADER_ROW,
        rows=tuple(rows),
    )
    write_identity(workbook, identity, CHECKED)
    workbook.active = 0
    workbook.properties.creator = labels.APP_NAME
    workbook.properties.title = title
    return workbook


def _protected_texts(plan: ActionPlan, action: Action, names: UnitNames, lang: Lang, today: date) -> dict[str, str]:
    latest = plan.latest_report(action.id)
    previous = ""
    if latest is not None:
        status = STATUS[latest.status].get(lang) if latest.status is not None else ""
        percent = "" if latest.percent is None else words.PERCENT_SUFFIX.format(percent=latest.percent).get(lang)
        filled = words.PREVIOUS_VALUE.format(date=latest.reported_on.isoformat(), status=status, percent=percent)
        previous = filled.get(lang)
    return {
        "title": action.title.get(lang),
        "description": action.description.get(lang),
        "lead": names(action.lead).get(lang) if action.lead else "",
        "partners": LIST_SEPARATOR.get(lang).join(names(p).get(lang) for p in action.partners),
        "dates": dates_text(action, lang, today),
        "kpi": action.kpi.get(lang),
        "previous": previous,
    }


def dates_text(action: Action, lang: Lang, today: date) -> str:
    """The planned dates as the action plan workbook writes them (the phase's years while none are set)."""
    start = action.start.isoformat() if action.start else ""
    end = action.end.isoformat() if action.end else ""
    if start and end:
        return labels.DATES_FROM_TO.get(lang).format(start=start, end=end)
    if start:
        return labels.DATES_FROM.get(lang).format(start=start)
    if end:
        return labels.DATES_TO.get(lang).format(end=end)
    timing = plan_timing(today)
    first, last = timing.first_year, timing.due_year(action.phase)
    if first == last:
        return labels.DATES_YEAR.get(lang).format(year=first)
    return labels.DATES_YEARS.get(lang).format(start=first, end=last)


def _input_cell(sheet: SheetWriter, row: int, column: FormColumn) -> None:
    look = Look.DATE if column.key == InputField.REPORTED_ON else Look.CENTER if column.centred else Look.TEXT
    cell = sheet.blank(row, AT[column.key], look)
    cell.fill = INPUT_FILL
    cell.protection = UNLOCKED
    if column.key == InputField.PERCENT:
        cell.number_format = "0"


def _validations(ws: Worksheet, lang: Lang, last_row: int) -> None:
    def cells(field: InputField) -> str:
        letter = get_column_letter(AT[field.value])
        return f"{letter}{HEADER_ROW + 1}:{letter}{last_row}"

    status = DataValidation(
        type="list",
        formula1='"' + ",".join(text.get(lang) for text in STATUS.values()) + '"',
        allow_blank=True,
        showErrorMessage=True,
        errorTitle=words.STATUS_ERROR_TITLE.get(lang),
        error=words.STATUS_ERROR.get(lang),
    )
    status.add(cells(InputField.STATUS))
    percent = DataValidation(
        type="whole",
        operator="between",
        formula1="0",
        formula2="100",
        allow_blank=True,
        showErrorMessage=True,
        errorTitle=words.PERCENT_ERROR_TITLE.get(lang),
        error=words.PERCENT_ERROR.get(lang),
    )
    percent.add(cells(InputField.PERCENT))
    when = DataValidation(
        type="date",
        operator="greaterThanOrEqual",
        formula1=str(EARLIEST_DATE),
        allow_blank=True,
        showErrorMessage=True,
        errorTitle=words.DATE_ERROR_TITLE.get(lang),
        error=words.DATE_ERROR.get(lang),
    )
    when.add(cells(InputField.REPORTED_ON))
    for validation in (status, percent, when):
        ws.add_data_validation(validation)


def _protect_and_print(ws: Worksheet, lang: Lang, title: str, last_row: int) -> None:
    id_letter = get_column_letter(AT["id"])
    ws.column_dimensions[id_letter].hidden = True
    last = get_column_letter(AT["id"] - 1)
    ws.freeze_panes = f"C{HEADER_ROW + 1}"
    ws.auto_filter.ref = f"A{HEADER_ROW}:{last}{last_row}"
    # Protected without a password: it guards against accidents, and a unit may still sort, filter and resize.
    protection = ws.protection
    protection.sheet = True
    protection.sort = False
    protection.autoFilter = False
    protection.formatRows = False
    protection.formatColumns = False
    ws.page_setup.orientation = "landscape"
    # Fifteen columns, half of them room to write in: fitted to an A4 page the text shrinks to about half size, on
    # A3 (as offices print their 台账) it stays readable.
    ws.page_setup.paperSize = PAPER_A3
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins = PageMargins(
        left=SIDE_MARGIN, right=SIDE_MARGIN, top=END_MARGIN, bottom=END_MARGIN, header=0.3, footer=0.3
    )
    ws.print_options.horizontalCentered = True
    ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    ws.print_area = f"A1:{last}{last_row}"
    ws.oddHeader.left.text = escape_header_footer(title)
    ws.oddHeader.left.size = 9
    ws.oddFooter.center.text = words.FOOTER.get(lang)
    ws.oddFooter.center.size = 9


def _safe_stem(stem: str) -> str:
    cleaned = _FILE_FORBIDDEN.sub("_", stem).strip(" .")
    return cleaned[:MAX_FILE_STEM] or "form"


def _free_stem(stem: str, taken: set[str]) -> str:
    """Two units of the same name (or names that clean to the same) get files of their own."""
    candidate, number = stem, 2
    while candidate.casefold() in taken:
        candidate = f"{stem} ({number})"
        number += 1
    taken.add(candidate.casefold())
    return candidate
