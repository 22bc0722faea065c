"""The 行动计划 (action plan) page.

``PlanPage`` is loaded on first use (PEP 562): the plan page brings the plan model and the session, which the first
paint does without; modules such as ``views.plan.ledger_button`` can be imported without them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.views.plan.page import PlanPage

__all__ = ["PlanPage"]


def __getattr__(name: str) -> object:
    if name == "PlanPage":
        from desktop.views.plan.page import PlanPage

        return PlanPage
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
