"""Community events (社区活动): plans, notices, what was held.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-05 19:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import propdesk.store.types

revision: str = "0017"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _time(name: str, *, nullable: bool) -> sa.Column[object]:
    return sa.Column(name, propdesk.store.types.AwareDateTime(timezone=True), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "community_event",
        sa.Column("number", sa.String(length=20), nullable=False),
        sa.Column("state", sa.String(length=10), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("theme", sa.String(length=60), nullable=False),
        _time("starts_at", nullable=False),
        _time("ends_at", nullable=False),
        sa.Column("place", sa.String(length=60), nullable=False),
        sa.Column("content", sa.String(length=1000), nullable=False),
        sa.Column("organiser", sa.String(length=40), nullable=False),
        sa.Column("budget_fen", sa.Integer(), nullable=False),
        sa.Column("planned_by", sa.String(length=40), nullable=False),
        sa.Column("participants", sa.Integer(), nullable=True),
        sa.Column("feedback", sa.String(length=1000), nullable=False),
        sa.Column("actual_cost_fen", sa.Integer(), nullable=True),
        sa.Column("closed_by", sa.String(length=40), nullable=True),
        _time("closed_at", nullable=True),
        sa.Column("cancel_reason", sa.String(length=200), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        _time("created_at", nullable=False),
        _time("updated_at", nullable=False),
        _time("voided_at", nullable=True),
        sa.Column("voided_by", sa.Uuid(), nullable=True),
        sa.Column("void_reason", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_community_event")),
        sa.UniqueConstraint("number", name=op.f("uq_community_event_number")),
    )
    with op.batch_alter_table("community_event", schema=None) as batch_op:
        batch_op.create_index("ix_community_event_starts", ["starts_at", "id"], unique=False)
        batch_op.create_index(
            "ix_community_event_state_starts", ["state", "starts_at"], unique=False
        )

    op.create_table(
        "community_event_photo",
        sa.Column("event_id", sa.Uuid(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("suffix", sa.String(length=8), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("original_name", sa.String(length=120), nullable=False),
        _time("added_at", nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["community_event.id"],
            name=op.f("fk_community_event_photo_event_id_community_event"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_community_event_photo")),
    )
    with op.batch_alter_table("community_event_photo", schema=None) as batch_op:
        batch_op.create_index(
            "ix_community_event_photo_event", ["event_id", "added_at"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("community_event_photo", schema=None) as batch_op:
        batch_op.drop_index("ix_community_event_photo_event")
    op.drop_table("community_event_photo")
    with op.batch_alter_table("community_event", schema=None) as batch_op:
        batch_op.drop_index("ix_community_event_state_starts")
        batch_op.drop_index("ix_community_event_starts")
    op.drop_table("community_event")
