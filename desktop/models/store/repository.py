"""``ProfileStore``: profiles with their revisions, plans and drafts; every write is one transaction."""

from __future__ import annotations

import getpass
import json
import sqlite3
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any, get_args

from sqlalchemy import Engine, case, delete, func, literal, select, text, type_coerce, update
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.types import NULLTYPE

from desktop.models.errors import ProfileErrors, StoreError
from desktop.models.profile import Profile
from desktop.models.profile_names import NUMBERED, unique_name
from desktop.models.store import row_check
from desktop.models.store.conflict import ConflictError, StoredVersion
from desktop.models.store.database import writer
from desktop.models.store.orm import (
    KEY_LENGTH,
    NAME_LENGTH,
    USER_LENGTH,
    DraftRow,
    PlanRow,
    ProfileRow,
    RevisionRow,
    SettingRow,
)
from desktop.models.store.records import DamagedProfile, Draft, OnConflict, ProfileSummary, RevisionSummary
from desktop.models.text import Text

_DUPLICATE = Text("已有名为“{name}”的档案。", "A profile named “{name}” already exists.")
_NO_PROFILE = Text(
    "找不到编号为 {id} 的档案（可能已被删除）。", "There is no profile with ID {id} (it may have been deleted)."
)


def _utc_now() -> datetime:
    return datetime.now(UTC)


