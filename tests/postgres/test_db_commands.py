"""``zoneplanner db upgrade`` and ``db copy --to URL`` against a real server."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import URL

from desktop.cli.main import main
from desktop.models.store import ProfileStore, migrate, open_store
from desktop.models.store.database import make_engine
from tests.helpers import postgres_workers as workers


def test_db_upgrade_creates_the_schema_on_an_empty_server_database(
    empty_postgres_url: URL, capsys: pytest.CaptureFixture[str]
) -> None:
    url = empty_postgres_url.render_as_string(hide_password=False)
    assert migrate.current_revision(url) == (None, False)

    assert main(["--database", url, "db", "upgrade"]) == 0

    assert migrate.current_revision(url) == (migrate.HEAD_REVISION, True)
    assert migrate.HEAD_REVISION in capsys.readouterr().out


def _local_store(data: Path, profiles: int) -> None:
    store, _ = open_store(data, load_samples=False)
    with store:
        for number in range(profiles):
            profile_id = store.create(workers.profile(f"区{number:04d}"))
            if number % 100 == 0:  # some with several revisions and a plan with progress
                store.update(profile_id, workers.profile(f"区{number:04d}", notes="第二版"), expected_version=1)
                store.save_plan(profile_id, {"actions": [], "progress": [{"note": f"进度{number}"}]})


@pytest.mark.slow
def test_db_copy_of_a_thousand_profiles_verifies_the_counts(
    tmp_path: Path, empty_postgres_url: URL, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "local"
    _local_store(data, 1000)
    target = empty_postgres_url.set(password="not-needed-but-secret").render_as_string(hide_password=False)

    assert main(["--data-dir", str(data), "db", "copy", "--to", target]) == 0

    out, err = capsys.readouterr()
    # A plan save is a version too: 1000 first versions, 10 second ones and 10 plan saves.
    assert "1000 份档案、1020 个历史版本、10 份行动计划" in out and "1000 profiles" in out
    assert "not-needed-but-secret" not in out + err
    with ProfileStore(make_engine(empty_postgres_url)) as copied:
        assert len(copied.list_summaries()) == 1000
        copied_id = copied.find_id("区0100")
        assert copied_id is not None
        assert copied.load(copied_id) == workers.profile("区0100", notes="第二版")
        assert copied.load_versioned(copied_id)[1] == 3  # the versions came along
        assert copied.load_plan(copied_id) == {"actions": [], "progress": [{"note": "进度100"}]}
        revisions = copied.revisions(copied_id)
        assert len(revisions) == 3
        assert copied.load_revision_plan(revisions[0].id) == {"actions": [], "progress": [{"note": "进度100"}]}
        # New profiles get new IDs after the copied ones.
        assert copied.create(workers.profile("新区")) > 0


def test_db_copy_into_a_database_with_profiles_is_refused_and_changes_nothing(
    tmp_path: Path, postgres_url: URL, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "local"
    _local_store(data, 3)
    with ProfileStore(make_engine(postgres_url)) as target:
        target.create(workers.profile("已有区"))

    code = main(["--data-dir", str(data), "db", "copy", "--to", postgres_url.render_as_string(hide_password=False)])

    assert code == 2
    err = capsys.readouterr().err
    assert "不是空的" in err and "not empty" in err and "Traceback" not in err
    with ProfileStore(make_engine(postgres_url)) as target:
        assert [s.name for s in target.list_summaries()] == ["已有区"]
