"""Read one returned progress form: who it is from (the hidden sheet), what each row reports, and what is wrong.

The file is checked before it is parsed (``safety``), read with cached values for formulas (``xlsx``), and
matched row by row to the form's actions by the hidden action-ID column (by the action's title when a unit lost that
column), so a unit may re-sort its rows. Nothing here decides what to apply: ``preview`` does.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from openpyxl.utils import get_column_letter

from desktop.models.ledger import words
from desktop.models.ledger.identity import SHEET, IdentityError, read_identity
from desktop.models.ledger.layout import CHECKED, FORM_COLUMNS, LABELS, TITLE_KEY
from desktop.models.ledger.safety import checked_bytes, refused
from desktop.models.ledger.types import (
    CellRef,
    FormIdentity,
    FormProblem,
    FormRow,
    InputField,
    ProblemKind,
    ReturnedForm,
    ReturnedRow,
)
from desktop.models.ledger.values import BadValue, read_date, read_percent, read_status, read_text, shown
from desktop.models.ledger.xlsx import Book, Cell, WorkbookDamaged
from desktop.models.text import Text

EMPTY = Cell(None)
HEADER_SEARCH = 10  # rows below the expected header row searched, in case a unit inserted rows above it
QUOTED = 60  # characters of an added row quoted in its message


def read_returned_form(path: Path, *, today: date | None = None) -> ReturnedForm:
    """The returned form in ``path``; ``FormRefused`` when the file is not read at all (the message says why)."""
    path = Path(path)
    data = checked_bytes(path)
    try:
        book = Book(data)
        return _read(path, book, today or date.today())
    except IdentityError as error:
        raise refused(path, error.message) from None
    except WorkbookDamaged as error:
        raise refused(path, words.DAMAGED.format(reason=_reason(error))) from None


def _reason(error: Exception) -> str:
    return (str(error) or type(error).__name__).splitlines()[0][:200]


def _read(path: Path, book: Book, today: date) -> ReturnedForm:
    if SHEET not in book.sheetnames:
        raise refused(path, words.NOT_A_FORM)
    identity = read_identity([tuple(c.value if c else None for c in row) for row in book.rows(SHEET)])
    sheet_name = identity.sheet if identity.sheet in book.sheetnames else _other_sheet(book.sheetnames)
    if sheet_name is None:
        raise refused(path, words.NO_FORM_SHEET.format(sheet=identity.sheet))
    rows = [tuple(c or EMPTY for c in row) for row in book.rows(sheet_name)]
    modified = book.modified()
    saved_on = modified.date() if modified is not None else today
    reader = _SheetReader(path, sheet_name, identity, rows, min(saved_on, today), today)
    return ReturnedForm(path, identity, tuple(reader.rows()), tuple(reader.problems))


def _other_sheet(names: Sequence[str]) -> str | None:
    """The sheet to read when a unit renamed the one it fills in: the only other sheet there is."""
    others = [name for name in names if name != SHEET]
    return others[0] if len(others) == 1 else None


def _label_keys() -> dict[str, str]:
    """A header text (either language, blanks removed) → the column key."""
    keys: dict[str, str] = {}
    for column in FORM_COLUMNS:
        for text in (column.label.zh, column.label.en):
            keys["".join(text.split()).casefold()] = column.key
    return keys


_KEYS = _label_keys()
_PROGRESS = InputField.PROGRESS.value


class _SheetReader:
    def __init__(
        self,
        path: Path,
        sheet: str,
        identity: FormIdentity,
        cells: list[tuple[Cell, ...]],
        saved_on: date,
        today: date,
    ) -> None:
        self.path, self.sheet, self.identity = path, sheet, identity
        self.cells, self.saved_on = cells, saved_on
        # A 填报日期 after today is a typo (2062 for 2026): taken as it is, it would outrank every later return.
        self.latest_date = today + timedelta(days=1)
        self.problems: list[FormProblem] = []
        self.header_row, self.columns = self._find_header()
        self.sent = {row.action_id: row for row in identity.rows}
        titles: dict[str, list[FormRow]] = {}
        for row in identity.rows:
            titles.setdefault(dict(row.protected).get(TITLE_KEY, ""), []).append(row)
        self.by_title = {title: rows[0] for title, rows in titles.items() if title and len(rows) == 1}

    def _find_header(self) -> tuple[int, dict[str, int]]:
        last = min(len(self.cells), self.identity.header_row + HEADER_SEARCH)
        for number in range(1, last + 1):
            found: dict[str, int] = {}
            for index, cell in enumerate(self.cells[number - 1], start=1):
                value = cell.value
                if isinstance(value, str):
                    key = _KEYS.get("".join(value.split()).casefold())
                    if key is not None and key not in found:
                        found[key] = index
            if _PROGRESS in found:
                missing = [f for f in InputField if f.value not in found]
                if missing:
                    label = LABELS[missing[0].value]
                    raise IdentityError(
                        Text(words.NO_COLUMN.zh.format(header=label.zh), words.NO_COLUMN.en.format(header=label.en))
                    )
                return number, found
        label = LABELS[_PROGRESS]
        raise IdentityError(
            Text(words.NO_COLUMN.zh.format(header=label.zh), words.NO_COLUMN.en.format(header=label.en))
        )

    def _where(self, row: int, key: str | None = None) -> CellRef:
        if key is None:
            return CellRef(self.path.name, self.sheet, row)
        column = self.columns[key]
        header = self.cells[self.header_row - 1][column - 1].value
        return CellRef(self.path.name, self.sheet, row, get_column_letter(column), str(header or ""))

    def _problem(self, kind: ProblemKind, where: CellRef, value: str, message: Text, action_id: str = "") -> None:
        self.problems.append(FormProblem(kind, where, value, words.at(where, message), action_id))

    def _cell(self, row: tuple[Any, ...], key: str) -> Any:
        index = self.columns.get(key)
        if index is None or index > len(row):
            return None
        return row[index - 1]

    def rows(self) -> Iterator[ReturnedRow]:
        seen: dict[str, int] = {}
        for number in range(self.header_row + 1, len(self.cells) + 1):
            row = self.cells[number - 1]
            if all(_blank(cell.value) for cell in row):
                continue
            sent = self._match(row)
            if sent is None:
                self._added(number, row)
                continue
            if sent.action_id in seen:
                self._problem(
                    ProblemKind.DUPLICATE_ROW,
                    self._where(number),
                    "",
                    words.DUPLICATE_ROW.format(
                        title=dict(sent.protected).get(TITLE_KEY, sent.action_id), first=seen[sent.action_id]
                    ),
                    sent.action_id,
                )
                continue
            seen[sent.action_id] = number
            yield self._row(number, row, sent)

    def _match(self, row: tuple[Any, ...]) -> FormRow | None:
        ident = self._cell(row, "id")
        if ident is not None and isinstance(ident.value, str) and ident.value.strip() in self.sent:
            return self.sent[ident.value.strip()]
        if ident is not None and not _blank(ident.value):
            return None  # an ID the form never had: a row copied from elsewhere
        title = self._cell(row, TITLE_KEY)
        text = read_text_or_blank(title.value if title is not None else None)
        return self.by_title.get(text)

    def _added(self, number: int, row: tuple[Any, ...]) -> None:
        texts = [shown(cell.value).strip() for cell in row if not _blank(cell.value)]
        quoted = " | ".join(texts)
        if len(quoted) > QUOTED:
            quoted = quoted[: QUOTED - 1] + "…"
        self._problem(ProblemKind.ADDED_ROW, self._where(number), quoted, words.ADDED_ROW.format(value=quoted))

    def _row(self, number: int, row: tuple[Any, ...], sent: FormRow) -> ReturnedRow:
        action_id = sent.action_id
        changed = False
        for key, old in sent.protected:
            if key not in self.columns or key not in CHECKED:
                continue
            cell = self._cell(row, key)
            new = read_text_or_blank(cell.value if cell is not None else None)
            if new != old and _normal(new) != _normal(old):
                changed = True
                self._problem(
                    ProblemKind.PROTECTED_CHANGED,
                    self._where(number, key),
                    new,
                    words.PROTECTED_CHANGED.format(old=_short(old), new=_short(new)),
                    action_id,
                )
        values: dict[str, Any] = {}
        bad = False
        for field in InputField:
            cell = self._cell(row, field.value)
            if cell is not None and cell.formula_without_value:
                bad = True
                where = self._where(number, field.value)
                self._problem(ProblemKind.FORMULA_NO_VALUE, where, "", words.FORMULA_NO_VALUE, action_id)
                continue
            value = None if cell is None else cell.value
            if value is None:
                continue  # left empty: the report's field stays empty
            try:
                read = _read_input(field, value, (cell.number_format if cell is not None else None) or "")
                if field is InputField.REPORTED_ON and read > self.latest_date:
                    raise BadValue(words.FUTURE_DATE.format(value=read.isoformat()))
                values[field.value] = read
            except BadValue as error:
                bad = True
                where = self._where(number, field.value)
                self._problem(ProblemKind.BAD_VALUE, where, shown(value), error.message, action_id)
        reported = values.get(InputField.REPORTED_ON.value)
        result = ReturnedRow(
            action_id=action_id,
            where=self._where(number),
            status=values.get(InputField.STATUS.value),
            percent=values.get(InputField.PERCENT.value),
            progress=values.get(InputField.PROGRESS.value, ""),
            problems=values.get(InputField.PROBLEMS.value, ""),
            next_steps=values.get(InputField.NEXT_STEPS.value, ""),
            reporter=values.get(InputField.REPORTER.value, ""),
            reported_on=reported,
            bad=bad,
            protected_changed=changed,
        )
        if reported is None and not result.empty and not bad:
            self._problem(
                ProblemKind.MISSING_DATE,
                self._where(number, InputField.REPORTED_ON.value),
                "",
                words.MISSING_DATE.format(date=self.saved_on.isoformat()),
                action_id,
            )
            result = replace(result, reported_on=self.saved_on, date_assumed=True)
        return result


def _read_input(field: InputField, value: Any, number_format: str) -> Any:
    if field is InputField.STATUS:
        return read_status(value)
    if field is InputField.PERCENT:
        return read_percent(value, number_format)
    if field is InputField.REPORTED_ON:
        return read_date(value)
    return read_text(value)


def read_text_or_blank(value: object) -> str:
    try:
        return read_text(value)
    except BadValue:
        return shown(value)


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _normal(text: str) -> str:
    """Compared without blanks at line ends or differing line breaks (another office suite may change those)."""
    return "\n".join(line.rstrip() for line in text.replace("\r\n", "\n").strip().split("\n"))


def _short(text: str) -> str:
    return text if len(text) <= QUOTED else text[: QUOTED - 1] + "…"
