"""The first open after schema 0009: residents' ID numbers still in clear are sealed
with the station's key and the plain column emptied — in one transaction, audited once.

Why not in the migration: the key lives in the station's config folder, which a
migration does not know. Run right after the migration at every open (and after a
restore, which may bring back an older file); with nothing left in clear it only reads.
"""

from __future__ import annotations

import logging

from sqlalchemy import select, text, update
from sqlalchemy.orm import Session

from propdesk.errors import UserError
from propdesk.services.core import audit as audit_service
from propdesk.services.core.actor import Actor, system_actor
from propdesk.services.core.audit import AuditAction
from propdesk.services.core.id_numbers import normalised
from propdesk.services.master_data.id_numbers import IdNumbers, sealed_values
from propdesk.store.models import Resident
from propdesk.store.unit_of_work import Store

log = logging.getLogger(__name__)


def _has_plain_numbers(session: Session) -> bool:
    query = select(Resident.id).where(Resident.id_plain != "").limit(1)
    return session.scalar(query) is not None


def encrypt_plain_id_numbers(
    store: Store, id_numbers: IdNumbers, actor: Actor | None = None
) -> list[UserError]:
    """Seal every number left in clear; returns what to tell the user (KEY_MISSING when
    the database's numbers were sealed with a key this station lacks; the plain
    numbers then stay until the key is imported and the station opened again)."""
    with store.read() as session:
        problem = id_numbers.problem(session)
        if not _has_plain_numbers(session):
            return [problem] if problem else []
    if problem is not None:
        return [problem]
    with store.write() as session:
        if store.is_sqlite:
            # The emptied numbers must not linger in the file's free space.
            session.execute(text("PRAGMA secure_delete = ON"))
        key = id_numbers.writing_key(session)
        rows = session.execute(
            select(Resident.id, Resident.id_plain).where(Resident.id_plain != "")
        ).all()
        for row_id, plain in rows:
            values = sealed_values(key, normalised(plain))
            session.execute(
                update(Resident).where(Resident.id == row_id).values(id_plain="", **values)
            )
        audit_service.record(
            session,
            actor or system_actor(""),
            "resident",
            "id_numbers",
            AuditAction.UPDATE,
            after={"encrypted": len(rows)},
            reason=f"ID numbers encrypted: {len(rows)}",
        )
    log.info("%d ID numbers encrypted", len(rows))
    return []
