"""Start-up: where the database goes, broken files moved aside (never deleted), samples offered once."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.models.errors import StoreError
from desktop.models.profile import Profile
from desktop.models.profile_format import read_profile
from desktop.models.store import DATABASE_FILE, list_backups, open_store, restore_backup
from desktop.resources import resource_path

MakeProfile = Callable[..., Profile]


def _sample_names() -> set[str]:
    files = sorted(resource_path("samples").glob("*.json"))
    assert files, "the application ships sample profiles"
    return {read_profile(f).name for f in files}


def test_the_environment_and_the_argument_choose_the_data_folder(tmp_path: Path, isolated_data_dir: Path) -> None:
    store, _ = open_store(load_samples=False)
    store.close()
    assert (isolated_data_dir / DATABASE_FILE).is_file()

    elsewhere = tmp_path / "chosen"
    store, _ = open_store(elsewhere, load_samples=False)
    store.close()
    assert (elsewhere / DATABASE_FILE).is_file()


def test_a_database_url_replaces_the_local_file(
    tmp_path: Path, isolated_data_dir: Path, monkeypatch: pytest.MonkeyPatch, make_profile: MakeProfile
) -> None:
    shared = tmp_path / "server" / "shared.sqlite3"
    shared.parent.mkdir()
    monkeypatch.setenv("ZONEPLANNER_DATABASE_URL", f"sqlite:///{shared}")

    store, report = open_store(load_samples=False)
    store.create(make_profile())
    store.close()

    assert shared.is_file()
    assert not (isolated_data_dir / DATABASE_FILE).exists()
    assert "shared.sqlite3" in report.database


def test_samples_are_loaded_once_and_do_not_come_back_after_deletion() -> None:
    store, report = open_store()
    try:
        assert set(report.samples_loaded) == _sample_names()
        assert {s.name for s in store.list_summaries()} == _sample_names()
        for summary in store.list_summaries():
            store.load(summary.id)  # each sample is a valid, loadable profile
            store.delete(summary.id)
    finally:
        store.close()

    store, report = open_store()
    try:
        assert report.samples_loaded == []
        assert store.list_summaries() == []
    finally:
        store.close()


def _fill(folder: Path, make_profile: MakeProfile, names: list[str]) -> None:
    store, _ = open_store(folder, load_samples=False)
    for name in names:
        store.create(make_profile(name=name))
    store.close()


def _assert_moved_aside(folder: Path, original_bytes: bytes, moved: Path | None) -> None:
    assert moved is not None and moved.parent == folder
    assert moved.name.startswith(f"{DATABASE_FILE}.corrupt-")
    assert moved.read_bytes() == original_bytes  # kept exactly as it was, never deleted


def test_a_file_that_is_not_a_database_is_moved_aside_and_the_store_starts_fresh(
    isolated_data_dir: Path, make_profile: MakeProfile
) -> None:
    isolated_data_dir.mkdir(parents=True)
    junk = os.urandom(64 * 1024)
    (isolated_data_dir / DATABASE_FILE).write_bytes(junk)

    store, report = open_store(load_samples=False)
    try:
        _assert_moved_aside(isolated_data_dir, junk, report.moved_aside)
        assert report.newest_backup is None
        (message,) = report.messages
        assert str(report.moved_aside) in message.zh and str(report.moved_aside) in message.en
        assert "损坏" in message.zh and "damaged" in message.en
        profile_id = store.create(make_profile())
        assert store.load(profile_id) == make_profile()
    finally:
        store.close()


def test_a_truncated_database_is_moved_aside_with_its_wal_and_the_newest_backup_is_offered(
    isolated_data_dir: Path, make_profile: MakeProfile
) -> None:
    _fill(isolated_data_dir, make_profile, [f"开发区 {i}" for i in range(300)])
    database = isolated_data_dir / DATABASE_FILE
    backups = isolated_data_dir / "backups"
    backups.mkdir()
    older, newer = (
        backups / "zoneplanner-20240101-080000-0001.sqlite3",
        backups / "zoneplanner-20250101-080000-0001.sqlite3",
    )
    shutil.copy(database, older)
    shutil.copy(database, newer)
    whole = database.read_bytes()
    truncated = whole[: len(whole) // 2]
    database.write_bytes(truncated)
    wal = isolated_data_dir / f"{DATABASE_FILE}-wal"
    wal.write_bytes(b"")

    store, report = open_store(load_samples=False)
    try:
        _assert_moved_aside(isolated_data_dir, truncated, report.moved_aside)
        assert report.moved_aside is not None
        assert Path(f"{report.moved_aside}-wal").is_file()  # the companion goes with its database
        assert report.newest_backup == newer
        assert str(newer) in report.messages[0].zh and str(newer) in report.messages[0].en
        assert store.list_summaries() == []  # a fresh, working database
        store.create(make_profile(name="新的"))
    finally:
        store.close()

    assert report.database_file == database
    replaced = restore_backup(newer)  # the file of the data folder, as the window offers it

    assert replaced is not None and replaced.is_file()  # the fresh database is kept too, not overwritten
    store, report = open_store(load_samples=False)
    try:
        assert report.moved_aside is None
        assert len(store.list_summaries()) == 300
        assert store.find_id("新的") is None
    finally:
        store.close()


def test_a_broken_backup_is_not_restored(tmp_path: Path, isolated_data_dir: Path, make_profile: MakeProfile) -> None:
    _fill(isolated_data_dir, make_profile, ["留着"])
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database at all" * 100)

    with pytest.raises(StoreError, match=r"junk\.sqlite3"):
        restore_backup(junk, isolated_data_dir / DATABASE_FILE)

    store, _ = open_store(load_samples=False)
    try:
        assert [s.name for s in store.list_summaries()] == ["留着"]
    finally:
        store.close()


def test_a_database_from_a_newer_version_is_refused_untouched(
    isolated_data_dir: Path, make_profile: MakeProfile
) -> None:
    _fill(isolated_data_dir, make_profile, ["甲区"])
    database = isolated_data_dir / DATABASE_FILE
    with sqlite3.connect(database) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()
    before = database.read_bytes()

    with pytest.raises(StoreError, match="9999"):
        open_store(load_samples=False)

    assert database.read_bytes() == before
    assert list(isolated_data_dir.glob("*.corrupt-*")) == []
    assert list_backups(database) == []


def test_sample_list_is_offered_in_a_fresh_database_after_a_corrupt_one(isolated_data_dir: Path) -> None:
    isolated_data_dir.mkdir(parents=True)
    (isolated_data_dir / DATABASE_FILE).write_text(json.dumps({"not": "sqlite"}), encoding="utf-8")

    store, report = open_store()
    try:
        assert report.moved_aside is not None
        assert set(report.samples_loaded) == _sample_names()
    finally:
        store.close()
