"""Residents (住户): owners, tenants and family members of a unit.

Moving out sets the move-out date and keeps the person on record (history); voiding
is for rows entered by mistake. The ID number is stored encrypted with the station's
key beside a keyed hash for lookups and its masked form, which is all that is shown
(id_numbers.py, store/models/master_data.py).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from propdesk.domain.personal_data import phone_tail, validate_id_card, validate_phone
from propdesk.domain.roles import Action, Module
from propdesk.domain.search_keys import pinyin_full, pinyin_initials
from propdesk.errors import QT_TRANSLATE_NOOP, NotFoundError, UserError, ValidationError
from propdesk.services.core.actor import Actor
from propdesk.services.core.id_numbers import normalised
from propdesk.services.core.records import Outcome
from propdesk.services.core.register import Register, RegisterService
from propdesk.services.core.text import bounded_text, clean_text, filled_text, storable_text
from propdesk.services.master_data.id_numbers import (
    IdNumbers,
    id_numbers_of,
    sealed_values,
)
from propdesk.services.master_data.units import find_unit
from propdesk.store.models import Resident, Unit
from propdesk.store.unit_of_work import Store

# The columns an audit row records. The ID number is among them (Resident.id_number,
# the masked form) so that a change of it shows as "changed" (a hash-chained row is
# never blanked, so it never holds the number in clear).
FIELDS = ("unit_id", "kind", "name", "phone", "phone2", "id_number", "move_in", "move_out")
RESIDENTS = Register(
    Resident, "resident", FIELDS, QT_TRANSLATE_NOOP("messages", "No such resident.")
)


class ResidentKind(StrEnum):
    OWNER = "owner"
    TENANT = "tenant"
    FAMILY = "family"


# The column limits the form's fields share (ui/tabs/residents/resident_form.py).
NAME_LIMIT = 40
PHONE_LIMIT = 40  # as typed, with spaces and dashes; stored as at most 20 digits
ID_NUMBER_LIMIT = 30
UNIT_CODE_LIMIT = 20


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


def resident_kind(value: object, field: str = "kind") -> ResidentKind:
    """The kind a caller gave; ValidationError naming `field` for "" or anything unknown."""
    try:
        return ResidentKind(value if isinstance(value, str) else "")
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "Choose owner, tenant or family member."), field=field
        ) from None


def _phone(value: str, field: str) -> str:
    text = bounded_text(value, field, PHONE_LIMIT)
    return validate_phone(text, field) if text else ""


def clean_id_number(value: str) -> str:
    """The number as stored (no spaces, upper case): an ID card's check digit checked,
    any other document 6 to 30 characters; "" for none."""
    number = normalised(storable_text(value, "id_number"))
    if number and len(number) == 18:
        return validate_id_card(number)
    if number and not 6 <= len(number) <= ID_NUMBER_LIMIT:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "messages", "An ID document number has 6 to 30 characters (ID card: 18)."
            ),
            field="id_number",
        )
    return number


def clean_resident(data: ResidentInput) -> ResidentInput:
    message = QT_TRANSLATE_NOOP("messages", "Enter the resident's name (at most 40 characters).")
    kind = resident_kind(data.kind)
    unit_code = bounded_text(data.unit_code, "unit_code", UNIT_CODE_LIMIT).upper()
    name = filled_text(data.name, "name", NAME_LIMIT, message)
    phone = _phone(data.phone, "phone")
    phone2 = _phone(data.phone2, "phone2")
    id_number = clean_id_number(data.id_number)
    if data.move_in and data.move_out and data.move_out < data.move_in:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "The move-out date is before the move-in date."),
            field="move_out",
        )
    return ResidentInput(
        unit_code,
        kind,
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
        row.id_masked,
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


DUPLICATE_ID = QT_TRANSLATE_NOOP(
    "messages", "This ID number is already recorded for {name} of {unit}."
)


def _id_values(session: Session, row: Resident | None, data: ResidentInput) -> dict[str, str]:
    """The ID number's columns for `data` (clean): none when the number is empty (an
    empty field or cell keeps the number on record) or is the one already stored;
    ValidationError when a live resident of another name holds it."""
    if not data.id_number:
        return {}
    key = id_numbers_of(session).writing_key(session)
    lookup = key.lookup(data.id_number)
    if row is not None and row.id_lookup == lookup:
        return {}
    holder = session.execute(
        select(Resident.name, Unit.code)
        .join(Unit, Resident.unit_id == Unit.id)
        .where(
            Resident.id_lookup == lookup,
            Resident.name != data.name,
            Resident.voided_at.is_(None),
        )
        .limit(1)
    ).first()
    if holder is not None:
        raise ValidationError(DUPLICATE_ID, field="id_number", name=holder[0], unit=holder[1])
    return sealed_values(key, data.id_number)


def upsert_resident(
    session: Session, actor: Actor, data: ResidentInput
) -> tuple[Resident, Outcome]:
    """Match on unit and name (how an office's sheet identifies a person). `session`
    carries the station's IdNumbers (IdNumbers.lend_to)."""
    unit = find_unit(session, data.unit_code, "unit_code")
    values = _values(data, unit)
    row = find_resident(session, unit, data.name)
    values.update(_id_values(session, row, data))
    if row is None:
        row = Resident(**values)
        RESIDENTS.create(session, actor, row)
        cache = session.info.get(RESIDENT_CACHE)
        if cache is not None:
            cache[(unit.id, data.name)] = row
        return row, Outcome.CREATED
    return row, RESIDENTS.update(session, actor, row, values)


class ResidentService(RegisterService[Resident]):
    register = RESIDENTS

    def __init__(self, store: Store, id_numbers: IdNumbers) -> None:
        super().__init__(store)
        self.id_numbers = id_numbers

    def save(self, actor: Actor, data: ResidentInput) -> ResidentInfo:
        """A new resident, or the unit's resident of that name updated (upsert_resident)."""
        actor.require(Module.MASTER_DATA, Action.CREATE)
        data = clean_resident(data)
        with self._store.write() as session:
            row, _ = upsert_resident(self.id_numbers.lend_to(session), actor, data)
            return _info(row, session.get_one(Unit, row.unit_id))

    def update(self, actor: Actor, resident_id: uuid.UUID, data: ResidentInput) -> ResidentInfo:
        actor.require(Module.MASTER_DATA, Action.UPDATE)
        data = clean_resident(data)
        with self._store.write() as session:
            self.id_numbers.lend_to(session)
            row = RESIDENTS.live(session, resident_id)
            unit = find_unit(session, data.unit_code, "unit_code")
            values = _values(data, unit)
            values.update(_id_values(session, row, data))
            RESIDENTS.update(session, actor, row, values)
            return _info(row, unit)

    def find_by_id_number(self, actor: Actor, number: str) -> list[ResidentInfo]:
        """The live residents with this ID number (any spacing or case), by its keyed
        hash; KEY_MISSING when this station lacks the database's key."""
        actor.require(Module.MASTER_DATA, Action.VIEW)
        cleaned = normalised(storable_text(number, "id_number"))
        if not cleaned or len(cleaned) > ID_NUMBER_LIMIT:
            return []
        with self._store.read() as session:
            key = self.id_numbers.reading_key(session)
            if key is None:
                return []  # no number was ever stored
            rows = session.execute(
                select(Resident, Unit)
                .join(Unit, Resident.unit_id == Unit.id)
                .where(Resident.id_lookup == key.lookup(cleaned), Resident.voided_at.is_(None))
                .order_by(Unit.code, Resident.name)
            ).all()
            return [_info(row, unit) for row, unit in rows]

    def key_problem(self) -> UserError | None:
        """KEY_MISSING when this station lacks the key the database's ID numbers were
        sealed with (the form then takes no new number); None when all is well."""
        with self._store.read() as session:
            return self.id_numbers.problem(session)

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
