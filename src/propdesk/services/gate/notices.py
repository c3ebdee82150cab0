"""Illegal parking and fire-lane blocking notices (违停告知): plate, place, time, warning.

A notice is one journal row with its own number (TZ202611-0001), printed and put
under the wiper; `warning_posted` says whether that was done.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy.orm import Session

from propdesk.domain.numbering import NumberKind
from propdesk.domain.plates import validate_plate
from propdesk.domain.roles import Action, Module
from propdesk.errors import QT_TRANSLATE_NOOP
from propdesk.services.core import numbering as numbering_service
from propdesk.services.core import records
from propdesk.services.core.actor import Actor
from propdesk.services.core.people import display_name
from propdesk.services.core.store_service import StoreService
from propdesk.services.core.text import bounded_text, filled_text
from propdesk.services.gate.events import ENTITY, FIELDS, GateEventKind, new_event, recorded
from propdesk.store.models import GateEvent

PLACE_MAX = 100
NOTE_MAX = 200


@dataclass(frozen=True)
class ParkingNotice:
    event_id: uuid.UUID
    number: str
    plate: str
    place: str
    warning_posted: bool
    note: str
    occurred_at: datetime
    guard: str  # the person's name, as the notice is signed (services.core.people)


def _notice(session: Session, event: GateEvent) -> ParkingNotice:
    return ParkingNotice(
        event.id,
        event.pass_number,
        event.plate,
        event.place,
        bool(event.warning_posted),
        event.note,
        event.occurred_at,
        display_name(session, event.username),
    )


class GateNoticeService(StoreService):
    def record_notice(
        self, actor: Actor, *, plate: str, place: str, warning_posted: bool, note: str = ""
    ) -> ParkingNotice:
        actor.require(Module.GATE, Action.CREATE)
        clean_plate = validate_plate(plate)
        no_place = QT_TRANSLATE_NOOP(
            "messages",
            "Enter where the vehicle is parked (at most {limit} characters).",
        )
        where = filled_text(place, "place", PLACE_MAX, no_place, limit=PLACE_MAX)
        long_note = QT_TRANSLATE_NOOP("messages", "The note can have at most {limit} characters.")
        remark = bounded_text(note, "note", NOTE_MAX, too_long=long_note)
        with self._store.write() as session:
            event = new_event(
                actor,
                GateEventKind.PARKING_NOTICE,
                plate=clean_plate,
                place=where,
                warning_posted=warning_posted,
                note=remark,
                pass_number=numbering_service.allocate(
                    session, NumberKind.PARKING_NOTICE, date.today()
                ),
            )
            records.create(session, actor, ENTITY, event, FIELDS)
            return _notice(session, event)

    def notice(self, actor: Actor, event_id: uuid.UUID) -> ParkingNotice:
        actor.require(Module.GATE, Action.VIEW)
        with self._store.read() as session:
            missing = QT_TRANSLATE_NOOP("messages", "That notice is not on record.")
            return _notice(
                session, recorded(session, event_id, GateEventKind.PARKING_NOTICE, missing)
            )
