"""Large items and renovation materials (大件物品/装修材料) through the gate.

Materials coming in are simply logged. Items going out need a release authorisation
(放行条) recorded beforehand — the owner in person, or the management — and the guard
lets them out against its number (FX202611-0001); each authorisation is used once.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from propdesk.domain.numbering import NumberKind
from propdesk.domain.roles import Action, Module
from propdesk.errors import QT_TRANSLATE_NOOP, ConflictError, NotFoundError, ValidationError
from propdesk.services.core import numbering as numbering_service
from propdesk.services.core import records
from propdesk.services.core.actor import Actor
from propdesk.services.core.date_window import date_in_window
from propdesk.services.core.store_service import StoreService
from propdesk.services.core.text import filled_text
from propdesk.services.core.typed_keys import lookup_key, shown_key
from propdesk.services.gate.events import ENTITY, FIELDS, GateEventKind, new_event
from propdesk.services.master_data.units import find_unit
from propdesk.store.models import GateEvent, ReleaseAuthorisation, Unit

AUTH_ENTITY = "release_authorisation"
AUTH_FIELDS = (
    "number",
    "unit_id",
    "authorisation",
    "authorised_by",
    "description",
    "valid_until",
    "created_by",
    "used_event_id",
)
DESCRIPTION_MAX = 200
NAME_MAX = 40
SLIP_NUMBER_MAX = 20  # FX202611-0001, as the box takes it
_LONGEST_VALIDITY_DAYS = 31
# Who may record a release authorisation: the gate (GATE CREATE) and the front desk,
# where owners come with their request (MASTER_DATA CREATE: the clerks who keep the
# registers). The slip is the office's paperwork, not a gate event: a clerk still logs
# nothing at the gate (GATE is read-only for clerks in domain/roles.py).
SLIP_RIGHTS = ((Module.GATE, Action.CREATE), (Module.MASTER_DATA, Action.CREATE))


class Authorisation(StrEnum):
    """Who allowed the items out (or the materials in)."""

    OWNER = "owner"
    MANAGEMENT = "management"


@dataclass(frozen=True)
class ReleaseSlip:
    id: uuid.UUID
    number: str
    unit_code: str
    authorisation: Authorisation
    authorised_by: str
    description: str
    valid_until: date
    created_at: datetime
    used_at: datetime | None


@dataclass(frozen=True)
class ItemEvent:
    event_id: uuid.UUID
    kind: GateEventKind
    unit_code: str
    description: str
    authorisation: str
    authorised_by: str
    slip_number: str
    occurred_at: datetime


def _description(text: str) -> str:
    message = QT_TRANSLATE_NOOP("messages", "Describe the items (at most {limit} characters).")
    return filled_text(text, "description", DESCRIPTION_MAX, message, limit=DESCRIPTION_MAX)


def _authorisation(value: str) -> Authorisation:
    try:
        return Authorisation(value)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "Choose who authorised it: the owner or the management."),
            field="authorisation",
        ) from None


def _authorised_by(text: str) -> str:
    message = QT_TRANSLATE_NOOP("messages", "Enter who authorised it (at most {limit} characters).")
    return filled_text(text, "authorised_by", NAME_MAX, message, limit=NAME_MAX)


def _slip(session: Session, row: ReleaseAuthorisation, used_at: datetime | None) -> ReleaseSlip:
    unit = session.get(Unit, row.unit_id)
    return ReleaseSlip(
        row.id,
        row.number,
        unit.code if unit else "",
        Authorisation(row.authorisation),
        row.authorised_by,
        row.description,
        row.valid_until,
        row.created_at,
        used_at,
    )


def may_record_slips(actor: Actor) -> bool:
    """The rule of SLIP_RIGHTS, which the gate tab asks too (to offer the form)."""
    return any(actor.may(module, action) for module, action in SLIP_RIGHTS)


class GateItemService(StoreService):
    def authorise_release(
        self,
        actor: Actor,
        *,
        unit_code: str,
        authorisation: str,
        authorised_by: str,
        description: str,
        valid_until: date,
        today: date | None = None,
    ) -> ReleaseSlip:
        """Record a release authorisation and give it its slip number (at the gate or
        at the front desk: SLIP_RIGHTS)."""
        if not may_record_slips(actor):
            actor.require(Module.GATE, Action.CREATE)  # says what the role lacks
        who = _authorisation(authorisation)
        by = _authorised_by(authorised_by)
        what = _description(description)
        today = date_in_window(today, "today") if today is not None else date.today()
        if not today <= valid_until <= date.fromordinal(today.toordinal() + _LONGEST_VALIDITY_DAYS):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "messages", "The slip must be valid from today for at most {days} days."
                ),
                field="valid_until",
                days=_LONGEST_VALIDITY_DAYS,
            )
        with self._store.write() as session:
            unit = find_unit(session, unit_code, "unit_code")
            row = ReleaseAuthorisation(
                number=numbering_service.allocate(session, NumberKind.RELEASE_SLIP, today),
                unit_id=unit.id,
                authorisation=who.value,
                authorised_by=by,
                description=what,
                valid_until=valid_until,
                created_by=actor.username,
            )
            records.create(session, actor, AUTH_ENTITY, row, AUTH_FIELDS)
            return _slip(session, row, None)

    def open_slips(self, actor: Actor, today: date | None = None) -> list[ReleaseSlip]:
        """Authorisations not used yet and still valid, newest first."""
        actor.require(Module.GATE, Action.VIEW)
        today = today or date.today()
        with self._store.read() as session:
            rows = session.scalars(
                select(ReleaseAuthorisation)
                .where(
                    ReleaseAuthorisation.used_event_id.is_(None),
                    ReleaseAuthorisation.voided_at.is_(None),
                    ReleaseAuthorisation.valid_until >= today,
                )
                .order_by(ReleaseAuthorisation.created_at.desc())
            ).all()
            return [_slip(session, row, None) for row in rows]

    def slip(self, actor: Actor, number: str) -> ReleaseSlip:
        actor.require(Module.GATE, Action.VIEW)
        with self._store.read() as session:
            row = self._find(session, number)
            used_at = None
            if row.used_event_id is not None:
                event = session.get(GateEvent, row.used_event_id)
                used_at = event.occurred_at if event else None
            return _slip(session, row, used_at)

    def item_in(
        self,
        actor: Actor,
        *,
        unit_code: str,
        description: str,
        authorisation: str,
        authorised_by: str,
    ) -> ItemEvent:
        """Log renovation materials or large items coming in."""
        actor.require(Module.GATE, Action.CREATE)
        who = _authorisation(authorisation)
        by = _authorised_by(authorised_by)
        what = _description(description)
        with self._store.write() as session:
            unit = find_unit(session, unit_code, "unit_code")
            event = new_event(
                actor,
                GateEventKind.ITEM_IN,
                unit_id=unit.id,
                description=what,
                authorisation=who.value,
                authorised_by=by,
            )
            records.create(session, actor, ENTITY, event, FIELDS)
            return ItemEvent(
                event.id,
                GateEventKind.ITEM_IN,
                unit.code,
                what,
                who.value,
                by,
                "",
                event.occurred_at,
            )

    def item_out(self, actor: Actor, slip_number: str, today: date | None = None) -> ItemEvent:
        """Let items out against a release slip; without a valid one nothing is written."""
        actor.require(Module.GATE, Action.CREATE)
        today = today or date.today()
        with self._store.write() as session:
            row = self._find(session, slip_number)
            if row.used_event_id is not None:
                raise ConflictError(
                    QT_TRANSLATE_NOOP("messages", "Release slip {number} has already been used."),
                    field="slip_number",
                    number=row.number,
                )
            if row.valid_until < today:
                raise ConflictError(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Release slip {number} expired on {date}. The items may not leave.",
                    ),
                    field="slip_number",
                    number=row.number,
                    date=row.valid_until.isoformat(),
                )
            unit = session.get(Unit, row.unit_id)
            event = new_event(
                actor,
                GateEventKind.ITEM_OUT,
                unit_id=row.unit_id,
                description=row.description,
                authorisation=row.authorisation,
                authorised_by=row.authorised_by,
                pass_number=row.number,
            )
            records.create(session, actor, ENTITY, event, FIELDS)
            records.update(
                session, actor, AUTH_ENTITY, row, AUTH_FIELDS, {"used_event_id": event.id}
            )
            return ItemEvent(
                event.id,
                GateEventKind.ITEM_OUT,
                unit.code if unit else "",
                row.description,
                row.authorisation,
                row.authorised_by,
                row.number,
                event.occurred_at,
            )

    @staticmethod
    def _find(session: Session, number: str) -> ReleaseAuthorisation:
        wanted = "".join(lookup_key(number, "slip_number").split()).upper()
        row = (
            session.scalars(
                select(ReleaseAuthorisation).where(ReleaseAuthorisation.number == wanted)
            ).first()
            if wanted
            else None
        )
        if row is None or row.voided_at is not None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "There is no release authorisation {number} on record. "
                    "Items may not leave without one.",
                ),
                field="slip_number",
                number=shown_key(wanted),
            )
        return row
