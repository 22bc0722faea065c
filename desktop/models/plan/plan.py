"""The action plan the user edits: ordered actions, edits that survive regeneration, a JSON-safe form for the store."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from desktop.models.errors import ZonePlannerError
from desktop.models.plan.columns import COLUMN_LABELS
from desktop.models.plan.progress import ProgressError, ProgressReport, progress_from_data, progress_to_data
from desktop.models.plan.types import EDITABLE_FIELDS, USER_FIELDS, Action, Indicator, Phase, Priority, Status
from desktop.models.text import Text
from desktop.models.vocabulary.plan import retime

PLAN_FORMAT = "zoneplanner-plan"
# Still 1: version 1 plans gained optional fields (basis, depends_on, indicator), which plans saved before lack and
# earlier builds ignore, so both read each other's plans.
PLAN_VERSION = 1
USER_PREFIX = "user."
DEFAULT_CUSTOM_LEAD = "committee.office"  # the office coordinates until the user names a lead
TEXT_FIELDS = ("title", "description", "kpi", "why")
GENERATED_FIELDS = tuple(f for f in EDITABLE_FIELDS if f not in USER_FIELDS)
# How messages name the fields in Chinese: as the plan's table does (English messages use the field's own name).
# The title and the reason are named as the detail panel does: "the 行动 of action X" would read oddly.
FIELD_NAMES_ZH = {
    **{column.value: label.zh for column, label in COLUMN_LABELS.items()},
    "title": "标题",
    "why": "提出理由",
}


class PlanError(ZonePlannerError):
    """An edit or a stored plan breaks a rule of the plan; names the action and the field."""


@dataclass(frozen=True, slots=True)
class RegenerationReport:
    added: list[Action]  # newly proposed actions, appended at the end
    dropped: list[Action]  # generated actions no longer proposed and never worked on, removed from the plan
    kept: int  # generated actions still proposed, with the user's edits and order kept
    # Generated actions no longer proposed that the user had worked on: kept where they were, as the user's own.
    kept_by_user: list[Action] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class PlanProgress:
    """Counts for the overview; each action is in exactly one group (overdue before in progress / not started)."""

    total: int
    done: int
    in_progress: int
    not_started: int
    overdue: int  # end date passed and neither done nor shelved
    shelved: int


class ActionPlan:
    """Ordered actions of one zone. The window edits it; the store saves ``to_data()`` with the profile."""

    def __init__(
        self,
        actions: Iterable[Action] = (),
        removed: Iterable[str] = (),
        report: Mapping[str, object] | None = None,
        progress: Mapping[str, Iterable[ProgressReport]] | None = None,
    ) -> None:
        self._actions: list[Action] = []
        # What the zone entered for its 行动方案 (issuing unit, date…): kept with the plan so it is asked once.
        self.report: dict[str, object] = dict(report or {})
        # Generated actions the user removed: regeneration does not bring them back (removing is an edit too).
        self._removed: set[str] = set(removed)
        for action in actions:
            self.add(action)
        # What the units reported on their progress forms, by action ID, oldest 填报日期 first. Kept only for actions
        # of the plan: a report on an action the plan no longer has would be shown nowhere.
        self._progress: dict[str, tuple[ProgressReport, ...]] = {}
        for action_id, reports in (progress or {}).items():
            if any(a.id == action_id for a in self._actions):
                self._progress[action_id] = tuple(sorted(reports, key=lambda r: r.reported_on))

    @property
    def actions(self) -> list[Action]:
        return list(self._actions)

    @property
    def removed_ids(self) -> frozenset[str]:
        return frozenset(self._removed)

    def __len__(self) -> int:
        return len(self._actions)

    def __iter__(self) -> Iterator[Action]:
        return iter(list(self._actions))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ActionPlan):
            return NotImplemented
        return (
            self._actions == other._actions
            and self._removed == other._removed
            and self.report == other.report
            and self._progress == other._progress
        )

    __hash__ = None  # type: ignore[assignment]  # mutable

    def get(self, action_id: str) -> Action:
        return self._actions[self._index(action_id)]

    def add(self, action: Action, index: int | None = None) -> None:
        if any(a.id == action.id for a in self._actions):
            raise PlanError(Text(f"行动 {action.id} 已在计划中", f"action {action.id} is already in the plan"))
        self._removed.discard(action.id)
        self._actions.insert(len(self._actions) if index is None else index, action)

    def add_custom(
        self,
        title: str,
        lead: str = DEFAULT_CUSTOM_LEAD,
        *,
        partners: Iterable[str] = (),
        kpi: str = "",
        description: str = "",
    ) -> Action:
        """A new action typed by the user, appended at the end with the next free ``user.N`` ID: its "1+N" and its
        KPI as given (checked as an edit of them would be)."""
        text = _user_text("title", title, required=True, action=_NEW_ACTION)
        checked_lead = _clean("lead", lead, _NEW_ACTION)
        checked_partners = _clean("partners", tuple(partners), _NEW_ACTION)
        checked_kpi = _user_text("kpi", kpi, required=False, action=_NEW_ACTION)
        checked_description = _user_text("description", description, required=False, action=_NEW_ACTION)
        used = {a.id for a in self._actions}
        number = 1
        while f"{USER_PREFIX}{number}" in used:
            number += 1
        empty = Text("", "")
        action = Action(
            id=f"{USER_PREFIX}{number}",
            recommendation="",
            draws_on=(),
            title=text,
            description=checked_description,
            kpi=checked_kpi,
            why=empty,
            priority=Priority.MEDIUM,
            phase=Phase.NEAR,
            lead=str(checked_lead),
            partners=tuple(checked_partners),  # type: ignore[arg-type]
            paragraphs=(),
            user_added=True,
        )
        self._actions.append(action)
        return action

    def reports(self, action_id: str) -> tuple[ProgressReport, ...]:
        """The progress reports on an action, oldest 填报日期 first (empty when none came back yet)."""
        self._index(action_id)
        return self._progress.get(action_id, ())

    def latest_report(self, action_id: str) -> ProgressReport | None:
        reports = self.reports(action_id)
        return reports[-1] if reports else None

    @property
    def progress_reports(self) -> dict[str, tuple[ProgressReport, ...]]:
        """Every action's reports, by action ID (only actions with at least one report)."""
        return dict(self._progress)

    def add_report(self, action_id: str, report: ProgressReport) -> None:
        """Keep a unit's report on an action (in 填报日期 order). The action's own fields are not changed here."""
        self._index(action_id)
        reports = (*self._progress.get(action_id, ()), report)
        self._progress[action_id] = tuple(sorted(reports, key=lambda r: r.reported_on))

    def remove(self, action_id: str) -> Action:
        action = self._actions.pop(self._index(action_id))
        self._progress.pop(action_id, None)  # its history stays in the plan's saved revisions
        if not action.id.startswith(USER_PREFIX):  # a generated action, even one kept as the user's own
            self._removed.add(action_id)
        return action

    def forget_removed(self) -> None:
        """Let the next regeneration propose again the generated actions the user removed."""
        self._removed.clear()

    def move(self, action_id: str, new_index: int) -> None:
        if not 0 <= new_index < len(self._actions):
            raise PlanError(Text(f"位置 {new_index} 超出范围", f"position {new_index} is out of range"))
        action = self._actions.pop(self._index(action_id))
        self._actions.insert(new_index, action)

    def update(self, action_id: str, **changes: object) -> Action:
        """Change editable fields; text the user types becomes ``Text.same``. Changed generated fields are recorded."""
        index = self._index(action_id)
        action = self._actions[index]
        values: dict[str, object] = {}
        for name, value in changes.items():
            if name not in EDITABLE_FIELDS:
                raise PlanError(
                    Text(
                        f"{_named(action).zh}的“{FIELD_NAMES_ZH.get(name, name)}”字段不能修改",
                        f"Field '{name}' of {_named(action).en} cannot be edited",
                    )
                )
            values[name] = _clean(name, value, _named(action))
        start = values.get("start", action.start)
        end = values.get("end", action.end)
        if isinstance(start, date) and isinstance(end, date) and end < start:
            raise PlanError(
                Text(
                    f"{_named(action).zh}的结束日期 {end.isoformat()} 早于开始日期 {start.isoformat()}",
                    f"{_capital(_named(action).en)}: end date {end.isoformat()} is before start date "
                    f"{start.isoformat()}",
                )
            )
        changed = {n for n, v in values.items() if v != getattr(action, n)}
        edited = action.edited | {n for n in changed if n in GENERATED_FIELDS}
        phase = values.get("phase")
        if isinstance(phase, Phase) and "kpi" not in values and "kpi" not in action.edited:
            # A generated KPI states the time frame of the phase: moving the action moves its KPI's time frame too.
            # That is the plan keeping itself consistent, not an edit of the KPI: the next regeneration refreshes it.
            values["kpi"] = retime(action.kpi, action.phase, phase)
        updated = replace(action, **values, edited=frozenset(edited))  # type: ignore[arg-type]
        self._actions[index] = updated
        return updated

    def regenerate(self, new_actions: Sequence[Action]) -> RegenerationReport:
        """Replace the generated actions by a new proposal, keeping what the user did.

        Kept: user-added actions; for generated actions still proposed, the fields the user edited and the user-only
        fields (status, dates, owner, notes), and the user's order. New proposals are appended in proposal order.
        A generated action no longer proposed is dropped only if the user never worked on it; one with the user's
        work in it stays where it is and becomes the user's own (``user_added``), so that no later regeneration
        drops it either. Actions the user removed are not proposed again.
        """
        proposed = {a.id: a for a in new_actions}
        kept: list[Action] = []
        dropped: list[Action] = []
        kept_by_user: list[Action] = []
        for old in self._actions:
            new = proposed.get(old.id)
            if new is None:
                if old.user_added:
                    kept.append(old)
                elif has_user_work(old) or old.id in self._progress:
                    adopted = replace(old, user_added=True)
                    kept.append(adopted)
                    kept_by_user.append(adopted)
                else:
                    dropped.append(old)
                continue
            # Still (or again) proposed: the proposal's fresh texts, with everything the user set carried over. An
            # action kept earlier because of the user's work is a generated one again when proposed again.
            carried = {name: getattr(old, name) for name in (*old.edited, *USER_FIELDS)}
            merged = replace(new, **carried, edited=old.edited)
            if "kpi" not in old.edited:  # the fresh KPI's time frame follows the phase the user chose, if any
                merged = replace(merged, kpi=retime(new.kpi, new.phase, merged.phase))
            kept.append(merged)
        present = {a.id for a in self._actions}
        added = [a for a in new_actions if a.id not in present and a.id not in self._removed]
        kept_generated = sum(1 for a in kept if not a.user_added)
        self._actions = kept + added
        return RegenerationReport(added, dropped, kept_generated, kept_by_user)

    def progress(self, today: date) -> PlanProgress:
        counts = dict.fromkeys(("done", "in_progress", "not_started", "overdue", "shelved"), 0)
        for action in self._actions:
            if action.status is Status.DONE:
                counts["done"] += 1
            elif action.status is Status.SHELVED:
                counts["shelved"] += 1
            elif action.end is not None and action.end < today:
                counts["overdue"] += 1
            else:
                counts[action.status.value] += 1
        return PlanProgress(total=len(self._actions), **counts)

    def to_data(self) -> dict[str, object]:
        return {
            "format": PLAN_FORMAT,
            "version": PLAN_VERSION,
            "actions": [_action_to_data(a) for a in self._actions],
            "removed": sorted(self._removed),
            **({"report": dict(self.report)} if self.report else {}),
            **({"progress": progress_to_data(self._progress)} if self._progress else {}),
        }

    @classmethod
    def from_data(cls, data: object) -> ActionPlan:
        """The plan a ``to_data()`` dict describes; ``PlanError`` names the first field that is wrong."""
        if not isinstance(data, Mapping) or data.get("format") != PLAN_FORMAT:
            raise PlanError(Text("不是 ZonePlanner 行动计划数据", "not ZonePlanner action-plan data"))
        if data.get("version") != PLAN_VERSION:
            raise PlanError(
                Text(f"不支持的计划版本 {data.get('version')!r}", f"unsupported plan version {data.get('version')!r}")
            )
        actions = data.get("actions")
        removed = data.get("removed", [])
        if not isinstance(actions, list):
            raise PlanError(Text("计划数据缺少 actions 列表", "plan data has no actions list"))
        if not isinstance(removed, list) or not all(isinstance(r, str) for r in removed):
            raise PlanError(Text("计划数据的 removed 应为文字列表", "plan data 'removed' must be a list of text"))
        report = data.get("report")
        try:
            progress = progress_from_data(data.get("progress"))
        except ProgressError as error:
            raise PlanError(error.message) from None
        return cls(
            (_action_from_data(raw, n) for n, raw in enumerate(actions)),
            removed,
            report if isinstance(report, Mapping) else None,
            progress,
        )

    def _index(self, action_id: str) -> int:
        for index, action in enumerate(self._actions):
            if action.id == action_id:
                return index
        raise PlanError(Text(f"计划中没有行动 {action_id}", f"no action {action_id} in the plan"))


