"""How a match's score and its parts are named: one vocabulary for the window, the command line and the workbook.

A case's score is a *similarity* (how closely the zone resembles where the case grew, over what the article states);
a trait's, practice's or recommendation's score is a *relevance* (how much it applies to the zone). Neither is a test
the zone passes or fails, so their parts are said as reasons it applies (or compares) and reasons it applies less,
never as met/unmet. A value the zone has not given is 待核实: neither a strength nor a weakness.
"""

from __future__ import annotations

from enum import StrEnum

from desktop.models.text import Text
from desktop.models.vocabulary.kinds import MatchKind


class CriterionStatus(StrEnum):
    MET = "met"  # the item applies on this point: its reason earns points
    MISSING = "missing"  # the item applies less on this point (no points), a fact of the zone says so
    UNKNOWN = "unknown"  # not judged: the value it reads is not known (待核实)


# What a part of the score is called, by status (the status values stay internal).
GAP_STATUS: dict[CriterionStatus, Text] = {
    CriterionStatus.MET: Text("适用理由", "why it applies"),
    CriterionStatus.MISSING: Text("适用性较低的原因", "why it applies less"),
    CriterionStatus.UNKNOWN: Text("待核实", "to verify"),
}

# The score of a match, by kind: cases are compared, the other items applied.
SIMILARITY = Text("相似度", "Similarity")
RELEVANCE = Text("适用度", "Relevance")
SCORE = Text("相似度/适用度", "Similarity / relevance")  # a column holding both kinds

# The headings of a match's parts, by kind.
_APPLIES = Text("适用理由", "Why it applies")
_APPLIES_LESS = Text("适用性较低的原因", "Why it applies less")
_COMPARES = Text("相似之处", "Where it is alike")
_COMPARES_LESS = Text("差异之处", "Where it differs")
TO_VERIFY = Text("待核实", "To verify")
TO_VERIFY_HELP = Text(
    "未评估或不清楚的项目不计分，也不算短板；每条注明核实后得分最多可能变动的分值。",
    "Values not assessed or not known earn nothing and count as no weakness; each line says how far verifying it "
    "could move the score.",
)
NO_REASON = Text("暂无适用理由，得分为 0。", "Nothing in the profile makes it apply yet, so the score is 0.")
NOTHING_LESS = Text("无。", "None.")
ALL_KNOWN = Text("所读取的数据均已填写。", "Every value it reads is known.")
OUTSIDE_ARTICLE = Text("原文未涉及", "Not covered by the article")


def score_label(kind: MatchKind) -> Text:
    return SIMILARITY if kind is MatchKind.CASE else RELEVANCE


def reasons_label(kind: MatchKind) -> Text:
    return _COMPARES if kind is MatchKind.CASE else _APPLIES


def less_label(kind: MatchKind) -> Text:
    return _COMPARES_LESS if kind is MatchKind.CASE else _APPLIES_LESS


def coverage_text(stated: int, of: int) -> Text:
    return Text(f"基于 {stated}/{of} 项禀赋", f"based on {stated}/{of} endowments")


def gap_suffix(points: str) -> Text:
    """After a reason it applies less: the points it did not add (no "failure", no "not earned")."""
    return Text(f"（此项 {points} 分不计）", f"({points} points not counted)")


def unknown_suffix(points: str) -> Text:
    """After a value not known: not judged, and how much it could move the score."""
    return Text(
        f"（待核实：无法判断，最多影响 {points} 分）", f"(to verify: cannot judge; up to {points} points at stake)"
    )
