"""Judged zones, what each action rests on: a top case's lesson becomes an action, every action names the knowledge
item it implements (``basis``), and no action cites what the article does not say for it.

``basis`` is read with getattr until the plan gives it: until then these tests fail, naming the action, rather
than erroring.
"""

from __future__ import annotations

import pytest

from desktop.models.analysis import Analyzer
from desktop.models.knowledge.types import KnowledgeBase
from tests.helpers.judged_profiles import (
    ACTION_BASIS,
    ACTION_MUST_NOT_CITE,
    JUDGED,
    Judged,
    basis_of,
    judged_with,
    listing,
)

ALL = [pytest.param(j, id=j.profile.name) for j in JUDGED]


@pytest.mark.parametrize("judged", judged_with("basis_expected"))
def test_the_expected_lessons_become_actions(analyzer: Analyzer, judged: Judged) -> None:
    actions = analyzer.analyse(judged.profile).actions
    for item_id in judged.basis_expected:
        assert any(basis_of(a) == item_id for a in actions), (
            f"no action whose basis is {item_id}\n{judged.expectation}\nplan: {listing(actions)}"
        )


@pytest.mark.parametrize("judged", judged_with("basis_absent"))
def test_lessons_that_do_not_apply_give_no_action(analyzer: Analyzer, judged: Judged) -> None:
    actions = analyzer.analyse(judged.profile).actions
    for item_id in judged.basis_absent:
        wrong = [a.id for a in actions if basis_of(a) == item_id]
        assert not wrong, f"basis {item_id}: {wrong}\n{judged.expectation}\nplan: {listing(actions)}"


@pytest.mark.parametrize("judged", ALL)
def test_every_action_names_the_knowledge_item_it_implements(
    analyzer: Analyzer, kb: KnowledgeBase, judged: Judged
) -> None:
    actions = analyzer.analyse(judged.profile).actions
    for action in actions:
        basis = basis_of(action)
        assert basis in kb.items, f"{action.id}: basis {basis!r}\nplan: {listing(actions)}"
        expected = ACTION_BASIS.get(action.id)
        if expected is not None:
            assert basis == expected, f"{action.id}: basis {basis!r}, expected {expected}"


@pytest.mark.parametrize("judged", ALL)
def test_no_action_cites_what_the_article_does_not_say_for_it(analyzer: Analyzer, judged: Judged) -> None:
    for action in analyzer.analyse(judged.profile).actions:
        for wrong in ACTION_MUST_NOT_CITE.get(action.id, ()):
            cited = action.paragraphs if isinstance(wrong, int) else action.draws_on
            assert wrong not in cited, f"{action.id} cites {wrong}: draws_on {action.draws_on}, ¶ {action.paragraphs}"
