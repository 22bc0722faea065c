"""The 行动计划 (action plan) page."""

from desktop.views.plan.page import PlanPage

__all__ = ["PlanPage"]
