"""The sample plan of five actions with returns over three months (tests/helpers/progress_plan.py)."""

from __future__ import annotations

import pytest

from desktop.models.plan.plan import ActionPlan
from tests.helpers.progress_plan import sample_plan


@pytest.fixture
def plan() -> ActionPlan:
    return sample_plan()
