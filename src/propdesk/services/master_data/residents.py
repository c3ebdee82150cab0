"""Residents (住户): owners, tenants and family members of a unit.

Moving out sets the move-out date and keeps the person on record (history); voiding
is for rows entered by mistake. The ID number is stored and only ever shown masked.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from propdesk.domain.personal_data import mask_id, phone_tail, validate_id_card, validate_phone
from propdesk.domain.roles import Action, Module
from propdesk.domain.search_keys import pinyin_full, pinyin_initials
from propdesk.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from propdesk.services.core.actor import Actor
from propdesk.services.core.records import Outcome
from propdesk.services.core.register import Register, RegisterService
from propdesk.services.core.text import clean_text, filled_text
from propdesk.services.master_data.units import find_unit
from propdesk.store.models import Resident, Unit

# The columns an audit row records. The ID number is among them so that a change of it
# shows as "changed"; audit.record writes it masked (a hash-chained row is never blanked).
FIELDS = ("unit_id", "kind", "name", "phone", "phone2", "id_number", "move_in", "move_out")
RESIDENTS = Register(
    Resident, "resident", FIELDS, QT_TRANSLATE_NOOP("messages", "No such resident.")
)


class ResidentKind(StrEnum):
    OWNER = "owner"
    TENANT = "tenant"
    FAMILY = "family"


@dataclass(frozen=True)
class ResidentInput:
    unit_code: str
    kind: ResidentKind
    name: str
    phone: str = ""
    phone2: str = ""
    id_number: str = ""
    move_in: date | None = None
    move_out: date | None = None


@dataclass(frozen=True)
class ResidentInfo:
    id: uuid.UUID
    unit_id: uuid.UUID
    unit_code: str
    kind: ResidentKind
    name: str
    phone: str
    phone2: str
    id_masked: str
    move_in: date | None
    move_out: date | None

    @property
    def living_here(self) -> bool:
        return self.move_out is None or self.move_out > date.today()


def clean_resident(data: ResidentInput) -> ResidentInput:
    message = QT_TRANSLATE_NOOP("messages", "Enter the resident's name (at most 40 characters).")
    name = filled_text(data.name, "name", 40, message)
    phone = validate_phone(data.phone, "phone") if data.phone.strip() else ""
    phone2 = validate_phone(data.phone2, "phone2") if data.phone2.strip() else ""
    id_number = data.id_number.strip().upper()
    if id_number and len(id_number) == 18:
        id_number = validate_id_card(id_number)
    elif id_number and not 6 <= len(id_number) <= 30:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "messages", "An ID document number has 6 to 30 characters (ID card: 18)."
            ),
            field="id_number",
        )
    if data.move_in and data.move_out and data.move_out < data.move_in:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "The move-out date is before the move-in date."),
            field="move_out",
        )
    return ResidentInput(
        data.unit_code.strip().upper(),
        ResidentKind(data.kind),
        name,
        phone,
        phone2,
        id_number,
        data.move_in,
        data.move_out,
    )


def _info(row: Resident, unit: Unit) -> ResidentInfo:
    return ResidentInfo(
        row.id,
        unit.id,
        unit.code,
        ResidentKind(row.kind),
        row.name,
        row.phone,
        row.phone2,
        mask_id(row.id_number) if row.id_number else "",
        row.move_in,
        row.move_out,
    )


def _values(data: ResidentInput, unit: Unit) -> dict[str, object]:
    return {
        "unit_id": unit.id,
        "kind": data.kind.value,
        "name": data.name,
        "name_initials": pinyin_initials(data.name)[:40],
        "name_pinyin": pinyin_full(data.name)[:120],
        "phone": data.phone,
        "phone2": data.phone2,
        "phone_tail": phone_tail(data.phone),
        "id_number": data.id_number,
        "move_in": data.move_in,
        "move_out": data.move_out,
    }


# session.info key of an optional, complete {(unit id, name): Resident} map of the
# live residents, which a bulk import keeps for the length of its transaction.
RESIDENT_CACHE = "propdesk.residents_by_unit_and_name"


def find_resident(session: Session, unit: Unit, name: str) -> Resident | None:
    cache: dict[tuple[uuid.UUID, str], Resident] | None = session.info.get(RESIDENT_CACHE)
    if cache is not None:
        return cache.get((unit.id, name))
    return session.scalars(
        select(Resident).where(
            Resident.unit_id == unit.id, Resident.name == name, Resident.voided_at.is_(None)
        )
    ).first()


def not_a_resident(name: str, unit: Unit, field: str) -> NotFoundError:
    """The error when a card's holder or a vehicle's owner does not live in `unit`."""
    return NotFoundError(
        QT_TRANSLATE_NOOP("messages", "{name} is not a resident of {unit}."),
        field=field,
        name=name,
        unit=unit.code,
    )


def resident_of(session: Session, unit: Unit, name: str, field: str) -> Resident:
    """The live resident of `unit` named `name` as typed; not_a_resident otherwise."""
    row = find_resident(session, unit, clean_text(name))
    if row is None:
        raise not_a_resident(name, unit, field)
    return row


def upsert_resident(
    session: Session, actor: Actor, data: ResidentInput
) -> tuple[Resident, Outcome]:
    """Match on unit and name (how an office's sheet identifies a person)."""
    unit = find_unit(session, data.unit_code, "unit_code")
    values = _values(data, unit)
    row = find_resident(session, unit, data.name)
    if row is None:
        row = Resident(**values)
        RESIDENTS.create(session, actor, row)
        cache = session.info.get(RESIDENT_CACHE)
        if cache is not None:
            cache[(unit.id, data.name)] = row
        return row, Outcome.CREATED
    if not data.id_number:
        values.pop("id_number")  # an empty cell keeps the number on record
    return row, RESIDENTS.update(session, actor, row, values)


class ResidentService(RegisterService[Resident]):
    register = RESIDENTS

    def save(self, actor: Actor, data: ResidentInput) -> ResidentInfo:
        """A new resident, or the unit's resident of that name updated (upsert_resident)."""
        actor.require(Module.MASTER_DATA, Action.CREATE)
        data = clean_resident(data)
        with self._store.write() as session:
            row, _ = upsert_resident(session, actor, data)
            return _info(row, session.get_one(Unit, row.unit_id))

    def update(self, actor: Actor, resident_id: uuid.UUID, data: ResidentInput) -> ResidentInfo:
        actor.require(Module.MASTER_DATA, Action.UPDATE)
        data = clean_resident(data)
        with self._store.write() as session:
            row = RESIDENTS.live(session, resident_id)
            unit = find_unit(session, data.unit_code, "unit_code")
            values = _values(data, unit)
            if not data.id_number:
                values.pop("id_number")
            RESIDENTS.update(session, actor, row, values)
            return _info(row, unit)

    def move_out(self, actor: Actor, resident_id: uuid.UUID, day: date) -> ResidentInfo:
        actor.require(Module.MASTER_DATA, Action.UPDATE)
        with self._store.write() as session:
            row = RESIDENTS.live(session, resident_id)
            if row.move_in and day < row.move_in:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("messages", "The move-out date is before the move-in date."),
                    field="move_out",
                )
            RESIDENTS.update(session, actor, row, {"move_out": day})
            return _info(row, session.get_one(Unit, row.unit_id))

    def void(self, actor: Actor, resident_id: uuid.UUID, reason: str) -> None:
        self._void(actor, resident_id, reason)

    def for_unit(
        self, actor: Actor, unit_id: uuid.UUID, *, include_voided: bool = False
    ) -> list[ResidentInfo]:
        actor.require(Module.MASTER_DATA, Action.VIEW)
        query = select(Resident).where(Resident.unit_id == unit_id)
        if not include_voided:
            query = query.where(Resident.voided_at.is_(None))
        with self._store.read() as session:
            unit = session.get_one(Unit, unit_id)
            rows = session.scalars(query.order_by(Resident.kind, Resident.name)).all()
            return [_info(r, unit) for r in rows]
