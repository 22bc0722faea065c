"""Stored profiles and their revisions move to format version 2 (unknown values, problems, targets, units).

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02

A data migration, lossless by construction: a version 1 document keeps every key and value it has; only what v1
left implicit is written out. In v1 a missing (or null) condition meant false, in v2 it means "not known", so each of
the nine conditions is written explicitly as false where v1 left it out, and ``version`` becomes 2. v1 endowments are
all known and stay as they are. A document that is not a v1 profile object (damaged, or already v2) is left exactly
as it is: the store lists a damaged one as damaged, whatever its version.

Downgrade changes nothing, on purpose: the documents it would produce are what version 2 readers read anyway (they
read v1 and v2), and an older application refuses a v2 document by its version with a message instead of misreading
it. Migrations are frozen history: the condition codes are spelled out here, not imported.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FORMAT = "zoneplanner-profile"
CONDITIONS = (
    "cheap_land_reliance",
    "colocated_only",
    "cluster_organization",
    "guidance_fund",
    "iur_alliance",
    "cross_department_mechanism",
    "information_platform",
    "talent_barriers",
    "excess_competition",
)


def to_version_2(document: object) -> dict[str, object] | None:
    """The v2 form of a v1 profile document, or None when ``document`` is not one (left untouched)."""
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        return None
    version = document.get("version")
    if isinstance(version, bool) or version != 1:
        return None
    conditions = document.get("conditions")
    if conditions is not None and not isinstance(conditions, dict):
        return None  # damaged: a v1 reader reports it, and so will a v2 reader if it is left as it is
    given = conditions or {}
    # Every condition v1 knew, in the format's order, then any key it did not know (kept so nothing is lost).
    written: dict[str, object] = {code: False if given.get(code) is None else given[code] for code in CONDITIONS}
    written.update({key: value for key, value in given.items() if key not in written})
    upgraded = {key: 2 if key == "version" else value for key, value in document.items()}
    upgraded["conditions"] = written  # in place when it was there, else at the end (key order carries no meaning)
    return upgraded


def _parsed(raw: object) -> object:
    """The stored JSON as a value; a document that is not JSON at all is damaged and stays as it is (None)."""
    if not isinstance(raw, str | bytes):
        return raw  # a driver that decodes JSON columns itself
    try:
        return json.loads(raw)
    except ValueError:
        return None


def _rewrite(name: str) -> None:
    # Read as text, so a damaged document cannot stop the migration; write through the JSON type, as the store does.
    reading = sa.table(name, sa.column("id", sa.Integer()), sa.column("document", sa.Text()))
    writing = sa.table(name, sa.column("id", sa.Integer()), sa.column("document", sa.JSON()))
    connection = op.get_bind()
    for row_id, raw in connection.execute(sa.select(reading.c.id, reading.c.document)).all():
        upgraded = to_version_2(_parsed(raw))
        if upgraded is not None:
            connection.execute(writing.update().where(writing.c.id == row_id).values(document=upgraded))


def upgrade() -> None:
    for name in ("profiles", "profile_revisions"):
        _rewrite(name)


def downgrade() -> None:
    """Nothing to undo (see the module's docstring): version 2 documents stay as they are."""
