"""Plan edits are history: every version records the plan saved with it, and restoring brings both back."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import pytest
import sqlalchemy as sa

from desktop.models.profile import Profile
from desktop.models.profile_format import profile_to_data
from desktop.models.store import ProfileStore, migrate, open_store
from desktop.models.store.database import make_engine, sqlite_url

MakeProfile = Callable[..., Profile]


def _plan(*titles: str) -> dict[str, object]:
    return {"format": "zoneplanner-plan", "version": 1, "actions": [{"title": t} for t in titles], "removed": []}


def test_each_save_records_the_plan_with_the_profile(store: ProfileStore, make_profile: MakeProfile) -> None:
    profile_id = store.create(make_profile(notes="v1"), plan_data=_plan("甲"))
    store.save_plan(profile_id, _plan("甲", "乙"))  # the plan alone: a version too
    store.update(profile_id, make_profile(notes="v3"))  # the profile alone: records the plan as it stands

    revisions = store.revisions(profile_id)
    assert [r.has_plan for r in revisions] == [True, True, True]
    plans = [store.load_revision_plan(r.id) for r in revisions]
    assert plans == [_plan("甲", "乙"), _plan("甲", "乙"), _plan("甲")]
    assert [store.load_revision(r.id).notes for r in revisions] == ["v3", "v1", "v1"]
    assert all(r.saved_by == store.user() for r in revisions)


def test_restoring_a_version_brings_back_its_profile_and_its_plan(
    store: ProfileStore, make_profile: MakeProfile
) -> None:
    profile_id = store.create(make_profile(notes="old"), plan_data=_plan("甲"))
    store.update(profile_id, make_profile(notes="new"), plan_data=_plan("乙", "丙"))
    first = store.revisions(profile_id)[-1]

    store.restore_revision(profile_id, first.id)

    assert store.load(profile_id).notes == "old"
    assert store.load_plan(profile_id) == _plan("甲")
    newest = store.revisions(profile_id)[0]
    assert store.load_revision_plan(newest.id) == _plan("甲")  # the restore is a version with its plan


def test_a_version_without_a_plan_leaves_the_current_plan_when_restored(
    store: ProfileStore, make_profile: MakeProfile
) -> None:
    profile_id = store.create(make_profile(notes="no plan yet"))
    store.update(profile_id, make_profile(notes="with plan"), plan_data=_plan("甲"))
    first = store.revisions(profile_id)[-1]
    assert not first.has_plan and store.load_revision_plan(first.id) is None

    store.restore_revision(profile_id, first.id)

    assert store.load(profile_id).notes == "no plan yet"
    assert store.load_plan(profile_id) == _plan("甲")


_OLD = sa.MetaData()
_PROFILES = sa.Table(
    "profiles",
    _OLD,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("name", sa.String(100)),
    sa.Column("stage", sa.String(20)),
    sa.Column("created_at", sa.DateTime),
    sa.Column("updated_at", sa.DateTime),
    sa.Column("document", sa.JSON),
    sa.Column("version", sa.Integer),
)
_REVISIONS = sa.Table(
    "profile_revisions",
    _OLD,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("profile_id", sa.Integer),
    sa.Column("saved_at", sa.DateTime),
    sa.Column("name", sa.String(100)),
    sa.Column("document", sa.JSON),
    sa.Column("saved_by", sa.String(100)),
)
_PLANS = sa.Table(
    "plans",
    _OLD,
    sa.Column("profile_id", sa.Integer, primary_key=True),
    sa.Column("saved_at", sa.DateTime),
    sa.Column("document", sa.JSON),
    sa.Column("version", sa.Integer),
)


def _fill_0004(url: sa.URL | str, make_profile: MakeProfile) -> None:
    """Two profiles with three versions each and a plan, written as a 0004 store holds them."""
    engine = make_engine(url)
    with engine.begin() as connection:
        for number, name in enumerate(("东湖高新区", "苏州工业园区"), start=1):
            when = datetime(2026, 6, number, 9, 0)
            versions = [make_profile(name=name, notes=f"第{v}版") for v in (1, 2, 3)]
            row = {"id": number, "name": name, "stage": "growth", "created_at": when, "updated_at": when}
            connection.execute(_PROFILES.insert().values(**row, document=profile_to_data(versions[-1]), version=3))
            for version in versions:
                connection.execute(
                    _REVISIONS.insert().values(
                        profile_id=number,
                        saved_at=when,
                        name=name,
                        document=profile_to_data(version),
                        saved_by="王科长",
                    )
                )
            connection.execute(
                _PLANS.insert().values(profile_id=number, saved_at=when, document=_plan("甲"), version=1)
            )
    engine.dispose()


def _assert_kept_without_plans(store: ProfileStore) -> None:
    summaries = store.list_summaries()
    assert [s.revision_count for s in summaries] == [3, 3]
    for summary in summaries:
        revisions = store.revisions(summary.id)
        assert [store.load_revision(r.id).notes for r in revisions] == ["第3版", "第2版", "第1版"]
        assert [r.saved_by for r in revisions] == ["王科长"] * 3
        assert [r.has_plan for r in revisions] == [False] * 3  # "no plan recorded"
        assert all(store.load_revision_plan(r.id) is None for r in revisions)
        assert store.load_plan(summary.id) == _plan("甲")  # the current plan is untouched


def test_upgrading_a_0004_store_keeps_every_version_with_no_plan_recorded(
    isolated_data_dir: Path, make_profile: MakeProfile
) -> None:
    isolated_data_dir.mkdir(parents=True)
    url = sqlite_url(isolated_data_dir / "zoneplanner.sqlite3")
    migrate.upgrade(url, "0004")
    _fill_0004(url, make_profile)

    store, report = open_store(load_samples=False)
    try:
        assert report.migrated_from == "0004"
        _assert_kept_without_plans(store)
        # The next save records its plan from then on.
        first = store.list_summaries()[0].id
        store.save_plan(first, _plan("甲", "乙"))
        assert store.revisions(first)[0].has_plan
    finally:
        store.close()


@pytest.fixture
def postgres_0004(empty_postgres_url: sa.URL) -> Iterator[sa.URL]:
    migrate.upgrade(empty_postgres_url, "0004")
    yield empty_postgres_url


def test_upgrading_a_0004_postgresql_database_keeps_every_version(
    postgres_0004: sa.URL, make_profile: MakeProfile
) -> None:
    _fill_0004(postgres_0004, make_profile)
    engine = make_engine(postgres_0004)
    with engine.begin() as connection:  # rows inserted with explicit IDs: move the sequence past them
        connection.execute(sa.text("SELECT setval('profile_revisions_id_seq', 100)"))
    engine.dispose()
    migrate.upgrade(postgres_0004)
    assert migrate.current_revision(postgres_0004)[0] == "0005"
    store, _ = open_store(url=postgres_0004.render_as_string(hide_password=False), load_samples=False)
    try:
        _assert_kept_without_plans(store)
    finally:
        store.close()
