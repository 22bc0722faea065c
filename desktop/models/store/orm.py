"""The tables of the local store, as typed ORM classes. Migrations create them; this is what the code expects."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, DateTime, Dialect, ForeignKey, Integer, MetaData, String, Text, TypeDecorator
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# Named constraints: batch migrations on SQLite can only drop or alter a constraint that has a name.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

NAME_LENGTH = 100  # the profile format allows 1–100 characters
STAGE_LENGTH = 20
KEY_LENGTH = 200
USER_LENGTH = 100


class UTCDateTime(TypeDecorator[datetime]):
    """A moment in time stored as naive UTC (portable across databases), read back as an aware UTC datetime."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("the store only keeps timezone-aware datetimes")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class ProfileRow(Base):
    """The current version of a profile: its v1 JSON document plus the columns the list shows."""

    __tablename__ = "profiles"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(NAME_LENGTH), unique=True)
    stage: Mapped[str] = mapped_column(String(STAGE_LENGTH))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    document: Mapped[dict[str, Any]] = mapped_column(JSON)
    # Bumped by every save of the profile or its plan; a save based on an older version is a conflict.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")


class RevisionRow(Base):
    """One saved version of a profile; every save adds one, so the newest is the current state."""

    __tablename__ = "profile_revisions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    profile_id: Mapped[int] = mapped_column(ForeignKey("profiles.id", ondelete="CASCADE"), index=True)
    saved_at: Mapped[datetime] = mapped_column(UTCDateTime)
    name: Mapped[str] = mapped_column(String(NAME_LENGTH))
    document: Mapped[dict[str, Any]] = mapped_column(JSON)
    saved_by: Mapped[str | None] = mapped_column(String(USER_LENGTH))  # database or OS user; None before 0004
    # The plan saved with this version (``ActionPlan.to_data()``); None: no plan was recorded (before 0005, or the
    # profile had no plan yet).
    plan_document: Mapped[dict[str, Any] | None] = mapped_column(JSON(none_as_null=True))


class PlanRow(Base):
    """The action plan of a profile, as one JSON document (``ActionPlan.to_data()``)."""

    __tablename__ = "plans"

    profile_id: Mapped[int] = mapped_column(ForeignKey("profiles.id", ondelete="CASCADE"), primary_key=True)
    saved_at: Mapped[datetime] = mapped_column(UTCDateTime)
    document: Mapped[dict[str, Any]] = mapped_column(JSON)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")


class DraftRow(Base):
    """An autosaved, possibly invalid, form state: raw JSON so nothing typed is lost before it validates."""

    __tablename__ = "drafts"

    key: Mapped[str] = mapped_column(String(KEY_LENGTH), primary_key=True)
    saved_at: Mapped[datetime] = mapped_column(UTCDateTime)
    document: Mapped[dict[str, Any]] = mapped_column(JSON)


class SettingRow(Base):
    """Facts about the store itself (e.g. that the sample profiles were offered once). Never user preferences."""

    __tablename__ = "store_settings"

    key: Mapped[str] = mapped_column(String(KEY_LENGTH), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
