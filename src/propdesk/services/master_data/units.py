"""Units (房号): building – entrance – room, e.g. 3-2-1502, with area in m²."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from sqlalchemy import select
from sqlalchemy.orm import Session

from propdesk.domain.roles import Action, Module
from propdesk.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from propdesk.services.core.actor import Actor
from propdesk.services.core.records import Outcome
from propdesk.services.core.register import Register, RegisterService
from propdesk.services.core.typed_keys import lookup_key, shown_key
from propdesk.services.master_data.buildings import BUILDINGS
from propdesk.store.models import Building, Unit

FIELDS = ("code", "entrance", "floor", "room", "area_centi_m2")
UNITS = Register(Unit, "unit", FIELDS, QT_TRANSLATE_NOOP("messages", "No such unit."))
PART_MAX = 8  # building and room: letters or digits each
ENTRANCE_MAX = 4
UNIT_CODE_MAX = 20  # the column's: 3-2-1502 and longer, as typed into a unit box
AREA_MAX = 10  # characters of a typed area, e.g. "12345.67㎡"
_PART = re.compile(r"^[0-9A-Za-z]+\Z")


@dataclass(frozen=True)
class UnitInput:
    building: str  # building code, e.g. "3"
    entrance: str  # 单元, may be empty
    room: str  # e.g. "1502"
    floor: int | None = None  # derived from the room when empty (1502 → 15)
    area_m2: str = ""  # typed text, e.g. "89.5"


@dataclass(frozen=True)
class UnitInfo:
    id: uuid.UUID
    code: str
    building_id: uuid.UUID
    building_code: str
    entrance: str
    floor: int
    room: str
    area_m2: Decimal


@dataclass(frozen=True)
class CleanUnit:
    code: str
    building: str
    entrance: str
    floor: int
    room: str
    area_centi_m2: int


def unit_code(building: str, entrance: str, room: str) -> str:
    return f"{building}-{entrance}-{room}" if entrance else f"{building}-{room}"


def _part(value: str, field: str, limit: int, *, required: bool) -> str:
    value = value.strip().upper()
    if not value and not required:
        return ""
    if not _PART.match(value) or len(value) > limit:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "Use 1 to {limit} letters or digits."),
            field=field,
            limit=limit,
        )
    return value


def parse_area(text: str) -> int:
    """Area typed in m² (up to 2 decimals) → hundredths of m²."""
    text = text.strip().replace("㎡", "").replace("m²", "")
    if not text:
        return 0
    try:
        area = Decimal(text) if len(text) <= AREA_MAX else Decimal(-1)
    except InvalidOperation:
        area = Decimal(-1)
    if not area.is_finite():  # "NaN" and "Infinity" are numbers to Decimal, not areas
        area = Decimal(-1)
    if not Decimal(0) < area < Decimal(10000) or area != area.quantize(Decimal("0.01")):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "messages", "Area is a number of square metres, e.g. 89.5 (at most 2 decimals)."
            ),
            field="area",
        )
    return int(area * 100)


def clean_unit(data: UnitInput) -> CleanUnit:
    building = _part(data.building, "building", PART_MAX, required=True)
    entrance = _part(data.entrance, "entrance", ENTRANCE_MAX, required=False)
    room = _part(data.room, "room", PART_MAX, required=True)
    code = unit_code(building, entrance, room)
    if len(code) > UNIT_CODE_MAX:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "messages", "The unit number {code} is longer than {limit} characters."
            ),
            field="room",
            code=code,
            limit=UNIT_CODE_MAX,
        )
    floor = data.floor
    if floor is None:
        digits = re.match(r"^(\d+)\d\d$", room)
        floor = int(digits.group(1)) if digits else 1
    if (
        isinstance(floor, bool)
        or not isinstance(floor, int)
        or not -5 <= floor <= 200
        or floor == 0
    ):
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "Floor must be between -5 and 200 (not 0)."),
            field="floor",
        )
    return CleanUnit(
        code,
        building,
        entrance,
        floor,
        room,
        parse_area(data.area_m2),
    )


def _info(unit: Unit, building: Building) -> UnitInfo:
    return UnitInfo(
        unit.id,
        unit.code,
        building.id,
        building.code,
        unit.entrance,
        unit.floor,
        unit.room,
        Decimal(unit.area_centi_m2) / 100,
    )


def building_for(session: Session, actor: Actor, code: str, floor: int) -> Building:
    """The building with this code, created when an import names a new one."""
    building = session.scalars(
        select(Building).where(Building.code == code, Building.voided_at.is_(None))
    ).first()
    if building is None:
        building = Building(code=code, name=code, floors=max(floor, 1))
        BUILDINGS.create(session, actor, building)
    elif floor > building.floors:
        BUILDINGS.update(session, actor, building, {"floors": floor})
    return building


def upsert_unit(session: Session, actor: Actor, clean: CleanUnit) -> tuple[Unit, Outcome]:
    """Match on the unit code; create, update or leave alone."""
    building = building_for(session, actor, clean.building, clean.floor)
    unit = session.scalars(
        select(Unit).where(Unit.code == clean.code, Unit.voided_at.is_(None))
    ).first()
    values = {
        "building_id": building.id,
        "entrance": clean.entrance,
        "floor": clean.floor,
        "room": clean.room,
        "area_centi_m2": clean.area_centi_m2,
    }
    if unit is None:
        unit = Unit(code=clean.code, **values)
        UNITS.create(session, actor, unit)
        return unit, Outcome.CREATED
    return unit, UNITS.update(session, actor, unit, values)


# session.info key of an optional {code: Unit} cache of live units, which a bulk
# import fills for the length of its transaction (nothing else voids units then).
UNIT_CACHE = "propdesk.units_by_code"


def no_unit(code: str, field: str) -> NotFoundError:
    """The error when no live unit has this code (as typed)."""
    return NotFoundError(
        QT_TRANSLATE_NOOP("messages", "There is no unit {code}."), field=field, code=shown_key(code)
    )


def find_unit(session: Session, code: str, field: str = "unit") -> Unit:
    lookup_key(code, field)
    cache: dict[str, Unit] | None = session.info.get(UNIT_CACHE)
    unit = cache.get(code.strip().upper()) if cache is not None else None
    if unit is None:
        unit = session.scalars(
            select(Unit).where(Unit.code == code.strip().upper(), Unit.voided_at.is_(None))
        ).first()
    if unit is None:
        raise no_unit(code, field)
    return unit


class UnitService(RegisterService[Unit]):
    register = UNITS

    def save(self, actor: Actor, data: UnitInput) -> UnitInfo:
        """A new unit, or the one with the same code updated (see upsert_unit)."""
        actor.require(Module.MASTER_DATA, Action.CREATE)
        clean = clean_unit(data)
        with self._store.write() as session:
            unit, _outcome = upsert_unit(session, actor, clean)
            building = session.get_one(Building, unit.building_id)
            return _info(unit, building)

    def void(self, actor: Actor, unit_id: uuid.UUID, reason: str) -> None:
        self._void(actor, unit_id, reason)

    def list_units(self, actor: Actor, building_id: uuid.UUID | None = None) -> list[UnitInfo]:
        actor.require(Module.MASTER_DATA, Action.VIEW)
        query = (
            select(Unit, Building)
            .join(Building, Unit.building_id == Building.id)
            .where(Unit.voided_at.is_(None))
            .order_by(Building.code, Unit.entrance, Unit.floor, Unit.room)
        )
        if building_id is not None:
            query = query.where(Unit.building_id == building_id)
        with self._store.read() as session:
            return [_info(u, b) for u, b in session.execute(query).all()]
