"""What the demo gate traffic needs from the estate's registers, read once inside the
demo transaction: cards and who holds them, residents' cars, who lives where.

Ids are kept as the 32 hex digits SQLite stores for a Uuid column, so the row builders
put them into rows as they are.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Connection, func, select

from propdesk.services.demo.gate.calendar import FAR_FUTURE, day_ts
from propdesk.store.models import AccessCard, CardStatusChange, Resident, Vehicle

# card_number, resident_id, unit_id, person_name, person_name_initials
CardHolder = tuple[str, str, str, str, str]
# unit_id, plate, person_name, person_name_initials, plate_reversed, vehicle_registered
CarValues = tuple[str, str, str, str, str, bool]


@dataclass(frozen=True)
class Card:
    holder: CardHolder
    status: str
    start: int  # it opens the gate from here
    end: int  # until lost, revoked or returned (FAR_FUTURE while active)


@dataclass(frozen=True)
class Car:
    values: CarValues  # what its gate events carry
    plate: str
    start: int  # the owner moved in


# The resident columns a card's or a car's gate events carry, read with it.
_PERSON = (
    Resident.id.label("resident_id"),
    Resident.unit_id,
    Resident.name,
    Resident.name_initials,
)


def _hex(value: uuid.UUID) -> str:
    return value.hex


class GateEstate:
    def __init__(self, connection: Connection) -> None:
        self._read_cards(connection)
        self._read_residents(connection)
        self._read_cars(connection)

    def _read_cards(self, connection: Connection) -> None:
        changed: dict[uuid.UUID, datetime] = {}  # card → when it stopped opening the gate
        for card_id, at in connection.execute(
            select(CardStatusChange.card_id, func.max(CardStatusChange.at))
            .where(CardStatusChange.new_status != "active")
            .group_by(CardStatusChange.card_id)
        ):
            changed[card_id] = at
        cards = []
        for row in connection.execute(
            select(
                AccessCard.id, AccessCard.number, AccessCard.status, AccessCard.issued_on, *_PERSON
            ).join(Resident, AccessCard.resident_id == Resident.id)
        ):
            holder = (
                row.number,
                _hex(row.resident_id),
                _hex(row.unit_id),
                row.name,
                row.name_initials,
            )
            start = day_ts(row.issued_on, 10) if row.issued_on else 0
            end = int(changed[row.id].timestamp()) if row.id in changed else FAR_FUTURE
            cards.append(Card(holder, row.status, start, end))
        self.cards = sorted(cards, key=lambda c: c.start)
        self.card_starts = [c.start for c in self.cards]
        refused = [c for c in cards if c.status in ("lost", "revoked")]
        self.refused = sorted(refused, key=lambda c: c.end)
        self.refused_since = [c.end for c in self.refused]

    def _read_residents(self, connection: Connection) -> None:
        self.initials: dict[str, str] = {}  # pinyin initials of names already known
        living: dict[str, list[str]] = {}
        self.owners: dict[str, str] = {}  # unit → its owner's name
        self.moved_in: dict[uuid.UUID, date | None] = {}
        for r in connection.execute(
            select(
                Resident.id,
                Resident.unit_id,
                Resident.name,
                Resident.name_initials,
                Resident.kind,
                Resident.move_in,
                Resident.move_out,
            ).where(Resident.voided_at.is_(None))
        ):
            self.initials[r.name] = r.name_initials
            self.moved_in[r.id] = r.move_in
            unit = _hex(r.unit_id)
            if r.kind == "owner" and r.move_out is None:
                self.owners.setdefault(unit, r.name)
            if r.move_in is not None and r.move_out is None:
                living.setdefault(unit, []).append(r.name)
        # Units with someone living there, and their names (who confirms a visitor).
        self.hosts = sorted(living.items())

    def _read_cars(self, connection: Connection) -> None:
        cars = []
        for v in connection.execute(
            select(Vehicle.plate, *_PERSON)
            .join(Resident, Vehicle.resident_id == Resident.id)
            .where(Vehicle.voided_at.is_(None))
            .order_by(Vehicle.plate)
        ):
            since = self.moved_in.get(v.resident_id)
            start = day_ts(since) if since else 0
            values = (_hex(v.unit_id), v.plate, v.name, v.name_initials, v.plate[::-1], True)
            cars.append(Car(values, v.plate, start))
        self.cars = sorted(cars, key=lambda c: c.start)
        self.car_starts = [c.start for c in self.cars]
        self.plates = {c.plate for c in cars}
