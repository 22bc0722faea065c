"""Copy a store into another, empty, database (the local file into a new shared server), then check the counts.

Copied: profiles with their versions, every saved revision (with who saved it), plans (with their progress history)
and the store's own settings. Not copied: autosaved drafts, which are one user's unsaved work on one computer.
New IDs are given by the target (rows are not inserted with their old IDs, so no server sequence needs resetting).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import URL, Connection, Engine, func, insert, select

from desktop.models.errors import StoreError
from desktop.models.store.database import make_engine, writer
from desktop.models.store.orm import Base, PlanRow, ProfileRow, RevisionRow, SettingRow
from desktop.models.text import Text

COPIED_TABLES = (ProfileRow, RevisionRow, PlanRow, SettingRow)


@dataclass(frozen=True, slots=True)
class CopyCounts:
    profiles: int
    revisions: int
    plans: int
    settings: int


def counts(connection: Connection) -> CopyCounts:
    def n(table: type[ProfileRow] | type[RevisionRow] | type[PlanRow] | type[SettingRow]) -> int:
        return int(connection.scalar(select(func.count()).select_from(table)) or 0)

    return CopyCounts(n(ProfileRow), n(RevisionRow), n(PlanRow), n(SettingRow))


def copy_store(source: Engine, target_url: str | URL) -> CopyCounts:
    """Copy everything but drafts from ``source`` into the database at ``target_url`` (migrated to the current
    schema first), in one transaction; refused if the target already holds profiles. Returns what was copied."""
    from desktop.models.store import migrate

    migrate.upgrade(target_url)
    target = make_engine(target_url)
    try:
        with source.connect() as reading, writer(target).begin() as writing:
            existing = counts(writing)
            if existing.profiles or existing.revisions or existing.plans:
                raise StoreError(
                    Text(
                        f"目标数据库不是空的（已有 {existing.profiles} 份档案），未复制任何内容。"
                        "请换一个新建的空数据库。",
                        f"The target database is not empty (it holds {existing.profiles} profiles); nothing was "
                        "copied. Use a newly created, empty database.",
                    )
                )
            expected = counts(reading)
            _copy_rows(reading, writing)
            copied = counts(writing)
            if copied != expected:  # checked before the commit: a mismatch leaves the target as it was
                raise StoreError(
                    Text(
                        f"复制后的数量与原数据库不符（原 {expected}，复制后 {copied}），复制已撤销。",
                        f"The copy does not match the source (source {expected}, copy {copied}); it was undone.",
                    )
                )
        return copied
    finally:
        target.dispose()


def _copy_rows(reading: Connection, writing: Connection) -> None:
    profiles = _TABLES["profiles"]
    new_ids: dict[int, int] = {}
    for row in reading.execute(select(profiles).order_by(profiles.c.id)).mappings():
        values = {key: value for key, value in row.items() if key != "id"}
        key = writing.execute(insert(profiles).values(**values)).inserted_primary_key
        assert key is not None
        new_ids[row["id"]] = key[0]
    revisions = _TABLES["profile_revisions"]
    batch: list[dict[str, object]] = []
    for row in reading.execute(select(revisions).order_by(revisions.c.id)).mappings():
        values = {key: value for key, value in row.items() if key != "id"}
        values["profile_id"] = new_ids[row["profile_id"]]
        batch.append(values)
        if len(batch) >= _BATCH:
            writing.execute(insert(revisions), batch)
            batch = []
    if batch:
        writing.execute(insert(revisions), batch)
    plans = [
        {**row, "profile_id": new_ids[row["profile_id"]]}
        for row in reading.execute(select(_TABLES["plans"])).mappings()
    ]
    if plans:
        writing.execute(insert(_TABLES["plans"]), plans)
    settings = [dict(row) for row in reading.execute(select(_TABLES["store_settings"])).mappings()]
    if settings:
        writing.execute(insert(_TABLES["store_settings"]), settings)


_BATCH = 500
_TABLES = Base.metadata.tables
