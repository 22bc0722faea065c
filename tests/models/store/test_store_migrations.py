"""Schema changes: migrations build exactly the ORM's schema, and an old database is backed up and upgraded intact."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from desktop.models.profile import Profile
from desktop.models.profile_format import profile_to_data
from desktop.models.store import DATABASE_FILE, list_backups, migrate, open_store
from desktop.models.store.database import make_engine, sqlite_url
from desktop.models.store.orm import Base

MakeProfile = Callable[..., Profile]


def _schema_differences(url: sa.URL) -> list[object]:
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            return list(compare_metadata(context, Base.metadata))
    finally:
        engine.dispose()


def test_migrations_build_exactly_the_schema_the_code_expects(isolated_data_dir: Path) -> None:
    store, _ = open_store(load_samples=False)
    store.close()
    url = sqlite_url(isolated_data_dir / DATABASE_FILE)

    assert _schema_differences(url) == []
    assert migrate.current_revision(url)[0] == migrate.head_revision()


def test_migrations_go_down_and_up_again(tmp_path: Path) -> None:
    url = sqlite_url(tmp_path / "roundtrip.sqlite3")
    migrate.upgrade(url)
    migrate.downgrade(url, "base")
    assert migrate.current_revision(url) == (None, True)  # only alembic's own version table is left
    migrate.upgrade(url)
    assert _schema_differences(url) == []


# The first schema as it was written to disk, spelled out in plain Core (not the current ORM classes).
_OLD = sa.MetaData()
_OLD_PROFILES = sa.Table(
    "profiles",
    _OLD,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("name", sa.String(100)),
    sa.Column("stage", sa.String(20)),
    sa.Column("created_at", sa.DateTime),
    sa.Column("updated_at", sa.DateTime),
    sa.Column("document", sa.Text),
)
_OLD_REVISIONS = sa.Table(
    "profile_revisions",
    _OLD,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("profile_id", sa.Integer),
    sa.Column("saved_at", sa.DateTime),
    sa.Column("name", sa.String(100)),
    sa.Column("document", sa.Text),
)


def test_a_first_schema_database_is_backed_up_and_upgraded_with_everything_kept(
    isolated_data_dir: Path, make_profile: MakeProfile
) -> None:
    isolated_data_dir.mkdir(parents=True)
    database = isolated_data_dir / DATABASE_FILE
    url = sqlite_url(database)
    migrate.upgrade(url, "0001")
    names = ["东湖高新区", "苏州工业园区", "emoji 🚀 区"]
    engine = make_engine(url)
    with engine.begin() as connection:
        for number, name in enumerate(names, start=1):
            versions = [make_profile(name=name, notes=f"{name} 第{v}版") for v in (1, 2)]
            when = datetime(2024, 5, number, 9, 30)
            connection.execute(
                _OLD_PROFILES.insert().values(
                    id=number,
                    name=name,
                    stage="growth",
                    created_at=when,
                    updated_at=when,
                    document=json.dumps(profile_to_data(versions[-1]), ensure_ascii=False),
                )
            )
            for version in versions:
                connection.execute(
                    _OLD_REVISIONS.insert().values(
                        profile_id=number,
                        saved_at=when,
                        name=name,
                        document=json.dumps(profile_to_data(version), ensure_ascii=False),
                    )
                )
    engine.dispose()

    store, report = open_store(load_samples=False)
    try:
        # A backup from before the upgrade, named after the old schema, holding the old data.
        assert report.migrated_from == "0001"
        (backup,) = list_backups(database)
        assert report.backup_taken == backup
        assert backup.name.startswith("zoneplanner-") and backup.name.endswith("-0001.sqlite3")
        with sqlite3.connect(backup) as old:
            assert old.execute("SELECT version_num FROM alembic_version").fetchall() == [("0001",)]
            assert old.execute("SELECT count(*) FROM profile_revisions").fetchone() == (6,)
        old.close()
        assert any(str(backup) in message.zh for message in report.messages)

        # Every profile and revision survived and loads; the new tables work.
        summaries = store.list_summaries()
        assert sorted(s.name for s in summaries) == sorted(names)
        for summary in summaries:
            assert summary.revision_count == 2
            assert store.load(summary.id).notes == f"{summary.name} 第2版"
            assert [store.load_revision(r.id).notes for r in store.revisions(summary.id)] == [
                f"{summary.name} 第2版",
                f"{summary.name} 第1版",
            ]
            assert summary.updated_at.year == 2024
        store.save_plan(summaries[0].id, {"actions": []})
        store.save_draft("new", {"name": ""})
        assert report.samples_loaded == []  # the store was not empty: no samples mixed into real data
    finally:
        store.close()

    assert migrate.current_revision(url)[0] == migrate.head_revision()
    assert _schema_differences(url) == []

    # Opening again at head takes no further pre-migration backup (only the daily copy of the now current file).
    store, report = open_store(load_samples=False)
    store.close()
    assert report.backup_taken is None and report.messages == []
    assert [b for b in list_backups(database) if "-daily" not in b.name] == [backup]
