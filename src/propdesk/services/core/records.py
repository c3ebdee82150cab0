"""Audited create / update / void of a register row, shared by every register.

Each function works inside the caller's unit of work, so a single save and a whole
Excel import use the same rules and the same audit rows.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any, Protocol

from sqlalchemy.orm import Session

from propdesk.errors import QT_TRANSLATE_NOOP, ValidationError
from propdesk.services.core import audit as audit_service
from propdesk.services.core.actor import Actor
from propdesk.services.core.audit import AuditAction, snapshot
from propdesk.services.core.text import storable_text
from propdesk.store.base import utcnow


class Outcome(StrEnum):
    CREATED = "created"
    UPDATED = "updated"
    UNCHANGED = "unchanged"


class _Row(Protocol):
    id: Any


class Voidable(Protocol):
    """A register row that is voided with a reason, never deleted (VoidableMixin)."""

    id: Any
    voided_at: Any
    voided_by: Any
    void_reason: Any  # str; Any as for the others, so mapped classes match as type arguments


VOID_REASON_MAX = 200  # the column's; longer reasons are cut, the reason box stops here


def clean_void_reason(reason: str) -> str:
    reason = " ".join(storable_text(reason, "reason").split())
    if not reason:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "Give a reason for voiding."), field="reason"
        )
    return reason[:VOID_REASON_MAX]


def create(session: Session, actor: Actor, entity: str, row: _Row, fields: tuple[str, ...]) -> None:
    session.add(row)
    session.flush()
    audit_service.record(
        session, actor, entity, row.id, AuditAction.CREATE, after=snapshot(row, fields)
    )


def update(
    session: Session,
    actor: Actor,
    entity: str,
    row: _Row,
    fields: tuple[str, ...],
    changes: dict[str, Any],
) -> Outcome:
    """Apply `changes`; no audit row and UNCHANGED when nothing differs."""
    before = snapshot(row, fields)
    differing = {k: v for k, v in changes.items() if getattr(row, k) != v}
    if not differing:
        return Outcome.UNCHANGED
    for name, value in differing.items():
        setattr(row, name, value)
    session.flush()
    audit_service.record(
        session,
        actor,
        entity,
        row.id,
        AuditAction.UPDATE,
        before=before,
        after=snapshot(row, fields),
    )
    return Outcome.UPDATED


def void(
    session: Session,
    actor: Actor,
    entity: str,
    row: Voidable,
    fields: tuple[str, ...],
    reason: str,
) -> None:
    reason = clean_void_reason(reason)
    row.voided_at = utcnow()
    row.voided_by = actor.user_id
    row.void_reason = reason
    audit_service.record(
        session,
        actor,
        entity,
        row.id,
        AuditAction.VOID,
        reason=reason,
        before=snapshot(row, fields),
    )
