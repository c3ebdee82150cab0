"""Registered vehicles (登记车辆) and parking spaces (车位)."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from propdesk.domain.plates import validate_plate
from propdesk.domain.roles import Action, Module
from propdesk.errors import QT_TRANSLATE_NOOP, ValidationError
from propdesk.services.core import records
from propdesk.services.core.actor import Actor
from propdesk.services.core.records import Outcome
from propdesk.services.core.register import Register, RegisterService
from propdesk.services.core.text import bounded_text, storable_text
from propdesk.services.master_data.residents import resident_of
from propdesk.services.master_data.units import find_unit
from propdesk.store.models import ParkingSpace, Resident, Unit, Vehicle

FIELDS = ("plate", "resident_id", "parking_space_id", "description")
SPACE_FIELDS = ("code", "zone", "kind")
VEHICLES = Register(Vehicle, "vehicle", FIELDS, QT_TRANSLATE_NOOP("messages", "No such vehicle."))
SPACE_CODE_MAX = 20
DESCRIPTION_MAX = 60  # brand and colour
OWNER_NAME_MAX = 40  # a resident's name, as the residents register holds it
_SPACE = re.compile(rf"^[0-9A-Z\-]{{1,{SPACE_CODE_MAX}}}$")


@dataclass(frozen=True)
class VehicleInput:
    plate: str
    unit_code: str
    owner_name: str
    space_code: str = ""
    description: str = ""


@dataclass(frozen=True)
class VehicleInfo:
    id: uuid.UUID
    plate: str
    owner_name: str
    unit_code: str
    space_code: str
    description: str


def clean_space_code(text: str) -> str:
    code = re.sub(r"\s", "", text).upper()
    if code and not _SPACE.match(code):
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "A parking space code has up to 20 letters or digits."),
            field="space_code",
        )
    return code


def space_for(session: Session, actor: Actor, code: str) -> ParkingSpace:
    space = session.scalars(
        select(ParkingSpace).where(ParkingSpace.code == code, ParkingSpace.voided_at.is_(None))
    ).first()
    if space is None:
        space = ParkingSpace(code=code, zone="", kind="owned")
        records.create(session, actor, "parking_space", space, SPACE_FIELDS)
    return space


def upsert_vehicle(session: Session, actor: Actor, data: VehicleInput) -> tuple[Vehicle, Outcome]:
    """Match on the (normalised) plate."""
    plate = validate_plate(data.plate)
    unit = find_unit(session, data.unit_code, "unit_code")
    owner = resident_of(session, unit, storable_text(data.owner_name, "owner_name"), "owner_name")
    space_code = clean_space_code(data.space_code)
    space = space_for(session, actor, space_code) if space_code else None
    values = {
        "resident_id": owner.id,
        "parking_space_id": space.id if space else None,
        "description": bounded_text(data.description, "description", DESCRIPTION_MAX),
    }
    row = session.scalars(
        select(Vehicle).where(Vehicle.plate == plate, Vehicle.voided_at.is_(None))
    ).first()
    if row is None:
        row = Vehicle(plate=plate, **values)
        VEHICLES.create(session, actor, row)
        return row, Outcome.CREATED
    return row, VEHICLES.update(session, actor, row, values)


def _info(session: Session, row: Vehicle) -> VehicleInfo:
    owner = session.get(Resident, row.resident_id) if row.resident_id else None
    unit = session.get(Unit, owner.unit_id) if owner else None
    space = session.get(ParkingSpace, row.parking_space_id) if row.parking_space_id else None
    return VehicleInfo(
        row.id,
        row.plate,
        owner.name if owner else "",
        unit.code if unit else "",
        space.code if space else "",
        row.description,
    )


class VehicleService(RegisterService[Vehicle]):
    register = VEHICLES

    def save(self, actor: Actor, data: VehicleInput) -> VehicleInfo:
        """A new vehicle, or the one with that plate updated (upsert_vehicle)."""
        actor.require(Module.MASTER_DATA, Action.CREATE)
        with self._store.write() as session:
            row, _ = upsert_vehicle(session, actor, data)
            return _info(session, row)

    def void(self, actor: Actor, vehicle_id: uuid.UUID, reason: str) -> None:
        self._void(actor, vehicle_id, reason)

    def for_unit(self, actor: Actor, unit_id: uuid.UUID) -> list[VehicleInfo]:
        actor.require(Module.MASTER_DATA, Action.VIEW)
        with self._store.read() as session:
            rows = session.scalars(
                select(Vehicle)
                .join(Resident, Vehicle.resident_id == Resident.id)
                .where(Resident.unit_id == unit_id, Vehicle.voided_at.is_(None))
                .order_by(Vehicle.plate)
            ).all()
            return [_info(session, r) for r in rows]

    def find_by_plate(self, actor: Actor, plate: str) -> VehicleInfo | None:
        if not actor.may(Module.GATE, Action.VIEW):  # the gate asks too
            actor.require(Module.MASTER_DATA, Action.VIEW)
        plate = validate_plate(plate)
        with self._store.read() as session:
            row = session.scalars(
                select(Vehicle).where(Vehicle.plate == plate, Vehicle.voided_at.is_(None))
            ).first()
            return _info(session, row) if row else None
