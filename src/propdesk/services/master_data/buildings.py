"""Buildings (楼栋): the first register; created, updated and voided with an audit row.

A building's units carry its code in theirs (3-2-1502 is in building 3), so a building
with units keeps its code, and is voided only once it has none left: its units would
otherwise name a building that no list shows.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from propdesk.domain.roles import Action, Module
from propdesk.errors import QT_TRANSLATE_NOOP, ConflictError, ValidationError
from propdesk.services.core import records
from propdesk.services.core.actor import Actor
from propdesk.services.core.register import Register, RegisterService
from propdesk.services.core.text import clean_text, storable_text
from propdesk.store.models import Building, Unit

FIELDS = ("code", "name", "floors")
BUILDINGS = Register(
    Building, "building", FIELDS, QT_TRANSLATE_NOOP("messages", "No such building.")
)
MAX_FLOORS = 200
CODE_MAX = 10
NAME_MAX = 60


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
    units: int = 0  # live units in it

    @property
    def voided(self) -> bool:
        return self.voided_at is not None


def _info(row: Building, units: int = 0) -> BuildingInfo:
    return BuildingInfo(
        row.id, row.code, row.name, row.floors, row.voided_at, row.void_reason, units
    )


def _unit_counts(session: Session, building_id: uuid.UUID | None = None) -> dict[uuid.UUID, int]:
    """Live units per building (of one building, when given)."""
    query = (
        select(Unit.building_id, func.count())
        .where(Unit.voided_at.is_(None))
        .group_by(Unit.building_id)
    )
    if building_id is not None:
        query = query.where(Unit.building_id == building_id)
    return dict(session.execute(query).tuples().all())


def _clean(data: BuildingInput) -> BuildingInput:
    code = storable_text(data.code, "code").strip().upper()
    if not code or len(code) > CODE_MAX:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "Enter the building number (at most 10 characters)."),
            field="code",
        )
    name = clean_text(storable_text(data.name, "name")) or code
    if len(name) > NAME_MAX:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "The building name can have at most 60 characters."),
            field="name",
        )
    floors = data.floors
    if isinstance(floors, bool) or not isinstance(floors, int) or not 1 <= floors <= MAX_FLOORS:
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
            units = _unit_counts(session)
            return [_info(b, units.get(b.id, 0)) for b in session.scalars(query).all()]

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
                units = _unit_counts(session, row.id).get(row.id, 0)
                if units and data.code != row.code:
                    raise ConflictError(
                        QT_TRANSLATE_NOOP(
                            "messages",
                            "Building {code} has {n} units whose numbers start with its code: "
                            "it keeps its code.",
                        ),
                        field="code",
                        code=row.code,
                        n=units,
                    )
                changes = {"code": data.code, "name": data.name, "floors": data.floors}
                BUILDINGS.update(session, actor, row, changes)
                return _info(row, units)
        except IntegrityError as exc:
            raise _code_taken(data.code) from exc

    def void(self, actor: Actor, building_id: uuid.UUID, reason: str) -> BuildingInfo:
        """Void a building without units (ConflictError saying how many it has else)."""
        actor.require(Module.MASTER_DATA, Action.VOID)
        with self._store.write() as session:
            row = BUILDINGS.live(session, building_id)
            units = _unit_counts(session, row.id).get(row.id, 0)
            if units:
                raise ConflictError(
                    QT_TRANSLATE_NOOP(
                        "messages", "Building {code} still has {n} units: it cannot be voided."
                    ),
                    code=row.code,
                    n=units,
                )
            records.void(session, actor, BUILDINGS.entity, row, BUILDINGS.fields, reason)
            return _info(row)
