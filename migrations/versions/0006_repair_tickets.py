"""Repair tickets: the ticket (报修工单) with the times of its main steps, and its timeline.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-26 11:06:02.540662
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import propdesk.store.types

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "repair_ticket",
        sa.Column("number", sa.String(length=20), nullable=False),
        sa.Column("state", sa.String(length=12), nullable=False),
        sa.Column("outcome", sa.String(length=10), nullable=False),
        sa.Column("channel", sa.String(length=12), nullable=False),
        sa.Column("category", sa.String(length=20), nullable=False),
        sa.Column("priority", sa.String(length=10), nullable=False),
        sa.Column("paid", sa.Boolean(), nullable=False),
        sa.Column("reporter_name", sa.String(length=40), nullable=False),
        sa.Column("reporter_phone", sa.String(length=20), nullable=False),
        sa.Column("reporter_phone_tail", sa.String(length=4), nullable=False),
        sa.Column("resident_id", sa.Uuid(), nullable=True),
        sa.Column("unit_id", sa.Uuid(), nullable=True),
        sa.Column("common_area", sa.String(length=100), nullable=False),
        sa.Column("description", sa.String(length=500), nullable=False),
        sa.Column("technician_id", sa.Uuid(), nullable=True),
        sa.Column("created_by", sa.String(length=40), nullable=False),
        sa.Column("reported_at", propdesk.store.types.AwareDateTime(timezone=True), nullable=False),
        sa.Column(
            "arrival_due_at", propdesk.store.types.AwareDateTime(timezone=True), nullable=False
        ),
        sa.Column(
            "dispatched_at", propdesk.store.types.AwareDateTime(timezone=True), nullable=True
        ),
        sa.Column("arrived_at", propdesk.store.types.AwareDateTime(timezone=True), nullable=True),
        sa.Column("diagnosed_at", propdesk.store.types.AwareDateTime(timezone=True), nullable=True),
        sa.Column("quoted_at", propdesk.store.types.AwareDateTime(timezone=True), nullable=True),
        sa.Column("decided_at", propdesk.store.types.AwareDateTime(timezone=True), nullable=True),
        sa.Column("started_at", propdesk.store.types.AwareDateTime(timezone=True), nullable=True),
        sa.Column("completed_at", propdesk.store.types.AwareDateTime(timezone=True), nullable=True),
        sa.Column(
            "signed_off_at", propdesk.store.types.AwareDateTime(timezone=True), nullable=True
        ),
        sa.Column(
            "followed_up_at", propdesk.store.types.AwareDateTime(timezone=True), nullable=True
        ),
        sa.Column("closed_at", propdesk.store.types.AwareDateTime(timezone=True), nullable=True),
        sa.Column(
            "last_step_at", propdesk.store.types.AwareDateTime(timezone=True), nullable=False
        ),
        sa.Column("diagnosis", sa.String(length=500), nullable=False),
        sa.Column("quote_labour_fen", sa.Integer(), nullable=True),
        sa.Column("quote_materials_fen", sa.Integer(), nullable=True),
        sa.Column("quote_minutes", sa.Integer(), nullable=True),
        sa.Column("approved", sa.Boolean(), nullable=True),
        sa.Column("decision_note", sa.String(length=200), nullable=False),
        sa.Column("work_done", sa.String(length=500), nullable=False),
        sa.Column("materials_used", sa.String(length=300), nullable=False),
        sa.Column("signed_by", sa.String(length=40), nullable=False),
        sa.Column("rating", sa.Integer(), nullable=True),
        sa.Column("follow_up_comment", sa.String(length=300), nullable=False),
        sa.Column("cancel_reason", sa.String(length=200), nullable=False),
        sa.Column("source_kind", sa.String(length=12), nullable=False),
        sa.Column("source_id", sa.String(length=64), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", propdesk.store.types.AwareDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", propdesk.store.types.AwareDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["resident_id"], ["resident.id"], name=op.f("fk_repair_ticket_resident_id_resident")
        ),
        sa.ForeignKeyConstraint(
            ["technician_id"], ["staff.id"], name=op.f("fk_repair_ticket_technician_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["unit_id"], ["unit.id"], name=op.f("fk_repair_ticket_unit_id_unit")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_repair_ticket")),
        sa.UniqueConstraint("number", name=op.f("uq_repair_ticket_number")),
    )
    with op.batch_alter_table("repair_ticket", schema=None) as batch_op:
        batch_op.create_index("ix_repair_ticket_reported", ["reported_at", "id"], unique=False)
        batch_op.create_index("ix_repair_ticket_reporter_name", ["reporter_name"], unique=False)
        batch_op.create_index(
            "ix_repair_ticket_reporter_phone_tail", ["reporter_phone_tail"], unique=False
        )
        batch_op.create_index("ix_repair_ticket_source", ["source_kind", "source_id"], unique=False)
        batch_op.create_index(
            "ix_repair_ticket_state_reported", ["state", "reported_at"], unique=False
        )
        batch_op.create_index(
            "ix_repair_ticket_technician_reported", ["technician_id", "reported_at"], unique=False
        )
        batch_op.create_index(
            "ix_repair_ticket_unit_reported", ["unit_id", "reported_at"], unique=False
        )

    op.create_table(
        "repair_step",
        sa.Column("ticket_id", sa.Uuid(), nullable=False),
        sa.Column("step", sa.String(length=12), nullable=False),
        sa.Column("from_state", sa.String(length=12), nullable=False),
        sa.Column("to_state", sa.String(length=12), nullable=False),
        sa.Column("at", propdesk.store.types.AwareDateTime(timezone=True), nullable=False),
        sa.Column("username", sa.String(length=40), nullable=False),
        sa.Column("note", sa.String(length=300), nullable=False),
        sa.Column("technician_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["technician_id"], ["staff.id"], name=op.f("fk_repair_step_technician_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["ticket_id"], ["repair_ticket.id"], name=op.f("fk_repair_step_ticket_id_repair_ticket")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_repair_step")),
    )
    with op.batch_alter_table("repair_step", schema=None) as batch_op:
        batch_op.create_index("ix_repair_step_ticket_at", ["ticket_id", "at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("repair_step", schema=None) as batch_op:
        batch_op.drop_index("ix_repair_step_ticket_at")

    op.drop_table("repair_step")
    with op.batch_alter_table("repair_ticket", schema=None) as batch_op:
        batch_op.drop_index("ix_repair_ticket_unit_reported")
        batch_op.drop_index("ix_repair_ticket_technician_reported")
        batch_op.drop_index("ix_repair_ticket_state_reported")
        batch_op.drop_index("ix_repair_ticket_source")
        batch_op.drop_index("ix_repair_ticket_reporter_phone_tail")
        batch_op.drop_index("ix_repair_ticket_reporter_name")
        batch_op.drop_index("ix_repair_ticket_reported")

    op.drop_table("repair_ticket")
