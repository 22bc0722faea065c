"""The stored plan as ``plan show`` prints it: every action with owner, dates, status, and its progress history."""

from __future__ import annotations

from datetime import date
from typing import Any

from desktop.models.formatting import LIST_SEPARATOR
from desktop.models.ledger import words
from desktop.models.ledger.names import UnitNames
from desktop.models.plan.plan import ActionPlan
from desktop.models.plan.progress import report_to_data
from desktop.models.plan.types import Action
from desktop.models.plural import Plural
from desktop.models.text import Lang, Text
from desktop.models.vocabulary.plan import PHASE, STATUS, Status

SHOW_FORMAT = "zoneplanner-plan-show"
HEADING = Text("{zone} · 行动计划（版本 {version}，共 {count}）", "{zone} · action plan (version {version}, {count})")
# A profile whose plan was never saved has no plan version: say what is shown instead of a version.
HEADING_UNSAVED = Text(
    "{zone} · 行动计划（尚未保存，以下为生成的建议计划，共 {count}）",
    "{zone} · action plan (not saved yet: the generated proposal, {count})",
)
ACTIONS = Plural("{n} 项行动", "{n} action", "{n} actions")
OVERVIEW = Text(
    "已完成 {done}，进行中 {in_progress}，未开始 {not_started}，逾期 {overdue}，已搁置 {shelved}",
    "done {done}, in progress {in_progress}, not started {not_started}, overdue {overdue}, shelved {shelved}",
)
ACTION_LINE = Text("{number}. {title}", "{number}. {title}")
DETAIL_LINE = Text(
    "   牵头：{lead}；配合：{partners}；计划：{dates}；状态：{status}{percent}",
    "   Lead: {lead}; partners: {partners}; planned: {dates}; status: {status}{percent}",
)
OVERDUE = Text("（逾期）", " (overdue)")
PERCENT_SEPARATOR = Text("，", ", ")
HISTORY_LINE = Text("   {date} {unit}{reporter}：{status}{percent}", "   {date} {unit}{reporter}: {status}{percent}")
REPORTER = Text("（{name}）", " ({name})")
REPORT_PART = Text("      {label}：{text}", "      {label}: {text}")
NO_REPORTS = Text("   尚无填报", "   No reports yet")
NONE = Text("无", "none")
PROGRESS_LABEL = Text("进展", "Progress")
PROBLEMS_LABEL = Text("问题", "Problems")
NEXT_LABEL = Text("下步", "Next steps")
FROM_SOURCE = Text("      来源：{source}", "      From: {source}")


def plan_summary(
    zone: str, plan: ActionPlan, version: int | None, names: UnitNames, *, today: date, lang: Lang = "zh"
) -> dict[str, Any]:
    """The object ``plan show --json`` prints: the plan with each action's latest status and progress history.

    ``version`` is the stored plan's version, None for a generated plan never saved: then ``"saved"`` is false and
    there is no ``"plan_version"`` (a generated plan has none)."""
    progress = plan.progress(today)
    stored = {"plan_version": version, "saved": True} if version is not None else {"saved": False}
    return {
        "format": SHOW_FORMAT,
        "version": 1,
        "profile": zone,
        **stored,
        "progress": {
            "total": progress.total,
            "done": progress.done,
            "in_progress": progress.in_progress,
            "not_started": progress.not_started,
            "overdue": progress.overdue,
            "shelved": progress.shelved,
        },
        "actions": [_action(plan, number, action, names, today, lang) for number, action in enumerate(plan, 1)],
    }


def _action(plan: ActionPlan, number: int, action: Action, names: UnitNames, today: date, lang: Lang) -> dict[str, Any]:
    latest = plan.latest_report(action.id)
    return {
        "number": number,
        "id": action.id,
        "title": action.title.get(lang),
        "lead": action.lead,
        "lead_name": names(action.lead).get(lang),
        "partners": [names(p).get(lang) for p in action.partners],
        "phase": action.phase.value,
        "phase_label": PHASE[action.phase].get(lang),
        "start": action.start.isoformat() if action.start else None,
        "end": action.end.isoformat() if action.end else None,
        "status": action.status.value,
        "status_label": STATUS[action.status].get(lang),
        "percent": latest.percent if latest is not None else None,
        "overdue": _overdue(action, today),
        "latest": report_to_data(latest) if latest is not None else None,
        "history": [report_to_data(r) for r in plan.reports(action.id)],
    }


def _overdue(action: Action, today: date) -> bool:
    return action.end is not None and action.end < today and action.status not in (Status.DONE, Status.SHELVED)


def plan_lines(summary: dict[str, Any], names: UnitNames, lang: Lang = "zh") -> list[str]:
    """``plan show`` as text: a heading, the counts, then each action with its history (oldest report first)."""
    progress = summary["progress"]
    heading = HEADING if summary.get("saved", True) else HEADING_UNSAVED
    lines = [
        heading.format(
            zone=summary["profile"], version=summary.get("plan_version"), count=ACTIONS.of(progress["total"])
        ).get(lang),
        OVERVIEW.format(**{k: v for k, v in progress.items() if k != "total"}).get(lang),
        "",
    ]
    for action in summary["actions"]:
        lines.append(ACTION_LINE.format(number=action["number"], title=action["title"]).get(lang))
        start, end = action["start"] or "…", action["end"] or "…"
        dates = f"{start} – {end}" if action["start"] or action["end"] else action["phase_label"]
        percent = "" if action["percent"] is None else words.PERCENT_SUFFIX.format(percent=action["percent"]).get(lang)
        status = action["status_label"] + (OVERDUE.get(lang) if action["overdue"] else "")
        partners = LIST_SEPARATOR.get(lang).join(action["partners"]) or NONE.get(lang)
        lines.append(
            DETAIL_LINE.format(
                lead=action["lead_name"], partners=partners, dates=dates, status=status, percent=percent
            ).get(lang)
        )
        history = action["history"]
        if not history:
            lines.append(NO_REPORTS.get(lang))
        for raw in history:
            lines.extend(_report_lines(raw, names, lang))
    return lines


def _report_lines(raw: dict[str, Any], names: UnitNames, lang: Lang) -> list[str]:
    status = STATUS[Status(raw["status"])].get(lang) if raw["status"] else ""
    percent = "" if raw["percent"] is None else words.PERCENT_SUFFIX.format(percent=raw["percent"]).get(lang)
    if not status:  # a report with a percentage only: no separator before it
        percent = percent.removeprefix(PERCENT_SEPARATOR.get(lang))
    reporter = REPORTER.format(name=raw["reporter"]).get(lang) if raw["reporter"] else ""
    lines = [
        HISTORY_LINE.format(
            date=raw["reported_on"],
            unit=names(raw["unit"]).get(lang),
            reporter=reporter,
            status=status,
            percent=percent,
        ).get(lang)
    ]
    for label, key in ((PROGRESS_LABEL, "progress"), (PROBLEMS_LABEL, "problems"), (NEXT_LABEL, "next_steps")):
        if raw[key]:
            text = " ".join(str(raw[key]).split())
            lines.append(REPORT_PART.format(label=label.get(lang), text=text).get(lang))
    if raw.get("source"):
        lines.append(FROM_SOURCE.format(source=raw["source"]).get(lang))
    return lines