def has_user_work(action: Action) -> bool:
    """Whether the user put something into an action: a status, dates, an owner, notes, or any edited field."""
    return bool(
        action.status is not Status.NOT_STARTED
        or action.start
        or action.end
        or action.owner.strip()
        or action.notes.strip()
        or action.edited
    )


def _named(action: Action) -> Text:
    """How a message names an action: by its title, as the user reads it in the table (its ID is internal)."""
    return Text(f"行动“{action.title.zh}”", f"the action “{action.title.en}”")


_NEW_ACTION = Text("新行动", "the new action")


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _user_text(name: str, value: object, required: bool, action: Text) -> Text:
    if isinstance(value, Text):
        text = value
    elif isinstance(value, str):
        text = Text.same(value)
    else:
        raise _bad(action, name, value)
    if required and not (text.zh.strip() and text.en.strip()):
        raise PlanError(
            Text(
                f"{action.zh}的{FIELD_NAMES_ZH.get(name, name)}不能为空",
                f"The {name} of {action.en} cannot be empty",
            )
        )
    return text


def _clean(name: str, value: object, action: Text) -> object:
    """Check one edited value and bring it to the field's type."""
    if name in TEXT_FIELDS:
        return _user_text(name, value, name == "title", action)
    enums: dict[str, type[Priority] | type[Phase] | type[Status]] = {
        "priority": Priority,
        "phase": Phase,
        "status": Status,
    }
    if name in enums:
        enum = enums[name]
        if isinstance(value, str) and value in enum._value2member_map_:
            return enum(value)
        raise _bad(action, name, value)
    if name == "lead":
        if not isinstance(value, str) or not value.strip():
            raise _bad(action, name, value)
        return value
    if name == "partners":
        if isinstance(value, str) or not isinstance(value, Iterable):
            raise _bad(action, name, value)
        partners = tuple(value)
        if not all(isinstance(p, str) and p for p in partners) or len(set(partners)) != len(partners):
            raise _bad(action, name, value)
        return partners
    if name in ("start", "end"):
        return _date(value, action, name)
    if not isinstance(value, str):  # owner, notes
        raise _bad(action, name, value)
    return value


