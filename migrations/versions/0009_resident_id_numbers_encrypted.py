"""Residents' ID numbers encrypted: the sealed number, a keyed hash for lookups
(indexed) and the masked form beside the old plain column.

The numbers themselves are converted by the first open after this migration
(services/master_data/id_number_upgrade.py): the key lives in the station's config
folder, which a migration does not know. The plain column is emptied then, not dropped,
so a database that was migrated but not yet opened still has its numbers.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-05 11:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("resident", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("id_cipher", sa.String(length=240), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("id_lookup", sa.String(length=64), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("id_masked", sa.String(length=30), nullable=False, server_default="")
        )
        batch_op.create_index("ix_resident_id_lookup", ["id_lookup"], unique=False)


def downgrade() -> None:
    # The sealed numbers cannot be opened here (no key): going back loses them, and the
    # key's fingerprint goes with them so the next upgrade starts afresh.
    op.execute(sa.text("DELETE FROM estate_setting WHERE key = 'id_number_key_fingerprint'"))
    with op.batch_alter_table("resident", schema=None) as batch_op:
        batch_op.drop_index("ix_resident_id_lookup")
        batch_op.drop_column("id_masked")
        batch_op.drop_column("id_lookup")
        batch_op.drop_column("id_cipher")
