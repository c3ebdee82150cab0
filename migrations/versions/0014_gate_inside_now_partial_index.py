"""Gate: a partial index of the open visitor and vehicle entries (who is inside now),
for PostgreSQL's planner, which misjudges the (closed_at, kind) index and walks the
journal instead; SQLite keeps it too (a few hundred rows).

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-05 17:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# As store.models.gate.INSIDE_NOW (a migration keeps its own copy: models change).
INSIDE_NOW = "closed_at IS NULL AND voided_at IS NULL AND kind IN ('visitor_in', 'vehicle_in')"


def upgrade() -> None:
    with op.batch_alter_table("gate_event", schema=None) as batch_op:
        batch_op.create_index(
            "ix_gate_event_inside_now",
            ["occurred_at"],
            unique=False,
            postgresql_where=sa.text(INSIDE_NOW),
            sqlite_where=sa.text(INSIDE_NOW),
        )


def downgrade() -> None:
    with op.batch_alter_table("gate_event", schema=None) as batch_op:
        batch_op.drop_index("ix_gate_event_inside_now")