def _date(value: object, action: Text, name: str) -> date | None:
    if value is None or isinstance(value, date):
        return value
    if isinstance(value, str):
        if not value.strip():
            return None
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise _bad(action, name, value)


def _bad(action: Text, name: str, value: object) -> PlanError:
    return PlanError(
        Text(
            f"{action.zh}的{FIELD_NAMES_ZH.get(name, name)}“{value}”无效",
            f"{_capital(action.en)}: invalid value {value!r} for '{name}'",
        )
    )


def _text_data(text: Text) -> dict[str, str]:
    return {"zh": text.zh, "en": text.en}


def _action_to_data(action: Action) -> dict[str, object]:
    return {
        "id": action.id,
        "recommendation": action.recommendation,
        "draws_on": list(action.draws_on),
        "title": _text_data(action.title),
        "description": _text_data(action.description),
        "kpi": _text_data(action.kpi),
        "why": _text_data(action.why),
        "priority": action.priority.value,
        "phase": action.phase.value,
        "lead": action.lead,
        "partners": list(action.partners),
        "paragraphs": list(action.paragraphs),
        "status": action.status.value,
        "start": action.start.isoformat() if action.start else None,
        "end": action.end.isoformat() if action.end else None,
        "owner": action.owner,
        "notes": action.notes,
        "user_added": action.user_added,
        "edited": sorted(action.edited),
        "basis": action.basis,
        "depends_on": list(action.depends_on),
        "indicator": None if action.indicator is None else _indicator_to_data(action.indicator),
    }


