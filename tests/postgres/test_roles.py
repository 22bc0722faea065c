"""Who may do what: a viewer role opens read-only; a role with a password is asked for it, never shown it."""

from __future__ import annotations

import pytest
from sqlalchemy import URL

from desktop.models.errors import StoreError
from desktop.models.store import ProfileStore, open_store
from desktop.models.store.database import make_engine
from desktop.models.store.startup import PasswordRequired
from tests.helpers import postgres_workers as workers
from tests.helpers.postgres_server import PostgresServer


def _grant(server: PostgresServer, url: URL, role: str, privileges: str, *, password: str | None = None) -> None:
    database = url.database or ""
    server.execute(f"DO $$ BEGIN CREATE ROLE {role} LOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$")
    if password is not None:  # roles outlive a test's database: set this test's password
        server.execute(f"ALTER ROLE {role} PASSWORD '{password}'")
    server.execute(
        f'GRANT CONNECT ON DATABASE "{database}" TO {role}',
        f"GRANT USAGE ON SCHEMA public TO {role}",
        f"GRANT {privileges} ON ALL TABLES IN SCHEMA public TO {role}",
        f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {role}",
        database=database,
    )


def test_a_viewer_role_opens_read_only_with_a_notice_and_cannot_save(
    postgres_server: PostgresServer, postgres_url: URL
) -> None:
    with ProfileStore(make_engine(postgres_url)) as admin:
        profile_id = admin.create(workers.profile("只读区"))
    _grant(postgres_server, postgres_url, "zp_viewer", "SELECT")
    viewer_url = postgres_url.set(username="zp_viewer").render_as_string(hide_password=False)

    store, report = open_store(url=viewer_url, load_samples=False)
    with store:
        assert report.read_only is not None and "zp_viewer" in report.read_only.zh
        assert any("只读" in message.zh and "read-only" in message.en for message in report.messages)
        assert [summary.name for summary in store.list_summaries()] == ["只读区"]
        with pytest.raises(StoreError) as caught:
            store.update(profile_id, workers.profile("只读区", notes="改"), expected_version=1)
        assert "查看权限" in caught.value.message.zh


def test_an_editor_role_may_save(postgres_server: PostgresServer, postgres_url: URL) -> None:
    _grant(postgres_server, postgres_url, "zp_editor", "SELECT, INSERT, UPDATE, DELETE")
    store, report = open_store(url=postgres_url.set(username="zp_editor").render_as_string(), load_samples=False)
    with store:
        assert report.read_only is None
        profile_id = store.create(workers.profile("编辑区"))
        assert store.revisions(profile_id)[0].saved_by == "zp_editor"


def test_a_password_is_asked_for_and_never_shown(postgres_server: PostgresServer, postgres_url: URL) -> None:
    _grant(postgres_server, postgres_url, "zp_secret", "SELECT, INSERT, UPDATE, DELETE", password="s3cret-pw")
    without = postgres_url.set(username="zp_secret", password=None).render_as_string(hide_password=False)
    with pytest.raises(PasswordRequired) as caught:
        open_store(url=without, load_samples=False)
    assert "pgpass" in caught.value.message.zh

    wrong = postgres_url.set(username="zp_secret", password="wrong-pw").render_as_string(hide_password=False)
    with pytest.raises(PasswordRequired) as caught:
        open_store(url=wrong, load_samples=False)
    assert "wrong-pw" not in caught.value.message.zh + caught.value.message.en

    right = postgres_url.set(username="zp_secret", password="s3cret-pw").render_as_string(hide_password=False)
    store, report = open_store(url=right, load_samples=False)
    store.close()
    assert "s3cret-pw" not in report.database and "***" in report.database
