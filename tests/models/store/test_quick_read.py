"""The first paint's read of the store (plain sqlite3, before SQLAlchemy): the same list and profile the store gives,
or nothing at all when the ordinary start-up must deal with the file (upgrade, newer version, damage, lock)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.models.store import ProfileStore, database_file, migrate, open_store
from desktop.models.store.quick_read import head_revision, read_first_paint
from desktop.models.vocabulary import Stage
from tests.models.store.conftest import MakeProfile

PLAN = {"format": "zoneplanner-plan", "version": 1, "actions": [], "removed": []}


@pytest.fixture
def local(isolated_data_dir: Path) -> Iterator[ProfileStore]:
    """An empty store in the test's SQLite file."""
    opened, _report = open_store(load_samples=False)
    yield opened
    opened.close()


def filled(store: ProfileStore, make_profile: MakeProfile) -> dict[str, int]:
    """Profiles whose names sort differently by code point and by pinyin, of every stage, one saved three times,
    one with a plan; returns their IDs by name."""
    ids = {}
    stages = [("张家港保税区", "nascent"), ("Beta 园区", "growth"), ("阿拉山口", "mature"), ("中关村", "transforming")]
    for name, stage in stages:
        ids[name] = store.create(make_profile(name=name, stage=stage))
    store.update(ids["中关村"], make_profile(name="中关村", stage="transforming", notes="第二版"))
    store.update(ids["中关村"], make_profile(name="中关村", stage="transforming", notes="第三版"))
    store.save_plan(ids["阿拉山口"], PLAN)
    return ids


def test_the_first_paint_lists_what_the_store_lists_and_opens_what_the_session_would(
    local: ProfileStore, make_profile: MakeProfile
) -> None:
    ids = filled(local, make_profile)

    paint = read_first_paint(database_file(), ids["阿拉山口"])

    assert paint is not None
    assert paint.rows == local.list_profiles()  # same rows, same order, same times and version counts
    assert {row.stage for row in paint.rows} == set(Stage)
    opened = paint.opened
    assert opened is not None and opened.id == ids["阿拉山口"]
    assert (opened.profile, opened.version) == local.load_versioned(ids["阿拉山口"])
    assert opened.plan == local.load_plan(ids["阿拉山口"])


def test_without_a_last_profile_the_first_listed_opens(local: ProfileStore, make_profile: MakeProfile) -> None:
    ids = filled(local, make_profile)
    local.delete(ids["张家港保税区"])

    for last in (None, ids["张家港保税区"]):  # none remembered, or one deleted since
        paint = read_first_paint(database_file(), last)
        assert paint is not None and paint.opened is not None
        assert paint.opened.id == local.list_profiles()[0].id
        assert paint.opened.plan is None and paint.opened.version == 1


def test_an_empty_store_paints_an_empty_list_and_a_new_profile(local: ProfileStore) -> None:
    paint = read_first_paint(database_file(), 7)
    assert paint is not None and paint.rows == [] and paint.opened is None


def test_no_database_yet_is_left_to_the_ordinary_start(isolated_data_dir: Path) -> None:
    assert read_first_paint(database_file(), None) is None
    assert not database_file().exists()  # nothing created: the ordinary start creates it, with the samples


def test_a_store_due_an_upgrade_is_left_to_the_migration(local: ProfileStore, make_profile: MakeProfile) -> None:
    local.create(make_profile())
    local.close()
    migrate.downgrade(f"sqlite+pysqlite:///{database_file()}", "0003")

    assert read_first_paint(database_file(), None) is None
    store, report = open_store(load_samples=False)  # what the start-up then does: back up, upgrade, say so
    store.close()
    assert report.migrated_from == "0003" and report.backup_taken is not None
    assert read_first_paint(database_file(), None) is not None  # the next start paints at once again


def test_a_store_from_a_newer_version_is_left_to_the_refusal(local: ProfileStore, make_profile: MakeProfile) -> None:
    local.create(make_profile())
    with sqlite3.connect(database_file()) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()
    assert read_first_paint(database_file(), None) is None


@pytest.mark.parametrize(
    ("column", "value"),
    [("stage", "'bogus'"), ("updated_at", "'yesterday'"), ("document", "'not json'"), ("document", "'[1, 2]'")],
)
def test_a_damaged_row_is_left_to_the_list_that_marks_it(
    local: ProfileStore, make_profile: MakeProfile, column: str, value: str
) -> None:
    filled(local, make_profile)
    with sqlite3.connect(database_file()) as connection:
        connection.execute(f"UPDATE profiles SET {column} = {value} WHERE name = '中关村'")
    connection.close()

    assert read_first_paint(database_file(), None) is None
    assert [row.name for row in local.list_profiles() if not hasattr(row, "stage")] == ["中关村"]


def test_an_unreadable_last_profile_is_left_to_the_window_that_explains_it(
    local: ProfileStore, make_profile: MakeProfile
) -> None:
    ids = filled(local, make_profile)
    with sqlite3.connect(database_file()) as connection:  # a JSON object, but not a profile this version reads
        connection.execute('UPDATE profiles SET document = \'{"format": "other"}\' WHERE id = ?', (ids["中关村"],))
    connection.close()
    assert read_first_paint(database_file(), ids["中关村"]) is None
    assert read_first_paint(database_file(), ids["阿拉山口"]) is not None  # only the one opened is read in full


def test_a_damaged_file_is_left_to_the_start_up_that_sets_it_aside(isolated_data_dir: Path) -> None:
    isolated_data_dir.mkdir(parents=True)
    database_file().write_bytes(b"garbage" * 1000)
    assert read_first_paint(database_file(), None) is None
    assert database_file().read_bytes() == b"garbage" * 1000


def test_a_locked_file_is_left_at_once_to_the_start_up(local: ProfileStore, make_profile: MakeProfile) -> None:
    filled(local, make_profile)
    local.close()
    holder = sqlite3.connect(database_file(), isolation_level=None)
    try:
        holder.execute("PRAGMA journal_mode = DELETE")
        holder.execute("BEGIN EXCLUSIVE")  # another program writing: even readers must wait
        assert read_first_paint(database_file(), None) is None  # it does not wait (timeout 0), it steps aside
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_the_head_revision_read_from_the_scripts_is_alembics(tmp_path: Path) -> None:
    assert head_revision() == migrate.head_revision()
    # A second head (a branch) cannot be told apart without Alembic: the ordinary path decides then.
    for name, revision, down in [("a.py", "0001", "None"), ("b.py", "0002", '"0001"'), ("c.py", "0003", '"0001"')]:
        (tmp_path / name).write_text(f'revision: str = "{revision}"\ndown_revision = {down}\n', encoding="utf-8")
    assert head_revision(tmp_path) is None
    (tmp_path / "c.py").write_text('revision = "0003"\ndown_revision = "0002"\n', encoding="utf-8")
    assert head_revision(tmp_path) == "0003"
