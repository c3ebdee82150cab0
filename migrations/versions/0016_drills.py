"""Drills and training (应急演练 / 员工培训): sessions, participants, the year's plan.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-05 19:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import propdesk.store.types

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _aware(name: str, nullable: bool = False) -> sa.Column:  # type: ignore[type-arg]
    return sa.Column(name, propdesk.store.types.AwareDateTime(timezone=True), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "drill_session",
        sa.Column("number", sa.String(length=20), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("topic", sa.String(length=20), nullable=False),
        sa.Column("title", sa.String(length=60), nullable=False),
        _aware("held_at"),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("place", sa.String(length=60), nullable=False),
        sa.Column("organiser_id", sa.Uuid(), nullable=True),
        sa.Column("organiser_name", sa.String(length=40), nullable=False),
        sa.Column("residents", sa.Integer(), nullable=False),
        sa.Column("staff_count", sa.Integer(), nullable=False),
        sa.Column("practised", sa.String(length=500), nullable=False),
        sa.Column("problems", sa.String(length=500), nullable=False),
        sa.Column("actions", sa.String(length=500), nullable=False),
        sa.Column("recorded_by", sa.String(length=40), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        _aware("created_at"),
        _aware("updated_at"),
        _aware("voided_at", nullable=True),
        sa.Column("voided_by", sa.Uuid(), nullable=True),
        sa.Column("void_reason", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["organiser_id"], ["staff.id"], name=op.f("fk_drill_session_organiser_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_drill_session")),
        sa.UniqueConstraint("number", name=op.f("uq_drill_session_number")),
    )
    with op.batch_alter_table("drill_session", schema=None) as batch_op:
        batch_op.create_index("ix_drill_session_at", ["held_at", "id"], unique=False)
        batch_op.create_index("ix_drill_session_topic_at", ["topic", "held_at"], unique=False)

    op.create_table(
        "drill_participant",
        sa.Column("session_id", sa.Uuid(), nullable=False),
        sa.Column("staff_id", sa.Uuid(), nullable=False),
        sa.Column("staff_name", sa.String(length=40), nullable=False),
        sa.Column("department_name", sa.String(length=40), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["drill_session.id"],
            name=op.f("fk_drill_participant_session_id_drill_session"),
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_drill_participant_staff_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_drill_participant")),
        sa.UniqueConstraint("session_id", "staff_id", name="uq_drill_participant_staff"),
    )
    with op.batch_alter_table("drill_participant", schema=None) as batch_op:
        batch_op.create_index(
            "ix_drill_participant_staff", ["staff_id", "session_id"], unique=False
        )

    op.create_table(
        "drill_plan_entry",
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("topic", sa.String(length=20), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("notes", sa.String(length=100), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        _aware("created_at"),
        _aware("updated_at"),
        _aware("voided_at", nullable=True),
        sa.Column("voided_by", sa.Uuid(), nullable=True),
        sa.Column("void_reason", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_drill_plan_entry")),
    )
    with op.batch_alter_table("drill_plan_entry", schema=None) as batch_op:
        batch_op.create_index("ix_drill_plan_entry_year", ["year", "due_on"], unique=False)

    op.create_table(
        "drill_attachment",
        sa.Column("session_id", sa.Uuid(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("suffix", sa.String(length=8), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("original_name", sa.String(length=120), nullable=False),
        _aware("added_at"),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["drill_session.id"],
            name=op.f("fk_drill_attachment_session_id_drill_session"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_drill_attachment")),
    )
    with op.batch_alter_table("drill_attachment", schema=None) as batch_op:
        batch_op.create_index(
            "ix_drill_attachment_session", ["session_id", "added_at"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("drill_attachment", schema=None) as batch_op:
        batch_op.drop_index("ix_drill_attachment_session")
    op.drop_table("drill_attachment")
    with op.batch_alter_table("drill_plan_entry", schema=None) as batch_op:
        batch_op.drop_index("ix_drill_plan_entry_year")
    op.drop_table("drill_plan_entry")
    with op.batch_alter_table("drill_participant", schema=None) as batch_op:
        batch_op.drop_index("ix_drill_participant_staff")
    op.drop_table("drill_participant")
    with op.batch_alter_table("drill_session", schema=None) as batch_op:
        batch_op.drop_index("ix_drill_session_topic_at")
        batch_op.drop_index("ix_drill_session_at")
    op.drop_table("drill_session")
