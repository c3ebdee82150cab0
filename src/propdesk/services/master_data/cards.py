"""Access cards (门禁卡): issued to a resident, lost, found, revoked, returned.

Every status change is kept in card_status_change; the gate asks `check` whether a
scanned card may enter.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from propdesk.domain.roles import Action, Module
from propdesk.errors import QT_TRANSLATE_NOOP, ConflictError, NotFoundError, ValidationError
from propdesk.services.core import records
from propdesk.services.core.actor import Actor
from propdesk.services.core.date_window import date_in_window
from propdesk.services.core.records import Outcome
from propdesk.services.core.store_service import StoreService
from propdesk.services.core.text import filled_text, storable_text
from propdesk.services.master_data.residents import resident_of
from propdesk.services.master_data.units import find_unit
from propdesk.store.base import utcnow
from propdesk.store.models import AccessCard, CardStatusChange, Resident, Unit

FIELDS = ("number", "resident_id", "status", "issued_on", "returned_on")
CARD_NUMBER_MAX = 32
CARD_TYPED_MAX = 40  # a card box: the number with the spaces or dashes a reader may type
HOLDER_NAME_MAX = 40  # a resident's name, as the residents register holds it
REASON_MAX = 200
_NUMBER = re.compile(rf"^[0-9A-Z]{{4,{CARD_NUMBER_MAX}}}$")


class CardStatus(StrEnum):
    ACTIVE = "active"
    LOST = "lost"
    REVOKED = "revoked"
    RETURNED = "returned"


@dataclass(frozen=True)
class CardInput:
    number: str
    unit_code: str
    holder_name: str
    status: CardStatus = CardStatus.ACTIVE
    issued_on: date | None = None


@dataclass(frozen=True)
class CardInfo:
    id: uuid.UUID
    number: str
    status: CardStatus
    holder_name: str
    unit_code: str
    issued_on: date | None
    returned_on: date | None


@dataclass(frozen=True)
class CardChange:
    at: datetime
    old_status: str
    new_status: str
    reason: str
    username: str


def normalise_card_number(text: str) -> str:
    """A keyboard-wedge reader types digits (sometimes hex) and Enter."""
    number = re.sub(r"[\s\-]", "", text).upper()
    if not _NUMBER.match(number):
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "A card number has 4 to 32 letters or digits."),
            field="card_number",
        )
    return number


def _log(session: Session, actor: Actor, card: AccessCard, old: str, reason: str) -> None:
    session.add(
        CardStatusChange(
            card_id=card.id,
            at=utcnow(),
            old_status=old,
            new_status=card.status,
            reason=reason,
            username=actor.username,
        )
    )


def card_status(value: object, field: str = "status") -> CardStatus:
    """The status chosen, or ValidationError naming `field` for one not in the list."""
    try:
        return CardStatus(str(value))
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "Choose the card's status from the list."), field=field
        ) from None


def upsert_card(session: Session, actor: Actor, data: CardInput) -> tuple[AccessCard, Outcome]:
    number = normalise_card_number(data.number)
    status = card_status(data.status)
    issued_on = date_in_window(data.issued_on, "issued_on") if data.issued_on else None
    unit = find_unit(session, data.unit_code, "unit_code")
    holder = resident_of(
        session, unit, storable_text(data.holder_name, "holder_name"), "holder_name"
    )
    values = {"resident_id": holder.id, "status": status.value, "issued_on": issued_on}
    card = session.scalars(select(AccessCard).where(AccessCard.number == number)).first()
    if card is None:
        card = AccessCard(number=number, **values)
        records.create(session, actor, "card", card, FIELDS)
        _log(session, actor, card, "", "issued")
        return card, Outcome.CREATED
    old = card.status
    outcome = records.update(session, actor, "card", card, FIELDS, values)
    if card.status != old:
        _log(session, actor, card, old, "import")
    return card, outcome


def _info(session: Session, card: AccessCard) -> CardInfo:
    holder = session.get(Resident, card.resident_id) if card.resident_id else None
    unit = session.get(Unit, holder.unit_id) if holder else None
    return CardInfo(
        card.id,
        card.number,
        CardStatus(card.status),
        holder.name if holder else "",
        unit.code if unit else "",
        card.issued_on,
        card.returned_on,
    )


class CardService(StoreService):
    def issue(self, actor: Actor, data: CardInput) -> CardInfo:
        actor.require(Module.MASTER_DATA, Action.CREATE)
        with self._store.write() as session:
            number = normalise_card_number(data.number)
            if session.scalars(select(AccessCard).where(AccessCard.number == number)).first():
                raise ConflictError(
                    QT_TRANSLATE_NOOP("messages", "Card {number} is already registered."),
                    field="card_number",
                    number=number,
                )
            card, _ = upsert_card(session, actor, data)
            return _info(session, card)

    def change_status(
        self, actor: Actor, card_id: uuid.UUID, status: CardStatus, reason: str
    ) -> CardInfo:
        actor.require(Module.MASTER_DATA, Action.UPDATE)
        status = card_status(status)
        no_reason = QT_TRANSLATE_NOOP("messages", "Say why the card's status changes.")
        reason = filled_text(reason, "reason", REASON_MAX, no_reason)
        with self._store.write() as session:
            card = session.get(AccessCard, card_id)
            if card is None:
                raise NotFoundError(QT_TRANSLATE_NOOP("messages", "No such card."))
            old = card.status
            changes: dict[str, object] = {"status": status.value}
            if status is CardStatus.RETURNED:
                changes["returned_on"] = date.today()
            if records.update(session, actor, "card", card, FIELDS, changes) is Outcome.UPDATED:
                _log(session, actor, card, old, reason)
            return _info(session, card)

    def history(self, actor: Actor, card_id: uuid.UUID) -> list[CardChange]:
        actor.require(Module.MASTER_DATA, Action.VIEW)
        with self._store.read() as session:
            rows = session.scalars(
                select(CardStatusChange)
                .where(CardStatusChange.card_id == card_id)
                .order_by(CardStatusChange.at)
            ).all()
            return [
                CardChange(r.at, r.old_status, r.new_status, r.reason, r.username) for r in rows
            ]

    def for_unit(self, actor: Actor, unit_id: uuid.UUID) -> list[CardInfo]:
        actor.require(Module.MASTER_DATA, Action.VIEW)
        with self._store.read() as session:
            cards = session.scalars(
                select(AccessCard)
                .join(Resident, AccessCard.resident_id == Resident.id)
                .where(Resident.unit_id == unit_id)
                .order_by(AccessCard.number)
            ).all()
            return [_info(session, c) for c in cards]

    def lookup(self, actor: Actor, number: str) -> CardInfo | None:
        """The card a reader just typed, or None when it is not registered."""
        if not actor.may(Module.GATE, Action.VIEW):  # the gate checks cards too
            actor.require(Module.MASTER_DATA, Action.VIEW)
        number = normalise_card_number(number)
        with self._store.read() as session:
            card = session.scalars(select(AccessCard).where(AccessCard.number == number)).first()
            return _info(session, card) if card else None
