"""Two windows on one PostgreSQL database: the second save of the same zone is a conflict, never an overwrite; the
list follows others' changes; a viewer's window is read-only; the title and About box name the database."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import URL

from desktop.models.profile import Profile
from desktop.models.store import ProfileStore, open_store
from desktop.models.text import Text
from desktop.views.main_window import MainWindow
from tests.helpers.postgres_server import PostgresServer
from tests.helpers.widgets import Recorder
from tests.helpers.window import WindowFactory


@pytest.fixture
def shared_url(postgres_url: URL) -> str:
    return postgres_url.render_as_string(hide_password=False)


@pytest.fixture
def two_stores(shared_url: str, data_dir: Path) -> Iterator[tuple[ProfileStore, ProfileStore]]:
    """Two programs' stores on the same database (each window has its own connection pool, as on two PCs)."""
    first, _ = open_store(data_dir / "a", shared_url, load_samples=False)
    second, _ = open_store(data_dir / "b", shared_url, load_samples=False)
    yield first, second
    first.close()
    second.close()


def _edit_notes(window: MainWindow, notes: str) -> None:
    window.editor.goals.notes_edit.setPlainText(notes)


def _two_windows_on_one_zone(
    make_window: WindowFactory, two_stores: tuple[ProfileStore, ProfileStore], profile: Profile
) -> tuple[MainWindow, MainWindow, int]:
    first_store, second_store = two_stores
    profile_id = first_store.create(profile)
    first, second = make_window(first_store), make_window(second_store)
    assert first.current_id() == second.current_id() == profile_id
    return first, second, profile_id


def test_the_second_window_saving_the_same_zone_gets_a_conflict_showing_what_differs(
    make_window: WindowFactory, two_stores: tuple[ProfileStore, ProfileStore], samples: dict[str, Profile]
) -> None:
    first, second, profile_id = _two_windows_on_one_zone(make_window, two_stores, samples["county-park"])
    _edit_notes(first, "办公室的修改")
    assert first.save()
    _edit_notes(second, "经发局的修改")
    asked = Recorder(None)  # the user cancels: nothing is saved, the form keeps the work
    second.ask_conflict = asked  # type: ignore[method-assign]

    assert not second.save()

    ((name, saved_by, differences),) = asked.calls
    assert name == samples["county-park"].name and saved_by == "zp_admin"
    assert ("notes", "经发局的修改", "办公室的修改") in differences  # type: ignore[operator]
    assert two_stores[0].load(profile_id).notes == "办公室的修改"
    assert second.editor.goals.notes_edit.toPlainText() == "经发局的修改" and second.is_dirty()


@pytest.mark.parametrize(
    ("choice", "stored", "shown"),
    [
        ("mine", "经发局的修改", "经发局的修改"),
        ("theirs", "办公室的修改", "办公室的修改"),
        ("copy", "办公室的修改", "经发局的修改"),
    ],
)
def test_keep_mine_take_theirs_or_save_a_copy(
    make_window: WindowFactory,
    two_stores: tuple[ProfileStore, ProfileStore],
    samples: dict[str, Profile],
    choice: str,
    stored: str,
    shown: str,
) -> None:
    first, second, profile_id = _two_windows_on_one_zone(make_window, two_stores, samples["county-park"])
    _edit_notes(first, "办公室的修改")
    assert first.save()
    _edit_notes(second, "经发局的修改")
    second.ask_conflict = Recorder(choice)  # type: ignore[method-assign]

    assert second.save()

    assert two_stores[0].load(profile_id).notes == stored
    assert second.editor.goals.notes_edit.toPlainText() == shown and not second.is_dirty()
    names = [summary.name for summary in two_stores[0].list_summaries()]
    assert len(names) == (2 if choice == "copy" else 1)
    if choice == "copy":
        assert second.current_id() != profile_id
        assert two_stores[0].load(second.current_id() or 0).notes == "经发局的修改"


def test_the_list_follows_what_others_save_and_rereads_only_on_a_change(
    make_window: WindowFactory, two_stores: tuple[ProfileStore, ProfileStore], samples: dict[str, Profile]
) -> None:
    window = make_window(two_stores[0])
    assert not window.list_refresh.check()  # nothing changed: no re-listing

    two_stores[1].create(samples["county-park"])  # another user, another computer

    assert window.list_refresh.check()
    assert [row.name for row in window.panel.model.rows()] == [samples["county-park"].name]
    assert not window.list_refresh.check()


def test_a_read_only_database_leaves_nothing_editable_and_title_and_about_name_it(
    make_window: WindowFactory, two_stores: tuple[ProfileStore, ProfileStore], samples: dict[str, Profile]
) -> None:
    two_stores[0].create(samples["county-park"])
    window = make_window(two_stores[0])
    window.set_database("postgresql+psycopg://viewer@db.example/zones", shared=True, read_only=Text("只读", "ro"))

    c = window.commands
    assert not any(a.isEnabled() for a in (c.save, c.new, c.import_, c.delete, c.rename, c.duplicate, c.history))
    assert not window.editor.basic.isEnabled() and not window.editor.goals.isEnabled()
    assert c.export.isEnabled()  # viewing and exporting stay
    assert "postgresql+psycopg://viewer@db.example/zones" in window.windowTitle()
    assert "共享数据库 postgresql+psycopg://viewer@db.example/zones" in window.about_text()


def test_a_password_the_server_asks_for_is_typed_in_the_window_and_never_shown(
    qtbot: QtBot,
    postgres_server: object,
    postgres_url: URL,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    window: MainWindow,
) -> None:
    from desktop.app import open_with_password

    server = postgres_server
    database = postgres_url.database
    server.execute(  # type: ignore[attr-defined]
        "DO $$ BEGIN CREATE ROLE zp_secret LOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$",
        "ALTER ROLE zp_secret PASSWORD 'pw-typed'",  # roles outlive a test's database: set this test's password
    )
    server.execute("GRANT ALL ON ALL TABLES IN SCHEMA public TO zp_secret", database=database)  # type: ignore[attr-defined]
    asked = Recorder("pw-typed")
    window.ask_password = asked  # type: ignore[method-assign]
    url = postgres_url.set(username="zp_secret").render_as_string(hide_password=False)

    store, report = open_with_password(window, data_dir, url)
    store.close()

    ((shown,),) = asked.calls
    assert "zp_secret@" in str(shown) and "pw-typed" not in str(shown)
    assert "pw-typed" not in report.database


def test_a_save_while_the_server_is_down_says_so_keeps_a_local_draft_and_the_next_save_reconnects(
    make_window: WindowFactory,
    two_stores: tuple[ProfileStore, ProfileStore],
    samples: dict[str, Profile],
    postgres_server: PostgresServer,
) -> None:
    profile_id = two_stores[0].create(samples["county-park"])
    window = make_window(two_stores[0])
    _edit_notes(window, "断网时写的")
    errors = Recorder()
    window.show_error = errors  # type: ignore[method-assign]
    postgres_server.stop()
    try:
        assert not window.save()
        ((_summary, details),) = errors.calls
        assert "连接中断" in str(details)
        assert window.editor.goals.notes_edit.toPlainText() == "断网时写的" and window.is_dirty()
        offer = window.session.newest_draft()  # kept on this computer while the server is away
        assert offer is not None and offer.form["notes"] == "断网时写的"
    finally:
        postgres_server.start()
    assert window.save()
    assert two_stores[0].load(profile_id).notes == "断网时写的"
