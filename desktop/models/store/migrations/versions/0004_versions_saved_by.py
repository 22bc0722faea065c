"""Optimistic concurrency for a shared database: a version on every profile and plan, and who saved each revision.

Revision ID: 0004
Revises: 0003
Create Date: 2025-01-04

Migrations are frozen history: spell out the tables here, never import the ORM classes.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | Sequence[str] | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Rows saved before this migration start at version 1, as a new row does.
    with op.batch_alter_table("profiles", schema=None) as batch_op:
        batch_op.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
    with op.batch_alter_table("plans", schema=None) as batch_op:
        batch_op.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
    with op.batch_alter_table("profile_revisions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("saved_by", sa.String(length=100), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("profile_revisions", schema=None) as batch_op:
        batch_op.drop_column("saved_by")
    with op.batch_alter_table("plans", schema=None) as batch_op:
        batch_op.drop_column("version")
    with op.batch_alter_table("profiles", schema=None) as batch_op:
        batch_op.drop_column("version")
