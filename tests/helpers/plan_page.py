"""The plan page under test: its modal questions recorded instead of shown, and a fixed "today"."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.models.knowledge.types import KnowledgeBase
from desktop.views.plan import PlanPage
from desktop.views.plan.add_action_dialog import AddActionDialog

TODAY = date(2025, 6, 15)


@dataclass
class Interactions:
    """What the page asked the user, and the answers the test gives."""

    confirm: bool = True
    open_folder_answer: bool = False
    save_path: Path | None = None
    confirmations: list[str] = field(default_factory=list)
    messages: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    suggested: list[Path] = field(default_factory=list)
    opened: list[Path] = field(default_factory=list)
    # How the add-action dialog is answered: by default OK on what it shows (title "New action", the office leads).
    new_action: Callable[[AddActionDialog], bool] = lambda dialog: True


def make_page(qtbot: QtBot, kb: KnowledgeBase, lang: str, asked: Interactions) -> PlanPage:
    page = PlanPage(kb, lang)  # type: ignore[arg-type]
    qtbot.addWidget(page)
    page.today = lambda: TODAY  # type: ignore[method-assign]

    def confirm(text: str) -> bool:
        asked.confirmations.append(text)
        return asked.confirm

    def save_path(suggested: Path) -> Path | None:
        asked.suggested.append(suggested)
        return asked.save_path

    page.ask_confirmation = confirm  # type: ignore[method-assign]
    page.show_message = asked.messages.append  # type: ignore[method-assign]
    page.show_error = asked.errors.append  # type: ignore[method-assign]
    page.get_save_path = save_path  # type: ignore[method-assign]
    page.ask_open_folder = lambda path: asked.open_folder_answer  # type: ignore[method-assign]
    page.open_folder = asked.opened.append  # type: ignore[method-assign]
    page.ask_new_action = lambda dialog: asked.new_action(dialog)  # type: ignore[method-assign]
    return page
