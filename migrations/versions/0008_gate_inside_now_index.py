"""Gate: an index on (closed_at, kind), so "who is inside now" reads the open entries
only (quick search, the inside-now lists) instead of walking a kind's whole journal.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-05 09:45:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("gate_event", schema=None) as batch_op:
        batch_op.create_index("ix_gate_event_open_kind", ["closed_at", "kind"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("gate_event", schema=None) as batch_op:
        batch_op.drop_index("ix_gate_event_open_kind")
