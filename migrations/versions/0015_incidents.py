"""Safety incidents (安全事件): incidents and their follow-up actions.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-05 19:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import propdesk.store.types

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_AT = propdesk.store.types.AwareDateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "incident",
        sa.Column("number", sa.String(length=20), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("title", sa.String(length=60), nullable=False),
        sa.Column("occurred_at", _AT, nullable=False),
        sa.Column("place", sa.String(length=100), nullable=False),
        sa.Column("what_happened", sa.String(length=1000), nullable=False),
        sa.Column("responders", sa.String(length=100), nullable=False),
        sa.Column("response", sa.String(length=1000), nullable=False),
        sa.Column("police_called", sa.Boolean(), nullable=False),
        sa.Column("police_report", sa.String(length=40), nullable=False),
        sa.Column("fire_called", sa.Boolean(), nullable=False),
        sa.Column("fire_report", sa.String(length=40), nullable=False),
        sa.Column("injuries", sa.String(length=500), nullable=False),
        sa.Column("losses", sa.String(length=500), nullable=False),
        sa.Column("loss_fen", sa.Integer(), nullable=False),
        sa.Column("reported_by", sa.String(length=40), nullable=False),
        sa.Column("source_kind", sa.String(length=12), nullable=False),
        sa.Column("source_id", sa.String(length=40), nullable=False),
        sa.Column("source_number", sa.String(length=40), nullable=False),
        sa.Column("closed_at", _AT, nullable=True),
        sa.Column("closed_by", sa.String(length=40), nullable=False),
        sa.Column("close_reason", sa.String(length=200), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", _AT, nullable=False),
        sa.Column("updated_at", _AT, nullable=False),
        sa.Column("voided_at", _AT, nullable=True),
        sa.Column("voided_by", sa.Uuid(), nullable=True),
        sa.Column("void_reason", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incident")),
        sa.UniqueConstraint("number", name=op.f("uq_incident_number")),
    )
    with op.batch_alter_table("incident", schema=None) as batch_op:
        batch_op.create_index("ix_incident_closed", ["closed_at", "occurred_at"], unique=False)
        batch_op.create_index("ix_incident_occurred", ["occurred_at", "id"], unique=False)
        batch_op.create_index("ix_incident_source", ["source_kind", "source_id"], unique=False)

    op.create_table(
        "incident_action",
        sa.Column("incident_id", sa.Uuid(), nullable=False),
        sa.Column("what", sa.String(length=200), nullable=False),
        sa.Column("who", sa.String(length=60), nullable=False),
        sa.Column("deadline", _AT, nullable=False),
        sa.Column("created_by", sa.String(length=40), nullable=False),
        sa.Column("done_at", _AT, nullable=True),
        sa.Column("done_by", sa.String(length=60), nullable=False),
        sa.Column("done_note", sa.String(length=200), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", _AT, nullable=False),
        sa.Column("updated_at", _AT, nullable=False),
        sa.ForeignKeyConstraint(
            ["incident_id"], ["incident.id"], name=op.f("fk_incident_action_incident_id_incident")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incident_action")),
    )
    with op.batch_alter_table("incident_action", schema=None) as batch_op:
        batch_op.create_index(
            "ix_incident_action_incident", ["incident_id", "deadline"], unique=False
        )
        batch_op.create_index("ix_incident_action_open", ["done_at", "deadline"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("incident_action", schema=None) as batch_op:
        batch_op.drop_index("ix_incident_action_open")
        batch_op.drop_index("ix_incident_action_incident")
    op.drop_table("incident_action")
    with op.batch_alter_table("incident", schema=None) as batch_op:
        batch_op.drop_index("ix_incident_source")
        batch_op.drop_index("ix_incident_occurred")
        batch_op.drop_index("ix_incident_closed")
    op.drop_table("incident")
