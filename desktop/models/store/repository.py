"""``ProfileStore``: profiles with their revisions, plans and drafts; every write is one transaction."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any, get_args

from sqlalchemy import Engine, delete, func, select
from sqlalchemy.exc import IntegrityError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from desktop.models.errors import ProfileErrors, StoreError
from desktop.models.profile import Profile
from desktop.models.profile_names import NUMBERED, unique_name
from desktop.models.store.database import writer
from desktop.models.store.orm import KEY_LENGTH, NAME_LENGTH, DraftRow, PlanRow, ProfileRow, RevisionRow, SettingRow
from desktop.models.store.records import Draft, OnConflict, ProfileSummary, RevisionSummary
from desktop.models.text import Text
from desktop.models.vocabulary import Stage

_DUPLICATE = Text("已有名为“{name}”的档案。", "A profile named “{name}” already exists.")
_NO_PROFILE = Text(
    "找不到编号为 {id} 的档案（可能已被删除）。", "There is no profile with ID {id} (it may have been deleted)."
)


def _utc_now() -> datetime:
    return datetime.now(UTC)


class ProfileStore:
    """The local store. Build it with ``open_store``; it takes whatever engine it is given (tests pass temp files)."""

    def __init__(self, engine: Engine, *, clock: Callable[[], datetime] = _utc_now) -> None:
        self._engine = engine
        self._clock = clock
        self._read = sessionmaker(engine, expire_on_commit=False)
        self._write = sessionmaker(writer(engine), expire_on_commit=False)

    # --- life cycle ---------------------------------------------------------------------------------------------

    def close(self) -> None:
        self._engine.dispose()

    def __enter__(self) -> ProfileStore:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # --- profiles -----------------------------------------------------------------------------------------------

    def list_summaries(self) -> list[ProfileSummary]:
        """Every profile by name, with its stage and last save; documents are not loaded, so this stays fast."""
        counts = (
            select(RevisionRow.profile_id, func.count(RevisionRow.id).label("n"))
            .group_by(RevisionRow.profile_id)
            .subquery()
        )
        query = (
            select(ProfileRow.id, ProfileRow.name, ProfileRow.stage, ProfileRow.updated_at, counts.c.n)
            .outerjoin(counts, counts.c.profile_id == ProfileRow.id)
            .order_by(ProfileRow.name)
        )
        with self._reading() as session:
            rows = session.execute(query).all()
        return [ProfileSummary(id, name, Stage(stage), updated, n or 0) for id, name, stage, updated, n in rows]

    def load(self, profile_id: int) -> Profile:
        with self._reading() as session:
            row = self._profile_row(session, profile_id)
            return _to_profile(row.document, row.name)

    def find_id(self, name: str) -> int | None:
        """The ID of the profile with this name (compared exactly, after trimming), or None."""
        with self._reading() as session:
            return session.scalar(select(ProfileRow.id).where(ProfileRow.name == name.strip()))

    def create(self, profile: Profile, *, plan_data: Mapping[str, Any] | None = None) -> int:
        """Store a new profile (and, if given, its plan); ``StoreError`` if the name is taken."""
        profile = _checked(profile)
        with self._writing() as session:
            return self._insert(session, profile, plan_data)

    def update(self, profile_id: int, profile: Profile, *, plan_data: Mapping[str, Any] | None = None) -> None:
        """Save a new version (a dated revision is kept); a rename must stay unique. The plan too, if given."""
        profile = _checked(profile)
        with self._writing() as session:
            row = self._profile_row(session, profile_id, saving=profile.name)
            self._apply(session, row, profile)
            if plan_data is not None:
                self._put_plan(session, profile_id, plan_data)

    def delete(self, profile_id: int) -> None:
        """Delete a profile with its revisions and plan."""
        with self._writing() as session:
            self._profile_row(session, profile_id)
            # The database cascades to revisions and plans (foreign keys are ON for every store connection).
            session.execute(delete(ProfileRow).where(ProfileRow.id == profile_id))

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
                self._apply(session, self._profile_row(session, existing), profile)
                return existing
            free = self._free_name(session, profile.name)
            return self._insert(session, profile.with_changes(name=free), None)

    # --- revisions ----------------------------------------------------------------------------------------------

    def revisions(self, profile_id: int) -> list[RevisionSummary]:
        """Saved versions of a profile, newest first (the first one is the current state)."""
        query = (
            select(RevisionRow.id, RevisionRow.saved_at, RevisionRow.name)
            .where(RevisionRow.profile_id == profile_id)
            .order_by(RevisionRow.id.desc())  # IDs only grow: save order even if the clock was set back
        )
        with self._reading() as session:
            self._profile_row(session, profile_id)
            return [RevisionSummary(id, saved_at, name) for id, saved_at, name in session.execute(query)]

    def load_revision(self, revision_id: int) -> Profile:
        with self._reading() as session:
            revision = self._revision_row(session, revision_id)
            return _to_profile(revision.document, revision.name)

    def restore_revision(self, profile_id: int, revision_id: int) -> None:
        """Make an earlier version current again; it is saved as a new revision, so nothing is lost."""
        with self._writing() as session:
            row = self._profile_row(session, profile_id)
            revision = self._revision_row(session, revision_id)
            if revision.profile_id != profile_id:
                raise StoreError(
                    Text(
                        "版本 {rev} 不属于档案“{name}”。", "Version {rev} does not belong to the profile “{name}”."
                    ).format(rev=revision_id, name=row.name)
                )
            self._apply(session, row, _to_profile(revision.document, revision.name))

    # --- plans --------------------------------------------------------------------------------------------------

    def save_plan(self, profile_id: int, data: Mapping[str, Any]) -> None:
        with self._writing() as session:
            self._profile_row(session, profile_id)
            self._put_plan(session, profile_id, data)

    def load_plan(self, profile_id: int) -> dict[str, Any] | None:
        with self._reading() as session:
            self._profile_row(session, profile_id)
            plan = session.get(PlanRow, profile_id)
            return None if plan is None else dict(plan.document)

    # --- drafts -------------------------------------------------------------------------------------------------

    def save_draft(self, key: str, data: Mapping[str, Any]) -> None:
        """Keep (or replace) the autosaved state under ``key``; the data need not be a valid profile."""
        if not 1 <= len(key) <= KEY_LENGTH:
            raise ValueError(f"a draft key has 1–{KEY_LENGTH} characters, not {len(key)}")
        with self._writing() as session:
            draft = session.get(DraftRow, key)
            if draft is None:
                session.add(DraftRow(key=key, saved_at=self._clock(), document=dict(data)))
            else:
                draft.saved_at = self._clock()
                draft.document = dict(data)

    def list_drafts(self) -> list[Draft]:
        """Every draft, newest first."""
        with self._reading() as session:
            rows = session.scalars(select(DraftRow).order_by(DraftRow.saved_at.desc(), DraftRow.key)).all()
            return [Draft(row.key, dict(row.document), row.saved_at) for row in rows]

    def delete_draft(self, key: str) -> None:
        """Forget a draft; a key that is not there is fine (the draft was already saved or discarded)."""
        with self._writing() as session:
            session.execute(delete(DraftRow).where(DraftRow.key == key))

    # --- the store's own settings -------------------------------------------------------------------------------

    def setting(self, key: str) -> str | None:
        with self._reading() as session:
            row = session.get(SettingRow, key)
            return None if row is None else row.value

    def seed(self, profiles: Sequence[Profile], marker: str) -> list[int]:
        """Create ``profiles`` once, and only in a store that holds no profile; ``marker`` records that it was done.

        With the marker set, deleting every profile later does not bring the seeded ones back.
        """
        with self._writing() as session:
            if session.get(SettingRow, marker) is not None:
                return []
            session.add(SettingRow(key=marker, value=self._clock().isoformat()))
            if session.scalar(select(func.count(ProfileRow.id))):
                return []
            return [self._insert(session, _checked(profile), None) for profile in profiles]

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
        session.add(RevisionRow(profile_id=row.id, saved_at=now, name=row.name, document=row.document))
        if plan_data is not None:
            self._put_plan(session, row.id, plan_data)
        return row.id

    def _apply(self, session: Session, row: ProfileRow, profile: Profile) -> None:
        owner = self._id_of(session, profile.name)
        if owner is not None and owner != row.id:
            raise StoreError(_DUPLICATE.format(name=profile.name))
        now = self._clock()
        row.name = profile.name
        row.stage = str(profile.stage)
        row.updated_at = now
        row.document = _to_data(profile)
        session.add(RevisionRow(profile_id=row.id, saved_at=now, name=row.name, document=row.document))

    def _put_plan(self, session: Session, profile_id: int, data: Mapping[str, Any]) -> None:
        plan = session.get(PlanRow, profile_id)
        if plan is None:
            session.add(PlanRow(profile_id=profile_id, saved_at=self._clock(), document=dict(data)))
        else:
            plan.saved_at = self._clock()
            plan.document = dict(data)

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
    def _reading(self) -> Iterator[Session]:
        try:
            with self._read() as session:
                yield session
        except SQLAlchemyError as error:
            raise _database_error(error) from error

    @contextmanager
    def _writing(self) -> Iterator[Session]:
        """One transaction: committed if the block finishes, rolled back (previous state intact) if anything fails."""
        try:
            with self._write.begin() as session:
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
        return parse_profile(document)
    except ProfileErrors as error:
        raise StoreError(
            Text(
                f"档案“{name}”在数据库中的内容无法读取：{error.message.zh}",
                f"The stored profile “{name}” cannot be read: {error.message.en}",
            )
        ) from error


def _cause(error: SQLAlchemyError) -> str:
    orig = getattr(error, "orig", None)
    return str(orig if orig is not None else error)


def _database_error(error: SQLAlchemyError) -> StoreError:
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
