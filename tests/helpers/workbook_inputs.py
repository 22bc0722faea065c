"""A small knowledge base, match result and plan built by hand, so the workbook is tested on its own."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.models.knowledge.types import (
    Department,
    EndowmentRating,
    GlossaryTerm,
    ItemKind,
    KnowledgeBase,
    KnowledgeItem,
    Source,
)
from desktop.models.matching.types import CriterionStatus, Gap, Match, MatchKind, MatchResult, Reason
from desktop.models.plan.types import Action, Phase, Priority, Status
from desktop.models.profile import Profile
from desktop.models.text import Text
from desktop.models.vocabulary import Condition, Endowment, Figure, Industry, Kind, Level, Stage

GENERATED_ON = date(2026, 3, 2)


def _item(item_id: str, kind: ItemKind, zh: str, en: str, **extra: object) -> KnowledgeItem:
    return KnowledgeItem(
        id=item_id,
        kind=kind,
        title=Text(zh, en),
        summary=Text(f"{zh}的摘要", f"Summary of {en}"),
        paragraphs=(7,),
        parent=None,
        related=(),
        facts=(),
        **extra,  # type: ignore[arg-type]
    )


CASE_RATINGS = {
    endowment: EndowmentRating(value, Text(f"案例{endowment.value}说明", f"case note {endowment.value}"), (7,))
    for endowment, value in zip(Endowment, (1, 3, 5, 5, 4, 3, 4, 3), strict=True)
}


@pytest.fixture
def kb() -> KnowledgeBase:
    items = [
        _item("trait.iur-innovation", ItemKind.TRAIT, "以产学研协同创新为动力", "Co-innovation as the engine"),
        _item(
            "case.boston-biotech",
            ItemKind.CASE,
            "波士顿生物技术集群",
            "Boston biotech",
            endowment_profile=CASE_RATINGS,
        ),
        _item("case.silicon-valley", ItemKind.CASE, "硅谷高新技术集群", "Silicon Valley"),
        _item("practice.fiscal-financial", ItemKind.PRACTICE, "财政金融支持", "Fiscal and financial support"),
        _item("rec.2.1", ItemKind.MEASURE, "设立集群创投基金", "Set up a cluster venture fund"),
        _item("rec.2.3", ItemKind.MEASURE, "组建产学研创新联盟", "Form an innovation alliance"),
    ]
    departments = [
        Department("committee.finance", Text("财政金融局", "Finance Bureau"), "committee", Text("财政", "finance")),
        Department(
            "committee.science-innovation",
            Text("科技创新局", "Science and Innovation Bureau"),
            "committee",
            Text("科技", "science"),
        ),
        Department("partner.university", Text("高校", "Universities"), "partner", Text("高校", "universities")),
        Department("partner.bank", Text("银行等金融机构", "Banks"), "partner", Text("银行", "banks")),
    ]
    return KnowledgeBase(
        version="2026.1",
        date="2026-01-15",
        source=Source(
            title="美国产业集群发展有哪些启示?",
            outlet=Text("中国电子报", "China Electronics News"),
            date="2019-06-14",
            authors=("张舰", "黎文娟"),
            institution=Text("赛迪智库规划研究所", "CCID Think Tank"),
            published_on=Text("中国开发区协会网站", "China Development Zone Association website"),
            citation=Text(
                "张舰等：《美国产业集群发展有哪些启示?》，中国电子报，2019年6月14日。", "Zhang Jian et al., 2019."
            ),
        ),
        items={item.id: item for item in items},
        glossary=(
            GlossaryTerm(
                "cluster",
                Text("产业集群", "industrial cluster"),
                Text("同一产业的企业集聚。", "Firms of one industry gathered in one place."),
                (1,),
            ),
            GlossaryTerm(
                "one-plus-n",
                Text("1+N", "1+N"),
                Text("一个牵头单位加多个配合单位。", "One lead and N partners."),
                (20, 21),
            ),
        ),
        departments={department.id: department for department in departments},
    )


def _match(item_id: str, kind: MatchKind, zh: str, en: str, reasons: list[tuple[str, float]], gaps: int) -> Match:
    return Match(
        id=item_id,
        kind=kind,
        title=Text(zh, en),
        score=sum(points for _, points in reasons),
        reasons=tuple(
            Reason(Text(text, f"en: {text}"), points, "endowments.research_base") for text, points in reasons
        ),
        gaps=tuple(
            Gap(Text(f"差距{n}", f"gap {n}"), CriterionStatus.MISSING if n % 2 else CriterionStatus.UNKNOWN, "", 10.0)
            for n in range(gaps)
        ),
        paragraphs=(7, 29),
    )


@pytest.fixture
def result() -> MatchResult:
    matches = [
        _match(
            "case.boston-biotech",
            MatchKind.CASE,
            "波士顿生物技术集群",
            "Boston biotech",
            [("高校与科研院所 5/5", 40.0), ("生物医药产业", 30.0), ("人才 4/5: +12.5", 12.5)],
            1,
        ),
        _match(
            "rec.2.3",
            MatchKind.RECOMMENDATION,
            "组建产学研创新联盟",
            "Form an innovation alliance",
            [("尚无产学研联盟", 45.0), ("科研基础较强", 25.0)],
            0,
        ),
        _match(
            "trait.iur-innovation",
            MatchKind.TRAIT,
            "以产学研协同创新为动力",
            "Co-innovation as the engine",
            [("科研基础", 60.0)],
            2,
        ),
        _match(
            "rec.2.1",
            MatchKind.RECOMMENDATION,
            "设立集群创投基金",
            "Set up a cluster venture fund",
            [("资本 2/5", 50.0)],
            1,
        ),
        _match("case.silicon-valley", MatchKind.CASE, "硅谷高新技术集群", "Silicon Valley", [("电子信息", 35.0)], 3),
        _match(
            "practice.fiscal-financial",
            MatchKind.PRACTICE,
            "财政金融支持",
            "Fiscal and financial support",
            [("资本弱", 20.0)],
            1,
        ),
    ]
    matches.sort(key=lambda match: (-match.score, match.id))
    return MatchResult("示例高新区", tuple(matches))


def make_action(number: int, **changes: object) -> Action:
    fields: dict[str, object] = {
        "id": f"rec.2.1/action-{number}",
        "recommendation": "rec.2.1",
        "draws_on": ("case.boston-biotech", "practice.fiscal-financial"),
        "title": Text(f"设立集群创投基金{number}", f"Set up fund {number}"),
        "description": Text("以少量财政资金撬动社会资本。", "Use a little public money to draw in private capital."),
        "kpi": Text("基金规模≥5亿元", "Fund size ≥ 500 million CNY"),
        "why": Text("资本薄弱", "Capital is weak"),
        "priority": (Priority.HIGH, Priority.MEDIUM, Priority.LOW)[number % 3],
        "phase": (Phase.NEAR, Phase.MID, Phase.LONG)[number % 3],
        "lead": "committee.finance",
        "partners": ("partner.bank", "partner.university"),
        "paragraphs": (28, 18),
    }
    fields.update(changes)
    return Action(**fields)  # type: ignore[arg-type]


@pytest.fixture
def actions() -> list[Action]:
    return [
        make_action(
            1,
            status=Status.IN_PROGRESS,
            start=date(2026, 4, 1),
            end=date(2026, 12, 31),
            owner="王主任",
            notes="已报管委会",
        ),
        make_action(2),
        make_action(
            3,
            recommendation="",
            draws_on=(),
            lead="committee.unknown-unit",
            partners=(),
            user_added=True,
            id="user.1",
            title=Text.same("自定义行动"),
            status=Status.SHELVED,
            end=date(2027, 6, 30),
        ),
        make_action(4, status=Status.DONE, start=date(2026, 5, 1)),
    ]


@pytest.fixture
def profile() -> Profile:
    return Profile(
        name="示例高新区",
        stage=Stage.GROWTH,
        industries=(Industry.BIOMED, Industry.ICT),
        endowments=dict(zip(Endowment, (1, 4, 5, 4, 2, 2, 3, 2), strict=True)),
        conditions={Condition.COLOCATED_ONLY: True, Condition.TALENT_BARRIERS: True},
        figures={Figure.AREA_KM2: 518.0, Figure.ENTERPRISES: 1200},
        province="湖北省",
        city="武汉市",
        level=Level.NATIONAL,
        kind=Kind.HITECH,
        goals="建成国内领先的生物医药集群",
        notes="",
    )


@pytest.fixture
def inputs(profile: Profile, result: MatchResult, actions: list[Action], kb: KnowledgeBase) -> dict[str, object]:
    """Keyword arguments of write_workbook, all but the target."""
    return {"profile": profile, "result": result, "actions": actions, "kb": kb, "generated_on": GENERATED_ON}
