"""A tiny knowledge base and rule files written in a test: for the engine's mechanics, apart from the shipped data."""

from __future__ import annotations

from pathlib import Path

from desktop.models.knowledge.types import (
    Department,
    EndowmentRating,
    ItemKind,
    KnowledgeBase,
    KnowledgeItem,
    Source,
)
from desktop.models.text import Text
from desktop.models.vocabulary import Endowment

# The case's ratings in the profile's order: natural, transport, research, talent, capital, leading, sme, inter.
CASE_RATINGS = (1, 2, 5, 4, 3, 3, 3, 3)  # sum 24


def _item(
    item_id: str,
    kind: ItemKind,
    title: str,
    paragraphs: tuple[int, ...],
    parent: str | None = None,
    profile: dict[Endowment, EndowmentRating] | None = None,
) -> KnowledgeItem:
    return KnowledgeItem(item_id, kind, Text(title, title), Text("", ""), paragraphs, parent, (), (), profile)


def tiny_kb() -> KnowledgeBase:
    ratings = {e: EndowmentRating(v, Text("", ""), (4,)) for e, v in zip(Endowment, CASE_RATINGS, strict=True)}
    items = [
        _item("case.alpha", ItemKind.CASE, "Alpha", (4,), profile=ratings),
        _item("case.beta", ItemKind.CASE, "Beta", (5,), profile=ratings),
        _item("rec.9", ItemKind.RECOMMENDATION, "Parent", (25,)),
        _item("rec.9.1", ItemKind.MEASURE, "Measure", (25, 28), parent="rec.9"),
    ]
    departments = {
        d: Department(d, Text(d, d), d.split(".")[0], Text("", ""))
        for d in ("committee.office", "committee.finance", "partner.bank")
    }
    source = Source("t", Text("", ""), "2019-06-14", (), Text("", ""), Text("", ""), Text("", ""))
    return KnowledgeBase("1", "2024-01-01", source, {i.id: i for i in items}, (), departments)


CASES_TOML = """
[[item]]
id = "case.alpha"

[[item.criterion]]
kind = "similarity"
points = 33.3
reason = { zh = "{fact}", en = "{fact}" }
gap = { zh = "差距：{shortfalls}", en = "gaps: {shortfalls}" }

[[item.criterion]]
kind = "endowment_at_least"
endowment = "research_base"
threshold = 4
points = 46.7
reason = { zh = "{fact}，科研强", en = "{fact}: strong research" }
gap = { zh = "{fact}，科研弱", en = "{fact}: weak research" }

[[item.criterion]]
kind = "figure_at_least"
figure = "universities"
threshold = 3
points = 20
reason = { zh = "{fact}", en = "{fact}" }
gap = { zh = "{fact}", en = "{fact}" }
unknown = { zh = "{fact}，不知道有几所高校", en = "{fact}: nobody knows how many" }

[[item]]
id = "case.beta"

[[item.criterion]]
kind = "similarity"
points = 50
reason = { zh = "{fact}", en = "{fact}" }
gap = { zh = "{shortfalls}", en = "{shortfalls}" }

[[item.criterion]]
kind = "endowment_at_least"
endowment = "research_base"
threshold = 4
points = 50
reason = { zh = "{fact}", en = "{fact}" }
gap = { zh = "{fact}", en = "{fact}" }
"""

MEASURES_TOML = """
[[item]]
id = "rec.9.1"

[[item.criterion]]
kind = "endowment_at_most"
endowment = "capital"
threshold = 2
points = 60
reason = { zh = "{fact}，资本弱", en = "{fact}: weak capital" }
gap = { zh = "{fact}", en = "{fact}" }

[[item.criterion]]
kind = "condition_is"
condition = "guidance_fund"
value = false
points = 40
reason = { zh = "{fact}", en = "{fact}" }
gap = { zh = "{fact}", en = "{fact}" }
"""

ACTIONS_TOML = """
[priority]
propose_at = 40
medium_at = 55
high_at = 80

[phase.innovation]
nascent = "mid"
growth = "near"
mature = "near"
transforming = "long"

[[action]]
measure = "rec.9.1"
slug = "fund"
role = "innovation"
title = { zh = "为{zone}设立基金", en = "A fund for {zone}" }
description = { zh = "面向{industries}", en = "for {industries}" }
kpi = { zh = "{horizon}基金不低于 {target} 亿元", en = "a fund of at least {target} {horizon}" }
target = { figure = "output_100m_cny", factor = 0.005, min = 1 }
lead = "committee.finance"
partners = ["partner.bank"]
draws_on = ["case.alpha"]
paragraphs = [28]

[[action.escalate]]
kind = "endowment_at_most"
endowment = "capital"
threshold = 0
"""


def write_rules(root: Path) -> Path:
    """The tiny rule files in ``root/rules``; returns that folder."""
    rules = root / "rules"
    rules.mkdir(parents=True, exist_ok=True)
    (rules / "cases.toml").write_text(CASES_TOML, encoding="utf-8")
    (rules / "measures.toml").write_text(MEASURES_TOML, encoding="utf-8")
    (rules / "actions.toml").write_text(ACTIONS_TOML, encoding="utf-8")
    return rules
