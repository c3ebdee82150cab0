"""Make a test database a syncing station's copy (issue 22) as the sync join leaves it:
one sync_identity row with the station's letter, and the audit head at the end of that
station's own chain (genesis for a new one). Switching the letter back and forth lets
one database hold several stations' chains, as the server does."""

from __future__ import annotations

import uuid

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from propdesk.domain.audit_chain import GENESIS
from propdesk.services.bootstrap import Services
from propdesk.store.models import AuditEntry, AuditHead
from propdesk.store.models.sync import SyncIdentity


def become_station(session: Session, letter: str) -> None:
    """From now on this database writes as station `letter` ("": written directly)."""
    session.execute(delete(SyncIdentity))
    if letter:
        session.add(
            SyncIdentity(
                id=1,
                station_id=uuid.uuid4(),
                letter=letter,
                server="127.0.0.1/propdesk",
                cursor_xid=0,
                join_xmin=0,
            )
        )
    last = session.execute(
        select(AuditEntry.seq, AuditEntry.hash)
        .where(AuditEntry.chain == letter)
        .order_by(AuditEntry.seq.desc())
        .limit(1)
    ).first()
    head = session.get(AuditHead, 1)
    if head is None:
        head = AuditHead(id=1, seq=0, hash=GENESIS)
        session.add(head)
    head.seq, head.hash = (last.seq, last.hash) if last is not None else (0, GENESIS)
    session.flush()


def write_as(services: Services, letter: str) -> None:
    with services.store.write() as session:
        become_station(session, letter)
