"""A saved version records the plan saved with it: profile and plan are one piece of history.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03

Versions saved before this migration recorded no plan: their column stays NULL and the history says "no plan
recorded" for them (restoring one leaves the current plan as it is). Migrations are frozen history: spell out the
tables here, never import the ORM classes.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | Sequence[str] | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("profile_revisions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("plan_document", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("profile_revisions", schema=None) as batch_op:
        batch_op.drop_column("plan_document")
