"""A passing status-bar message does not stay in the old language after the user switches language (#13 polish)."""

from __future__ import annotations

import pytest

from tests.helpers.window import WindowFactory


@pytest.mark.parametrize(("first", "then", "said"), [("zh", "en", "新档案"), ("en", "zh", "New profile")])
def test_switching_language_clears_the_message_said_in_the_old_one(
    make_window: WindowFactory, first: str, then: str, said: str
) -> None:
    window = make_window()
    window.commands.languages[first].trigger()  # 语言 menu
    window.commands.new.trigger()
    assert said in window.statusBar().currentMessage()

    window.commands.languages[then].trigger()

    assert window.statusBar().currentMessage() == ""
    assert window.state_label.text() and said not in window.state_label.text()  # the lasting state is retranslated
