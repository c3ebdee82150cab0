"""Buildings (楼栋): the first register; created, updated and voided with an audit row."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from propdesk.domain.roles import Action, Module
from propdesk.errors import QT_TRANSLATE_NOOP, ConflictError, ValidationError
from propdesk.services.core.actor import Actor
from propdesk.services.core.register import Register, RegisterService
from propdesk.store.models import Building

FIELDS = ("code", "name", "floors")
BUILDINGS = Register(
    Building, "building", FIELDS, QT_TRANSLATE_NOOP("messages", "No such building.")
)
MAX_FLOORS = 200


@dataclass(frozen=True)
class BuildingInput:
    code: str
    name: str
    floors: int


@dataclass(frozen=True)
class BuildingInfo:
    id: uuid.UUID
    code: str
    name: str
    floors: int
    voided_at: datetime | None
    void_reason: str


def _info(row: Building) -> BuildingInfo:
    return BuildingInfo(row.id, row.code, row.name, row.floors, row.voided_at, row.void_reason)


def _clean(data: BuildingInput) -> BuildingInput:
    code = data.code.strip().upper()
    if not code or len(code) > 10:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "Enter the building number (at most 10 characters)."),
            field="code",
        )
    name = " ".join(data.name.split()) or code
    if len(name) > 60:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "The building name can have at most 60 characters."),
            field="name",
        )
    if not 1 <= data.floors <= MAX_FLOORS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "Floors must be between 1 and {max}."),
            field="floors",
            max=MAX_FLOORS,
        )
    return BuildingInput(code, name, data.floors)


def _code_taken(code: str) -> ConflictError:
    """The unique building code clashed (create, or an update renaming onto another)."""
    return ConflictError(
        QT_TRANSLATE_NOOP("messages", "Building {code} already exists."), field="code", code=code
    )


class BuildingService(RegisterService[Building]):
    register = BUILDINGS

    def list(self, actor: Actor, *, include_voided: bool = False) -> list[BuildingInfo]:
        actor.require(Module.MASTER_DATA, Action.VIEW)
        query = select(Building).order_by(Building.code)
        if not include_voided:
            query = query.where(Building.voided_at.is_(None))
        with self._store.read() as session:
            return [_info(b) for b in session.scalars(query).all()]

    def create(self, actor: Actor, data: BuildingInput) -> BuildingInfo:
        actor.require(Module.MASTER_DATA, Action.CREATE)
        data = _clean(data)
        try:
            with self._store.write() as session:
                row = Building(code=data.code, name=data.name, floors=data.floors)
                BUILDINGS.create(session, actor, row)
                return _info(row)
        except IntegrityError as exc:
            raise _code_taken(data.code) from exc

    def update(self, actor: Actor, building_id: uuid.UUID, data: BuildingInput) -> BuildingInfo:
        actor.require(Module.MASTER_DATA, Action.UPDATE)
        data = _clean(data)
        try:
            with self._store.write() as session:
                row = BUILDINGS.live(session, building_id)
                changes = {"code": data.code, "name": data.name, "floors": data.floors}
                BUILDINGS.update(session, actor, row, changes)
                return _info(row)
        except IntegrityError as exc:
            raise _code_taken(data.code) from exc

    def void(self, actor: Actor, building_id: uuid.UUID, reason: str) -> BuildingInfo:
        return _info(self._void(actor, building_id, reason))
