"""The progress ledger's values: the identity a form carries, what a returned form holds, what an import proposes.

Plain frozen dataclasses (no openpyxl, no store): the window, the command line and the tests read them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from pathlib import Path

from desktop.models.errors import ZonePlannerError
from desktop.models.plan.progress import ProgressReport
from desktop.models.text import Lang, Text
from desktop.models.vocabulary.plan import Status


class InputField(StrEnum):
    """The columns a unit fills in; values are the ``ProgressReport`` field each one feeds."""

    PROGRESS = "progress"  # 进展情况
    STATUS = "status"  # 完成状态 (drop-down of the plan's statuses)
    PERCENT = "percent"  # 完成进度 %, 0–100
    PROBLEMS = "problems"  # 存在问题
    NEXT_STEPS = "next_steps"  # 下步计划
    REPORTER = "reporter"  # 填报人
    REPORTED_ON = "reported_on"  # 填报日期


@dataclass(frozen=True, slots=True)
class FormRow:
    """One action as the form was sent: its stable ID, the sheet row it was written on and the protected texts
    (column key → text as written), so that a changed protected cell can be named with its old and new value."""

    action_id: str
    row: int
    protected: tuple[tuple[str, str], ...]  # (column key, text)


@dataclass(frozen=True, slots=True)
class FormIdentity:
    """What the hidden sheet of a form says: which zone, which saved plan, which unit, which actions."""

    zone: str  # the profile's name when the form was written
    profile_id: int | None  # the store's ID of the profile (stable across renames within one store)
    plan_version: int | None  # the stored version the plan was read at (``ProfileStore.load_versioned``)
    unit: str  # the lead unit's department ID; "" for the form listing every unit's actions
    unit_name: str  # the unit as the form names it ("" for the form of all units)
    lang: Lang
    exported_on: date
    sheet: str  # the title of the sheet the unit fills in
    header_row: int  # the row of the column headers; actions follow it
    rows: tuple[FormRow, ...]


@dataclass(frozen=True, slots=True)
class CellRef:
    """Where a value sits: the returned file, its sheet, the row and the column (letter and the header it has)."""

    file: str
    sheet: str
    row: int | None = None
    column: str = ""  # the column letter, e.g. "K"
    header: str = ""  # the column's header as the form has it, e.g. "完成进度（%）"

    def text(self) -> Text:
        """How a message names the place: "文件 a.xlsx，工作表“台账填报”，第 5 行，K 列（完成进度（%））"."""
        parts = [_FILE.format(file=self.file)]
        if self.sheet:
            parts.append(_SHEET.format(sheet=self.sheet))
        if self.row is not None:
            parts.append(_ROW.format(row=self.row))
        if self.column:
            template = _COLUMN if self.header else _COLUMN_BARE
            parts.append(template.format(column=self.column, header=self.header))
        return Text(_SEPARATOR.zh.join(p.zh for p in parts), _SEPARATOR.en.join(p.en for p in parts))


_FILE = Text("文件 {file}", "File {file}")
_SHEET = Text("工作表“{sheet}”", "sheet “{sheet}”")
_ROW = Text("第 {row} 行", "row {row}")
_COLUMN = Text("{column} 列（{header}）", "column {column} ({header})")
_COLUMN_BARE = Text("{column} 列", "column {column}")
_SEPARATOR = Text("，", ", ")


class ProblemKind(StrEnum):
    """What is wrong with a part of a returned form (the whole file's refusal is ``FormRefused``)."""

    BAD_VALUE = "bad_value"  # a status not in the list, a percentage of 150, a date that is not a date
    FORMULA_NO_VALUE = "formula_no_value"  # a formula whose result the file does not carry
    ADDED_ROW = "added_row"  # a row the unit added (no action of the form)
    PROTECTED_CHANGED = "protected_changed"  # a protected cell whose text differs from what was sent
    DUPLICATE_ROW = "duplicate_row"  # the same action twice in one form
    MISSING_DATE = "missing_date"  # input without 填报日期: the date the file was last saved is taken


@dataclass(frozen=True, slots=True)
class FormProblem:
    kind: ProblemKind
    where: CellRef
    value: str  # the value as found ("" when there is none)
    message: Text  # the whole sentence, place included
    action_id: str = ""  # the row's action, when known


@dataclass(frozen=True, slots=True)
class ReturnedRow:
    """The input cells of one action's row, read and checked. ``None``/"" for a cell left empty."""

    action_id: str
    where: CellRef  # file, sheet and row (no column)
    status: Status | None = None
    percent: int | None = None
    progress: str = ""
    problems: str = ""
    next_steps: str = ""
    reporter: str = ""
    reported_on: date | None = None
    bad: bool = False  # a cell of the row held a bad value or a formula without a result: the row is not applied
    protected_changed: bool = False  # a protected cell of the row was changed: reported, not applied by default
    date_assumed: bool = False  # 填报日期 was empty: ``reported_on`` is the file's last-saved date

    @property
    def empty(self) -> bool:
        """Nothing was filled in: the unit did not report on this action."""
        return (
            self.status is None
            and self.percent is None
            and not (self.progress or self.problems or self.next_steps)
            and not self.bad
        )


@dataclass(frozen=True, slots=True)
class ReturnedForm:
    """One returned file: its identity (hidden sheet), its rows, and what is wrong in it."""

    path: Path
    identity: FormIdentity
    rows: tuple[ReturnedRow, ...]
    problems: tuple[FormProblem, ...] = ()

    @property
    def name(self) -> str:
        return self.path.name


class FormRefused(ZonePlannerError):
    """A file that is not read at all: not a workbook, .xlsm, encrypted, too large, a zip bomb, not our form."""

    def __init__(self, path: Path, message: Text) -> None:
        super().__init__(message)
        self.path = path


class IssueKind(StrEnum):
    """Everything an import needs a decision on, or reports (see ``ImportPreview.issues``)."""

    FILE_REFUSED = "file_refused"  # the file could not be read (FormRefused): nothing from it
    OTHER_ZONE = "other_zone"  # a form of another zone: refused
    ACTION_GONE = "action_gone"  # the plan no longer has the action: refused
    OLDER_PLAN = "older_plan"  # the form was written from an older version of the plan: matched by ID, flagged
    SAME_ACTION = "same_action"  # two forms report on one action: both shown, the newer 填报日期 proposed
    OLDER_THAN_APPLIED = "older_than_applied"  # a return not newer than one already applied: not applied by default
    ALREADY_APPLIED = "already_applied"  # exactly this return is in the plan already: not applied again
    ADDED_ROW = "added_row"  # a row the unit added: reported, not applied
    PROTECTED_CHANGED = "protected_changed"  # a protected cell changed: reported, the row not applied by default
    BAD_VALUE = "bad_value"  # a bad value (or a formula without a result): the row is not applied
    MISSING_DATE = "missing_date"  # no 填报日期: the file's last-saved date is taken
    DUPLICATE_ROW = "duplicate_row"  # the same action twice in one form: the first row is read
    STATUS_PERCENT = "status_percent"  # the status and the percentage disagree (done at 60 %): applied, flagged


# Issues that refuse something (the command line exits non-zero when any is present).
REFUSING: frozenset[IssueKind] = frozenset(
    {IssueKind.FILE_REFUSED, IssueKind.OTHER_ZONE, IssueKind.ACTION_GONE, IssueKind.BAD_VALUE, IssueKind.ADDED_ROW}
)


@dataclass(frozen=True, slots=True)
class Issue:
    kind: IssueKind
    message: Text  # one sentence naming file, sheet, row and column where there is one
    where: CellRef | None = None
    action_id: str = ""

    @property
    def refusing(self) -> bool:
        return self.kind in REFUSING


@dataclass(frozen=True, slots=True)
class FieldChange:
    """One value of an action before and after applying a return (an empty ``Text`` for nothing).

    ``old`` is the action's status, or the field of the latest report already applied; ``new`` the return's."""

    field: str  # "status", "percent", "progress", "problems", "next_steps", "reporter", "reported_on"
    label: Text  # the column as the form names it
    old: Text
    new: Text


@dataclass(frozen=True, slots=True)
class Proposal:
    """One returned row that can be applied: the report it becomes and what it changes on the action.

    ``key`` identifies it within the preview (the window's check boxes, ``apply_preview(accepted=…)``).
    ``proposed``: applied unless the user decides otherwise; False for a return older than one already applied, a
    row whose protected cells changed, and the older of two returns on the same action.
    """

    key: str
    action_id: str
    action_title: Text
    report: ProgressReport  # ``applied_at`` None until applied
    where: CellRef  # file, sheet, row
    changes: tuple[FieldChange, ...]
    proposed: bool = True
    notes: tuple[Text, ...] = ()  # why it is flagged (one sentence each)
    late: bool = False  # held back only for being older than a return already applied (``--include-older``)
    number: int = 0  # the action's place in the plan (1, 2, …), as 序号 and ``plan show`` number it; 0: not known


@dataclass(frozen=True, slots=True)
class ImportPreview:
    """Everything an import would do, before anything is applied: per action the changes, and every issue."""

    zone: str
    profile_id: int | None
    plan_version: int | None  # the stored version the preview was made from: applying checks it
    proposals: tuple[Proposal, ...]
    issues: tuple[Issue, ...]
    forms: tuple[str, ...] = ()  # the files read (names), in the order given
    refused_files: tuple[str, ...] = ()

    @property
    def refusing(self) -> bool:
        """Whether anything was refused (a file, a form, a row or a value)."""
        return any(issue.refusing for issue in self.issues)

    def default_keys(self, *, include_older: bool = False) -> frozenset[str]:
        """The proposals applied when nobody decides otherwise; ``include_older`` adds the late returns (older than
        one already applied) that nothing else holds back."""
        return frozenset(p.key for p in self.proposals if p.proposed or (include_older and p.late))

    def by_action(self) -> dict[str, list[Proposal]]:
        """Proposals grouped by action, in the plan's order of first appearance."""
        grouped: dict[str, list[Proposal]] = {}
        for proposal in self.proposals:
            grouped.setdefault(proposal.action_id, []).append(proposal)
        return grouped


@dataclass(frozen=True, slots=True)
class ExportResult:
    """What ``export_ledger`` wrote: the files (in unit order), whether the plan had to be saved first, and the
    version of the stored plan the forms refer to."""

    paths: tuple[Path, ...]
    saved_plan: bool
    plan_version: int
    actions: int
    units: tuple[str, ...] = field(default=())  # the unit names, one per file when by unit


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What ``import_ledger`` did: the preview, the reports applied (none on a dry run), the new stored version."""

    preview: ImportPreview
    applied: tuple[Proposal, ...]
    dry_run: bool
    version: int | None  # the profile's version after saving (None when nothing was saved)
