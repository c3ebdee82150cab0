"""The gate log (门岗登记): card swipes, visitors in and out, and the journal.

Every event is one row of gate_event, written with its audit row in one unit of
work. A refused or unknown card is logged too: the journal must show who tried.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from propdesk.domain.gate.visits import is_overdue
from propdesk.domain.numbering import NumberKind
from propdesk.domain.personal_data import mask_id, validate_phone
from propdesk.domain.roles import Action, Module
from propdesk.domain.search_keys import pinyin_initials
from propdesk.errors import (
    QT_TRANSLATE_NOOP,
    ConflictError,
    NotFoundError,
    UserError,
    ValidationError,
)
from propdesk.services.core import numbering as numbering_service
from propdesk.services.core import records
from propdesk.services.core.actor import Actor
from propdesk.services.core.date_window import moment_in_window
from propdesk.services.core.text import filled_text, storable_text
from propdesk.services.core.typed_keys import lookup_key, shown_key
from propdesk.services.gate.events import (
    ENTITY,
    FIELDS,
    GateEventKind,
    entries_inside,
    minutes_between,
    new_event,
)
from propdesk.services.gate.settings import DEFAULT_GATE
from propdesk.services.gate.visits import clean_purpose, problems, visited_unit
from propdesk.services.master_data.cards import CardStatus, normalise_card_number
from propdesk.store.base import utcnow
from propdesk.store.models import AccessCard, GateEvent, Resident, Unit
from propdesk.store.unit_of_work import Store

NAME_MAX = 40
ID_NUMBER_MAX = 30  # an ID card has 18, a passport or a travel permit fewer: the column's
PHONE_MAX = 20  # what the box takes: digits with spaces, dashes, +86 (only digits are kept)
PASS_NUMBER_MAX = 20


class HostConfirmation(StrEnum):
    """How the resident being visited agreed to let the visitor in."""

    PHONE = "phone"
    INTERCOM = "intercom"
    IN_PERSON = "in_person"


@dataclass(frozen=True)
class CardEntryResult:
    event_id: uuid.UUID
    occurred_at: datetime
    card_number: str
    admitted: bool
    status: CardStatus
    holder_name: str
    unit_code: str

    @property
    def refused(self) -> bool:
        return not self.admitted


@dataclass(frozen=True)
class VisitorEntry:
    name: str
    phone: str
    id_number: str
    unit_code: str
    purpose: str
    confirmation: str  # a HostConfirmation value
    confirmed_by: str


@dataclass(frozen=True)
class VisitorPass:
    event_id: uuid.UUID
    pass_number: str
    name: str
    phone: str
    id_masked: str
    unit_code: str
    purpose: str
    confirmation: HostConfirmation
    confirmed_by: str
    entered_at: datetime
    left_at: datetime | None


@dataclass(frozen=True)
class InsideNowRow:
    event_id: uuid.UUID
    pass_number: str
    name: str
    unit_code: str
    purpose: str
    entered_at: datetime
    minutes_inside: int
    overdue: bool  # still inside past the estate's set hour


def _name(data: VisitorEntry) -> str:
    no_name = QT_TRANSLATE_NOOP(
        "messages", "Enter the visitor's name (at most {limit} characters)."
    )
    return filled_text(data.name, "name", NAME_MAX, no_name, limit=NAME_MAX)


def _confirmation(data: VisitorEntry) -> HostConfirmation:
    try:
        return HostConfirmation(data.confirmation)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "messages",
                "Say how the host confirmed the visit: by phone, intercom or in person.",
            ),
            field="confirmation",
        ) from None


def _host(data: VisitorEntry) -> str:
    no_host = QT_TRANSLATE_NOOP(
        "messages", "Enter who confirmed the visit (at most {limit} characters)."
    )
    return filled_text(data.confirmed_by, "confirmed_by", NAME_MAX, no_host, limit=NAME_MAX)


def _id_number(data: VisitorEntry) -> str:
    """The ID number without spaces, upper-cased (it is stored masked), or ValidationError."""
    id_number = "".join(storable_text(data.id_number, "id_number").split()).upper()
    if len(id_number) > ID_NUMBER_MAX:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "An ID number has at most {limit} characters."),
            field="id_number",
            limit=ID_NUMBER_MAX,
        )
    return id_number


def _clean_visitor(data: VisitorEntry) -> tuple[str, str, str, str, HostConfirmation, str]:
    """(name, phone, id_masked, purpose, confirmation, confirmed_by), or ValidationError."""
    return (
        _name(data),
        validate_phone(data.phone, "phone"),
        mask_id(_id_number(data)),
        clean_purpose(data.purpose),
        _confirmation(data),
        _host(data),
    )


def _pass(event: GateEvent, unit_code: str) -> VisitorPass:
    return VisitorPass(
        event.id,
        event.pass_number,
        event.person_name,
        event.phone,
        event.id_masked,
        unit_code,
        event.purpose,
        HostConfirmation(event.host_confirmation),
        event.confirmed_by,
        event.occurred_at,
        event.closed_at,
    )


def _unit_code(session: Session, unit_id: uuid.UUID | None) -> str:
    unit = session.get(Unit, unit_id) if unit_id else None
    return unit.code if unit else ""


DEFAULT_OVERDUE_HOUR = DEFAULT_GATE.visitor_overdue_hour  # the setting's default


class GateEntryService:
    def __init__(
        self, store: Store, overdue_hour: Callable[[], int] = lambda: DEFAULT_OVERDUE_HOUR
    ) -> None:
        self._store = store
        self._overdue_hour = overdue_hour  # an estate setting; read at every refresh

    def card_entry(self, actor: Actor, card_number: str) -> CardEntryResult:
        """Log a swiped card. A lost, revoked or returned card is refused (and logged);
        an unknown card is logged and then raises NotFoundError(field="card_number")."""
        actor.require(Module.GATE, Action.CREATE)
        number = normalise_card_number(card_number)
        with self._store.write() as session:
            card = session.scalars(select(AccessCard).where(AccessCard.number == number)).first()
            if card is None:
                event = new_event(
                    actor, GateEventKind.REFUSED_CARD, card_number=number, note="unknown card"
                )
                records.create(session, actor, ENTITY, event, FIELDS)
                result = None
            else:
                holder = session.get(Resident, card.resident_id) if card.resident_id else None
                unit = session.get(Unit, holder.unit_id) if holder else None
                status = CardStatus(card.status)
                admitted = status is CardStatus.ACTIVE
                event = new_event(
                    actor,
                    GateEventKind.RESIDENT_ENTRY if admitted else GateEventKind.REFUSED_CARD,
                    card_number=number,
                    resident_id=holder.id if holder else None,
                    unit_id=unit.id if unit else None,
                    person_name=holder.name if holder else "",
                    person_name_initials=holder.name_initials if holder else "",
                    note="" if admitted else f"card {status.value}",
                )
                records.create(session, actor, ENTITY, event, FIELDS)
                result = CardEntryResult(
                    event.id,
                    event.occurred_at,
                    number,
                    admitted,
                    status,
                    event.person_name,
                    unit.code if unit else "",
                )
        # Raised after the commit, so the refused attempt stays in the journal.
        if result is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("messages", "Card {number} is not registered."),
                field="card_number",
                number=number,
            )
        return result

    def visitor_problems(self, actor: Actor, data: VisitorEntry) -> list[UserError]:
        """Everything wrong with this visitor's entry, in the form's order (empty: it
        would be registered), so the form shows every problem at once. Writes nothing."""
        actor.require(Module.GATE, Action.CREATE)
        with self._store.read() as session:
            return problems(
                lambda: _name(data),
                lambda: validate_phone(data.phone, "phone"),
                lambda: _id_number(data),
                lambda: visited_unit(session, data.unit_code),
                lambda: clean_purpose(data.purpose),
                lambda: _confirmation(data),
                lambda: _host(data),
            )

    def register_visitor(self, actor: Actor, data: VisitorEntry) -> VisitorPass:
        actor.require(Module.GATE, Action.CREATE)
        name, phone, id_masked, purpose, confirmation, confirmed_by = _clean_visitor(data)
        with self._store.write() as session:
            unit = visited_unit(session, data.unit_code)
            event = new_event(
                actor,
                GateEventKind.VISITOR_IN,
                unit_id=unit.id,
                person_name=name,
                person_name_initials=pinyin_initials(name)[:NAME_MAX],
                phone=phone,
                id_masked=id_masked,
                pass_number=numbering_service.allocate(
                    session, NumberKind.VISITOR_PASS, date.today()
                ),
                purpose=purpose,
                host_confirmation=confirmation.value,
                confirmed_by=confirmed_by,
            )
            records.create(session, actor, ENTITY, event, FIELDS)
            return _pass(event, unit.code)

    def visitor_exit(self, actor: Actor, pass_number: str) -> VisitorPass:
        """Close the visit on this pass and log the visitor leaving."""
        actor.require(Module.GATE, Action.UPDATE)
        number = lookup_key(pass_number, "pass_number").strip().upper()
        with self._store.write() as session:
            entry = session.scalars(
                select(GateEvent).where(
                    GateEvent.kind == GateEventKind.VISITOR_IN.value,
                    GateEvent.pass_number == number,
                    GateEvent.voided_at.is_(None),
                )
            ).first()
            if entry is None or not number:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP("messages", "There is no visitor pass {number}."),
                    field="pass_number",
                    number=shown_key(pass_number.strip()),
                )
            if entry.closed_at is not None:
                raise ConflictError(
                    QT_TRANSLATE_NOOP("messages", "The visitor on pass {number} has already left."),
                    field="pass_number",
                    number=number,
                )
            exit_event = new_event(
                actor,
                GateEventKind.VISITOR_OUT,
                unit_id=entry.unit_id,
                person_name=entry.person_name,
                person_name_initials=entry.person_name_initials,
                pass_number=entry.pass_number,
                entry_event_id=entry.id,
            )
            records.update(
                session, actor, ENTITY, entry, FIELDS, {"closed_at": exit_event.occurred_at}
            )
            records.create(session, actor, ENTITY, exit_event, FIELDS)
            return _pass(entry, _unit_code(session, entry.unit_id))

    def inside_now(self, actor: Actor, now: datetime | None = None) -> list[InsideNowRow]:
        """Visitors who came in and have not left, oldest first."""
        actor.require(Module.GATE, Action.VIEW)
        now = moment_in_window(now, "now") if now is not None else utcnow()
        hour = self._overdue_hour()
        query = entries_inside(GateEventKind.VISITOR_IN)
        with self._store.read() as session:
            return [
                InsideNowRow(
                    e.id,
                    e.pass_number,
                    e.person_name,
                    code or "",
                    e.purpose,
                    e.occurred_at,
                    minutes_between(e.occurred_at, now),
                    is_overdue(e.occurred_at, now, hour),
                )
                for e, code in session.execute(query).all()
            ]
