"""A plan nobody edited follows the profile; an edited one changes only on request, keeping the edits, and
regenerating says what changed."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.models.analysis import Analysis, default_analyzer
from desktop.models.plan.plan import ActionPlan
from desktop.models.plan.types import Status
from desktop.models.profile import Profile
from desktop.models.vocabulary import Condition
from desktop.views.plan import PlanPage
from desktop.views.plan.table_model import Column
from tests.helpers.plan_page import Interactions

EDIT = Qt.ItemDataRole.EditRole


def _changed(profile: Profile) -> Analysis:
    """The same zone after it set up a cluster organisation and an alliance, and dropped its talent barriers."""
    conditions = dict(profile.conditions)
    conditions[Condition.CLUSTER_ORGANIZATION] = True
    conditions[Condition.IUR_ALLIANCE] = True
    conditions[Condition.TALENT_BARRIERS] = False
    conditions[Condition.INFORMATION_PLATFORM] = True
    conditions[Condition.EXCESS_COMPETITION] = True
    return default_analyzer().analyse(profile.with_changes(conditions=conditions))


def _own(page: PlanPage) -> None:
    """The user names an owner for the first action: the plan is the user's work from now on."""
    page.model.setData(page.model.index(0, Column.OWNER), "李娜", EDIT)


def test_a_plan_nobody_edited_follows_each_new_analysis(page: PlanPage, analysis: Analysis, profile: Profile) -> None:
    page.set_analysis(analysis)
    assert not page.is_dirty()
    changed = _changed(profile)

    page.set_analysis(changed)

    assert page.plan() == ActionPlan(changed.actions)  # the proposals of the profile as it is now
    assert not page.banner.isVisibleTo(page)  # nothing to ask: nobody's work is in the plan
    assert page.is_dirty()  # a different plan than the one shown first: saved with the profile

    page.set_analysis(analysis)  # the change undone: the plan is the first one again
    assert page.plan() == ActionPlan(analysis.actions) and not page.is_dirty()


def test_the_action_being_read_stays_selected_when_the_plan_follows(
    page: PlanPage, analysis: Analysis, profile: Profile
) -> None:
    page.set_analysis(analysis)
    changed = _changed(profile)
    staying = [a.id for a in analysis.actions if a.id in {c.id for c in changed.actions}]
    page.select_row(page.model.row_of(staying[-1]))

    page.set_analysis(changed)

    selected = page.selected_action()
    assert selected is not None and selected.id == staying[-1]


def test_a_new_analysis_shows_a_banner_and_leaves_an_edited_plan(
    page: PlanPage, analysis: Analysis, profile: Profile
) -> None:
    page.set_analysis(analysis)
    _own(page)
    before = page.plan_data()
    assert not page.banner.isVisibleTo(page)

    page.set_analysis(_changed(profile))

    assert page.plan_data() == before
    assert page.banner.isVisibleTo(page)

    page.set_analysis(analysis)  # the same analysis again is not a change
    assert not page.banner.isVisibleTo(page)


def test_regenerate_keeps_edits_and_reports_added_and_dropped(
    page: PlanPage, analysis: Analysis, profile: Profile, asked: Interactions
) -> None:
    page.set_analysis(analysis)
    changed = _changed(profile)
    old_ids = {a.id for a in analysis.actions}
    new_ids = {a.id for a in changed.actions}
    kept_id = next(a.id for a in analysis.actions if a.id in new_ids)
    row = page.model.row_of(kept_id)
    page.model.setData(page.model.index(row, Column.STATUS), "in_progress", EDIT)
    page.model.setData(page.model.index(row, Column.OWNER), "李娜", EDIT)
    page.model.setData(page.model.index(row, Column.TITLE), "我改过的标题", EDIT)
    assert new_ids - old_ids and old_ids - new_ids  # the change adds and drops actions

    page.set_analysis(changed)
    page.banner.regenerate_button.click()

    plan = page.plan()
    assert plan is not None
    kept = next(a for a in plan.actions if a.id == kept_id)
    assert (kept.status, kept.owner, kept.title.zh) == (Status.IN_PROGRESS, "李娜", "我改过的标题")
    message = asked.messages[-1]
    added = [a for a in changed.actions if a.id not in old_ids]
    dropped = [a for a in analysis.actions if a.id not in new_ids]
    assert all(a.title.zh in message for a in added)
    assert all(a.title.zh in message for a in dropped)
    highlighted = {
        page.model.action_at(r).id
        for r in range(page.model.rowCount())
        if page.model.index(r, Column.TITLE).data(Qt.ItemDataRole.BackgroundRole) is not None
    }
    assert highlighted == {a.id for a in added}
    assert not page.banner.isVisibleTo(page)
    assert page.is_dirty()


def test_a_saved_plan_from_an_older_profile_offers_regeneration(
    page: PlanPage, analysis: Analysis, profile: Profile
) -> None:
    page.set_analysis(analysis)
    _own(page)
    saved = page.plan_data()
    page.load_plan(saved, _changed(profile))
    assert page.banner.isVisibleTo(page)
    assert page.plan_data() == saved


def test_not_now_is_remembered_for_the_same_proposals(page: PlanPage, analysis: Analysis, profile: Profile) -> None:
    page.set_analysis(analysis)
    _own(page)
    changed = _changed(profile)
    page.set_analysis(changed)
    page.banner.dismiss_button.click()
    assert not page.banner.isVisibleTo(page)

    page.set_analysis(changed)  # the same proposals again (e.g. the matches page re-ran)
    assert not page.banner.isVisibleTo(page)

    other = profile.with_changes(conditions={**dict(profile.conditions), Condition.GUIDANCE_FUND: False})
    page.set_analysis(default_analyzer().analyse(other))  # the profile changed once more
    assert page.banner.isVisibleTo(page)


def test_regenerate_keeps_actions_the_user_worked_on_and_says_so(
    page: PlanPage, analysis: Analysis, profile: Profile, asked: Interactions
) -> None:
    page.set_analysis(analysis)
    changed = _changed(profile)
    new_ids = {a.id for a in changed.actions}
    going = [a for a in analysis.actions if a.id not in new_ids]
    assert len(going) >= 2  # the change stops proposing at least two actions
    worked, untouched = going[0], going[1]
    row = page.model.row_of(worked.id)
    page.model.setData(page.model.index(row, Column.STATUS), "in_progress", EDIT)
    page.model.setData(page.model.index(row, Column.NOTES), "已与财政局对接", EDIT)

    page.set_analysis(changed)
    page.banner.regenerate_button.click()

    plan = page.plan()
    assert plan is not None
    kept = plan.get(worked.id)
    assert (kept.status, kept.notes, kept.user_added) == (Status.IN_PROGRESS, "已与财政局对接", True)
    assert untouched.id not in {a.id for a in plan.actions}
    paragraphs = asked.messages[-1].split("\n\n")
    kept_line = next(p for p in paragraphs if worked.title.zh in p)
    dropped_line = next(p for p in paragraphs if untouched.title.zh in p)
    assert kept_line != dropped_line and kept_line.startswith("不再建议") and dropped_line.startswith("移除")
