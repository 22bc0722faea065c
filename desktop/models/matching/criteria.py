"""The kinds of criterion a rule may use: each reads one fact of the profile and judges it.

A criterion knows nothing of points or wording; the rule that holds it does. Each judgement carries the fact it read,
already in words ("高校与科研院所 5/5 ≥ 4"), so every reason and gap says which fact of the profile earned or lost
the points.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import ClassVar, Protocol

from desktop.models.formatting import NO, YES, join, number_text
from desktop.models.matching.types import CriterionStatus
from desktop.models.profile import Profile
from desktop.models.text import Text
from desktop.models.vocabulary import (
    ENDOWMENT_MAX,
    FIGURE_UNITS,
    Condition,
    Endowment,
    Figure,
    Industry,
    Kind,
    Level,
    Stage,
    label,
)

MET = CriterionStatus.MET
MISSING = CriterionStatus.MISSING
UNKNOWN = CriterionStatus.UNKNOWN

_NO_VALUES: Mapping[str, Text] = MappingProxyType({})
NOT_ASSESSED = Text("未评估", "not assessed")
NOT_KNOWN = Text("不清楚", "not known")
_SCALE = f"/{ENDOWMENT_MAX}"


@dataclass(frozen=True, slots=True)
class Judgement:
    """What a criterion found: met or not (or cannot tell), the fact in words, and the share of points earned."""

    status: CriterionStatus
    fact: Text
    earned: int = 1  # share of the criterion's points earned: earned / out_of (partial only for similarity)
    out_of: int = 1
    values: Mapping[str, Text] = field(
        default_factory=lambda: _NO_VALUES
    )  # more placeholders for the reason and gap templates
    unknown: int = 0  # share of out_of that rests on values not known: neither earned nor a weakness (待核实)


class Criterion(Protocol):
    """One test of a profile. ``favours``/``disfavours``: endowments whose rise can only raise / lower the result."""

    kind: ClassVar[str]
    placeholders: ClassVar[frozenset[str]]  # template placeholders besides {fact} and {points}
    default_unknown: ClassVar[Text]  # what a 待核实 line says when the rule gives no ``unknown`` text

    @property
    def field(self) -> str: ...

    @property
    def favours(self) -> frozenset[Endowment]: ...

    @property
    def disfavours(self) -> frozenset[Endowment]: ...

    @property
    def industries(self) -> frozenset[Industry]: ...

    def judge(self, profile: Profile) -> Judgement: ...


class _CriterionBase:
    """Defaults of the ``Criterion`` protocol: reads no endowment either way and no industry; override what differs."""

    __slots__ = ()
    default_unknown: ClassVar[Text] = Text("{fact}", "{fact}")

    @property
    def favours(self) -> frozenset[Endowment]:
        return frozenset()

    @property
    def disfavours(self) -> frozenset[Endowment]:
        return frozenset()

    @property
    def industries(self) -> frozenset[Industry]:
        return frozenset()


def _binary(met: bool, fact: Text, values: Mapping[str, Text] = _NO_VALUES) -> Judgement:
    return Judgement(MET if met else MISSING, fact, 1 if met else 0, 1, values)


def _unknown_endowment(which: Endowment, threshold: int) -> Judgement:
    """A rating the zone has not assessed: judged neither way, it earns nothing and is listed as 待核实."""
    name = label(which)
    fact = Text(f"{name.zh}未评估", f"{name.en} not assessed")
    extra = {"label": name, "value": NOT_ASSESSED, "threshold": _same(threshold)}
    return Judgement(UNKNOWN, fact, 0, 1, extra, 1)


def _rating(which: Endowment, value: int, sign: str, threshold: int) -> Text:
    name = label(which)
    return Text(f"{name.zh} {value}{_SCALE} {sign} {threshold}", f"{name.en} {value}{_SCALE} {sign} {threshold}")


def _choices(values: tuple[object, ...]) -> Text:
    return join((label(v) for v in values if isinstance(v, Level | Kind | Stage | Industry)), "/", "/")


@dataclass(frozen=True, slots=True)
class EndowmentAtLeast(_CriterionBase):
    """The zone is strong enough in one endowment (a strength the item builds on)."""

    kind: ClassVar[str] = "endowment_at_least"
    placeholders: ClassVar[frozenset[str]] = frozenset({"label", "value", "threshold"})
    endowment: Endowment
    threshold: int

    @property
    def field(self) -> str:
        return f"endowments.{self.endowment}"

    @property
    def favours(self) -> frozenset[Endowment]:
        return frozenset({self.endowment})

    def judge(self, profile: Profile) -> Judgement:
        value = profile.endowments[self.endowment]
        if value is None:
            return _unknown_endowment(self.endowment, self.threshold)
        met = value >= self.threshold
        fact = _rating(self.endowment, value, "≥" if met else "<", self.threshold)
        extra = {"label": label(self.endowment), "value": Text.same(str(value)), "threshold": _same(self.threshold)}
        return _binary(met, fact, extra)


@dataclass(frozen=True, slots=True)
class EndowmentAtMost(_CriterionBase):
    """The zone is weak in one endowment (a weakness the item addresses)."""

    kind: ClassVar[str] = "endowment_at_most"
    placeholders: ClassVar[frozenset[str]] = frozenset({"label", "value", "threshold"})
    endowment: Endowment
    threshold: int

    @property
    def field(self) -> str:
        return f"endowments.{self.endowment}"

    @property
    def disfavours(self) -> frozenset[Endowment]:
        return frozenset({self.endowment})

    def judge(self, profile: Profile) -> Judgement:
        value = profile.endowments[self.endowment]
        if value is None:
            return _unknown_endowment(self.endowment, self.threshold)
        met = value <= self.threshold
        fact = _rating(self.endowment, value, "≤" if met else ">", self.threshold)
        extra = {"label": label(self.endowment), "value": Text.same(str(value)), "threshold": _same(self.threshold)}
        return _binary(met, fact, extra)


@dataclass(frozen=True, slots=True)
class EndowmentAnyAtLeast(_CriterionBase):
    """At least one of several endowments is strong; the strongest (first on ties) is the fact cited."""

    kind: ClassVar[str] = "endowment_any_at_least"
    placeholders: ClassVar[frozenset[str]] = frozenset({"label", "value", "threshold"})
    endowments: tuple[Endowment, ...]
    threshold: int

    @property
    def field(self) -> str:
        return "endowments"

    @property
    def favours(self) -> frozenset[Endowment]:
        return frozenset(self.endowments)

    def judge(self, profile: Profile) -> Judgement:
        known = [(e, v) for e in self.endowments if (v := profile.endowments[e]) is not None]
        met = [(e, v) for e, v in known if v >= self.threshold]
        if not met and len(known) < len(self.endowments):
            # One of them might reach the threshold: not judged until it is assessed.
            return _unknown_any(self.endowments, known, self.threshold)
        best, value = max(met or known, key=lambda p: (p[1], -self.endowments.index(p[0])))
        extra = {"label": label(best), "value": Text.same(str(value)), "threshold": _same(self.threshold)}
        if value >= self.threshold:
            return _binary(True, _rating(best, value, "≥", self.threshold), extra)
        names = join(label(e) for e in self.endowments)
        fact = Text(
            f"{names.zh}均低于 {self.threshold}（最高 {value}{_SCALE}）",
            f"{names.en} all below {self.threshold} (best {value}{_SCALE})",
        )
        return _binary(False, fact, extra)


@dataclass(frozen=True, slots=True)
class EndowmentAnyAtMost(_CriterionBase):
    """At least one of several endowments is weak; the weakest (first on ties) is the fact cited."""

    kind: ClassVar[str] = "endowment_any_at_most"
    placeholders: ClassVar[frozenset[str]] = frozenset({"label", "value", "threshold"})
    endowments: tuple[Endowment, ...]
    threshold: int

    @property
    def field(self) -> str:
        return "endowments"

    @property
    def disfavours(self) -> frozenset[Endowment]:
        return frozenset(self.endowments)

    def judge(self, profile: Profile) -> Judgement:
        known = [(e, v) for e in self.endowments if (v := profile.endowments[e]) is not None]
        met = [(e, v) for e, v in known if v <= self.threshold]
        if not met and len(known) < len(self.endowments):
            return _unknown_any(self.endowments, known, self.threshold)
        worst, value = min(met or known, key=lambda p: (p[1], self.endowments.index(p[0])))
        extra = {"label": label(worst), "value": Text.same(str(value)), "threshold": _same(self.threshold)}
        if value <= self.threshold:
            return _binary(True, _rating(worst, value, "≤", self.threshold), extra)
        names = join(label(e) for e in self.endowments)
        fact = Text(
            f"{names.zh}均高于 {self.threshold}（最低 {value}{_SCALE}）",
            f"{names.en} all above {self.threshold} (lowest {value}{_SCALE})",
        )
        return _binary(False, fact, extra)


def _unknown_any(wanted: tuple[Endowment, ...], known: list[tuple[Endowment, int]], threshold: int) -> Judgement:
    unknown = join(label(e) for e in wanted if e not in {k for k, _ in known})
    fact = Text(f"{unknown.zh}未评估", f"{unknown.en} not assessed")
    return Judgement(UNKNOWN, fact, 0, 1, {"label": unknown, "value": NOT_ASSESSED, "threshold": _same(threshold)}, 1)


@dataclass(frozen=True, slots=True)
class IndustryAny(_CriterionBase):
    """The zone has at least one of the industries; matched ones are listed in the rule's order, not the user's."""

    kind: ClassVar[str] = "industry_any"
    placeholders: ClassVar[frozenset[str]] = frozenset({"matched", "wanted"})
    wanted: tuple[Industry, ...]

    @property
    def field(self) -> str:
        return "industries"

    @property
    def industries(self) -> frozenset[Industry]:
        return frozenset(self.wanted)

    def judge(self, profile: Profile) -> Judgement:
        present = set(profile.industries)
        # " / " between English labels: they contain commas themselves ("Electronics, ICT and software").
        matched = join((label(i) for i in self.wanted if i in present), "、", " / ")
        wanted = join((label(i) for i in self.wanted), "、", " / ")
        extra = {"matched": matched, "wanted": wanted}
        if matched.zh:
            return _binary(True, Text(f"主导产业含{matched.zh}", f"leading industries include {matched.en}"), extra)
        return _binary(False, Text(f"主导产业不含{wanted.zh}", f"no leading industry among {wanted.en}"), extra)


@dataclass(frozen=True, slots=True)
class IndustryCountAtLeast(_CriterionBase):
    """The zone names many leading industries: a scattered focus."""

    kind: ClassVar[str] = "industry_count_at_least"
    placeholders: ClassVar[frozenset[str]] = frozenset({"value", "threshold"})
    threshold: int

    @property
    def field(self) -> str:
        return "industries"

    def judge(self, profile: Profile) -> Judgement:
        count = len(set(profile.industries))
        met = count >= self.threshold
        sign = "≥" if met else "<"
        fact = Text(
            f"主导产业 {count} 个 {sign} {self.threshold}", f"{count} leading industries {sign} {self.threshold}"
        )
        return _binary(met, fact, {"value": _same(count), "threshold": _same(self.threshold)})


@dataclass(frozen=True, slots=True)
class ProblemAny(_CriterionBase):
    """The zone states one of these problems (format v2 ``problems``): the item addresses what the zone says is wrong.

    A problem not stated is not evidence the zone lacks it, so the gap says only that none of them was stated.
    """

    kind: ClassVar[str] = "problem_any"
    placeholders: ClassVar[frozenset[str]] = frozenset({"matched", "wanted"})
    wanted: tuple[str, ...]
    labels: tuple[Text, ...]  # the problems' names, in the order of ``wanted``

    @property
    def field(self) -> str:
        return "problems"

    def judge(self, profile: Profile) -> Judgement:
        stated = set(profile.problems)
        matched = join(name for pid, name in zip(self.wanted, self.labels, strict=True) if pid in stated)
        wanted = join(self.labels, "、", " / ")
        extra = {"matched": matched, "wanted": wanted}
        if matched.zh:
            return _binary(
                True, Text(f"本区提出的问题：{matched.zh}", f"problem stated by the zone: {matched.en}"), extra
            )
        return _binary(
            False, Text(f"本区未提出{wanted.zh}问题", f"not among the zone's stated problems: {wanted.en}"), extra
        )


@dataclass(frozen=True, slots=True)
class StageIn(_CriterionBase):
    kind: ClassVar[str] = "stage_in"
    placeholders: ClassVar[frozenset[str]] = frozenset({"value", "wanted"})
    stages: tuple[Stage, ...]

    @property
    def field(self) -> str:
        return "stage"

    def judge(self, profile: Profile) -> Judgement:
        value = label(profile.stage)
        wanted = _choices(self.stages)
        extra = {"value": value, "wanted": wanted}
        if profile.stage in self.stages:
            return _binary(True, Text(f"发展阶段：{value.zh}", f"stage: {value.en}"), extra)
        fact = Text(f"发展阶段：{value.zh}（不属于{wanted.zh}）", f"stage: {value.en} (not {wanted.en})")
        return _binary(False, fact, extra)


@dataclass(frozen=True, slots=True)
class LevelIn(_CriterionBase):
    kind: ClassVar[str] = "level_in"
    placeholders: ClassVar[frozenset[str]] = frozenset({"value", "wanted"})
    levels: tuple[Level, ...]

    @property
    def field(self) -> str:
        return "level"

    def judge(self, profile: Profile) -> Judgement:
        return _judge_choice(profile.level, self.levels, Text("级别", "level"))


@dataclass(frozen=True, slots=True)
class KindIn(_CriterionBase):
    kind: ClassVar[str] = "kind_in"
    placeholders: ClassVar[frozenset[str]] = frozenset({"value", "wanted"})
    kinds: tuple[Kind, ...]

    @property
    def field(self) -> str:
        return "kind"

    def judge(self, profile: Profile) -> Judgement:
        return _judge_choice(profile.kind, self.kinds, Text("类型", "kind"))


def _judge_choice(actual: Level | Kind | None, wanted: tuple[Level | Kind, ...], name: Text) -> Judgement:
    wanted_text = _choices(wanted)
    if actual is None:
        fact = Text(f"{name.zh}未填写", f"{name.en} not given")
        return Judgement(UNKNOWN, fact, 0, 1, {"value": Text("未填写", "not given"), "wanted": wanted_text}, 1)
    value = label(actual)
    extra = {"value": value, "wanted": wanted_text}
    if actual in wanted:
        return _binary(True, Text(f"{name.zh}：{value.zh}", f"{name.en}: {value.en}"), extra)
    fact = Text(f"{name.zh}：{value.zh}（不属于{wanted_text.zh}）", f"{name.en}: {value.en} (not {wanted_text.en})")
    return _binary(False, fact, extra)


@dataclass(frozen=True, slots=True)
class ConditionIs(_CriterionBase):
    """One diagnostic flag of the profile has the given value."""

    kind: ClassVar[str] = "condition_is"
    placeholders: ClassVar[frozenset[str]] = frozenset({"label", "value"})
    condition: Condition
    value: bool

    @property
    def field(self) -> str:
        return f"conditions.{self.condition}"

    def judge(self, profile: Profile) -> Judgement:
        actual = profile.conditions[self.condition]
        name = label(self.condition)
        if actual is None:
            fact = Text(f"{name.zh}：{NOT_KNOWN.zh}", f"{name.en}: {NOT_KNOWN.en}")
            return Judgement(UNKNOWN, fact, 0, 1, {"label": name, "value": NOT_KNOWN}, 1)
        answer = YES if actual else NO
        fact = Text(f"{name.zh}：{answer.zh}", f"{name.en}: {answer.en}")
        return _binary(actual == self.value, fact, {"label": name, "value": answer})


def _figure_fact(which: Figure, value: float, sign: str, threshold: float) -> Text:
    name, unit = label(which), FIGURE_UNITS[which]
    shown = number_text(value)
    en_unit = f" {unit.en}" if unit.en else ""
    return Text(
        f"{name.zh} {shown}{unit.zh} {sign} {number_text(threshold)}",
        f"{name.en} {shown}{en_unit} {sign} {number_text(threshold)}",
    )


def _figure_unknown(which: Figure, threshold: float) -> Judgement:
    name = label(which)
    extra = {
        "label": name,
        "value": Text("未填写", "not given"),
        "threshold": _same(threshold),
        "unit": FIGURE_UNITS[which],
    }
    return Judgement(UNKNOWN, Text(f"{name.zh}未填写", f"{name.en} not given"), 0, 1, extra, 1)


@dataclass(frozen=True, slots=True)
class FigureAtLeast(_CriterionBase):
    kind: ClassVar[str] = "figure_at_least"
    placeholders: ClassVar[frozenset[str]] = frozenset({"label", "value", "threshold", "unit"})
    figure: Figure
    threshold: float

    @property
    def field(self) -> str:
        return f"figures.{self.figure}"

    def judge(self, profile: Profile) -> Judgement:
        value = profile.figures.get(self.figure)
        if value is None:
            return _figure_unknown(self.figure, self.threshold)
        met = value >= self.threshold
        fact = _figure_fact(self.figure, value, "≥" if met else "<", self.threshold)
        return _binary(met, fact, _figure_values(self.figure, value, self.threshold))


@dataclass(frozen=True, slots=True)
class FigureAtMost(_CriterionBase):
    kind: ClassVar[str] = "figure_at_most"
    placeholders: ClassVar[frozenset[str]] = frozenset({"label", "value", "threshold", "unit"})
    figure: Figure
    threshold: float

    @property
    def field(self) -> str:
        return f"figures.{self.figure}"

    def judge(self, profile: Profile) -> Judgement:
        value = profile.figures.get(self.figure)
        if value is None:
            return _figure_unknown(self.figure, self.threshold)
        met = value <= self.threshold
        fact = _figure_fact(self.figure, value, "≤" if met else ">", self.threshold)
        return _binary(met, fact, _figure_values(self.figure, value, self.threshold))


def _figure_values(which: Figure, value: float, threshold: float) -> dict[str, Text]:
    return {
        "label": label(which),
        "value": Text.same(number_text(value)),
        "threshold": _same(threshold),
        "unit": FIGURE_UNITS[which],
    }


@dataclass(frozen=True, slots=True)
class FiguresUnknownAtLeast(_CriterionBase):
    """Several key figures are not given: the zone does not know its own baseline (¶22's "摸清家底")."""

    kind: ClassVar[str] = "figures_unknown_at_least"
    placeholders: ClassVar[frozenset[str]] = frozenset({"value", "threshold", "missing"})
    threshold: int

    @property
    def field(self) -> str:
        return "figures"

    def judge(self, profile: Profile) -> Judgement:
        missing = [f for f in Figure if f not in profile.figures]
        names = join(label(f) for f in missing)
        count, total = len(missing), len(Figure)
        extra = {"value": _same(count), "threshold": _same(self.threshold), "missing": names}
        if count >= self.threshold:
            fact = Text(
                f"{total} 项主要指标中 {count} 项未填写（{names.zh}）",
                f"{count} of {total} key figures not given ({names.en})",
            )
            return _binary(True, fact, extra)
        if count == 0:
            return _binary(False, Text("主要指标均已填写", "all key figures given"), extra)
        fact = Text(f"主要指标仅 {count} 项未填写（{names.zh}）", f"only {count} key figures not given ({names.en})")
        return _binary(False, fact, extra)


@dataclass(frozen=True, slots=True)
class Similarity(_CriterionBase):
    """How much of a US case's endowment strength the zone matches (cases only), over what the article states.

    Only the endowments the article states for the case are compared (``ratings``); where it is silent the knowledge
    base holds no rating, so a placeholder can neither raise nor lower a score nor appear as case data.

    Measured as coverage: Σ min(zone, case) / Σ case over the compared endowments. It is one-sided on purpose: a zone
    that exceeds the case on an endowment loses nothing, so raising any endowment never lowers a case's score (a
    two-sided distance would punish a zone for being stronger than Houston in talent). Weighting by the case's own
    ratings makes the endowments the case grew from count most, and a zone with nothing scores exactly 0.

    Shrunk toward 0 by coverage: the share is multiplied by min(compared, full_at) / full_at, so a case the article
    describes on one endowment earns at most a quarter of these points (with ``full_at`` 4) and cannot come first on
    resemblance alone; the prior is 0, not a middle value, because a resemblance nobody stated is no evidence.
    An endowment the zone has not assessed earns nothing and its share is listed as 待核实 (points at stake).
    """

    kind: ClassVar[str] = "similarity"
    placeholders: ClassVar[frozenset[str]] = frozenset({"case", "percent", "shortfalls", "stated", "unknown"})
    default_unknown: ClassVar[Text] = Text(
        "本区未评估的禀赋：{unknown}，与{case}的相似度未计入这部分",
        "endowments not assessed in the zone: {unknown}; that part of the resemblance to {case} is not counted",
    )
    case_title: Text
    ratings: tuple[tuple[Endowment, int], ...]  # the case's stated ratings on the compared endowments, profile order
    stated: int  # how many of the eight endowments the article states for the case
    full_at: int  # compared endowments at which the resemblance counts fully

    @property
    def field(self) -> str:
        return "endowments"

    @property
    def favours(self) -> frozenset[Endowment]:
        return frozenset(e for e, _ in self.ratings)

    @property
    def total(self) -> int:
        return sum(value for _, value in self.ratings)

    @property
    def weight(self) -> int:
        return min(len(self.ratings), self.full_at)

    def judge(self, profile: Profile) -> Judgement:
        coverage = Text.same(f"{self.stated}/{len(Endowment)}")
        if not self.ratings:
            fact = Text(
                f"原文未给出{self.case_title.zh}可比较的禀赋，不计相似度（基于 0/{len(Endowment)} 项禀赋）",
                f"the article states no comparable endowment of {self.case_title.en}, so no resemblance is "
                f"counted (based on 0/{len(Endowment)} endowments)",
            )
            extra = {
                "case": self.case_title,
                "percent": Text.same("—"),
                "shortfalls": _NONE,
                "stated": coverage,
                "unknown": _NONE,
            }
            return Judgement(MISSING, fact, 0, 1, extra)
        total = self.total
        covered = 0
        at_stake = 0
        shortfalls: list[tuple[int, int, Endowment, int, int]] = []
        unknown: list[Endowment] = []
        for index, (which, case_value) in enumerate(self.ratings):
            zone_value = profile.endowments[which]
            if zone_value is None:
                unknown.append(which)
                at_stake += case_value
                continue
            covered += min(zone_value, case_value)
            if zone_value < case_value:
                shortfalls.append((zone_value - case_value, index, which, zone_value, case_value))
        shortfalls.sort()  # largest shortfall first, then profile order
        percent = (200 * covered + total) // (2 * total)
        listed = [
            Text(f"{label(w).zh} {z}{_SCALE}（案例 {c}{_SCALE}）", f"{label(w).en} {z}{_SCALE} (case {c}{_SCALE})")
            for _, _, w, z, c in shortfalls[:3]
        ]
        compared = len(self.ratings)
        extra = {
            "case": self.case_title,
            "percent": Text.same(f"{percent}%"),
            "shortfalls": join(listed) if listed else _NONE,
            "stated": coverage,
            "unknown": join(label(e) for e in unknown) if unknown else _NONE,
        }
        fact = Text(
            f"资源禀赋覆盖{self.case_title.zh}的 {percent}%（{covered}/{total}，基于 {compared}/{len(Endowment)} 项"
            "原文述及的禀赋）",
            f"endowments cover {percent}% of {self.case_title.en}'s ({covered}/{total}, based on "
            f"{compared}/{len(Endowment)} endowments the article states)",
        )
        status = MET if covered else (UNKNOWN if unknown and len(unknown) == compared else MISSING)
        weight, scale = self.weight, self.full_at
        return Judgement(status, fact, covered * weight, total * scale, extra, at_stake * weight)


_NONE = Text("无", "none")


def _same(value: float) -> Text:
    return Text.same(number_text(value))
