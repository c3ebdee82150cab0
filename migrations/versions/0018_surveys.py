"""Satisfaction surveys (满意度调查): rounds, questionnaires, responses.

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-05 19:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import propdesk.store.types

revision: str = "0018"
down_revision: str | None = "0017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_AT = propdesk.store.types.AwareDateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "survey_round",
        sa.Column("number", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("opens_on", sa.Date(), nullable=False),
        sa.Column("closes_on", sa.Date(), nullable=False),
        sa.Column("questions", sa.Text(), nullable=False),
        sa.Column("question_count", sa.Integer(), nullable=False),
        sa.Column("created_by", sa.String(length=40), nullable=False),
        sa.Column("closed_at", _AT, nullable=True),
        sa.Column("closed_by", sa.String(length=40), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", _AT, nullable=False),
        sa.Column("updated_at", _AT, nullable=False),
        sa.Column("voided_at", _AT, nullable=True),
        sa.Column("voided_by", sa.Uuid(), nullable=True),
        sa.Column("void_reason", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_survey_round")),
        sa.UniqueConstraint("number", name=op.f("uq_survey_round_number")),
    )
    with op.batch_alter_table("survey_round", schema=None) as batch_op:
        batch_op.create_index("ix_survey_round_closes", ["closes_on", "id"], unique=False)

    op.create_table(
        "survey_response",
        sa.Column("round_id", sa.Uuid(), nullable=False),
        sa.Column("unit_id", sa.Uuid(), nullable=False),
        sa.Column("unit_code", sa.String(length=20), nullable=False),
        sa.Column("ratings", sa.String(length=20), nullable=False),
        sa.Column("comment", sa.String(length=500), nullable=False),
        sa.Column("comment_area", sa.String(length=20), nullable=False),
        sa.Column("entered_by", sa.String(length=40), nullable=False),
        sa.Column("entered_at", _AT, nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", _AT, nullable=False),
        sa.Column("updated_at", _AT, nullable=False),
        sa.Column("voided_at", _AT, nullable=True),
        sa.Column("voided_by", sa.Uuid(), nullable=True),
        sa.Column("void_reason", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["round_id"], ["survey_round.id"], name=op.f("fk_survey_response_round_id_survey_round")
        ),
        sa.ForeignKeyConstraint(
            ["unit_id"], ["unit.id"], name=op.f("fk_survey_response_unit_id_unit")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_survey_response")),
    )
    with op.batch_alter_table("survey_response", schema=None) as batch_op:
        batch_op.create_index("ix_survey_response_entered", ["entered_at", "id"], unique=False)
        batch_op.create_index(
            "ix_survey_response_round_unit", ["round_id", "unit_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("survey_response", schema=None) as batch_op:
        batch_op.drop_index("ix_survey_response_round_unit")
        batch_op.drop_index("ix_survey_response_entered")
    op.drop_table("survey_response")
    with op.batch_alter_table("survey_round", schema=None) as batch_op:
        batch_op.drop_index("ix_survey_round_closes")
    op.drop_table("survey_round")