class ProfileStore:
    """The local store. Build it with ``open_store``; it takes whatever engine it is given (tests pass temp files)."""

    def __init__(
        self, engine: Engine, *, clock: Callable[[], datetime] = _utc_now, drafts: Engine | None = None
    ) -> None:
        """``drafts``: where autosaved drafts go when not in ``engine`` (a shared database keeps each user's unsaved
        work in a local SQLite file, so it survives the server going away and is nobody else's business)."""
        self._engine = engine
        self._drafts_engine = drafts
        self._clock = clock
        self._read = sessionmaker(engine, expire_on_commit=False)
        self._write = sessionmaker(writer(engine), expire_on_commit=False)
        self._draft_read = self._read if drafts is None else sessionmaker(drafts, expire_on_commit=False)
        self._draft_write = self._write if drafts is None else sessionmaker(writer(drafts), expire_on_commit=False)
        self._user: str | None = None
        # Profile ID → (the save times it was checked at, what is wrong with its documents or None): see list_profiles.
        self._checked: dict[int, tuple[object, Text | None]] = {}

    # --- life cycle ---------------------------------------------------------------------------------------------

    def close(self) -> None:
        self._engine.dispose()
        if self._drafts_engine is not None:
            self._drafts_engine.dispose()

    @property
    def engine(self) -> Engine:
        """The database engine (for copying the store elsewhere; everything else goes through the methods)."""
        return self._engine

    @property
    def is_shared(self) -> bool:
        """Whether the store is a database server others use too (not the embedded SQLite file)."""
        return self._engine.dialect.name != "sqlite"

    def user(self) -> str:
        """Who saves: the database user on a server, the operating system's user for the local file."""
        if self._user is None:
            if self.is_shared:
                with self._reading() as session:
                    self._user = str(session.scalar(text("SELECT current_user")))
            else:
                try:
                    self._user = getpass.getuser()
                except (OSError, KeyError, ImportError):  # no user name known to the system
                    self._user = ""
        return self._user[:USER_LENGTH]

    def can_write(self) -> bool:
        """Whether this database user may save (a viewer role has SELECT only). The local file: always."""
        if not self.is_shared:
            return True
        query = text(
            "SELECT has_table_privilege(current_user, 'profiles', 'INSERT') "
            "AND has_table_privilege(current_user, 'profiles', 'UPDATE') "
            "AND has_table_privilege(current_user, 'profile_revisions', 'INSERT')"
        )
        with self._reading() as session:
            return bool(session.scalar(query))

    def change_marker(self) -> tuple[int, int, int, object]:
        """One cheap query whose answer changes whenever anyone creates, saves, renames or deletes a profile: the
        number of profiles, the highest ID, the sum of the versions and the latest save time. The window re-lists
        the profiles only when it changed."""
        query = select(
            func.count(ProfileRow.id),
            func.coalesce(func.max(ProfileRow.id), 0),
            func.coalesce(func.sum(ProfileRow.version), 0),
            func.max(_raw(ProfileRow.updated_at)),  # raw: compared, never shown
        )
        with self._reading() as session:
            count, highest, versions, latest = session.execute(query).one()
        return int(count), int(highest), int(versions), latest

    def __enter__(self) -> ProfileStore:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # --- profiles -----------------------------------------------------------------------------------------------

    def list_profiles(self, *, check_documents: bool = False) -> list[ProfileSummary | DamagedProfile]:
        """Every stored profile by name; one this version cannot read comes as a ``DamagedProfile`` saying why.

        Each value is read on its own, so a bad one damages its row and never hides the others. Always checked: the
        list's columns and (on SQLite, in the database) that the profile and plan documents are JSON objects. With
        ``check_documents`` each profile document is also read against the current format, once per saved version
        (slow for thousands: the command line's list asks for it, the window does not). A document ``load`` found
        unreadable is listed as damaged from then on.
        """
        counts = (
            select(RevisionRow.profile_id, func.count(RevisionRow.id).label("n"))
            .group_by(RevisionRow.profile_id)
            .subquery()
        )
        query = (
            select(
                ProfileRow.id,
                _raw(ProfileRow.name),
                _raw(ProfileRow.stage),
                _raw(ProfileRow.updated_at),
                _raw(PlanRow.saved_at),
                counts.c.n,
                self._json_kind(ProfileRow.document),
                self._json_kind(PlanRow.document),
                PlanRow.profile_id,
            )
            .outerjoin(counts, counts.c.profile_id == ProfileRow.id)
            .outerjoin(PlanRow, PlanRow.profile_id == ProfileRow.id)
            .order_by(ProfileRow.name)
        )
        with self._reading() as session:
            rows = session.execute(query).all()
            if check_documents:
                versions = {row[0]: (row[3], row[4]) for row in rows}
                unchecked = [id for id, version in versions.items() if self._known(id, version) is _UNCHECKED]
                for id, problem in self._document_problems(session, unchecked):
                    self._checked[id] = (versions[id], problem)
        dialect = self._engine.dialect
        listed: list[ProfileSummary | DamagedProfile] = []
        for id, raw_name, raw_stage, raw_updated, raw_plan_saved, n, kind, plan_kind, has_plan in rows:
            name = row_check.name_text(raw_name)
            stage = row_check.read_stage(raw_stage)
            updated = row_check.read_time(ProfileRow.__table__.c.updated_at, raw_updated, dialect)
            document = row_check.kind_problem(kind, row_check.PROFILE_DOCUMENT)
            if document is None:
                known = self._known(id, (raw_updated, raw_plan_saved))
                document = known if isinstance(known, Text) else None
            plan = row_check.kind_problem(plan_kind, row_check.PLAN_DOCUMENT) if has_plan is not None else None
            problems = [p for p in (stage.problem, updated.problem, document, plan) if p is not None]
            if problems:
                listed.append(DamagedProfile(id, name, row_check.joined(problems), updated.value, n or 0))
            else:
                listed.append(ProfileSummary(id, name, stage.value, updated.value, n or 0))
        return listed

    def _json_kind(self, column: Any) -> Any:
        """What JSON a document column holds, worked out by SQLite itself (fast): 'object', 'null'… or 'invalid'."""
        if self._engine.dialect.name != "sqlite":
            return literal("object")  # other databases keep JSON columns valid JSON themselves
        raw = _raw(column)
        return case((func.json_valid(raw) == 1, func.json_type(raw)), else_=literal("invalid"))

    def _known(self, profile_id: int, version: object) -> Text | object | None:
        """What a full check found wrong with this saved version (None: nothing), or ``_UNCHECKED``."""
        checked = self._checked.get(profile_id)
        return checked[1] if checked is not None and checked[0] == version else _UNCHECKED

    def list_summaries(self) -> list[ProfileSummary]:
        """Every profile this version can read, by name (``list_profiles`` also lists the damaged ones)."""
        return [row for row in self.list_profiles() if isinstance(row, ProfileSummary)]

    def _document_problems(self, session: Session, ids: list[int]) -> Iterator[tuple[int, Text | None]]:
        """Why each profile's document or plan cannot be read (None when both can), in batches of IDs."""
        dialect = self._engine.dialect
        for start in range(0, len(ids), _BATCH):
            batch = ids[start : start + _BATCH]
            query = (
                select(ProfileRow.id, _raw(ProfileRow.document), _raw(PlanRow.document), PlanRow.profile_id)
                .outerjoin(PlanRow, PlanRow.profile_id == ProfileRow.id)
                .where(ProfileRow.id.in_(batch))
            )
            for id, raw_document, raw_plan, has_plan in session.execute(query):
                column = ProfileRow.__table__.c.document
                document = row_check.read_document(column, raw_document, dialect, row_check.PROFILE_DOCUMENT)
                problems = [document.problem or row_check.profile_problem(document.value)]
                if has_plan is not None:
                    column = PlanRow.__table__.c.document
                    problems.append(row_check.read_document(column, raw_plan, dialect, row_check.PLAN_DOCUMENT).problem)
                found = [p for p in problems if p is not None]
                yield id, row_check.joined(found) if found else None

    def load(self, profile_id: int) -> Profile:
        from desktop.models.profile_format import parse_profile

        with self._reading() as session:
            name, document = self._stored_document(session, profile_id)
            try:
                return parse_profile(document, earlier_names=True)  # a name saved before the rules tightened
            except ProfileErrors as error:
                problem = row_check.format_problem(error)
                version = session.execute(
                    select(_raw(ProfileRow.updated_at), _raw(PlanRow.saved_at))
                    .outerjoin(PlanRow, PlanRow.profile_id == ProfileRow.id)
                    .where(ProfileRow.id == profile_id)
                ).one()
                self._checked[profile_id] = (tuple(version), problem)  # listed as damaged from now on
                raise _unreadable(name, problem) from error

    def load_versioned(self, profile_id: int) -> tuple[Profile, int]:
        """The profile and the version it was read at (what a later save passes as ``expected_version``)."""
        with self._reading() as session:
            version = session.scalar(select(ProfileRow.version).where(ProfileRow.id == profile_id))
        profile = self.load(profile_id)
        if version is None:
            raise StoreError(_NO_PROFILE.format(id=profile_id))
        # Read in two steps: if a save came in between, the profile read is newer than ``version`` and the next save
        # is refused as a conflict, which shows the difference: safe, never an overwrite.
        return profile, int(version)

    def stored_version(self, profile_id: int) -> StoredVersion:
        """What is stored now for a profile: the profile (None if unreadable), its version, who saved it, when."""
        with self._reading() as session:
            return self._stored_version(session, profile_id)

    def stored_document(self, profile_id: int) -> tuple[str, str]:
        """The name and the profile document exactly as stored, as text (for exporting a damaged profile raw).

        A document that is JSON comes back as indented JSON of the same value, easier to mend by hand; one that
        is not JSON comes back as the stored text.
        """
        with self._reading() as session:
            row = session.execute(
                select(_raw(ProfileRow.name), _raw(ProfileRow.document)).where(ProfileRow.id == profile_id)
            ).one_or_none()
            if row is None:
                raise StoreError(_NO_PROFILE.format(id=profile_id))
        raw = row[1]
        text = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else raw
        if isinstance(text, str):
            try:
                value = json.loads(text)
            except ValueError:
                return row_check.name_text(row[0]), text
        else:  # a database whose driver decodes JSON itself
            value = text
        return row_check.name_text(row[0]), json.dumps(value, ensure_ascii=False, indent=2) + "\n"

    def _stored_document(self, session: Session, profile_id: int) -> tuple[str, dict[str, Any]]:
        """The name and the readable document of a profile; ``StoreError`` saying what is wrong otherwise."""
        row = session.execute(
            select(_raw(ProfileRow.name), _raw(ProfileRow.document)).where(ProfileRow.id == profile_id)
        ).one_or_none()
        if row is None:
            raise StoreError(_NO_PROFILE.format(id=profile_id))
        name = row_check.name_text(row[0])
        document = row_check.read_document(
            ProfileRow.__table__.c.document, row[1], self._engine.dialect, row_check.PROFILE_DOCUMENT
        )
        if document.problem is not None:
            raise _unreadable(name, document.problem)
        return name, document.value

    def find_id(self, name: str) -> int | None:
        """The ID of the profile with this name (compared exactly, after trimming), or None."""
        with self._reading() as session:
            return session.scalar(select(ProfileRow.id).where(ProfileRow.name == name.strip()))

    def create(self, profile: Profile, *, plan_data: Mapping[str, Any] | None = None) -> int:
        """Store a new profile (and, if given, its plan); ``StoreError`` if the name is taken."""
        profile = _checked(profile)
        with self._writing() as session:
            return self._insert(session, profile, plan_data)

    def update(
        self,
        profile_id: int,
        profile: Profile,
        *,
        plan_data: Mapping[str, Any] | None = None,
        expected_version: int | None = None,
    ) -> int:
        """Save a new version (a dated revision is kept); a rename must stay unique. The plan too, if given.

        ``expected_version``: the version the edit was based on; if someone saved since, ``ConflictError`` and
        nothing is saved (None: save over whatever is stored, e.g. an import the user chose to replace with).
        Returns the new version.
        """
        profile = _checked(profile)
        with self._writing() as session:
            version = self._claim(session, profile_id, expected_version, saving=profile.name)
            row = self._profile_row(session, profile_id, saving=profile.name)
            plan = self._stored_plan(session, profile_id) if plan_data is None else plan_data
            self._apply(session, row, profile, plan)
            if plan_data is not None:
                self._put_plan(session, profile_id, plan_data)
            return version

    def delete(self, profile_id: int, *, expected_version: int | None = None) -> None:
        """Delete a profile with its revisions and plan; a damaged one too (only its ID is read)."""
        with self._writing() as session:
            if session.scalar(select(ProfileRow.id).where(ProfileRow.id == profile_id)) is None:
                raise StoreError(_NO_PROFILE.format(id=profile_id))
            # The database cascades to revisions and plans (foreign keys are ON for every store connection).
            statement = delete(ProfileRow).where(ProfileRow.id == profile_id)
            if expected_version is not None:
                statement = statement.where(ProfileRow.version == expected_version)
            if _rowcount(session.execute(statement.execution_options(synchronize_session=False))) == 0:
                raise self._conflict(session, profile_id)

    def import_profile(self, profile: Profile, on_conflict: OnConflict = "error") -> int:
        """Add a profile from a file. A name that exists is refused, replaced (keeping history) or kept beside it."""
        if on_conflict not in get_args(OnConflict):
            raise ValueError(f"on_conflict must be one of {get_args(OnConflict)}, not {on_conflict!r}")
        profile = _checked(profile)
        with self._writing() as session:
            existing = self._id_of(session, profile.name)
            if existing is None or on_conflict == "error":
                return self._insert(session, profile, None)
            if on_conflict == "replace":
                self._claim(session, existing, None)
                row = self._profile_row(session, existing)
                self._apply(session, row, profile, self._stored_plan(session, existing))
                return existing
            free = self._free_name(session, profile.name)
            return self._insert(session, profile.with_changes(name=free), None)

    # --- revisions ----------------------------------------------------------------------------------------------

    def revision_count(self, profile_id: int) -> int:
        """How many saved versions a profile has (counted, not read: a damaged version counts too)."""
        with self._reading() as session:
            return session.scalar(select(func.count(RevisionRow.id)).where(RevisionRow.profile_id == profile_id)) or 0

    def revisions(self, profile_id: int) -> list[RevisionSummary]:
        """Saved versions of a profile, newest first (the first one is the current state)."""
        query = (
            select(
                RevisionRow.id,
                RevisionRow.saved_at,
                RevisionRow.name,
                RevisionRow.saved_by,
                RevisionRow.plan_document.is_not(None),
            )
            .where(RevisionRow.profile_id == profile_id)
            .order_by(RevisionRow.id.desc())  # IDs only grow: save order even if the clock was set back
        )
        with self._reading() as session:
            self._profile_row(session, profile_id)
            return [
                RevisionSummary(id, at, name, by or "", bool(has_plan))
                for id, at, name, by, has_plan in session.execute(query)
            ]

    def load_revision(self, revision_id: int) -> Profile:
        with self._reading() as session:
            revision = self._revision_row(session, revision_id)
            return _to_profile(revision.document, revision.name)

    def load_revision_plan(self, revision_id: int) -> dict[str, Any] | None:
        """The plan document saved with a version; None when that version recorded no plan (saved before plans were
        kept in the history, or before the profile had a plan). ``StoreError`` when it cannot be read."""
        with self._reading() as session:
            row = session.execute(
                select(_raw(RevisionRow.name), _raw(RevisionRow.plan_document)).where(RevisionRow.id == revision_id)
            ).one_or_none()
            if row is None:
                self._revision_row(session, revision_id)  # raises: there is no such version
        assert row is not None
        name, raw = row
        if raw is None:
            return None
        column = RevisionRow.__table__.c.plan_document
        plan = row_check.read_document(column, raw, self._engine.dialect, row_check.PLAN_DOCUMENT)
        if plan.problem is not None:
            raise _unreadable(row_check.name_text(name), plan.problem)
        return None if plan.value is None else dict(plan.value)

    def restore_revision(self, profile_id: int, revision_id: int, *, expected_version: int | None = None) -> int:
        """Make an earlier version current again, its plan too when it recorded one (else the plan stays as it is);
        it is saved as a new revision, so nothing is lost."""
        with self._writing() as session:
            version = self._claim(session, profile_id, expected_version)
            row = self._profile_row(session, profile_id)
            revision = self._revision_row(session, revision_id)
            if revision.profile_id != profile_id:
                raise StoreError(
                    Text(
                        "版本 {rev} 不属于档案“{name}”。", "Version {rev} does not belong to the profile “{name}”."
                    ).format(rev=revision_id, name=row.name)
                )
            plan = revision.plan_document
            if plan is None:
                plan = self._stored_plan(session, profile_id)
            else:
                self._put_plan(session, profile_id, plan)
            self._apply(session, row, _to_profile(revision.document, revision.name), plan)
            return version

    # --- plans --------------------------------------------------------------------------------------------------

    def save_plan(self, profile_id: int, data: Mapping[str, Any], *, expected_version: int | None = None) -> int:
        """Store the plan of a profile; the profile's version moves on too (profile and plan are edited together, so
        a plan saved by someone else is a conflict for the next save here). Returns the profile's new version."""
        with self._writing() as session:
            version = self._claim(session, profile_id, expected_version)
            self._put_plan(session, profile_id, data)
            self._record_plan(session, profile_id, data)
            return version

    def load_plan(self, profile_id: int) -> dict[str, Any] | None:
        with self._reading() as session:
            name, _ = self._stored_document(session, profile_id)
            raw = session.execute(select(_raw(PlanRow.document)).where(PlanRow.profile_id == profile_id)).first()
        if raw is None:
            return None
        plan = row_check.read_document(
            PlanRow.__table__.c.document, raw[0], self._engine.dialect, row_check.PLAN_DOCUMENT
        )
        if plan.problem is not None:
            raise _unreadable(name, plan.problem)
        return dict(plan.value)

    # --- drafts -------------------------------------------------------------------------------------------------

    def save_draft(self, key: str, data: Mapping[str, Any]) -> None:
        """Keep (or replace) the autosaved state under ``key``; the data need not be a valid profile."""
        if not 1 <= len(key) <= KEY_LENGTH:
            raise ValueError(f"a draft key has 1–{KEY_LENGTH} characters, not {len(key)}")
        with self._writing(self._draft_write) as session:
            draft = session.get(DraftRow, key)
            if draft is None:
                session.add(DraftRow(key=key, saved_at=self._clock(), document=dict(data)))
            else:
                draft.saved_at = self._clock()
                draft.document = dict(data)

    def list_drafts(self) -> list[Draft]:
        """Every draft, newest first."""
        with self._reading(self._draft_read) as session:
            rows = session.scalars(select(DraftRow).order_by(DraftRow.saved_at.desc(), DraftRow.key)).all()
            return [Draft(row.key, dict(row.document), row.saved_at) for row in rows]

    def delete_draft(self, key: str) -> None:
        """Forget a draft; a key that is not there is fine (the draft was already saved or discarded)."""
        with self._writing(self._draft_write) as session:
            session.execute(delete(DraftRow).where(DraftRow.key == key))

    # --- the store's own settings -------------------------------------------------------------------------------

    def setting(self, key: str) -> str | None:
        with self._reading() as session:
            row = session.get(SettingRow, key)
            return None if row is None else row.value

    def seed(self, profiles: Sequence[Profile], marker: str, *, ids_key: str | None = None) -> list[int]:
        """Create ``profiles`` once, and only in a store that holds no profile; ``marker`` records that it was done.

        With the marker set, deleting every profile later does not bring the seeded ones back. ``ids_key``: also
        record the created profiles' IDs (a JSON list) under that key, in the same transaction.
        """
        with self._writing() as session:
            if session.get(SettingRow, marker) is not None:
                return []
            session.add(SettingRow(key=marker, value=self._clock().isoformat()))
            if session.scalar(select(func.count(ProfileRow.id))):
                return []
            created = [self._insert(session, _checked(profile), None) for profile in profiles]
            if ids_key is not None:
                session.merge(SettingRow(key=ids_key, value=json.dumps(created)))
            return created

    def set_setting(self, key: str, value: str | None) -> None:
        """Record a fact about the store under ``key`` (None: forget it)."""
        with self._writing() as session:
            if value is None:
                session.execute(delete(SettingRow).where(SettingRow.key == key))
            else:
                session.merge(SettingRow(key=key, value=value))

    # --- inside a transaction -----------------------------------------------------------------------------------

    def _insert(self, session: Session, profile: Profile, plan_data: Mapping[str, Any] | None) -> int:
        if self._id_of(session, profile.name) is not None:
            raise StoreError(_DUPLICATE.format(name=profile.name))
        now = self._clock()
        row = ProfileRow(
            name=profile.name, stage=str(profile.stage), created_at=now, updated_at=now, document=_to_data(profile)
        )
        session.add(row)
        session.flush()  # assigns the ID
        session.add(self._revision(row.id, now, row.name, row.document, plan_data))
        if plan_data is not None:
            self._put_plan(session, row.id, plan_data)
        return row.id

    def _revision(
        self, profile_id: int, now: datetime, name: str, document: dict[str, Any], plan: Mapping[str, Any] | None
    ) -> RevisionRow:
        """One saved version: the profile and the plan as they are after this save, and who saved them."""
        return RevisionRow(
            profile_id=profile_id,
            saved_at=now,
            name=name,
            document=document,
            saved_by=self.user(),
            plan_document=None if plan is None else dict(plan),
        )

    def _stored_plan(self, session: Session, profile_id: int) -> dict[str, Any] | None:
        """The plan stored now, to record with a version that does not change it (None: none, or unreadable)."""
        raw = session.execute(select(_raw(PlanRow.document)).where(PlanRow.profile_id == profile_id)).first()
        if raw is None:
            return None
        column = PlanRow.__table__.c.document
        plan = row_check.read_document(column, raw[0], self._engine.dialect, row_check.PLAN_DOCUMENT)
        return None if plan.problem is not None or plan.value is None else dict(plan.value)

    def _record_plan(self, session: Session, profile_id: int, plan: Mapping[str, Any]) -> None:
        """A save of the plan alone is a version too (the profile as stored, the new plan): plan edits are history.
        A profile document this version cannot read is not copied into a new version."""
        row = session.execute(
            select(_raw(ProfileRow.name), _raw(ProfileRow.document)).where(ProfileRow.id == profile_id)
        ).one()
        column = ProfileRow.__table__.c.document
        document = row_check.read_document(column, row[1], self._engine.dialect, row_check.PROFILE_DOCUMENT)
        if document.problem is None:
            session.add(self._revision(profile_id, self._clock(), row_check.name_text(row[0]), document.value, plan))

    def _apply(self, session: Session, row: ProfileRow, profile: Profile, plan: Mapping[str, Any] | None) -> None:
        owner = self._id_of(session, profile.name)
        if owner is not None and owner != row.id:
            raise StoreError(_DUPLICATE.format(name=profile.name))
        now = self._clock()
        row.name = profile.name
        row.stage = str(profile.stage)
        row.updated_at = now
        row.document = _to_data(profile)
        session.add(self._revision(row.id, now, row.name, row.document, plan))

    def _put_plan(self, session: Session, profile_id: int, data: Mapping[str, Any]) -> None:
        plan = session.get(PlanRow, profile_id)
        if plan is None:
            session.add(PlanRow(profile_id=profile_id, saved_at=self._clock(), document=dict(data)))
        else:
            plan.saved_at = self._clock()
            plan.document = dict(data)
            plan.version += 1

    def _claim(self, session: Session, profile_id: int, expected: int | None, *, saving: str | None = None) -> int:
        """Move the profile's version on, if it is still ``expected`` (None: whatever it is); the new version.

        One ``UPDATE … WHERE id = ? AND version = ?``: the database decides, so of two saves based on the same
        version exactly one goes through (on a server the second waits for the first's row lock, then finds the
        version moved on). It comes first in the transaction, so concurrent saves of one profile queue here.
        """
        statement = update(ProfileRow).where(ProfileRow.id == profile_id)
        if expected is not None:
            statement = statement.where(ProfileRow.version == expected)
        statement = statement.values(version=ProfileRow.version + 1).execution_options(synchronize_session=False)
        if _rowcount(session.execute(statement)) == 0:
            if expected is None or session.get(ProfileRow, profile_id) is None:
                self._profile_row(session, profile_id, saving=saving)  # raises: there is no such profile
            raise self._conflict(session, profile_id)
        return int(session.scalar(select(ProfileRow.version).where(ProfileRow.id == profile_id)) or 0)

    def _conflict(self, session: Session, profile_id: int) -> StoreError:
        if session.scalar(select(ProfileRow.id).where(ProfileRow.id == profile_id)) is None:
            return StoreError(_NO_PROFILE.format(id=profile_id))
        theirs = self._stored_version(session, profile_id)
        name = theirs.profile.name if theirs.profile is not None else str(profile_id)
        return ConflictError(name, theirs)

    def _stored_version(self, session: Session, profile_id: int) -> StoredVersion:
        row = session.execute(
            select(ProfileRow.name, ProfileRow.version, ProfileRow.updated_at).where(ProfileRow.id == profile_id)
        ).one_or_none()
        if row is None:
            raise StoreError(_NO_PROFILE.format(id=profile_id))
        saved_by = session.scalar(
            select(RevisionRow.saved_by)
            .where(RevisionRow.profile_id == profile_id)
            .order_by(RevisionRow.id.desc())
            .limit(1)
        )
        try:
            _, document = self._stored_document(session, profile_id)
            profile: Profile | None = _to_profile(document, row.name)
        except StoreError:
            profile = None
        return StoredVersion(profile, int(row.version), saved_by, row.updated_at)

    @staticmethod
    def _id_of(session: Session, name: str) -> int | None:
        return session.scalar(select(ProfileRow.id).where(ProfileRow.name == name))

    def _free_name(self, session: Session, name: str) -> str:
        """``name (2)``, ``name (3)``… the first one not taken, shortened if needed to stay within the length limit."""
        return unique_name(name, lambda candidate: self._id_of(session, candidate) is not None, NUMBERED)

    @staticmethod
    def _profile_row(session: Session, profile_id: int, *, saving: str | None = None) -> ProfileRow:
        row = session.get(ProfileRow, profile_id)
        if row is not None:
            return row
        message = _NO_PROFILE.format(id=profile_id)
        if saving is not None:
            prefix = Text("无法保存档案“{name}”：", "Cannot save the profile “{name}”: ").format(name=saving)
            message = Text(prefix.zh + message.zh, prefix.en + message.en)
        raise StoreError(message)

    @staticmethod
    def _revision_row(session: Session, revision_id: int) -> RevisionRow:
        revision = session.get(RevisionRow, revision_id)
        if revision is None:
            raise StoreError(
                Text("找不到编号为 {id} 的历史版本。", "There is no saved version with ID {id}.").format(id=revision_id)
            )
        return revision

    @contextmanager
    def _reading(self, maker: sessionmaker[Session] | None = None) -> Iterator[Session]:
        try:
            with (maker or self._read)() as session:
                yield session
        except SQLAlchemyError as error:
            raise _database_error(error) from error
        except _UNREADABLE as error:
            raise _unreadable_value(error) from error

    @contextmanager
    def _writing(self, maker: sessionmaker[Session] | None = None) -> Iterator[Session]:
        """One transaction: committed if the block finishes, rolled back (previous state intact) if anything fails."""
        try:
            with (maker or self._write).begin() as session:
                yield session
        except IntegrityError as error:
            # Another program saved the same name between our check and our write (possible on a shared server).
            raise StoreError(
                Text(
                    "保存与数据库中已有的数据冲突，未作任何更改：{error}",
                    "The save conflicts with data already stored; nothing was changed: {error}",
                ).format(error=_cause(error))
            ) from error
        except SQLAlchemyError as error:
            raise _database_error(error) from error
        except _UNREADABLE as error:
            raise _unreadable_value(error) from error


