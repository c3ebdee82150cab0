"""Parking spaces (车位): the register of its own, listed, added, corrected and voided
with an audit row — until now a space was only ever made on the side, by a vehicle or
an import naming its code (vehicles.space_for).

A space is voided only when no registered vehicle still uses it: the vehicle's record
would point at a space no list shows.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from propdesk.domain.roles import Action, Module
from propdesk.errors import QT_TRANSLATE_NOOP, ConflictError, ValidationError
from propdesk.services.core import records
from propdesk.services.core.actor import Actor
from propdesk.services.core.register import Register, RegisterService
from propdesk.services.core.text import clean_text, storable_text
from propdesk.services.master_data.vehicles import SPACE_FIELDS, clean_space_code
from propdesk.store.models import ParkingSpace, Vehicle

PARKING_SPACES = Register(
    ParkingSpace,
    "parking_space",
    SPACE_FIELDS,
    QT_TRANSLATE_NOOP("messages", "No such parking space."),
)
ZONE_MAX = 40
FIELD_CODE = "space_code"  # as vehicles.clean_space_code names it


class SpaceKind(StrEnum):
    OWNED = "owned"  # bought with the flat
    RENTED = "rented"  # let by the month
    VISITOR = "visitor"  # for visitors' cars


@dataclass(frozen=True)
class ParkingSpaceInput:
    code: str
    zone: str  # where: 地下一层, 地面访客车位 …
    kind: str  # a SpaceKind value


@dataclass(frozen=True)
class ParkingSpaceInfo:
    id: uuid.UUID
    code: str
    zone: str
    kind: SpaceKind
    plates: tuple[str, ...]  # the registered vehicles that park there
    voided_at: datetime | None
    void_reason: str

    @property
    def voided(self) -> bool:
        return self.voided_at is not None


def _clean(data: ParkingSpaceInput) -> ParkingSpaceInput:
    code = clean_space_code(data.code)
    if not code:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "Enter the parking space code (e.g. B2-017)."),
            field=FIELD_CODE,
        )
    zone = clean_text(storable_text(data.zone, "zone"))
    if len(zone) > ZONE_MAX:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "The zone can have at most {max} characters."),
            field="zone",
            max=ZONE_MAX,
        )
    try:
        kind = SpaceKind(data.kind)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "Choose whose the space is."), field="kind"
        ) from None
    return ParkingSpaceInput(code, zone, kind.value)


def _code_taken(code: str) -> ConflictError:
    """The unique code clashed: a live space, or a voided one (codes stay taken)."""
    return ConflictError(
        QT_TRANSLATE_NOOP("messages", "Parking space {code} already exists (or was voided)."),
        field=FIELD_CODE,
        code=code,
    )


def _plates(session: Session, space_ids: list[uuid.UUID]) -> dict[uuid.UUID, list[str]]:
    found: dict[uuid.UUID, list[str]] = {}
    if not space_ids:
        return found
    rows = session.execute(
        select(Vehicle.parking_space_id, Vehicle.plate)
        .where(Vehicle.parking_space_id.in_(space_ids), Vehicle.voided_at.is_(None))
        .order_by(Vehicle.plate)
    ).tuples()
    for space_id, plate in rows:
        if space_id is not None:
            found.setdefault(space_id, []).append(plate)
    return found


def _info(row: ParkingSpace, plates: list[str]) -> ParkingSpaceInfo:
    return ParkingSpaceInfo(
        row.id,
        row.code,
        row.zone,
        SpaceKind(row.kind),
        tuple(plates),
        row.voided_at,
        row.void_reason,
    )


class ParkingSpaceService(RegisterService[ParkingSpace]):
    register = PARKING_SPACES

    def list(self, actor: Actor, *, include_voided: bool = False) -> list[ParkingSpaceInfo]:
        """Every space by code, with the plates of the vehicles parked there."""
        actor.require(Module.MASTER_DATA, Action.VIEW)
        query = select(ParkingSpace).order_by(ParkingSpace.code)
        if not include_voided:
            query = query.where(ParkingSpace.voided_at.is_(None))
        with self._store.read() as session:
            rows = list(session.scalars(query))
            # IN lists of a few hundred at a time: SQLite's limit on bound parameters.
            plates: dict[uuid.UUID, list[str]] = {}
            for start in range(0, len(rows), 500):
                plates.update(_plates(session, [r.id for r in rows[start : start + 500]]))
            return [_info(r, plates.get(r.id, [])) for r in rows]

    def create(self, actor: Actor, data: ParkingSpaceInput) -> ParkingSpaceInfo:
        actor.require(Module.MASTER_DATA, Action.CREATE)
        clean = _clean(data)
        try:
            with self._store.write() as session:
                row = ParkingSpace(code=clean.code, zone=clean.zone, kind=clean.kind)
                PARKING_SPACES.create(session, actor, row)
                return _info(row, [])
        except IntegrityError as exc:
            raise _code_taken(clean.code) from exc

    def update(
        self, actor: Actor, space_id: uuid.UUID, data: ParkingSpaceInput
    ) -> ParkingSpaceInfo:
        """Correct the code, the zone or whose it is (the vehicles stay on it)."""
        actor.require(Module.MASTER_DATA, Action.UPDATE)
        clean = _clean(data)
        try:
            with self._store.write() as session:
                row = PARKING_SPACES.live(session, space_id)
                changes = {"code": clean.code, "zone": clean.zone, "kind": clean.kind}
                PARKING_SPACES.update(session, actor, row, changes)
                return _info(row, _plates(session, [row.id]).get(row.id, []))
        except IntegrityError as exc:
            raise _code_taken(clean.code) from exc

    def void(self, actor: Actor, space_id: uuid.UUID, reason: str) -> None:
        """Void a space no registered vehicle uses (ConflictError naming them else)."""
        actor.require(Module.MASTER_DATA, Action.VOID)
        with self._store.write() as session:
            row = PARKING_SPACES.live(session, space_id)
            plates = _plates(session, [row.id]).get(row.id, [])
            if plates:
                raise ConflictError(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Parking space {code} is in use by {plates}: register those vehicles "
                        "elsewhere or void them first.",
                    ),
                    code=row.code,
                    plates="、".join(plates),
                )
            records.void(session, actor, PARKING_SPACES.entity, row, SPACE_FIELDS, reason)
