"""Estate settings: the JSON value as unbounded text. Why: some settings grow with
use (the patrol schedule's dated history, the wand models' remembered columns) and
400 characters held only the first change; the store now refuses text longer than
its column instead of letting SQLite keep it (and PostgreSQL refuse the save).

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-05 12:05:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("estate_setting", schema=None) as batch_op:
        batch_op.alter_column(
            "value", existing_type=sa.String(length=400), type_=sa.Text(), existing_nullable=False
        )


def downgrade() -> None:
    with op.batch_alter_table("estate_setting", schema=None) as batch_op:
        batch_op.alter_column(
            "value", existing_type=sa.Text(), type_=sa.String(length=400), existing_nullable=False
        )