# What converting a stored value this version cannot read raises (a bad timestamp, a document that is not JSON).
_UNREADABLE = (ValueError, TypeError)
_UNCHECKED = object()
_BATCH = 500  # IDs per query: well below SQLite's limit of bound parameters


def _rowcount(result: Any) -> int:
    """How many rows an UPDATE or DELETE matched (a ``CursorResult``; the session's type hint is the generic one)."""
    return int(result.rowcount)


def _raw(column: Any) -> Any:
    """The column as the driver hands it back, unconverted (see ``row_check``)."""
    return type_coerce(column, NULLTYPE).label(column.key)


def _unreadable(name: str, problem: Text) -> StoreError:
    return StoreError(
        Text(
            f"档案“{name}”已损坏，当前版本无法读取：{problem.zh}",
            f"The stored profile “{name}” is damaged and cannot be read by this version: {problem.en}",
        )
    )


def _unreadable_value(error: Exception) -> StoreError:
    return StoreError(
        Text(
            f"数据库中有当前版本无法读取的数据：{error}",
            f"The database holds data this version cannot read: {error}",
        )
    )


def _checked(profile: Profile) -> Profile:
    """The profile as the format reads it back (strings trimmed); ``ProfileErrors`` if it breaks a rule of the format.

    Nothing is stored that could not be loaded again.
    """
    from desktop.models.profile_format import parse_profile, profile_to_data

    return parse_profile(profile_to_data(_named(profile)))


