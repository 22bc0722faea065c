"""Whether a zone meets what a match asks for, and how that is said."""

from __future__ import annotations

from enum import StrEnum

from desktop.models.text import Text


class CriterionStatus(StrEnum):
    MET = "met"
    MISSING = "missing"  # the zone does not meet it
    UNKNOWN = "unknown"  # cannot be judged: the value it reads is unknown


GAP_STATUS: dict[CriterionStatus, Text] = {
    CriterionStatus.MET: Text("已满足", "met"),
    CriterionStatus.MISSING: Text("未满足", "not met"),
    CriterionStatus.UNKNOWN: Text("无法判断（未填写）", "cannot tell (not given)"),
}
