"""The server going away mid-session: a clear message, unsaved work kept on this computer, reconnection after."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import URL

from desktop.models.errors import StoreError
from desktop.models.session.session import ProfileSession
from desktop.models.store import ProfileStore, open_store
from desktop.models.store.conflict import ConflictError
from desktop.models.store.database import make_engine
from tests.helpers import postgres_workers as workers
from tests.helpers.postgres_server import PostgresServer


@pytest.fixture
def server_back(postgres_server: PostgresServer) -> Iterator[PostgresServer]:
    """The server, started again after the test whatever happened (the other tests need it)."""
    yield postgres_server
    if not (postgres_server.data / "postmaster.pid").exists():
        postgres_server.start()


def test_a_server_restart_mid_session_says_so_keeps_the_draft_and_reconnects(
    server_back: PostgresServer, postgres_url: URL, isolated_data_dir: Path
) -> None:
    store, report = open_store(url=postgres_url.render_as_string(hide_password=False), load_samples=False)
    with store:
        session = ProfileSession(store)
        session.save(workers.profile("重启区", notes="已保存"), None)
        server_back.stop()

        with pytest.raises(StoreError) as caught:
            session.save(workers.profile("重启区", notes="服务器停止时的修改"), None)
        assert not isinstance(caught.value, ConflictError)
        assert "连接中断" in caught.value.message.zh and "connection" in caught.value.message.en
        # The unsaved work goes to the local drafts file while the server is away.
        form = {"name": "重启区", "notes": "服务器停止时的修改"}
        session.autosave(True, form, None)
        assert list(isolated_data_dir.glob("drafts-*.sqlite3"))

        server_back.start()
        offer = session.newest_draft()
        assert offer is not None and offer.form["notes"] == "服务器停止时的修改"
        session.save(workers.profile("重启区", notes="重连后保存"), None)  # the next action reconnects
        assert store.load(session.current_id or 0).notes == "重连后保存"
    assert report.read_only is None


def test_a_save_cut_off_by_a_server_kill_leaves_the_old_version_whole(
    server_back: PostgresServer, postgres_url: URL
) -> None:
    with ProfileStore(make_engine(postgres_url)) as setup:
        profile_id = setup.create(workers.profile("断电区", notes="旧版本"))

    def kill_mid_save() -> datetime:
        # Called inside the save's transaction, after the version row was updated and before the revision is
        # written: the server dies there, as in a power cut.
        server_back.stop("immediate")
        return datetime.now(UTC)

    with ProfileStore(make_engine(postgres_url), clock=kill_mid_save) as store, pytest.raises(StoreError):
        store.update(profile_id, workers.profile("断电区", notes="新版本"), expected_version=1)

    server_back.start()
    with ProfileStore(make_engine(postgres_url)) as after:
        assert after.load_versioned(profile_id) == (workers.profile("断电区", notes="旧版本"), 1)
        assert after.revision_count(profile_id) == 1


def test_after_a_server_restart_between_two_actions_the_next_one_just_works(
    server_back: PostgresServer, postgres_url: URL
) -> None:
    store, _ = open_store(url=postgres_url.render_as_string(hide_password=False), load_samples=False)
    with store:
        profile_id = store.create(workers.profile("空闲区", notes="重启前"))
        server_back.stop()  # the pooled connection dies with the server while the window sits idle
        server_back.start()

        store.update(profile_id, workers.profile("空闲区", notes="重启后"), expected_version=1)

        assert store.load(profile_id).notes == "重启后"
