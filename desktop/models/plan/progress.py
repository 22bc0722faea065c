"""Progress reports on actions: what a responsible unit returned on its progress form (台账), kept with the plan.

A report is what one unit said about one action at one date. Reports are kept in the plan document (so the plan and
its history travel together, are saved in the same transaction and are covered by the plan's version check), ordered
by the date the unit filled them in (填报日期).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime

from desktop.models.errors import ZonePlannerError
from desktop.models.text import Text
from desktop.models.vocabulary.plan import Status

PERCENT_RANGE = (0, 100)


class ProgressError(ZonePlannerError):
    """Stored progress data that cannot be read; names the action and the field."""


@dataclass(frozen=True, slots=True)
class ProgressReport:
    """One unit's return on one action (the input columns of the progress form, plus where it came from)."""

    reported_on: date  # 填报日期: when the unit filled it in (orders the reports; not when it was imported)
    unit: str  # the reporting unit: a department ID of the plan (the action's lead) or the name the form carried
    reporter: str = ""  # 填报人
    status: Status | None = None  # 完成状态; None when the unit left it empty
    percent: int | None = None  # 完成进度 %, 0–100; None when left empty
    progress: str = ""  # 进展情况
    problems: str = ""  # 存在问题
    next_steps: str = ""  # 下步计划
    applied_at: datetime | None = None  # when the office applied it (UTC); None for a report not yet applied
    source: str = ""  # the returned file's name, to tell the office where a value came from


def report_to_data(report: ProgressReport) -> dict[str, object]:
    return {
        "reported_on": report.reported_on.isoformat(),
        "unit": report.unit,
        "reporter": report.reporter,
        "status": None if report.status is None else report.status.value,
        "percent": report.percent,
        "progress": report.progress,
        "problems": report.problems,
        "next_steps": report.next_steps,
        "applied_at": None if report.applied_at is None else report.applied_at.isoformat(),
        "source": report.source,
    }


def report_from_data(raw: object, where: str) -> ProgressReport:
    """The report a ``report_to_data`` dict describes; ``ProgressError`` names the field that is wrong."""
    if not isinstance(raw, Mapping):
        raise _bad(where, "", raw)

    def text(name: str) -> str:
        value = raw.get(name, "")
        if not isinstance(value, str):
            raise _bad(where, name, value)
        return value

    reported = raw.get("reported_on")
    try:
        reported_on = date.fromisoformat(reported) if isinstance(reported, str) else None
    except ValueError:
        reported_on = None
    if reported_on is None:
        raise _bad(where, "reported_on", reported)
    status = raw.get("status")
    if status is not None and (not isinstance(status, str) or status not in Status._value2member_map_):
        raise _bad(where, "status", status)
    percent = raw.get("percent")
    low, high = PERCENT_RANGE
    if percent is not None and (type(percent) is not int or not low <= percent <= high):
        raise _bad(where, "percent", percent)
    applied = raw.get("applied_at")
    try:
        applied_at = datetime.fromisoformat(applied) if isinstance(applied, str) else None
    except ValueError:
        applied_at = None
    if applied is not None and applied_at is None:
        raise _bad(where, "applied_at", applied)
    return ProgressReport(
        reported_on=reported_on,
        unit=text("unit"),
        reporter=text("reporter"),
        status=None if status is None else Status(status),
        percent=percent,
        progress=text("progress"),
        problems=text("problems"),
        next_steps=text("next_steps"),
        applied_at=applied_at,
        source=text("source"),
    )


def progress_to_data(progress: Mapping[str, tuple[ProgressReport, ...]]) -> dict[str, list[dict[str, object]]]:
    return {
        action_id: [report_to_data(r) for r in reports] for action_id, reports in sorted(progress.items()) if reports
    }


def progress_from_data(raw: object) -> dict[str, tuple[ProgressReport, ...]]:
    """The reports of a stored plan, by action ID, each list ordered by 填报日期 (stable for equal dates)."""
    if raw is None:
        return {}
    if not isinstance(raw, Mapping):
        raise _bad("progress", "", raw)
    result: dict[str, tuple[ProgressReport, ...]] = {}
    for action_id, reports in raw.items():
        if not isinstance(action_id, str) or not isinstance(reports, list):
            raise _bad("progress", str(action_id), reports)
        parsed = [report_from_data(r, f"progress.{action_id}[{n}]") for n, r in enumerate(reports)]
        result[action_id] = tuple(sorted(parsed, key=lambda r: r.reported_on))
    return result


def _bad(where: str, name: str, value: object) -> ProgressError:
    path = f"{where}.{name}" if name else where
    return ProgressError(Text(f"{path} 的值 {value!r} 无效", f"{path}: invalid value {value!r}"))
