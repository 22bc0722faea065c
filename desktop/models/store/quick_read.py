"""The first paint's read of the local store: the profile list and the last profile, with one plain sqlite3 connection.

The window becomes usable (list filled, last profile in the form) before SQLAlchemy is imported, which costs more
than everything else at start-up. This module reads exactly what ``ProfileStore.list_profiles``, ``load_versioned``
and ``load_plan`` would hand the window, for the usual case only: an existing SQLite file at the current schema
whose every listed value reads cleanly. Anything else — no file yet, a schema due an upgrade or written by a newer
version, a lock, a damaged file or row, a shared database — gives None, and the ordinary start-up
(``startup.open_store``) opens the store and explains any problem as it always has. Nothing here writes a byte.

It imports neither SQLAlchemy nor Alembic (a test checks it): the schema version is read with one query and compared
with the head revision found in the migration scripts' own text.
"""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desktop.models.errors import ProfileErrors
from desktop.models.profile import Profile
from desktop.models.store.health import VERSION_TABLE
from desktop.models.store.records import ProfileSummary
from desktop.models.vocabulary import Stage

DATABASE_FILE = "zoneplanner.sqlite3"  # the embedded store's file in the data folder
VERSIONS_DIR = Path(__file__).resolve().parent / "migrations" / "versions"

# How the store writes a moment (SQLAlchemy's SQLite DATETIME format, naive UTC); any other text is left to the
# ordinary path, which reports it as damage.
_STORED_TIME = re.compile(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{6}")
_REVISION = re.compile(r"""^revision(?::\s*str)?\s*=\s*["']([^"']+)["']""", re.MULTILINE)
_DOWN_REVISION = re.compile(r"""^down_revision(?::[^=]*)?\s*=\s*(.+)$""", re.MULTILINE)

# The list exactly as ``ProfileStore.list_profiles`` queries it: by name, with each document's JSON kind as SQLite
# reports it and the number of saved versions.
_LIST = """
SELECT p.id, p.name, p.stage, p.updated_at, n.n,
       CASE WHEN json_valid(p.document) = 1 THEN json_type(p.document) ELSE 'invalid' END,
       CASE WHEN json_valid(plan.document) = 1 THEN json_type(plan.document) ELSE 'invalid' END,
       plan.profile_id
FROM profiles AS p
LEFT OUTER JOIN (SELECT profile_id, count(id) AS n FROM profile_revisions GROUP BY profile_id) AS n
    ON n.profile_id = p.id
LEFT OUTER JOIN plans AS plan ON plan.profile_id = p.id
ORDER BY p.name
"""


class _NotQuick(Exception):
    """Something the first paint leaves to the ordinary start-up."""


@dataclass(frozen=True, slots=True)
class OpenedProfile:
    """The profile the window opens first, as ``ProfileSession.open`` would read it."""

    id: int
    profile: Profile
    version: int  # the stored version it was read at (what the first save passes on)
    plan: dict[str, Any] | None  # the stored plan document (None: no plan saved)


@dataclass(frozen=True, slots=True)
class FirstPaint:
    """What the window shows before the store is open: the list, and the profile it opens (None: a new one)."""

    rows: list[ProfileSummary]
    opened: OpenedProfile | None


def head_revision(versions: Path = VERSIONS_DIR) -> str | None:
    """The newest migration, from the scripts' text: the revision no other script names as its ``down_revision``.

    None if that cannot be told (no scripts, several heads): the ordinary path, with Alembic, decides then.
    """
    revisions: set[str] = set()
    parents: set[str] = set()
    try:
        scripts = [path.read_text(encoding="utf-8") for path in versions.glob("*.py")]
    except OSError:
        return None
    for script in scripts:
        revision = _REVISION.search(script)
        if revision is None:
            continue
        revisions.add(revision.group(1))
        down = _DOWN_REVISION.search(script)
        if down is not None:
            parents.update(re.findall(r"""["']([^"']+)["']""", down.group(1)))
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def read_first_paint(file: Path, last_id: int | None) -> FirstPaint | None:
    """The list and the profile to open (``last_id`` if it is listed, else the first), or None to leave the start
    to ``open_store``. Never waits for a lock and never writes."""
    try:
        if not file.is_file():
            return None  # a first start: the ordinary path creates the store and adds the samples
        connection = sqlite3.connect(f"{file.resolve().as_uri()}?mode=ro", uri=True, timeout=0)
    except (OSError, sqlite3.Error):  # e.g. a folder this user may not read: the ordinary path says so
        return None
    try:
        if _revision(connection) != head_revision():
            return None  # new, due an upgrade (with its backup and message), or from a newer version
        rows = _rows(connection)
        chosen = last_id if last_id is not None and any(row.id == last_id for row in rows) else None
        if chosen is None and rows:
            chosen = rows[0].id
        opened = _opened(connection, chosen) if chosen is not None else None
        return FirstPaint(rows, opened)
    except (sqlite3.Error, _NotQuick, ProfileErrors, ValueError, TypeError):
        return None
    finally:
        connection.close()


def _revision(connection: sqlite3.Connection) -> str | None:
    row = connection.execute(f"SELECT version_num FROM {VERSION_TABLE}").fetchone()
    return None if row is None else str(row[0])


def _rows(connection: sqlite3.Connection) -> list[ProfileSummary]:
    rows: list[ProfileSummary] = []
    for id, name, stage, updated, count, kind, plan_kind, has_plan in connection.execute(_LIST):
        if not isinstance(name, str) or not isinstance(stage, str) or kind != "object":
            raise _NotQuick  # listed as damaged by the ordinary path, which says why
        if has_plan is not None and plan_kind != "object":
            raise _NotQuick
        rows.append(ProfileSummary(int(id), name, Stage(stage), _moment(updated), int(count or 0)))
    return rows


def _moment(raw: object) -> datetime:
    if not isinstance(raw, str) or _STORED_TIME.fullmatch(raw) is None:
        raise _NotQuick
    return datetime.fromisoformat(raw).replace(tzinfo=UTC)


def _opened(connection: sqlite3.Connection, profile_id: int) -> OpenedProfile:
    from desktop.models.profile_format import parse_profile  # the form's own reader, already loaded by the window

    row = connection.execute("SELECT document, version FROM profiles WHERE id = ?", (profile_id,)).fetchone()
    if row is None or row[1] is None:
        raise _NotQuick
    profile = parse_profile(_document(row[0]), earlier_names=True)  # as ``ProfileStore.load`` reads it
    plan = connection.execute("SELECT document FROM plans WHERE profile_id = ?", (profile_id,)).fetchone()
    return OpenedProfile(profile_id, profile, int(row[1]), None if plan is None else _document(plan[0]))


def _document(raw: object) -> dict[str, Any]:
    if not isinstance(raw, str):
        raise _NotQuick
    value = json.loads(raw)
    if not isinstance(value, dict):
        raise _NotQuick
    return value
