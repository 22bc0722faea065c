"""The rule that keeps a plan current: nobody's work → it follows the proposals; the user's work → it waits."""

from __future__ import annotations

from desktop.models.analysis import Analyzer
from desktop.models.plan.plan import ActionPlan
from desktop.models.profile import Profile
from desktop.models.session.follow import behind, followed, untouched
from desktop.models.vocabulary import Condition


def test_a_plan_nobody_edited_follows_and_an_edited_one_waits(
    analyzer: Analyzer, profile: Profile, proposed: ActionPlan
) -> None:
    ticked = profile.with_changes(conditions={**dict(profile.conditions), Condition.CLUSTER_ORGANIZATION: True})
    basis, later = proposed.actions, analyzer.analyse(ticked).actions
    assert [a.id for a in later] != [a.id for a in basis]

    assert followed(proposed, basis, later) == ActionPlan(later)
    assert followed(None, (), later) == ActionPlan(later)

    edited = ActionPlan.from_data(proposed.to_data())
    edited.update(edited.actions[0].id, notes="已与财政局对接")
    assert not untouched(edited, basis) and followed(edited, basis, later) is None
    assert behind(edited, later) and not behind(edited, basis)

    moved = ActionPlan.from_data(proposed.to_data())
    moved.move(moved.actions[-1].id, 0)  # moving an action is the user's work too
    assert not untouched(moved, basis)

    shorter = ActionPlan.from_data(proposed.to_data())
    shorter.remove(shorter.actions[0].id)
    assert not untouched(shorter, basis)
