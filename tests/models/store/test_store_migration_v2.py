"""Migration 0003: stored v1 profiles and revisions become v2 documents, losslessly; damaged ones are left alone."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from desktop.models.profile import Profile
from desktop.models.profile_format import parse_profile, profile_to_data, read_profile
from desktop.models.store import DATABASE_FILE, migrate, open_store
from desktop.models.store.database import make_engine, sqlite_url
from desktop.models.vocabulary import Condition

CORPUS = Path(__file__).resolve().parents[2] / "data" / "profiles" / "good"

_OLD = sa.MetaData()
_PROFILES = sa.Table(
    "profiles",
    _OLD,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("name", sa.String(100)),
    sa.Column("stage", sa.String(20)),
    sa.Column("created_at", sa.DateTime),
    sa.Column("updated_at", sa.DateTime),
    sa.Column("document", sa.Text),
)
_REVISIONS = sa.Table(
    "profile_revisions",
    _OLD,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("profile_id", sa.Integer),
    sa.Column("saved_at", sa.DateTime),
    sa.Column("name", sa.String(100)),
    sa.Column("document", sa.Text),
)


def _v1_documents() -> list[dict[str, Any]]:
    """Every v1 file of the test corpus as a stored document, with names made unique for the store."""
    documents = []
    for number, path in enumerate(sorted(CORPUS.glob("*.json")), start=1):
        data: dict[str, Any] = json.loads(path.read_bytes().decode("utf-8-sig"))
        if data["version"] == 1:
            data["name"] = f"{number}{data['name']}"  # an untrimmed name stays untrimmed at its end
            documents.append(data)
    return documents


def _stored(database: Path, table: str) -> dict[int, str]:
    with sqlite3.connect(database) as connection:
        rows = connection.execute(f"SELECT id, document FROM {table}").fetchall()
    connection.close()
    return dict(rows)


def test_stored_v1_profiles_and_revisions_become_the_same_profiles_in_v2(isolated_data_dir: Path) -> None:
    isolated_data_dir.mkdir(parents=True)
    database = isolated_data_dir / DATABASE_FILE
    url = sqlite_url(database)
    migrate.upgrade(url, "0002")
    documents = _v1_documents()
    assert any("conditions" not in d for d in documents)  # the case that changes meaning between versions
    before: dict[str, Profile] = {}
    when = datetime(2025, 3, 1, 8, 0)
    engine = make_engine(url)
    with engine.begin() as connection:
        for number, document in enumerate(documents, start=1):
            profile = parse_profile(document)
            before[profile.name] = profile
            text = json.dumps(document, ensure_ascii=False)
            row = {"id": number, "name": profile.name, "stage": profile.stage.value}
            connection.execute(_PROFILES.insert().values(**row, created_at=when, updated_at=when, document=text))
            connection.execute(
                _REVISIONS.insert().values(profile_id=number, saved_at=when, name=row["name"], document=text)
            )
        # A damaged row: not JSON. The migration must neither stop on it nor change it.
        connection.execute(
            _PROFILES.insert().values(
                id=99, name="损坏的档案", stage="growth", created_at=when, updated_at=when, document="{not json"
            )
        )
    engine.dispose()

    store, report = open_store(load_samples=False)
    try:
        assert report.migrated_from == "0002"
        summaries = {s.name: s for s in store.list_summaries()}
        for name, profile in before.items():
            assert store.load(summaries[name].id) == profile
            (revision,) = store.revisions(summaries[name].id)
            assert store.load_revision(revision.id) == profile
    finally:
        store.close()

    for table in ("profiles", "profile_revisions"):
        for row_id, text in _stored(database, table).items():
            if row_id == 99:
                assert text == "{not json"
                continue
            document = json.loads(text)
            assert document["version"] == 2
            # What v1 left implicit (a missing condition = no) is now written, so v2 does not read it as unknown.
            assert set(document["conditions"]) == {c.value for c in Condition}
            assert all(isinstance(flag, bool) for flag in document["conditions"].values())
    assert migrate.current_revision(url)[0] == migrate.HEAD_REVISION


def test_a_profile_saved_after_the_migration_is_stored_as_v2(isolated_data_dir: Path) -> None:
    store, _ = open_store(load_samples=False)
    try:
        profile = read_profile(CORPUS / "minimal.json").with_changes(conditions=dict.fromkeys(Condition))
        profile_id = store.create(profile)
        assert store.load(profile_id) == profile
        assert store.load(profile_id).unknown_conditions() == tuple(Condition)
    finally:
        store.close()
    database = isolated_data_dir / DATABASE_FILE
    (text,) = _stored(database, "profiles").values()
    assert json.loads(text) == profile_to_data(profile)


def test_downgrading_the_data_migration_leaves_readable_documents(tmp_path: Path) -> None:
    url = sqlite_url(tmp_path / "down.sqlite3")
    migrate.upgrade(url)
    migrate.downgrade(url, "0002")
    assert migrate.current_revision(url) == ("0002", True)
    migrate.upgrade(url)
    assert migrate.current_revision(url)[0] == migrate.HEAD_REVISION