def _indicator_to_data(indicator: Indicator) -> dict[str, object]:
    return {
        "id": indicator.indicator_id,
        "name": _text_data(indicator.name),
        "unit": _text_data(indicator.unit),
        "base": indicator.base,
        "base_year": indicator.base_year,
        "target": indicator.target,
        "target_year": indicator.target_year,
    }


def _action_from_data(raw: object, number: int) -> Action:
    where = f"actions[{number}]"
    if not isinstance(raw, Mapping):
        raise PlanError(Text(f"{where} 应为对象", f"{where} must be an object"))

    def field(name: str, kind: type | tuple[type, ...]) -> object:
        value = raw.get(name)
        if not isinstance(value, kind) or isinstance(value, bool) is not (kind is bool):
            raise PlanError(Text(f"{where}.{name} 的值 {value!r} 无效", f"{where}.{name}: invalid value {value!r}"))
        return value

    def text(name: str) -> Text:
        value = field(name, dict)
        assert isinstance(value, dict)
        if not all(isinstance(value.get(lang), str) for lang in ("zh", "en")):
            raise PlanError(Text(f"{where}.{name} 应含 zh 和 en 文字", f"{where}.{name} needs zh and en text"))
        return Text(value["zh"], value["en"])

    def strings(name: str) -> tuple[str, ...]:
        value = field(name, list)
        assert isinstance(value, list)
        if not all(isinstance(v, str) for v in value):
            raise PlanError(Text(f"{where}.{name} 应为文字列表", f"{where}.{name} must be a list of text"))
        return tuple(value)

    def choice(name: str, enum: type[Priority] | type[Phase] | type[Status]) -> str:
        value = field(name, str)
        if not isinstance(value, str) or value not in enum._value2member_map_:
            raise PlanError(Text(f"{where}.{name} 的值 {value!r} 无效", f"{where}.{name}: invalid value {value!r}"))
        return value

    paragraphs = field("paragraphs", list)
    assert isinstance(paragraphs, list)
    if not all(type(p) is int for p in paragraphs):
        raise PlanError(Text(f"{where}.paragraphs 应为整数列表", f"{where}.paragraphs must be whole numbers"))
    edited = set(strings("edited"))
    if not edited <= set(GENERATED_FIELDS):
        raise PlanError(Text(f"{where}.edited 含未知字段", f"{where}.edited names an unknown field"))
    action_id = str(field("id", str))
    # Plans saved before basis, depends_on and indicator existed: the basis was the recommendation.
    basis = str(field("basis", str)) if "basis" in raw else str(raw.get("recommendation", ""))
    depends_on = strings("depends_on") if "depends_on" in raw else ()
    indicator = _indicator_from_data(raw.get("indicator"), where)
    return Action(
        id=action_id,
        recommendation=str(field("recommendation", str)),
        draws_on=strings("draws_on"),
        title=text("title"),
        description=text("description"),
        kpi=text("kpi"),
        why=text("why"),
        priority=Priority(choice("priority", Priority)),
        phase=Phase(choice("phase", Phase)),
        lead=str(field("lead", str)),
        partners=strings("partners"),
        paragraphs=tuple(paragraphs),
        status=Status(choice("status", Status)),
        start=_stored_date(raw.get("start"), where, "start"),
        end=_stored_date(raw.get("end"), where, "end"),
        owner=str(field("owner", str)),
        notes=str(field("notes", str)),
        user_added=bool(field("user_added", bool)),
        edited=frozenset(edited),
        basis=basis,
        depends_on=depends_on,
        indicator=indicator,
    )


