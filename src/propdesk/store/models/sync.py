"""Bookkeeping of the third storage mode: a station that works on its own SQLite copy
and syncs with the shared PostgreSQL server (see ARCHITECTURE.md, "Sync").

Server side (written on the PostgreSQL server, empty on a station's file):
- `sync_log`: one line per row written on the server, by a trigger, with the writing
  transaction's id (xid) so a station can pull "everything committed since" without
  missing a transaction that committed late; `seq` is the row's revision.
- `sync_station`: the stations that joined, each with its letter (numbers, audit chain).

Station side (in the station's SQLite copy, never sent):
- `sync_identity`: this station's letter, server and pull cursor (one row).
- `sync_outbox`: rows saved here and not yet on the server, filled by triggers.
- `sync_base`: the server revision each local row was last taken from or sent as.
- `sync_conflict`: edits the server refused because another station changed the row
  first (or rows it refused outright); a person resolves them.
- `sync_applying`: holds one row while the sync writes pulled rows, so the outbox
  triggers know not to send them back.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import JSON, BigInteger, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from propdesk.store.base import Base, IdMixin, utcnow

# SQLite makes an INTEGER PRIMARY KEY the rowid (autoincrement); BIGINT it would not.
SyncSeq = BigInteger().with_variant(Integer(), "sqlite")


class SyncLog(Base):
    __tablename__ = "sync_log"
    __table_args__ = (
        Index("ix_sync_log_xid", "xid"),
        Index("ix_sync_log_row", "tbl", "row_key", "seq"),
    )

    seq: Mapped[int] = mapped_column(SyncSeq, primary_key=True, autoincrement=True)
    xid: Mapped[int] = mapped_column(BigInteger)
    tbl: Mapped[str] = mapped_column(String(40))
    row_key: Mapped[str] = mapped_column(String(64))
    station: Mapped[str] = mapped_column(String(4), default="")
    deleted: Mapped[bool] = mapped_column(default=False)


class SyncStation(Base):
    __tablename__ = "sync_station"

    letter: Mapped[str] = mapped_column(String(4), primary_key=True)
    station_id: Mapped[uuid.UUID] = mapped_column(unique=True)
    name: Mapped[str] = mapped_column(String(60), default="")
    joined_at: Mapped[datetime] = mapped_column(default=utcnow)


class SyncIdentity(Base):
    __tablename__ = "sync_identity"

    id: Mapped[int] = mapped_column(primary_key=True)  # always 1
    station_id: Mapped[uuid.UUID]
    letter: Mapped[str] = mapped_column(String(4))
    server: Mapped[str] = mapped_column(String(200))  # host/database, no password
    joined_at: Mapped[datetime] = mapped_column(default=utcnow)
    # Every server transaction with an xid below this has been pulled.
    cursor_xid: Mapped[int] = mapped_column(BigInteger)
    # Rows copied at joining carry no sync_base line: they are as of this horizon.
    join_xmin: Mapped[int] = mapped_column(BigInteger)
    last_synced_at: Mapped[datetime | None]
    offline_since: Mapped[datetime | None]
    last_error: Mapped[str] = mapped_column(String(400), default="")


class SyncOutbox(Base):
    __tablename__ = "sync_outbox"
    __table_args__ = (Index("ix_sync_outbox_row", "tbl", "row_key"),)

    seq: Mapped[int] = mapped_column(SyncSeq, primary_key=True, autoincrement=True)
    tbl: Mapped[str] = mapped_column(String(40))
    row_key: Mapped[str] = mapped_column(String(64))
    op: Mapped[str] = mapped_column(String(1))  # I, U or D


class SyncBase(Base):
    __tablename__ = "sync_base"

    tbl: Mapped[str] = mapped_column(String(40), primary_key=True)
    row_key: Mapped[str] = mapped_column(String(64), primary_key=True)
    rev: Mapped[int] = mapped_column(BigInteger)


class SyncApplying(Base):
    __tablename__ = "sync_applying"

    id: Mapped[int] = mapped_column(primary_key=True)


class SyncConflict(IdMixin, Base):
    __tablename__ = "sync_conflict"
    __table_args__ = (Index("ix_sync_conflict_open", "resolved_at", "tbl", "row_key"),)

    tbl: Mapped[str] = mapped_column(String(40))
    row_key: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(8))  # "edit" or "refused"
    local_row: Mapped[dict[str, object] | None] = mapped_column(JSON)
    server_row: Mapped[dict[str, object] | None] = mapped_column(JSON)
    server_rev: Mapped[int | None] = mapped_column(BigInteger)
    server_station: Mapped[str] = mapped_column(String(4), default="")
    message: Mapped[str] = mapped_column(String(400), default="")
    detected_at: Mapped[datetime] = mapped_column(default=utcnow)
    resolved_at: Mapped[datetime | None]
    resolved_by: Mapped[str | None] = mapped_column(String(40))
    resolution: Mapped[str | None] = mapped_column(String(12))