def _named(profile: Profile) -> Profile:
    """The profile with its name trimmed; names are compared exactly after trimming."""
    name = profile.name.strip()
    if not 1 <= len(name) <= NAME_LENGTH:
        raise StoreError(
            Text(
                "档案名称须为 1–{max} 个字符，“{name}”有 {n} 个字符。",
                "A profile name must have 1–{max} characters; “{name}” has {n}.",
            ).format(max=NAME_LENGTH, name=name[:40], n=len(name))
        )
    return profile if name == profile.name else profile.with_changes(name=name)


def _to_data(profile: Profile) -> dict[str, Any]:
    from desktop.models.profile_format import profile_to_data

    return profile_to_data(profile)


def _to_profile(document: dict[str, Any], name: str) -> Profile:
    from desktop.models.profile_format import parse_profile

    try:
        return parse_profile(document, earlier_names=True)  # a name saved before the rules tightened still opens
    except ProfileErrors as error:
        raise _unreadable(name, row_check.format_problem(error)) from error


_INSUFFICIENT_PRIVILEGE = "42501"
# SQLSTATE classes of a lost server: 08 connection exception, 57P01-57P03 admin shutdown / crash / cannot connect now.
_LOST_STATES = ("08", "57P")


def _lost_server(error: DBAPIError) -> bool:
    state = getattr(error.orig, "sqlstate", None)
    if isinstance(state, str) and state.startswith(_LOST_STATES):
        return True
    # psycopg reports a refused connection, or one that died mid-query, without a SQLSTATE (SQLite never gets here:
    # its failures are about the file, told elsewhere).
    return state is None and isinstance(error, OperationalError) and not isinstance(error.orig, sqlite3.Error)


