"""Action templates: ``resources/rules/actions.toml`` read, validated against the knowledge base and compiled once."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from desktop.models.data_file import NO_ENTRY, Entry, Problems, Table, read_toml
from desktop.models.errors import KnowledgeError
from desktop.models.formatting import number_text
from desktop.models.knowledge.types import ItemKind, KnowledgeBase
from desktop.models.matching.criteria import Criterion
from desktop.models.matching.parse import check_template, parse_criterion
from desktop.models.matching.rules import ACTIONS_FILE, rules_root, summarise
from desktop.models.plan.context import Context, read_context
from desktop.models.plan.types import Phase, Priority
from desktop.models.profile import Profile
from desktop.models.text import Text
from desktop.models.vocabulary import FIGURE_UNITS, Condition, Figure, Stage, label
from desktop.resources import resources_root

PLACEHOLDERS = frozenset({"zone", "industries", "stage", "target"})
# The KPI also states its time frame, which the action's phase sets (near: 一年内 / within a year…).
KPI_PLACEHOLDERS = PLACEHOLDERS | {"horizon"}
# The KPI of a zone's own target: what it measures, from which base to which target, by when.
TARGET_PLACEHOLDERS = frozenset({"indicator", "unit", "base", "base_year", "target", "target_year"})
# The vocabularies of format v2 the rules refer to (resources/profile/).
INDICATORS_FILE = "profile/indicators.toml"
PROBLEMS_FILE = "profile/problems.toml"
_PHASE_ORDER = (Phase.NEAR, Phase.MID, Phase.LONG)
_SLUG_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789-")


@dataclass(frozen=True, slots=True)
class TargetRule:
    """How a KPI's target number is set: fixed, or derived from a figure of the profile.

    Derived: ``clamp(round_half_up(figure × factor, decimals), minimum, maximum)``; when the figure is unknown the
    target is left "待填" for the zone to fill in (never a silent default) and the action's ``why`` says so.
    """

    value: float | None = None
    figure: Figure | None = None
    factor: float = 1.0
    minimum: float = 0.0
    maximum: float | None = None
    decimals: int = 0

    def compute(self, profile: Profile) -> tuple[float | None, Text | None]:
        """The target (None: 待填), and a note on how it was set (None for a fixed target)."""
        if self.value is not None or self.figure is None:
            return (self.value or 0.0), None
        name, unit = label(self.figure), FIGURE_UNITS[self.figure]
        known = profile.figures.get(self.figure)
        if known is None:
            return None, Text(
                f"{name.zh}未填写，目标值待填",
                f"{name.en} not given, so the target is left to fill in",
            )
        scale = 10**self.decimals
        target = math.floor(known * self.factor * scale + 0.5) / scale
        target = max(self.minimum, target)
        capped = self.maximum is not None and target > self.maximum
        if self.maximum is not None:
            target = min(self.maximum, target)
        shown = number_text(target)
        factor = f"{number_text(self.factor * 100)}%"
        en_unit = f" {unit.en}" if unit.en else ""
        if capped:  # say so: the figure times the factor is not the target shown
            return target, Text(
                f"目标按{name.zh} {number_text(known)}{unit.zh}的 {factor} 推算，以 {shown} 为上限",
                f"target {factor} of {name.en.lower()} ({number_text(known)}{en_unit}), at most {shown}",
            )
        return target, Text(
            f"目标 {shown} 按{name.zh} {number_text(known)}{unit.zh}的 {factor} 推算",
            f"target {shown} = {factor} of {name.en.lower()} ({number_text(known)}{en_unit})",
        )


@dataclass(frozen=True, slots=True)
class Variant:
    """Another title (and description) when a condition of the profile is true, false or not known, so that a title
    never asserts what the profile denies ("破除户籍壁垒" where there is none) nor what it does not know."""

    condition: Condition
    value: bool | None  # None: the profile does not know
    title: Text
    description: Text | None

    def applies(self, profile: Profile) -> bool:
        return profile.conditions[self.condition] is self.value


@dataclass(frozen=True, slots=True)
class IndicatorInfo:
    """An entry of resources/profile/indicators.toml: what a zone target measures."""

    name: Text
    unit: Text
    integer: bool


@dataclass(frozen=True, slots=True)
class ActionTemplate:
    measure: str | None  # rec.N.M it implements, None for a practice or a case lesson
    slug: str
    role: str  # key of the phase table
    score_from: str  # the item whose score decides threshold and priority: the measure, or the practice it applies
    threshold: int  # propose only when that score (tenths) reaches this
    title: Text
    description: Text
    kpi: Text
    target: TargetRule
    lead: str
    partners: tuple[str, ...]
    draws_on: tuple[str, ...]
    paragraphs: tuple[int, ...]
    when: tuple[Criterion, ...]  # all must hold to propose the action
    escalate: tuple[Criterion, ...]  # any that holds raises the priority one level
    action_id: str = ""
    basis: str = ""  # the rec.*, practice.* or case.* item the action implements
    only_in: tuple[str, ...] = ()  # contexts: proposed only when one of them holds
    not_in: tuple[str, ...] = ()  # contexts: never proposed when one of them holds
    min_phase: Phase | None = None  # never earlier than this (e.g. what needs approval from above)
    max_priority: Priority | None = None  # never more urgent than this (what the committee can only seek, not do)
    problems: tuple[str, ...] = ()  # stated problems that make it urgent (proposed whatever the score, one level up)
    indicators: tuple[str, ...] = ()  # zone targets (indicators.toml IDs) its KPI measures, first given wins
    effort: tuple[Text, Text] | None = None  # name and unit of what the KPI counts when no zone target applies
    after: tuple[str, ...] = ()  # actions that must come first when they are in the plan
    case_top: int = 0  # a case lesson: proposed only when its case is among this many best cases
    purpose: Text | None = None  # what the action is for, in plain words; the why opens with it
    case_min: float = 0.0  # ... and only when the zone's similarity to that case reaches this (0–100)
    variants: tuple[Variant, ...] = ()


@dataclass(frozen=True, slots=True)
class ActionTemplates:
    templates: tuple[ActionTemplate, ...]
    phases: Mapping[str, Mapping[Stage, Phase]]  # role → stage → phase (¶25: staged goals by life cycle)
    high_at: int  # tenths: a measure scoring at least this gives high priority
    medium_at: int
    contexts: Mapping[str, Context] = field(default_factory=dict)
    high_max: int = 5  # triage: at most this many high-priority actions
    near_max: int = 6  # at most this many actions within the first year
    indicators: Mapping[str, IndicatorInfo] = field(default_factory=dict)
    kpi_with_base: Text = field(default_factory=lambda: Text("", ""))  # the KPI of a zone target, its base given
    kpi_without_base: Text = field(default_factory=lambda: Text("", ""))
    problem_labels: Mapping[str, Text] = field(default_factory=dict)  # resources/profile/problems.toml


def read_action_templates(kb: KnowledgeBase, root: Path | None = None) -> tuple[ActionTemplates, list[Text]]:
    root = rules_root() if root is None else root
    file = f"{root.name}/{ACTIONS_FILE}"
    problems = Problems()
    empty = ActionTemplates((), {}, 700, 500)
    data = read_toml(problems, root.parent, file)
    if data is None:
        return empty, problems.messages
    # The format's vocabularies are the shipped ones, whichever rules are read (a copy of the rules elsewhere too).
    indicators = _read_indicators(problems, resources_root())
    problem_labels = _read_problem_labels(problems, resources_root())
    top = Entry(problems, file, NO_ENTRY, data)
    priority = top.subtable("priority", required=True)
    phase_table = top.subtable("phase", required=True)
    triage = top.subtable("triage")
    context_table = top.subtable("context") or {}
    action_tables = top.tables("action", required=True)
    kpi_table = top.subtable("kpi", required=any("indicators" in t for t in action_tables))
    top.finish()
    high_at, medium_at, propose_at = _read_priority(priority, file, problems)
    phases = _read_phases(phase_table, file, problems)
    high_max, near_max = _read_triage(triage, file, problems)
    contexts: dict[str, Context] = {}
    for name, table in context_table.items():
        entry = Entry(problems, file, f"context.{name}", table if isinstance(table, Mapping) else {})
        context = read_context(entry, name, entry.table)
        if context is not None:
            contexts[name] = context
    kpi_entry = Entry(problems, file, "kpi", kpi_table or {})
    required = kpi_table is not None
    with_base = kpi_entry.text("with_base", required=required)
    without_base = kpi_entry.text("without_base", required=required)
    kpi_entry.finish()
    for key, wording in (("with_base", with_base), ("without_base", without_base)):
        if wording is not None:
            check_template(wording, TARGET_PLACEHOLDERS, key, kpi_entry)
    known = _Known(kb, phases, propose_at, contexts, indicators, frozenset(problem_labels))
    templates: list[ActionTemplate] = []
    seen: set[str] = set()
    for table in action_tables:
        name = str(table.get("id") or f"{table.get('measure') or table.get('basis')}/{table.get('slug')}")
        entry = Entry(problems, file, name, table)
        template = _read_template(entry, known)
        if template is None:
            continue
        if template.action_id in seen:
            entry.report("行动编号重复", "action ID used twice")
            continue
        seen.add(template.action_id)
        templates.append(template)
    for template in templates:
        for before in template.after:
            if before not in seen or before == template.action_id:
                problems.add(
                    file,
                    template.action_id,
                    Text(f"after 中的“{before}”不是另一项行动", f"after “{before}” is not another action"),
                )
    mentioned = {str(t.get("measure")) for t in action_tables}  # broken templates are reported already
    for item in kb.of_kind(ItemKind.MEASURE):
        if item.id not in mentioned:
            missing = Text(f"建议 {item.id} 没有行动模板", f"measure {item.id} has no action template")
            problems.add(file, NO_ENTRY, missing)
    result = ActionTemplates(
        tuple(templates),
        phases,
        high_at,
        medium_at,
        contexts,
        high_max,
        near_max,
        indicators,
        with_base or Text("", ""),
        without_base or Text("", ""),
        problem_labels,
    )
    return result, problems.messages


@dataclass(frozen=True, slots=True)
class _Known:
    """What a template may refer to."""

    kb: KnowledgeBase
    phases: Mapping[str, Mapping[Stage, Phase]]
    propose_at: int
    contexts: Mapping[str, Context]
    indicators: Mapping[str, IndicatorInfo]
    problems: frozenset[str]


def _tables(data: Table | None, key: str) -> list[Table]:
    value = (data or {}).get(key, [])
    return [t for t in value if isinstance(t, Mapping)] if isinstance(value, list) else []


def _read_indicators(problems: Problems, resources: Path) -> dict[str, IndicatorInfo]:
    data = read_toml(problems, resources, INDICATORS_FILE)
    found: dict[str, IndicatorInfo] = {}
    for table in _tables(data, "indicator"):
        entry = Entry(problems, INDICATORS_FILE, str(table.get("id")), table)
        ident, name, unit = entry.string("id"), entry.text("label"), entry.text("unit")
        if ident and name and unit:
            found[ident] = IndicatorInfo(name, unit, table.get("integer") is True)
    return found


def _read_problem_labels(problems: Problems, resources: Path) -> dict[str, Text]:
    data = read_toml(problems, resources, PROBLEMS_FILE)
    found: dict[str, Text] = {}
    for table in _tables(data, "problem"):
        entry = Entry(problems, PROBLEMS_FILE, str(table.get("id")), table)
        ident, name = entry.string("id"), entry.text("label")
        if ident and name:
            found[ident] = name
    return found


def _read_triage(table: Table | None, file: str, problems: Problems) -> tuple[int, int]:
    if table is None:
        return 5, 6
    entry = Entry(problems, file, "triage", table)
    high_max, near_max = entry.integer("high_max", 1, 50), entry.integer("near_max", 1, 50)
    entry.finish()
    return high_max or 5, near_max or 6


def load_action_templates(kb: KnowledgeBase, root: Path | None = None) -> ActionTemplates:
    templates, problems = read_action_templates(kb, root)
    if problems:
        raise KnowledgeError(summarise(problems))
    return templates


def _read_priority(table: Table | None, file: str, problems: Problems) -> tuple[int, int, int]:
    if table is None:
        return 700, 500, 400
    entry = Entry(problems, file, "priority", table)
    high = entry.integer("high_at", 0, 100)
    medium = entry.integer("medium_at", 0, 100)
    propose = entry.integer("propose_at", 0, 100)
    entry.finish()
    if high is None or medium is None or propose is None:
        return 700, 500, 400
    if not propose <= medium <= high:
        entry.report("应满足 propose_at ≤ medium_at ≤ high_at", "needs propose_at ≤ medium_at ≤ high_at")
    return high * 10, medium * 10, propose * 10


def _read_phases(table: Table | None, file: str, problems: Problems) -> dict[str, dict[Stage, Phase]]:
    phases: dict[str, dict[Stage, Phase]] = {}
    if table is None:
        return phases
    for role, stages in table.items():
        entry = Entry(problems, file, f"phase.{role}", stages if isinstance(stages, Mapping) else {})
        if not isinstance(stages, Mapping):
            entry.report("应为“阶段 = 期限”的表", "must be a table of stage = phase")
            continue
        row = {stage: phase for stage in Stage if (phase := entry.enum(stage.value, Phase)) is not None}
        entry.finish()
        phases[role] = row
    return phases


def _read_template(entry: Entry, known: _Known) -> ActionTemplate | None:
    kb, phases, problems = known.kb, known.phases, entry.problems
    before = len(problems)
    measure = entry.string("measure", required=False)
    basis = entry.string("basis", required=False) or measure
    slug, role = entry.string("slug"), entry.string("role")
    action_id = entry.string("id", required=False) or f"{measure or basis}/{slug}"
    score_from = entry.string("score_from", required=False) or basis
    threshold = entry.integer("threshold", 0, 100, required=False)
    title, description, kpi = entry.text("title"), entry.text("description"), entry.text("kpi")
    target = _read_target(entry, entry.subtable("target", required=True))
    lead = entry.string("lead")
    partners = entry.strings("partners", required=True, non_empty=True)
    draws_on = entry.strings("draws_on", required=True)
    paragraphs = _read_paragraphs(entry, kb)
    when = _read_checks(entry, "when")
    escalate = _read_checks(entry, "escalate")
    only_in, not_in = entry.strings("only_in"), entry.strings("not_in")
    min_phase = entry.enum("min_phase", Phase) if entry.has("min_phase") else None
    max_priority = entry.enum("max_priority", Priority) if entry.has("max_priority") else None
    stated = entry.strings("problems")
    indicators = entry.strings("indicators")
    effort = _read_effort(entry)
    after = entry.strings("after")
    case_top = entry.integer("case_top", 1, 6, required=False) or 0
    case_min = entry.integer("case_min", 0, 100, required=False) or 0
    purpose = entry.text("purpose", required=False)
    variants = _read_variants(entry)
    entry.finish()
    if basis is None:
        entry.report("需要 measure 或 basis", "needs a measure or a basis")
    if measure is not None:
        item = kb.items.get(measure)
        if item is None or item.kind is not ItemKind.MEASURE:
            entry.report(
                f"“{measure}”不是知识库中的建议子措施",
                f"“{measure}” is not a measure of the knowledge base",
            )
    if basis is not None and basis != measure:
        source = kb.items.get(basis)
        if source is None or source.kind not in (ItemKind.PRACTICE, ItemKind.MEASURE, ItemKind.CASE):
            entry.report(
                f"basis“{basis}”不是知识库中的建议、做法或案例",
                f"basis “{basis}” is not a measure, practice or case of the knowledge base",
            )
    if score_from is not None and score_from != basis:
        source = kb.items.get(score_from)
        if source is None or source.kind not in (ItemKind.PRACTICE, ItemKind.MEASURE, ItemKind.CASE):
            entry.report(
                f"score_from“{score_from}”不是知识库中的做法、建议或案例",
                f"score_from “{score_from}” is not a practice, measure or case of the knowledge base",
            )
    if case_min and not case_top:
        entry.report("case_min 需与 case_top 一起使用", "case_min goes with case_top")
    if case_top and (basis is None or not basis.startswith("case.")):
        entry.report("case_top 只用于案例经验", "case_top is for case lessons only")
    if slug is not None and not set(slug) <= _SLUG_CHARS:
        entry.report("slug 只能用小写字母、数字和连字符", "slug may use only a-z, 0-9 and hyphens")
    if role is not None and role not in phases:
        entry.report(f"role“{role}”不在 [phase] 表中", f"role “{role}” is not in the [phase] table")
    elif role is not None and set(phases[role]) != set(Stage):
        entry.report(f"[phase.{role}] 未覆盖全部四个阶段", f"[phase.{role}] does not cover all four stages")
    for name in (*only_in, *not_in):
        if name not in known.contexts:
            entry.report(f"情形“{name}”不在 [context] 表中", f"context “{name}” is not in the [context] table")
    for problem in stated:
        if problem not in known.problems:
            entry.report(f"问题“{problem}”不在问题词表中", f"problem “{problem}” is not in the problem vocabulary")
    for indicator in indicators:
        if indicator not in known.indicators:
            entry.report(f"指标“{indicator}”不在指标词表中", f"indicator “{indicator}” is not in the vocabulary")
    texts = [("title", title), ("description", description), ("kpi", kpi)]
    texts += [(f"variant {n}", v.title) for n, v in enumerate(variants, 1)]
    for key, template in texts:
        if template is not None:
            check_template(template, KPI_PLACEHOLDERS if key == "kpi" else PLACEHOLDERS, key, entry)
    if kpi is not None and not ("{target}" in kpi.zh and "{target}" in kpi.en):
        entry.report("kpi 两种语言都必须含有 {target}", "kpi must contain {target} in both languages")
    if kpi is not None and not (kpi.zh.count("{horizon}") == 1 and kpi.en.count("{horizon}") == 1):
        # A time frame written out ("三年内") would contradict the phase the action gets in some zones.
        entry.report(
            "kpi 两种语言都必须恰好含有一次 {horizon}（期限由行动所处阶段决定）",
            "kpi must contain {horizon} exactly once in both languages (the phase of the action sets the time frame)",
        )
    if kpi is not None and kpi.en.startswith("{horizon}"):
        entry.report("kpi 英文不能以 {horizon} 开头（它是小写）", "the English kpi cannot start with {horizon}")
    _check_units(entry, kb, lead, partners)
    for ref in draws_on:
        ref_item = kb.items.get(ref)
        if ref_item is None or ref_item.kind not in (ItemKind.CASE, ItemKind.PRACTICE):
            entry.report(
                f"draws_on 中的“{ref}”不是知识库中的案例或做法",
                f"draws_on “{ref}” is not a case or practice",
            )
    if len(problems) > before:
        return None
    assert slug and role and score_from and basis and title and description and kpi and target and lead  # checked
    return ActionTemplate(
        measure,
        slug,
        role,
        score_from,
        known.propose_at if threshold is None else threshold * 10,
        title,
        description,
        kpi,
        target,
        lead,
        partners,
        draws_on,
        paragraphs,
        when,
        escalate,
        action_id=action_id,
        basis=basis,
        only_in=only_in,
        not_in=not_in,
        min_phase=min_phase,
        max_priority=max_priority,
        problems=stated,
        indicators=indicators,
        effort=effort,
        after=after,
        case_top=case_top,
        case_min=float(case_min),
        purpose=purpose,
        variants=variants,
    )


def _read_effort(entry: Entry) -> tuple[Text, Text] | None:
    table = entry.subtable("effort")
    if table is None:
        return None
    sub = entry.child("effort", table)
    name, unit = sub.text("name"), sub.text("unit")
    sub.finish()
    return None if name is None or unit is None else (name, unit)


def _read_variants(entry: Entry) -> tuple[Variant, ...]:
    variants: list[Variant] = []
    for number, table in enumerate(entry.tables("variant"), 1):
        sub = entry.child(Text(f"variant 第 {number} 条", f"variant {number}"), table)
        condition = sub.enum("condition", Condition)
        raw = sub._get("value", True)
        title = sub.text("title")
        description = sub.text("description", required=False)
        sub.finish()
        if raw not in (True, False, "unknown"):
            sub.report(
                f'value 应为 true、false 或 "unknown"，实为 {raw!r}',
                f'value must be true, false or "unknown", not {raw!r}',
            )
            continue
        if condition is not None and title is not None:
            variants.append(Variant(condition, None if raw == "unknown" else bool(raw), title, description))
    return tuple(variants)


def later_phase(first: Phase, second: Phase) -> Phase:
    return max(first, second, key=_PHASE_ORDER.index)


def _check_units(entry: Entry, kb: KnowledgeBase, lead: str | None, partners: tuple[str, ...]) -> None:
    for unit in ([lead] if lead else []) + list(partners):
        if unit not in kb.departments:
            entry.report(f"单位“{unit}”不在单位目录中", f"unit “{unit}” is not in the department catalogue")
    if not partners:
        entry.report("“1+N” 需要至少一个配合单位", "“1+N” needs at least one partner unit")
    if lead in partners or len(set(partners)) != len(partners):
        entry.report("牵头单位不能兼任配合单位，配合单位不能重复", "lead and partners must all differ")


def _read_paragraphs(entry: Entry, kb: KnowledgeBase) -> tuple[int, ...]:
    highest = max((p for item in kb.items.values() for p in item.paragraphs), default=1)
    value = entry.table.get("paragraphs")
    entry.used.add("paragraphs")
    if not isinstance(value, list) or not value or not all(type(p) is int and 1 <= p <= highest for p in value):
        entry.report(
            f"paragraphs 应为 1–{highest} 的段落号列表",
            f"paragraphs must be a list of ¶ numbers 1–{highest}",
        )
        return ()
    return tuple(sorted(set(value)))


def _read_checks(entry: Entry, key: str) -> tuple[Criterion, ...]:
    checks: list[Criterion] = []
    for number, table in enumerate(entry.tables(key), 1):
        sub = entry.child(Text(f"{key} 第 {number} 条", f"{key} {number}"), table)
        check = parse_criterion(sub, None)
        if check is not None:
            sub.finish()
            if check.kind == "similarity":
                sub.report("行动条件不能使用 similarity", "an action condition cannot use similarity")
                continue
            checks.append(check)
    return tuple(checks)


def _read_target(action: Entry, table: Table | None) -> TargetRule | None:
    if table is None:
        return None
    entry = action.child("target", table)
    if "value" in table:
        value = entry.number("value", low=0.0, required=True)
        entry.finish()
        return None if value is None else TargetRule(value=value)
    figure = entry.enum("figure", Figure)
    factor = entry.number("factor", low=1e-9, required=True)
    minimum = entry.number("min", low=0.0) or 0.0
    maximum = entry.number("max", low=0.0)
    decimals = entry.integer("decimals", 0, 2, required=False) or 0
    entry.finish()
    if figure is None or factor is None:
        return None
    if maximum is not None and maximum < minimum:
        entry.report("max 小于 min", "max is below min")
        return None
    return TargetRule(None, figure, factor, minimum, maximum, decimals)


def priority_for(score_tenths: int, templates: ActionTemplates, escalated: bool) -> Priority:
    """Priority from the measure's score band, raised one level when a severe gap of the zone calls for it."""
    order = (Priority.LOW, Priority.MEDIUM, Priority.HIGH)
    level = 2 if score_tenths >= templates.high_at else 1 if score_tenths >= templates.medium_at else 0
    return order[min(2, level + (1 if escalated else 0))]
