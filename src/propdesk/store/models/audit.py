"""The audit trail and the head of its hash chain.

`audit_head` is a single row holding the last sequence number and hash; every audited
write updates it in its own transaction, which serialises chain appends on SQLite
(BEGIN IMMEDIATE) and PostgreSQL (row lock) alike.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import JSON, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from propdesk.store.base import Base, IdMixin


class AuditEntry(IdMixin, Base):
    __tablename__ = "audit_entry"
    __table_args__ = (
        Index("ix_audit_entry_at", "at"),
        Index("ix_audit_entry_entity", "entity", "entity_id"),
        UniqueConstraint("chain", "seq"),
    )

    # One hash chain per writer of the trail: "" for the stations that write on the
    # database directly (the only chain before syncing stations), a syncing station's
    # letter for the rows it wrote on its own copy (they reach the server later, in
    # that station's order, so they cannot extend the shared chain).
    chain: Mapped[str] = mapped_column(String(4), default="", server_default="")
    seq: Mapped[int]
    at: Mapped[datetime]
    station: Mapped[str] = mapped_column(String(40))
    user_id: Mapped[uuid.UUID | None]
    username: Mapped[str] = mapped_column(String(40))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(40))
    action: Mapped[str] = mapped_column(String(20))
    before: Mapped[dict[str, object] | None] = mapped_column(JSON)
    after: Mapped[dict[str, object] | None] = mapped_column(JSON)
    reason: Mapped[str] = mapped_column(String(200), default="")
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class AuditHead(Base):
    __tablename__ = "audit_head"

    id: Mapped[int] = mapped_column(primary_key=True)  # always 1
    seq: Mapped[int] = mapped_column(default=0)
    hash: Mapped[str] = mapped_column(String(64))
