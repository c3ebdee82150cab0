"""Departments' monthly quality assessment (月度考核): standards, assessments, spot checks.

The rectification notices (整改通知单) may now come from another module's record
than an inspection (a spot check of an assessment): `inspection_id` becomes nullable,
`source_kind`, `source_id` and `source_number` say where such a notice came from, and a
CHECK keeps every notice tied to one or the other.

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-05 19:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import propdesk.store.types

revision: str = "0019"
down_revision: str | None = "0018"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_AT = propdesk.store.types.AwareDateTime(timezone=True)
_SOURCE_CHECK = "inspection_id IS NOT NULL OR (source_kind IS NOT NULL AND source_id IS NOT NULL)"


def upgrade() -> None:
    op.create_table(
        "assessment_standard",
        sa.Column("series_id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("department_id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("items", sa.Text(), nullable=False),
        sa.Column("total_points", sa.Integer(), nullable=False),
        sa.Column("created_by", sa.String(length=40), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", _AT, nullable=False),
        sa.Column("updated_at", _AT, nullable=False),
        sa.ForeignKeyConstraint(
            ["department_id"],
            ["department.id"],
            name=op.f("fk_assessment_standard_department_id_department"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assessment_standard")),
        sa.UniqueConstraint("series_id", "version", name="uq_assessment_standard_series_version"),
    )
    with op.batch_alter_table("assessment_standard", schema=None) as batch_op:
        batch_op.create_index(
            "ix_assessment_standard_department", ["department_id", "version"], unique=False
        )

    op.create_table(
        "assessment",
        sa.Column("number", sa.String(length=20), nullable=False),
        sa.Column("month", sa.String(length=7), nullable=False),
        sa.Column("department_id", sa.Uuid(), nullable=False),
        sa.Column("department_name", sa.String(length=40), nullable=False),
        sa.Column("standard_id", sa.Uuid(), nullable=False),
        sa.Column("standard_name", sa.String(length=60), nullable=False),
        sa.Column("standard_version", sa.Integer(), nullable=False),
        sa.Column("total_points", sa.Integer(), nullable=False),
        sa.Column("deducted", sa.Integer(), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("checks", sa.Integer(), nullable=False),
        sa.Column("assessor_name", sa.String(length=40), nullable=False),
        sa.Column("assessed_at", _AT, nullable=False),
        sa.Column("remarks", sa.String(length=500), nullable=False),
        sa.Column("recorded_by", sa.String(length=40), nullable=False),
        sa.Column("finalised_at", _AT, nullable=True),
        sa.Column("finalised_by", sa.String(length=40), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", _AT, nullable=False),
        sa.Column("updated_at", _AT, nullable=False),
        sa.Column("voided_at", _AT, nullable=True),
        sa.Column("voided_by", sa.Uuid(), nullable=True),
        sa.Column("void_reason", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["department_id"],
            ["department.id"],
            name=op.f("fk_assessment_department_id_department"),
        ),
        sa.ForeignKeyConstraint(
            ["standard_id"],
            ["assessment_standard.id"],
            name=op.f("fk_assessment_standard_id_assessment_standard"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assessment")),
        sa.UniqueConstraint("number", name=op.f("uq_assessment_number")),
    )
    with op.batch_alter_table("assessment", schema=None) as batch_op:
        batch_op.create_index("ix_assessment_at", ["assessed_at", "id"], unique=False)
        batch_op.create_index(
            "ix_assessment_department_month", ["department_id", "month"], unique=False
        )
        batch_op.create_index("ix_assessment_month", ["month", "department_id"], unique=False)

    op.create_table(
        "assessment_check",
        sa.Column("assessment_id", sa.Uuid(), nullable=False),
        sa.Column("department_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("item_key", sa.String(length=40), nullable=False),
        sa.Column("item_text", sa.String(length=200), nullable=False),
        sa.Column("item_points", sa.Integer(), nullable=False),
        sa.Column("place", sa.String(length=100), nullable=False),
        sa.Column("finding", sa.String(length=500), nullable=False),
        sa.Column("deducted", sa.Integer(), nullable=False),
        sa.Column("checked_at", _AT, nullable=False),
        sa.Column("recorded_by", sa.String(length=40), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["assessment.id"],
            name=op.f("fk_assessment_check_assessment_id_assessment"),
        ),
        sa.ForeignKeyConstraint(
            ["department_id"],
            ["department.id"],
            name=op.f("fk_assessment_check_department_id_department"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assessment_check")),
    )
    with op.batch_alter_table("assessment_check", schema=None) as batch_op:
        batch_op.create_index(
            "ix_assessment_check_assessment", ["assessment_id", "position"], unique=False
        )
        batch_op.create_index(
            "ix_assessment_check_item", ["department_id", "item_key", "checked_at"], unique=False
        )

    # A notice from another module's record: batch mode rebuilds the table on SQLite.
    with op.batch_alter_table("rectification", schema=None) as batch_op:
        batch_op.add_column(sa.Column("source_kind", sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column("source_id", sa.Uuid(), nullable=True))
        batch_op.add_column(
            sa.Column("source_number", sa.String(length=20), nullable=False, server_default="")
        )
        batch_op.alter_column("inspection_id", existing_type=sa.Uuid(), nullable=True)
        batch_op.create_check_constraint("ck_rectification_source", _SOURCE_CHECK)
        batch_op.create_index("ix_rectification_source", ["source_kind", "source_id"], unique=False)
    # The default served only the rows already there; the model gives one on insert.
    with op.batch_alter_table("rectification", schema=None) as batch_op:
        batch_op.alter_column(
            "source_number", existing_type=sa.String(length=20), server_default=None
        )


def downgrade() -> None:
    # The notices that came from elsewhere than an inspection go with their sources.
    op.execute("DELETE FROM rectification WHERE inspection_id IS NULL")
    with op.batch_alter_table("rectification", schema=None) as batch_op:
        batch_op.drop_index("ix_rectification_source")
        batch_op.drop_constraint("ck_rectification_source", type_="check")
        batch_op.alter_column("inspection_id", existing_type=sa.Uuid(), nullable=False)
        batch_op.drop_column("source_number")
        batch_op.drop_column("source_id")
        batch_op.drop_column("source_kind")

    with op.batch_alter_table("assessment_check", schema=None) as batch_op:
        batch_op.drop_index("ix_assessment_check_item")
        batch_op.drop_index("ix_assessment_check_assessment")
    op.drop_table("assessment_check")
    with op.batch_alter_table("assessment", schema=None) as batch_op:
        batch_op.drop_index("ix_assessment_month")
        batch_op.drop_index("ix_assessment_department_month")
        batch_op.drop_index("ix_assessment_at")
    op.drop_table("assessment")
    with op.batch_alter_table("assessment_standard", schema=None) as batch_op:
        batch_op.drop_index("ix_assessment_standard_department")
    op.drop_table("assessment_standard")
