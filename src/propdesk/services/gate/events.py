"""What every gate flow shares: the kinds of journal row and how one is written.

Each flow (cards and visitors, vehicles, items, notices) lives in its own service
module; they all write `gate_event` rows through `new_event` and `records.create`, so
the journal, the shift counts and retention see one table.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum

from sqlalchemy import BindParameter, ColumnElement, Select, bindparam, select
from sqlalchemy.orm import Session

from propdesk.errors import NotFoundError
from propdesk.services.core.actor import Actor
from propdesk.store.base import utcnow
from propdesk.store.models import GateEvent, Unit

ENTITY = "gate_event"
# The columns an audit row records (ids and timestamps of the row itself are implied).
# Not the visitor's name, phone or ID: audit rows are hash-chained and can never be
# blanked, but retention must blank those after N days. The row itself keeps them.
FIELDS = (
    "kind",
    "occurred_at",
    "station",
    "card_number",
    "resident_id",
    "unit_id",
    "plate",
    "pass_number",
    "purpose",
    "host_confirmation",
    "confirmed_by",
    "entry_event_id",
    "closed_at",
    "fee_fen",
    "note",
    "vehicle_registered",
    "permit_number",
    "exterior_check",
    "permit_returned",
    "stated_entry_at",
    "description",
    "authorisation",
    "authorised_by",
    "place",
    "warning_posted",
    "purged_at",
)


class GateEventKind(StrEnum):
    RESIDENT_ENTRY = "resident_entry"
    REFUSED_CARD = "refused_card"
    VISITOR_IN = "visitor_in"
    VISITOR_OUT = "visitor_out"
    VEHICLE_IN = "vehicle_in"
    VEHICLE_OUT = "vehicle_out"
    ITEM_IN = "item_in"
    ITEM_OUT = "item_out"
    PARKING_NOTICE = "parking_notice"


def new_event(actor: Actor, kind: GateEventKind, **values: object) -> GateEvent:
    """A journal row stamped now, at this station, by this user (not yet added)."""
    plate = values.get("plate")
    if isinstance(plate, str) and plate:
        values.setdefault("plate_reversed", plate[::-1])
    return GateEvent(
        kind=kind.value,
        occurred_at=utcnow(),
        station=actor.station,
        username=actor.username,
        **values,
    )


def recorded(session: Session, event_id: uuid.UUID, kind: GateEventKind, missing: str) -> GateEvent:
    """The journal row `event_id`, which must be of `kind`; NotFoundError(missing) else."""
    event = session.get(GateEvent, event_id)
    if event is None or event.kind != kind.value:
        raise NotFoundError(missing)
    return event


def still_open(kind: GateEventKind) -> tuple[ColumnElement[bool], ...]:
    """Where-conditions of the entries of `kind` (a visitor or a vehicle in) that no exit
    has closed yet."""
    return (
        GateEvent.kind == literal_kind(kind.value),
        GateEvent.closed_at.is_(None),
        GateEvent.voided_at.is_(None),
    )


def literal_kind(value: str) -> BindParameter[str]:
    """A kind written into the statement, not bound: the planners then see that the
    query lies inside the partial index of the open entries (store.models.gate
    INSIDE_NOW) and read it instead of the journal."""
    return bindparam(None, value, literal_execute=True)


def entries_inside(kind: GateEventKind) -> Select[tuple[GateEvent, str]]:
    """Those entries with their unit's code (None, despite the type, when the entry names
    no unit: an outer join), oldest first: an "inside now" list."""
    return (
        select(GateEvent, Unit.code)
        .outerjoin(Unit, GateEvent.unit_id == Unit.id)
        .where(*still_open(kind))
        .order_by(GateEvent.occurred_at, GateEvent.id)
    )


def minutes_between(start: datetime, end: datetime) -> int:
    """Whole minutes from `start` to `end`; 0 when `end` is not later."""
    return max(0, int((end - start).total_seconds() // 60))
