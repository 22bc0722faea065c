"""Sample profiles are known as samples (their IDs kept in the store's settings, no new column): removing them
removes only them, and they can be loaded again."""

from __future__ import annotations

from pathlib import Path

from desktop.models.profile import Profile
from desktop.models.profile_format import read_profile
from desktop.models.store import open_store
from desktop.models.store.repository import ProfileStore
from desktop.models.store.samples import (
    SAMPLE_IDS,
    add_samples,
    remove_samples,
    sample_files,
    sample_ids,
    shipped_sample_names,
)


def listed(store: ProfileStore) -> list[tuple[int, str]]:
    return [(row.id, row.name) for row in store.list_summaries()]


def own_profile() -> Profile:
    return read_profile(sample_files()[0]).with_changes(name="我们自己的开发区")


def test_the_samples_of_a_first_start_are_marked_and_a_duplicate_or_own_profile_is_not(tmp_path: Path) -> None:
    store, report = open_store(tmp_path)  # first start: the samples are put in
    try:
        assert sorted(report.samples_loaded) == sorted(shipped_sample_names())
        own = store.create(own_profile())
        first = store.find_id(report.samples_loaded[0])
        assert first is not None
        renamed = read_profile(sample_files()[0]).with_changes(name="改名后的示例")
        store.update(store.find_id(read_profile(sample_files()[0]).name), renamed)  # type: ignore[arg-type]
        marked = sample_ids(store, listed(store))
        assert own not in marked and len(marked) == len(report.samples_loaded)
        assert store.find_id("改名后的示例") in marked  # renamed or edited, still the sample it was
    finally:
        store.close()


def test_removing_the_samples_keeps_every_own_profile_and_they_can_be_loaded_again(tmp_path: Path) -> None:
    store, report = open_store(tmp_path)
    try:
        own = store.create(own_profile())
        marked = sample_ids(store, listed(store))
        assert remove_samples(store, marked | {own}) == len(report.samples_loaded)  # an own ID asked for: kept
        assert listed(store) == [(own, "我们自己的开发区")]
        assert sample_ids(store, listed(store)) == frozenset()

        added, problems = add_samples(store)
        assert sorted(added) == sorted(shipped_sample_names()) and problems == []
        again = sample_ids(store, listed(store))
        assert len(again) == len(added) and own not in again
        assert add_samples(store) == ([], [])  # nothing twice
    finally:
        store.close()


def test_samples_put_in_before_their_ids_were_recorded_are_known_by_name(tmp_path: Path) -> None:
    store, _ = open_store(tmp_path)
    try:
        store.set_setting(SAMPLE_IDS, None)  # a store from an earlier version: only "samples offered" was kept
        own = store.create(own_profile())
        marked = sample_ids(store, listed(store))
        assert {name for profile_id, name in listed(store) if profile_id in marked} == shipped_sample_names()
        assert remove_samples(store, marked) == len(shipped_sample_names())
        assert listed(store) == [(own, "我们自己的开发区")]
    finally:
        store.close()


def test_a_store_that_never_had_samples_has_none(tmp_path: Path) -> None:
    store, _ = open_store(tmp_path, load_samples=False)
    try:
        for path in sample_files():
            store.create(read_profile(path))  # the same profiles, typed in or imported by the user
        assert sample_ids(store, listed(store)) == frozenset()
    finally:
        store.close()
