"""Cleaning and greening work logs (保洁 / 绿化日志): tasks, week plans, entries.

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-05 19:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import propdesk.store.types

revision: str = "0020"
down_revision: str | None = "0019"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "worklog_task",
        sa.Column("trade", sa.String(length=12), nullable=False),
        sa.Column("area", sa.String(length=60), nullable=False),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("frequency", sa.String(length=12), nullable=False),
        sa.Column("weekdays", sa.Integer(), nullable=False),
        sa.Column("month_day", sa.Integer(), nullable=True),
        sa.Column("start_minute", sa.Integer(), nullable=False),
        sa.Column("staff_id", sa.Uuid(), nullable=True),
        sa.Column("active_from", sa.Date(), nullable=False),
        sa.Column("created_by", sa.String(length=40), nullable=False),
        sa.Column("retired_at", propdesk.store.types.AwareDateTime(timezone=True), nullable=True),
        sa.Column("retired_by", sa.String(length=40), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", propdesk.store.types.AwareDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", propdesk.store.types.AwareDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_worklog_task_staff_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_worklog_task")),
    )
    with op.batch_alter_table("worklog_task", schema=None) as batch_op:
        batch_op.create_index("ix_worklog_task_area", ["trade", "area", "name"], unique=False)

    op.create_table(
        "worklog_entry",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("done_at", propdesk.store.types.AwareDateTime(timezone=True), nullable=False),
        sa.Column("task_id", sa.Uuid(), nullable=False),
        sa.Column("trade", sa.String(length=12), nullable=False),
        sa.Column("area", sa.String(length=60), nullable=False),
        sa.Column("task_name", sa.String(length=60), nullable=False),
        sa.Column("staff_id", sa.Uuid(), nullable=True),
        sa.Column("staff_name", sa.String(length=40), nullable=False),
        sa.Column("done", sa.Boolean(), nullable=False),
        sa.Column("reason", sa.String(length=200), nullable=False),
        sa.Column("note", sa.String(length=300), nullable=False),
        sa.Column("recorded_by", sa.String(length=40), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", propdesk.store.types.AwareDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", propdesk.store.types.AwareDateTime(timezone=True), nullable=False),
        sa.Column("voided_at", propdesk.store.types.AwareDateTime(timezone=True), nullable=True),
        sa.Column("voided_by", sa.Uuid(), nullable=True),
        sa.Column("void_reason", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_worklog_entry_staff_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["task_id"], ["worklog_task.id"], name=op.f("fk_worklog_entry_task_id_worklog_task")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_worklog_entry")),
    )
    with op.batch_alter_table("worklog_entry", schema=None) as batch_op:
        batch_op.create_index("ix_worklog_entry_at", ["done_at", "id"], unique=False)
        batch_op.create_index("ix_worklog_entry_day", ["day", "area"], unique=False)
        batch_op.create_index("ix_worklog_entry_task_day", ["task_id", "day"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("worklog_entry", schema=None) as batch_op:
        batch_op.drop_index("ix_worklog_entry_task_day")
        batch_op.drop_index("ix_worklog_entry_day")
        batch_op.drop_index("ix_worklog_entry_at")

    op.drop_table("worklog_entry")
    with op.batch_alter_table("worklog_task", schema=None) as batch_op:
        batch_op.drop_index("ix_worklog_task_area")

    op.drop_table("worklog_task")
