"""The 行动计划 (action plan) page.

``PlanPage`` is loaded on first use (PEP 562): the window imports small modules of this package (the ledger button,
the file names) for its first paint, which must not build the whole page's imports.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.views.plan.page import PlanPage

__all__ = ["PlanPage"]


def __getattr__(name: str) -> object:
    if name != "PlanPage":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from desktop.views.plan.page import PlanPage

    globals()[name] = PlanPage  # once found, an ordinary attribute
    return PlanPage
