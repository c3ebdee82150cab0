"""Correcting a wrong gate entry: a journal row or a release slip is voided with a
reason, never deleted. The row stays in the journal, marked void (who, when, why: the
audit row says who), and every count leaves it out (counts.py, events.still_open).

Only roles with VOID on the gate may do it (the shift supervisor or manager, see
domain/roles.py): a guard asks them, so a correction is never the same hand as the
entry. What the row set in motion is undone with it, each change audited:
* a visitor's or a vehicle's exit: the entry it closed is open again (inside now), so
  the right exit can be recorded;
* items out: the release slip it used is free again, for the right items-out entry.
An entry whose exit is on record, and a slip already used at the gate, are voided only
after that exit or items-out entry: one correction at a time, each with its reason.
"""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from propdesk.domain.roles import Action, Module
from propdesk.errors import QT_TRANSLATE_NOOP, ConflictError, NotFoundError
from propdesk.services.core import records
from propdesk.services.core.actor import Actor
from propdesk.services.core.store_service import StoreService
from propdesk.services.gate.events import ENTITY, FIELDS, GateEventKind
from propdesk.services.gate.items import AUTH_ENTITY, AUTH_FIELDS
from propdesk.store.models import GateEvent, ReleaseAuthorisation

# An exit names the entry it closed (entry_event_id); voiding it opens that entry again.
_EXITS = frozenset({GateEventKind.VISITOR_OUT.value, GateEventKind.VEHICLE_OUT.value})
_ENTRIES = frozenset({GateEventKind.VISITOR_IN.value, GateEventKind.VEHICLE_IN.value})


class GateVoidService(StoreService):
    def void_event(self, actor: Actor, event_id: uuid.UUID, reason: str) -> None:
        """Void one journal row (any kind) for `reason`."""
        actor.require(Module.GATE, Action.VOID)
        records.clean_void_reason(reason)  # before the write: an empty reason waits for none
        with self._store.write() as session:
            event = session.get(GateEvent, event_id, with_for_update=True)
            if event is None:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP("messages", "That gate entry is not on record.")
                )
            if event.voided_at is not None:
                raise ConflictError(
                    QT_TRANSLATE_NOOP("messages", "That gate entry is void already.")
                )
            if event.kind in _ENTRIES and _live_exit(session, event.id) is not None:
                raise ConflictError(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "The exit of this entry is on record: void the exit first, then the entry.",
                    )
                )
            records.void(session, actor, ENTITY, event, FIELDS, reason)
            if event.kind in _EXITS:
                _reopen_entry(session, actor, event)
            elif event.kind == GateEventKind.ITEM_OUT.value:
                _free_slip(session, actor, event)

    def void_slip(self, actor: Actor, slip_id: uuid.UUID, reason: str) -> None:
        """Void a release authorisation that was recorded wrongly, for `reason`."""
        actor.require(Module.GATE, Action.VOID)
        records.clean_void_reason(reason)
        with self._store.write() as session:
            slip = session.get(ReleaseAuthorisation, slip_id, with_for_update=True)
            if slip is None:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP("messages", "That release slip is not on record.")
                )
            if slip.voided_at is not None:
                raise ConflictError(
                    QT_TRANSLATE_NOOP("messages", "Release slip {number} is void already."),
                    number=slip.number,
                )
            if slip.used_event_id is not None:
                raise ConflictError(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Release slip {number} was used at the gate: void that items-out "
                        "entry first, then the slip.",
                    ),
                    number=slip.number,
                )
            records.void(session, actor, AUTH_ENTITY, slip, AUTH_FIELDS, reason)


def _live_exit(session: Session, entry_id: uuid.UUID) -> uuid.UUID | None:
    """The exit, not voided, that closed the entry `entry_id`; None when it is open."""
    return session.scalar(
        select(GateEvent.id).where(
            GateEvent.entry_event_id == entry_id, GateEvent.voided_at.is_(None)
        )
    )


def _reopen_entry(session: Session, actor: Actor, exit_event: GateEvent) -> None:
    """The visitor or vehicle is inside again: the wrong exit no longer closes its entry."""
    if exit_event.entry_event_id is None:  # a vehicle out with no entry on record
        return
    entry = session.get(GateEvent, exit_event.entry_event_id, with_for_update=True)
    if entry is not None and entry.voided_at is None:
        records.update(session, actor, ENTITY, entry, FIELDS, {"closed_at": None})


def _free_slip(session: Session, actor: Actor, item_out: GateEvent) -> None:
    """The slip the wrong items-out entry used up may be used again."""
    slip = session.scalars(
        select(ReleaseAuthorisation).where(
            ReleaseAuthorisation.number == item_out.pass_number,  # unique: its index
            ReleaseAuthorisation.used_event_id == item_out.id,
        )
    ).first()
    if slip is not None:
        records.update(session, actor, AUTH_ENTITY, slip, AUTH_FIELDS, {"used_event_id": None})
