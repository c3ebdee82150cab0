"""Work logs: an index on each of the three columns quick search looks into (area, task,
person), so a search reads their few distinct values (one index seek each) instead of
every entry: 30–45 ms of every quick search on the double estate before.

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-06 02:50:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0022"
down_revision: str | None = "0021"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_INDEXES = {
    "ix_worklog_entry_area": "area",
    "ix_worklog_entry_task_name": "task_name",
    "ix_worklog_entry_staff_name": "staff_name",
}


def upgrade() -> None:
    for name, column in _INDEXES.items():
        op.create_index(name, "worklog_entry", [column], unique=False)


def downgrade() -> None:
    for name in _INDEXES:
        op.drop_index(name, table_name="worklog_entry")
