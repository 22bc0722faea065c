"""The 进展通报 as a document model: a period's progress (overview, by unit, overdue items, next steps) in the same
公文 layout as the 行动方案 (``docx_writer`` lays it out); the workbook variant reads the same ``BulletinFacts``."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date

from desktop.models.formatting import LIST_SEPARATOR
from desktop.models.plan.plan import ActionPlan
from desktop.models.plan.types import Status
from desktop.models.progress.periods import Period
from desktop.models.progress.summary import ActionState, PeriodSummary, summarise
from desktop.models.progress.units import UnitCompletion
from desktop.models.report.bulletin_wording import bulletin_wording
from desktop.models.report.content import MONTHS
from desktop.models.report.model import Block, ReportDocument, Role, Table, para
from desktop.models.text import Lang, Text
from desktop.models.vocabulary import progress as words

UNIT_COLUMNS = (
    words.LEAD_UNIT,
    words.TASKS,
    words.DONE,
    words.OVERDUE,
    words.RATE,
    words.AVERAGE,
    words.REPORTS,
)
# In mm: each header on whole words in either language (in progress is in the overview: 8 columns fit a page).
UNIT_WIDTHS = (11.5, 28.0, 19.0, 16.0, 20.0, 16.5, 21.0, 21.0)
# Between two sentences of one paragraph, and at a sentence's end; a date written out.
GAP = Text("", " ")
STOP = Text("。", ".")
DATE = Text("{year}年{month}月{day}日", "{day} {month_name} {year}")
TRIM = "。.；;"  # a unit's own full stop, left off where the template adds the document's


@dataclass(frozen=True, slots=True)
class BulletinInputs:
    plan: ActionPlan
    period: Period
    zone: str
    unit_name: Callable[[str], str]  # a lead unit's department ID → the name the zone uses for it
    lang: Lang = "zh"
    issuer: str = ""
    issued: date | None = None  # 成文日期; the period's end when not given


@dataclass(frozen=True, slots=True)
class Bulletin:
    """What the bulletin says, in its language: the Word document and the workbook sheet are two layouts of it."""

    inputs: BulletinInputs
    summary: PeriodSummary
    phrases: Mapping[str, Text]

    @property
    def lang(self) -> Lang:
        return self.inputs.lang

    def t(self, key: str, **values: object) -> str:
        template = self.phrases[key].get(self.lang)
        return template.format(**values) if values else template

    def word(self, text: Text) -> str:
        return text.get(self.lang)

    def day(self, day: date) -> str:
        return self.word(DATE).format(year=day.year, month=day.month, day=day.day, month_name=MONTHS[day.month - 1])

    def percent(self, value: float | None) -> str:
        return self.t("units.none") if value is None else self.t("numbers.percent", value=round(value))

    def title(self) -> str:
        return "".join(self.title_lines())

    def title_lines(self) -> list[str]:
        """The title as it is broken on the page (a 公文 title breaks where the meaning allows, not mid-word)."""
        return self.t("title.document", zone=self.inputs.zone).split("\n")

    def period_text(self) -> str:
        period = self.inputs.period
        return self.t("title.period", start=self.day(period.start), end=self.day(period.end))

    def overview(self) -> list[str]:
        """The sentences of 一、总体进展, one paragraph each."""
        s, end = self.summary, self.day(self.inputs.period.end)
        rate = self.percent(None if s.rate is None else s.rate * 100)
        counts = self.t(
            "overview.counts",
            total=s.total,
            end=end,
            done=s.count(Status.DONE),
            in_progress=s.count(Status.IN_PROGRESS),
            not_started=s.count(Status.NOT_STARTED),
            rate=rate,
        )
        if s.count(Status.SHELVED):
            counts += self._space() + self.t("overview.shelved", shelved=s.count(Status.SHELVED))
        late = self.t("overview.overdue", overdue=len(s.overdue)) if s.overdue else self.t("overview.no_overdue")
        first = counts + self._space() + late
        if s.reports:
            second = self.t("overview.reports", units=s.reporting_units, reports=s.reports)
        else:
            second = self.t("overview.no_reports")
        if s.finished:
            # Quoted: a title often has its own commas, and the list separator alone would not keep titles apart.
            titles = self.word(LIST_SEPARATOR).join(
                self.t("overview.finished_title", title=self.word(a.title).rstrip(TRIM)) for a in s.finished
            )
            second += self._space() + self.t("overview.finished", count=len(s.finished), titles=titles)
        silent = self._silent_units()
        if silent:
            second += self._space() + self.t("overview.silent", count=len(s.silent), units=silent)
        return [first, second]

    def unit_headers(self) -> tuple[str, ...]:
        return (self.t("units.number"), *(self.word(column) for column in UNIT_COLUMNS))

    def unit_rows(self) -> list[tuple[str, ...]]:
        return [self._unit_row(n, row) for n, row in enumerate(self.summary.units, start=1)]

    def _unit_row(self, n: int, row: UnitCompletion) -> tuple[str, ...]:
        return (
            str(n),
            self.inputs.unit_name(row.unit),
            str(row.total),
            str(row.done),
            str(row.overdue),
            self.percent(None if row.rate is None else row.rate * 100),
            self.percent(row.average_percent),
            str(row.reports),
        )

    def overdue_detail(self, state: ActionState) -> str:
        action = state.action
        if state.reported_on is None:
            # Nobody ever reported: "0%, problems not stated" would read as if the unit had said so.
            return self.t(
                "overdue.no_return",
                unit=self.inputs.unit_name(action.lead),
                deadline=self.day(action.end) if action.end else self.t("units.none"),
            )
        return self.t(
            "overdue.detail",
            unit=self.inputs.unit_name(action.lead),
            deadline=self.day(action.end) if action.end else self.t("units.none"),
            percent=self.t("numbers.unknown") if state.percent is None else self.percent(state.percent),
            problems=(state.problems or self.word(words.NOT_STATED)).rstrip(TRIM),
        )

    def next_steps(self) -> list[tuple[str, str]]:
        """(unit, its tasks' next steps) in the order the units lead tasks in the plan (the table's order)."""
        by_unit: dict[str, list[str]] = {row.unit: [] for row in self.summary.units}
        for state in self.summary.with_next_steps:
            item = self.t("next.item", title=self.word(state.action.title), steps=state.next_steps.rstrip(TRIM))
            by_unit.setdefault(state.action.lead, []).append(item)
        joiner = self.t("next.item_joiner")
        stop = self.word(STOP)
        return [(self.inputs.unit_name(unit), joiner.join(items) + stop) for unit, items in by_unit.items() if items]

    def _silent_units(self) -> str:
        counts: dict[str, int] = {}
        for state in self.summary.silent:
            counts[state.action.lead] = counts.get(state.action.lead, 0) + 1
        return self.word(LIST_SEPARATOR).join(
            self.t("overview.silent_unit", unit=self.inputs.unit_name(unit), count=count)
            for unit, count in counts.items()
        )

    def _space(self) -> str:
        return self.word(GAP)


def make_bulletin(inputs: BulletinInputs) -> Bulletin:
    return Bulletin(inputs, summarise(inputs.plan, inputs.period), bulletin_wording())


def build_bulletin(inputs: BulletinInputs) -> ReportDocument:
    b = make_bulletin(inputs)
    body: list[Block] = [para(Role.TITLE, line) for line in b.title_lines()]
    body += [para(Role.SUBTITLE, b.period_text()), para(Role.BLANK)]
    period = inputs.period
    body.append(
        para(Role.BODY, b.t("title.preamble", zone=inputs.zone, start=b.day(period.start), end=b.day(period.end)))
    )
    body.append(para(Role.HEADING1, b.t("headings.overview")))
    body += [para(Role.BODY, sentence) for sentence in b.overview()]
    body.append(para(Role.HEADING1, b.t("headings.units")))
    body.append(para(Role.BODY, b.t("units.lead")))
    body.append(Table(b.unit_headers(), tuple(b.unit_rows()), UNIT_WIDTHS, frozenset(range(2, len(UNIT_WIDTHS))) | {0}))
    body.append(para(Role.HEADING1, b.t("headings.overdue")))
    late = b.summary.overdue
    if late:
        body.append(para(Role.BODY, b.t("overdue.lead")))
        for n, state in enumerate(late, start=1):
            lead_in = b.t("overdue.item", n=n, title=b.word(state.action.title).rstrip(TRIM))
            body.append(para(Role.BODY, b.overdue_detail(state), bold_lead=lead_in))
    else:
        body.append(para(Role.BODY, b.t("overdue.none")))
    body.append(para(Role.HEADING1, b.t("headings.next")))
    steps = b.next_steps()
    if steps:
        body.append(para(Role.BODY, b.t("next.lead")))
        body += [para(Role.BODY, text, bold_lead=b.t("next.unit", unit=unit)) for unit, text in steps]
    else:
        body.append(para(Role.BODY, b.t("next.none")))
    body.append(para(Role.BODY, b.t("next.closing")))
    body.append(para(Role.BLANK))
    if inputs.issuer.strip():
        body.append(para(Role.SIGNATURE, inputs.issuer.strip()))
    body.append(para(Role.SIGNATURE, b.day(inputs.issued or period.end)))
    return ReportDocument(b.title(), inputs.lang, tuple(body))
