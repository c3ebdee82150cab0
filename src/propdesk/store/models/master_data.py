"""Master data registers: units, residents, access cards, vehicles, parking spaces,
departments and staff. Every module looks things up here.

Search columns (pinyin initials, phone tail, normalised plate) are stored next to
what they index, so quick search uses ordinary indexes instead of scanning.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from propdesk.store.base import Base, IdMixin, TimestampMixin
from propdesk.store.models.voidable import VoidableMixin


class Unit(IdMixin, TimestampMixin, VoidableMixin, Base):
    """A home: building – entrance (单元) – room, e.g. 3-2-1502."""

    __tablename__ = "unit"

    code: Mapped[str] = mapped_column(String(20), unique=True)
    building_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("building.id"), index=True)
    entrance: Mapped[str] = mapped_column(String(4), default="")
    floor: Mapped[int]
    room: Mapped[str] = mapped_column(String(8))
    area_centi_m2: Mapped[int] = mapped_column(default=0)  # m² × 100, exact


class Resident(IdMixin, TimestampMixin, VoidableMixin, Base):
    __tablename__ = "resident"
    __table_args__ = (
        Index("ix_resident_initials", "name_initials"),
        Index("ix_resident_phone_tail", "phone_tail"),
        Index("ix_resident_name", "name"),
        Index("ix_resident_id_lookup", "id_lookup"),
    )

    unit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("unit.id"), index=True)
    kind: Mapped[str] = mapped_column(String(10))  # owner / tenant / family
    name: Mapped[str] = mapped_column(String(40))
    name_initials: Mapped[str] = mapped_column(String(40))
    name_pinyin: Mapped[str] = mapped_column(String(120))
    phone: Mapped[str] = mapped_column(String(20), default="")
    phone2: Mapped[str] = mapped_column(String(20), default="")
    phone_tail: Mapped[str] = mapped_column(String(4), default="")
    # The ID number is never stored in clear (schema 0009): `id_cipher` holds it sealed
    # with the station's key (services/core/id_numbers.py), `id_lookup` a keyed hash of
    # it for finding a person by number, and `id_masked` the masked form shown on
    # screens, papers and audit rows (110***********002X), which reveals no more than
    # the audit trail always held. `id_plain` is the column where schema 0008 kept the
    # number in clear: the first open after the upgrade encrypts it and empties it.
    id_plain: Mapped[str] = mapped_column("id_number", String(30), default="")
    id_cipher: Mapped[str] = mapped_column(String(240), default="")
    id_lookup: Mapped[str] = mapped_column(String(64), default="")
    id_masked: Mapped[str] = mapped_column(String(30), default="")
    move_in: Mapped[date | None] = mapped_column(default=None)
    move_out: Mapped[date | None] = mapped_column(default=None)

    @property
    def id_number(self) -> str:
        """The register's audited field: the masked number whose hidden characters are
        taken from the lookup hash. Why: the audit writes it masked (audit.MASKED_FIELDS
        keeps the same visible ends), yet two numbers with the same ends still differ
        here, so a change of the middle digits is recorded as a change."""
        hidden = iter(self.id_lookup)
        return "".join(next(hidden, "*") if c == "*" else c for c in self.id_masked)


class AccessCard(IdMixin, TimestampMixin, Base):
    __tablename__ = "access_card"

    number: Mapped[str] = mapped_column(String(32), unique=True)
    resident_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("resident.id"), index=True)
    status: Mapped[str] = mapped_column(String(10))  # active / lost / revoked / returned
    issued_on: Mapped[date | None] = mapped_column(default=None)
    returned_on: Mapped[date | None] = mapped_column(default=None)


class CardStatusChange(IdMixin, Base):
    """History of a card's status (lost, found, revoked …), never rewritten."""

    __tablename__ = "card_status_change"

    card_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("access_card.id"), index=True)
    at: Mapped[datetime]
    old_status: Mapped[str] = mapped_column(String(10), default="")
    new_status: Mapped[str] = mapped_column(String(10))
    reason: Mapped[str] = mapped_column(String(200), default="")
    username: Mapped[str] = mapped_column(String(40))


class ParkingSpace(IdMixin, TimestampMixin, VoidableMixin, Base):
    __tablename__ = "parking_space"

    code: Mapped[str] = mapped_column(String(20), unique=True)
    zone: Mapped[str] = mapped_column(String(40), default="")
    kind: Mapped[str] = mapped_column(String(10), default="owned")  # owned / rented / visitor


class Vehicle(IdMixin, TimestampMixin, VoidableMixin, Base):
    __tablename__ = "vehicle"

    plate: Mapped[str] = mapped_column(String(10), unique=True)  # normalised
    resident_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("resident.id"), index=True)
    parking_space_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("parking_space.id"), index=True
    )
    description: Mapped[str] = mapped_column(String(60), default="")  # brand, colour


class Department(IdMixin, Base):
    __tablename__ = "department"

    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(40))


class Staff(IdMixin, TimestampMixin, VoidableMixin, Base):
    __tablename__ = "staff"

    name: Mapped[str] = mapped_column(String(40))
    department_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("department.id"), index=True)
    position: Mapped[str] = mapped_column(String(40), default="")
    phone: Mapped[str] = mapped_column(String(20), default="")
    user_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("user_account.id"))