def _cause(error: SQLAlchemyError) -> str:
    orig = getattr(error, "orig", None)
    return str(orig if orig is not None else error)


def _database_error(error: SQLAlchemyError) -> StoreError:
    if isinstance(error, DBAPIError) and getattr(error.orig, "sqlstate", None) == _INSUFFICIENT_PRIVILEGE:
        return StoreError(
            Text(
                "您的数据库账号只有查看权限，不能保存；未作任何更改。请联系管理员。",
                "Your database account may only view, not save; nothing was changed. Ask your administrator.",
            )
        )
    if isinstance(error, DBAPIError) and (error.connection_invalidated or _lost_server(error)):
        return StoreError(
            Text(
                "与数据库服务器的连接中断（服务器重启或网络故障），这次操作未完成，数据库中的内容未作任何更改。"
                "未保存的内容已保留为本机草稿；下一次操作时会自动重新连接。",
                "The connection to the database server was lost (the server restarted or the network failed); this "
                "action did not complete and nothing in the database was changed. Your unsaved work is kept as a "
                "local draft; the next action reconnects.",
            )
        )
    if isinstance(error, OperationalError) and "locked" in _cause(error).lower():
        return StoreError(
            Text(
                "数据库正被另一个程序占用，请稍后再试。",
                "The database is busy in another program; try again in a moment.",
            )
        )
    return StoreError(
        Text(
            "数据库操作失败，未作任何更改：{error}", "The database operation failed; nothing was changed: {error}"
        ).format(error=_cause(error))
    )
