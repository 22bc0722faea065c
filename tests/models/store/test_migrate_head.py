"""An up-to-date database opens without Alembic, which knows the head revision only from the migration scripts."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from desktop.models.store import migrate, open_store

REPO = Path(__file__).resolve().parents[2]


def test_the_head_revision_constant_is_the_newest_migration_script() -> None:
    # A new migration without this constant moved on would leave every database un-upgraded.
    assert migrate.head_revision() == migrate.HEAD_REVISION


def test_opening_an_up_to_date_store_does_not_import_alembic(tmp_path: Path) -> None:
    store, _ = open_store(tmp_path, load_samples=False)  # created and migrated to the head here
    store.close()
    script = """
import sys
from desktop.models.store import open_store
store, report = open_store(sys.argv[1], load_samples=False)
store.close()
print(report.migrated_from, any(name.split('.')[0] == 'alembic' for name in sys.modules))
"""
    result = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path)], capture_output=True, text=True, cwd=REPO, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["None", "False"]


def test_a_database_due_an_upgrade_is_still_upgraded(tmp_path: Path) -> None:
    url = f"sqlite+pysqlite:///{tmp_path / 'zoneplanner.sqlite3'}"
    migrate.upgrade(url, "0001")
    assert migrate.current_revision(url) == ("0001", True)
    store, report = open_store(tmp_path, url, load_samples=False)
    store.close()
    assert report.migrated_from == "0001"
    assert migrate.current_revision(url) == (migrate.HEAD_REVISION, True)
