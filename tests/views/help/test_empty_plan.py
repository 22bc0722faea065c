"""The empty plan tab tells a new user the step that really makes a plan: fill in the profile (there is no
"matching" command; the plan appears by itself once the profile is complete)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop.models.profile import Profile
from desktop.models.profile_format import profile_to_data
from desktop.views.i18n import Language
from desktop.views.main_window import MainWindow
from desktop.views.plan import PlanPage
from tests.helpers.window import WindowFactory


def plan_of(window: MainWindow) -> PlanPage:
    assert window.pages.plan is not None
    return window.pages.plan


def names_the_form(window: MainWindow, text: str) -> bool:
    """The hint names the form's first and last tab as the window shows them, in the window's language."""
    return window.editor.tabText(0) in text and window.editor.tabText(3) in text


def test_the_empty_plan_says_to_fill_in_the_profile_and_the_plan_then_appears_by_itself(
    qtbot: QtBot, make_window: WindowFactory, samples: dict[str, Profile]
) -> None:
    window = make_window()  # an empty store: a new, blank profile
    page = plan_of(window)
    hint = page.empty_label.text()
    assert page.empty_label.isVisibleTo(page)
    assert "对标匹配" not in hint  # no command of that name exists
    assert names_the_form(window, hint) and "自动" in hint

    window.editor.load_data(profile_to_data(samples["county-park"]), baseline=False)  # the user fills in the form
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=5000)  # as promised: no other step
    assert not page.empty_label.isVisibleTo(page)


def test_the_empty_plan_hint_in_english(make_window: WindowFactory, language: Language) -> None:
    window = make_window()
    language.set("en")
    hint = plan_of(window).empty_label.text()
    assert "run the matching" not in hint
    assert names_the_form(window, hint) and "by themselves" in hint