def _indicator_from_data(raw: object, where: str) -> Indicator | None:
    if raw is None:
        return None

    def bad(name: str, value: object) -> PlanError:
        return PlanError(
            Text(f"{where}.indicator.{name} 的值 {value!r} 无效", f"{where}.indicator.{name}: invalid value {value!r}")
        )

    if not isinstance(raw, Mapping):
        raise bad("", raw)

    def text(name: str) -> Text:
        value = raw.get(name)
        if not isinstance(value, Mapping) or not all(isinstance(value.get(lang), str) for lang in ("zh", "en")):
            raise bad(name, value)
        return Text(value["zh"], value["en"])

    def number(name: str) -> float | None:
        value = raw.get(name)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise bad(name, value)
        return float(value)

    def year(name: str) -> int | None:
        value = raw.get(name)
        if value is None:
            return None
        if type(value) is not int:
            raise bad(name, value)
        return value

    ident = raw.get("id", "")
    if not isinstance(ident, str):
        raise bad("id", ident)
    return Indicator(
        text("name"), text("unit"), number("target"), year("target_year"), number("base"), year("base_year"), ident
    )


def _stored_date(value: object, where: str, name: str) -> date | None:
    if value is None:
        return None
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise PlanError(Text(f"{where}.{name} 的日期 {value!r} 无效", f"{where}.{name}: invalid date {value!r}"))
