"""The hidden sheet that identifies a progress form: zone, plan version, unit, and each action by its stable ID.

Everything is written as text (one key and value a row, then one row per action), so that Excel, WPS and LibreOffice
keep it as it is when they re-save the file; it is read back the same way, each field checked.
"""

from __future__ import annotations

import json
from datetime import date

from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from desktop.models.ledger import words
from desktop.models.ledger.types import FormIdentity, FormRow
from desktop.models.text import LANGS, Text

SHEET = "zoneplanner_ledger"
FORMAT = "zoneplanner-ledger"
VERSION = 1
_KEYS = (
    "format",
    "version",
    "zone",
    "profile_id",
    "plan_version",
    "unit",
    "unit_name",
    "lang",
    "exported_on",
    "sheet",
    "header_row",
    "columns",
)
ROWS_AT = len(_KEYS) + 2  # the first action's row, below a header row


class IdentityError(ValueError):
    """The hidden sheet is missing or damaged; ``message`` says which field."""

    def __init__(self, message: Text) -> None:
        super().__init__(message.en)
        self.message = message


def write_identity(workbook: Workbook, identity: FormIdentity, columns: tuple[str, ...]) -> Worksheet:
    ws = workbook.create_sheet(SHEET)
    values: dict[str, str] = {
        "format": FORMAT,
        "version": str(VERSION),
        "zone": identity.zone,
        "profile_id": "" if identity.profile_id is None else str(identity.profile_id),
        "plan_version": "" if identity.plan_version is None else str(identity.plan_version),
        "unit": identity.unit,
        "unit_name": identity.unit_name,
        "lang": identity.lang,
        "exported_on": identity.exported_on.isoformat(),
        "sheet": identity.sheet,
        "header_row": str(identity.header_row),
        "columns": json.dumps(list(columns)),
    }
    for number, key in enumerate(_KEYS, start=1):
        _text(ws, number, 1, key)
        _text(ws, number, 2, values[key])
    for offset, name in enumerate(("action_id", "row", *columns)):
        _text(ws, ROWS_AT - 1, 1 + offset, name)
    for number, row in enumerate(identity.rows, start=ROWS_AT):
        texts = dict(row.protected)
        for offset, value in enumerate((row.action_id, str(row.row), *(texts.get(c, "") for c in columns))):
            _text(ws, number, 1 + offset, value)
    ws.sheet_state = "veryHidden"  # not in Excel's "Unhide" list: nobody edits it by accident
    return ws


def _text(ws: Worksheet, row: int, column: int, value: str) -> None:
    cell = ws.cell(row=row, column=column)
    if value:
        cell._value = value  # as text, whatever it looks like (a number, a formula); see workbook/cells.py
        cell.data_type = "s"


def read_identity(sheet_rows: list[tuple[object, ...]]) -> FormIdentity:
    """The identity from the hidden sheet's cell values, row by row; ``IdentityError`` names a bad field."""
    fields: dict[str, str] = {}
    for number, key in enumerate(_KEYS):
        row = sheet_rows[number] if number < len(sheet_rows) else ()
        if len(row) < 1 or _str(row[0]) != key:
            raise IdentityError(words.BAD_IDENTITY.format(field=key, value=_str(row[0]) if row else ""))
        fields[key] = _str(row[1]) if len(row) > 1 else ""
    if fields["format"] != FORMAT or fields["version"] != str(VERSION):
        raise IdentityError(words.BAD_IDENTITY.format(field="format", value=fields["format"]))
    lang = fields["lang"]
    if lang not in LANGS:
        raise IdentityError(words.BAD_IDENTITY.format(field="lang", value=lang))
    try:
        exported_on = date.fromisoformat(fields["exported_on"])
        header_row = int(fields["header_row"])
        columns = json.loads(fields["columns"])
        profile_id = int(fields["profile_id"]) if fields["profile_id"] else None
        plan_version = int(fields["plan_version"]) if fields["plan_version"] else None
    except ValueError as error:
        raise IdentityError(words.BAD_IDENTITY.format(field="", value=str(error))) from None
    if not isinstance(columns, list) or not all(isinstance(c, str) for c in columns) or header_row < 1:
        raise IdentityError(words.BAD_IDENTITY.format(field="columns", value=fields["columns"]))
    rows: list[FormRow] = []
    for raw in sheet_rows[ROWS_AT - 1 :]:
        action_id = _str(raw[0]) if raw else ""
        if not action_id:
            continue
        try:
            at = int(_str(raw[1]))
        except (ValueError, IndexError):
            raise IdentityError(words.BAD_IDENTITY.format(field=action_id, value="row")) from None
        texts = tuple((c, _str(raw[2 + n]) if 2 + n < len(raw) else "") for n, c in enumerate(columns))
        rows.append(FormRow(action_id, at, texts))
    return FormIdentity(
        zone=fields["zone"],
        profile_id=profile_id,
        plan_version=plan_version,
        unit=fields["unit"],
        unit_name=fields["unit_name"],
        lang="en" if lang == "en" else "zh",
        exported_on=exported_on,
        sheet=fields["sheet"],
        header_row=header_row,
        rows=tuple(rows),
    )


def _str(value: object) -> str:
    """A cell's text; a number another program made of a text cell is turned back into its digits."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
