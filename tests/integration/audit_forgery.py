"""A careful forger of the audit chain, for the tests that show the anchors catch one:
a row edited in the SQLite file with sqlite3, then its hash and every later one (and
the head) recomputed with the chain's own functions, so the chain alone checks out."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from propdesk.domain.audit_chain import GENESIS, entry_hash
from propdesk.services.core import audit as audit_service
from propdesk.store.models import AuditEntry, AuditHead


def tamper(db: Path, seq: int, new_name: str) -> None:
    """Edit row `seq` with sqlite3, then recompute its hash and every later one (and the
    head) with the chain's own function, as a careful forger would."""
    conn = sqlite3.connect(db)
    try:
        with conn:
            conn.execute(
                """UPDATE audit_entry SET "after" = json_set("after", '$.name', ?) WHERE seq = ?""",
                (new_name, seq),
            )
    finally:
        conn.close()
    engine = create_engine(f"sqlite:///{db}")
    try:
        with Session(engine) as session:
            previous = (
                session.scalar(select(AuditEntry.hash).where(AuditEntry.seq == seq - 1)) or GENESIS
            )
            entries = session.scalars(
                select(AuditEntry).where(AuditEntry.seq >= seq).order_by(AuditEntry.seq)
            ).all()
            for entry in entries:
                entry.prev_hash = previous
                entry.hash = entry_hash(previous, audit_service.chain_content(entry))
                previous = entry.hash
            head = session.get(AuditHead, 1)
            assert head is not None
            head.hash = previous
            session.commit()
    finally:
        engine.dispose()
