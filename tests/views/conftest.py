"""The main window under test: a temp store and settings file, dialogs that fail loudly unless a test answers them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.models.analysis import Analyzer, default_analyzer
from desktop.models.profile import Profile
from desktop.models.profile_format import read_profile
from desktop.models.store import ProfileStore, open_store
from desktop.resources import resource_path
from desktop.views.i18n import Language
from desktop.views.main_window import MainWindow
from desktop.views.plan import PlanPage
from tests.helpers.window import WindowFactory, settings_at

# Every way the window can ask the user something. A test that does not expect a question gets a failure, not a
# dialog waiting forever for a click.
MODALS = (
    "ask_save_discard_cancel",
    "confirm_delete",
    "ask_import_conflict",
    "ask_text",
    "ask_restore_draft",
    "get_open_path",
    "get_save_path",
    "choose_revision",
    "show_error",
    "show_about",
    "ask_update_plan",
    "ask_conflict",
    "ask_password",
)
# The same for the plan page inside the window (its export, confirmations and messages).
PLAN_MODALS = (
    "ask_confirmation",
    "show_message",
    "show_error",
    "get_save_path",
    "ask_open_folder",
    "open_folder",
    "ask_new_action",
)


HERE = Path(__file__).resolve().parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # Qt's offscreen platform (used for the tests) cannot resize a window to its layout's minimum and says so each
    # time a main window is shown; that is the test platform talking, not the application.
    for item in items:
        if item.path.is_relative_to(HERE):
            item.add_marker(pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"))


@pytest.fixture(autouse=True)
def no_unexpected_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in MODALS:

        def unexpected(self: MainWindow, *args: object, _name: str = name) -> None:
            raise AssertionError(f"unexpected dialog: {_name}{args}")

        monkeypatch.setattr(MainWindow, name, unexpected)
    for name in PLAN_MODALS:

        def unexpected_on_plan(self: PlanPage, *args: object, _name: str = name) -> None:
            raise AssertionError(f"unexpected dialog of the plan page: {_name}{args}")

        monkeypatch.setattr(PlanPage, name, unexpected_on_plan)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def store(data_dir: Path) -> Iterator[ProfileStore]:
    opened, _report = open_store(data_dir, load_samples=False)
    yield opened
    opened.close()


@pytest.fixture(scope="session")
def analyzer() -> Analyzer:
    """The shipped knowledge base and rules, loaded once for the whole run."""
    return default_analyzer()


@pytest.fixture
def samples() -> dict[str, Profile]:
    return {path.stem: read_profile(path) for path in sorted(resource_path("samples").glob("*.json"))}


@pytest.fixture
def language(qapp: QApplication) -> Iterator[Language]:
    chosen = Language("zh")
    yield chosen
    chosen.uninstall()


@pytest.fixture
def make_window(
    qtbot: QtBot, store: ProfileStore, language: Language, data_dir: Path, analyzer: Analyzer
) -> Iterator[WindowFactory]:
    """Build a window on the test's store (with the real engine unless told otherwise); each one is shown, and
    closed without questions at the end.

    The fixture closes its windows itself (not through ``qtbot.addWidget``) so that a window left with unsaved
    changes is closed after the test's own checks, with the unsaved-changes question answered.
    """
    made: list[MainWindow] = []

    def make(on_store: ProfileStore | None = None, **kwargs: object) -> MainWindow:
        kwargs.setdefault("analyzer", analyzer)
        window = MainWindow(on_store or store, language, settings_at(data_dir), **kwargs)  # type: ignore[arg-type]
        window.show()
        qtbot.waitExposed(window)
        made.append(window)
        return window

    yield make
    for window in made:
        window.autosave_timer.stop()
        window.ask_save_discard_cancel = lambda _name: "discard"  # type: ignore[method-assign]
        window.close()
        window.deleteLater()


@pytest.fixture
def window(make_window: WindowFactory) -> MainWindow:
    return make_window()
