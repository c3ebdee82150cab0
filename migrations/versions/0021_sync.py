"""Stations that work on their own copy and sync with the server: the server's change log
and station register, a station's outbox, revisions, conflicts; one audit chain per
writer (audit_entry.chain).

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-05 23:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import propdesk.store.types
from propdesk.store.sync.server_schema import install_server_capture

revision: str = "0021"
down_revision: str | None = "0020"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_SEQ = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
_AT = propdesk.store.types.AwareDateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "sync_log",
        sa.Column("seq", _SEQ, autoincrement=True, nullable=False),
        sa.Column("xid", sa.BigInteger(), nullable=False),
        sa.Column("tbl", sa.String(length=40), nullable=False),
        sa.Column("row_key", sa.String(length=64), nullable=False),
        sa.Column("station", sa.String(length=4), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_sync_log")),
    )
    op.create_index("ix_sync_log_xid", "sync_log", ["xid"])
    op.create_index("ix_sync_log_row", "sync_log", ["tbl", "row_key", "seq"])
    op.create_table(
        "sync_station",
        sa.Column("letter", sa.String(length=4), nullable=False),
        sa.Column("station_id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("joined_at", _AT, nullable=False),
        sa.PrimaryKeyConstraint("letter", name=op.f("pk_sync_station")),
        sa.UniqueConstraint("station_id", name=op.f("uq_sync_station_station_id")),
    )
    op.create_table(
        "sync_identity",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("station_id", sa.Uuid(), nullable=False),
        sa.Column("letter", sa.String(length=4), nullable=False),
        sa.Column("server", sa.String(length=200), nullable=False),
        sa.Column("joined_at", _AT, nullable=False),
        sa.Column("cursor_xid", sa.BigInteger(), nullable=False),
        sa.Column("join_xmin", sa.BigInteger(), nullable=False),
        sa.Column("last_synced_at", _AT, nullable=True),
        sa.Column("offline_since", _AT, nullable=True),
        sa.Column("last_error", sa.String(length=400), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_identity")),
    )
    op.create_table(
        "sync_outbox",
        sa.Column("seq", _SEQ, autoincrement=True, nullable=False),
        sa.Column("tbl", sa.String(length=40), nullable=False),
        sa.Column("row_key", sa.String(length=64), nullable=False),
        sa.Column("op", sa.String(length=1), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_sync_outbox")),
    )
    op.create_index("ix_sync_outbox_row", "sync_outbox", ["tbl", "row_key"])
    op.create_table(
        "sync_base",
        sa.Column("tbl", sa.String(length=40), nullable=False),
        sa.Column("row_key", sa.String(length=64), nullable=False),
        sa.Column("rev", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("tbl", "row_key", name=op.f("pk_sync_base")),
    )
    op.create_table(
        "sync_applying",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_applying")),
    )
    op.create_table(
        "sync_conflict",
        sa.Column("tbl", sa.String(length=40), nullable=False),
        sa.Column("row_key", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("local_row", sa.JSON(), nullable=True),
        sa.Column("server_row", sa.JSON(), nullable=True),
        sa.Column("server_rev", sa.BigInteger(), nullable=True),
        sa.Column("server_station", sa.String(length=4), nullable=False),
        sa.Column("message", sa.String(length=400), nullable=False),
        sa.Column("detected_at", _AT, nullable=False),
        sa.Column("resolved_at", _AT, nullable=True),
        sa.Column("resolved_by", sa.String(length=40), nullable=True),
        sa.Column("resolution", sa.String(length=12), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflict")),
    )
    op.create_index("ix_sync_conflict_open", "sync_conflict", ["resolved_at", "tbl", "row_key"])
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("chain", sa.String(length=4), nullable=False, server_default="")
        )
        batch_op.drop_constraint("uq_audit_entry_seq", type_="unique")
        batch_op.create_unique_constraint("uq_audit_entry_chain_seq", ["chain", "seq"])
    if op.get_bind().dialect.name == "postgresql":
        install_server_capture(op.get_bind())


def downgrade() -> None:
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.drop_constraint("uq_audit_entry_chain_seq", type_="unique")
        batch_op.create_unique_constraint("uq_audit_entry_seq", ["seq"])
        batch_op.drop_column("chain")
    op.drop_index("ix_sync_conflict_open", table_name="sync_conflict")
    op.drop_table("sync_conflict")
    op.drop_table("sync_applying")
    op.drop_table("sync_base")
    op.drop_index("ix_sync_outbox_row", table_name="sync_outbox")
    op.drop_table("sync_outbox")
    op.drop_table("sync_identity")
    op.drop_table("sync_station")
    op.drop_index("ix_sync_log_row", table_name="sync_log")
    op.drop_index("ix_sync_log_xid", table_name="sync_log")
    op.drop_table("sync_log")
