"""The equipment register (设施设备档案): extinguishers, hydrants, alarm panels, lifts,
pumps … with their place, install date, service and expiry.

Rows are created, updated and voided — never deleted — each change with an audit
row (services.core.records), under the INSPECTIONS rights: whoever records
inspections keeps the register; voiding is a manager's. The code is the label's and
unique for good: a voided item's code is not given to another.

"Expiring" and "expired" are judged on `next_due`, the earlier of the next service and
the expiry (domain.inspections.equipment): an extinguisher due for its yearly check
is as much on the list as one at the end of its service life.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import Session

from propdesk.domain.inspections.equipment import (
    EXPIRING_DAYS,
    EquipmentKind,
    ExpiryState,
    ServiceInterval,
    expiry_state,
    next_service,
)
from propdesk.domain.roles import Action, Module
from propdesk.errors import QT_TRANSLATE_NOOP, ValidationError
from propdesk.services.core import records
from propdesk.services.core.actor import Actor
from propdesk.services.core.date_window import date_in_window
from propdesk.services.core.records import Outcome
from propdesk.services.core.register import Register
from propdesk.services.core.store_service import StoreService
from propdesk.services.core.text import bounded_text
from propdesk.services.inspections.equipment_inputs import (
    CHOOSE,
    SEARCH_MAX,
    CleanEquipment,
    EquipmentInput,
    clean_equipment,
    equipment_kind,
)
from propdesk.services.master_data.units import find_unit
from propdesk.store.models import Equipment, Unit

FIELDS = (
    "code",
    "kind",
    "name",
    "unit_id",
    "place",
    "installed_on",
    "last_serviced_on",
    "service_interval_months",
    "service_interval_days",
    "expires_on",
    "next_due",
    "notes",
)
EQUIPMENT = Register(
    Equipment, "equipment", FIELDS, QT_TRANSLATE_NOOP("messages", "No such equipment item.")
)
MAX_PAGE = 500


class DueFilter(StrEnum):
    ALL = "all"
    EXPIRING = "expiring"  # next service or expiry within EXPIRING_DAYS, today included
    EXPIRED = "expired"  # next service or expiry before today


@dataclass(frozen=True)
class EquipmentFilter:
    kind: EquipmentKind | None = None
    text: str = ""  # a code's start, or part of the name or the place
    due: DueFilter = DueFilter.ALL


@dataclass(frozen=True)
class EquipmentInfo:
    id: uuid.UUID
    code: str
    kind: EquipmentKind
    name: str
    unit_code: str  # "" when the item is not in a unit
    place: str
    installed_on: date | None
    last_serviced_on: date | None
    service_interval_months: int
    service_interval_days: int
    expires_on: date | None
    next_service_on: date | None
    next_due: date | None  # the earlier of the next service and the expiry
    notes: str
    state: ExpiryState  # of next_due, as of the day asked for

    @property
    def interval(self) -> ServiceInterval | None:
        if self.service_interval_months == self.service_interval_days == 0:
            return None
        return ServiceInterval(self.service_interval_months, self.service_interval_days)


@dataclass(frozen=True)
class EquipmentPage:
    rows: list[EquipmentInfo]
    # Pass as `after` to get the next page (codes go up); None when this was the last.
    next_after: str | None


def _info(row: Equipment, unit_code: str | None, today: date) -> EquipmentInfo:
    since = row.last_serviced_on or row.installed_on
    interval = (
        None
        if row.service_interval_months == row.service_interval_days == 0
        else ServiceInterval(row.service_interval_months, row.service_interval_days)
    )
    return EquipmentInfo(
        id=row.id,
        code=row.code,
        kind=EquipmentKind(row.kind),
        name=row.name,
        unit_code=unit_code or "",
        place=row.place,
        installed_on=row.installed_on,
        last_serviced_on=row.last_serviced_on,
        service_interval_months=row.service_interval_months,
        service_interval_days=row.service_interval_days,
        expires_on=row.expires_on,
        next_service_on=next_service(since, interval) if interval and since else None,
        next_due=row.next_due,
        notes=row.notes,
        state=expiry_state(row.next_due, today),
    )


def _values(session: Session, clean: CleanEquipment) -> dict[str, Any]:
    unit = find_unit(session, clean.unit_code, "unit_code") if clean.unit_code else None
    return equipment_values(clean, unit.id if unit is not None else None)


def equipment_values(clean: CleanEquipment, unit_id: uuid.UUID | None) -> dict[str, Any]:
    """A row's columns from a cleaned item (a save, an import row, the demo's rows)."""
    return {
        "code": clean.code,
        "kind": clean.kind.value,
        "name": clean.name,
        "unit_id": unit_id,
        "place": clean.place,
        "installed_on": clean.installed_on,
        "last_serviced_on": clean.last_serviced_on,
        "service_interval_months": clean.service_interval_months,
        "service_interval_days": clean.service_interval_days,
        "expires_on": clean.expires_on,
        "next_due": clean.next_due,
        "notes": clean.notes,
    }


def _code_taken(session: Session, code: str, other_than: uuid.UUID | None) -> None:
    """Refuse a code another item (live or voided) already has, next to the code field."""
    holder = session.scalars(select(Equipment).where(Equipment.code == code)).first()
    if holder is None or holder.id == other_than:
        return
    if holder.voided_at is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "messages", "The code {code} belonged to a voided item; give a new code."
            ),
            field="code",
            code=code,
        )
    raise ValidationError(
        QT_TRANSLATE_NOOP("messages", "The code {code} is already registered."),
        field="code",
        code=code,
    )


def upsert_equipment(
    session: Session, actor: Actor, clean: CleanEquipment
) -> tuple[Equipment, Outcome]:
    """Match on the code: create, update or leave alone (what an import row does).
    A voided item's code is a clash, refused next to the code."""
    values = _values(session, clean)
    row = session.scalars(select(Equipment).where(Equipment.code == clean.code)).first()
    if row is None:
        row = Equipment(**values)
        EQUIPMENT.create(session, actor, row)
        return row, Outcome.CREATED
    if row.voided_at is not None:
        _code_taken(session, clean.code, None)
    return row, EQUIPMENT.update(session, actor, row, values)


def _unit_code(session: Session, row: Equipment) -> str | None:
    return None if row.unit_id is None else session.get_one(Unit, row.unit_id).code


def _today(today: date | None) -> date:
    return date.today() if today is None else date_in_window(today, "today")


def _conditions(flt: EquipmentFilter, today: date) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = [Equipment.voided_at.is_(None)]
    if flt.kind is not None:
        conditions.append(Equipment.kind == equipment_kind(flt.kind).value)
    if not isinstance(flt.due, str) or flt.due not in DueFilter._value2member_map_:
        raise ValidationError(CHOOSE, field="due")
    if flt.due == DueFilter.EXPIRED:
        conditions.append(Equipment.next_due < today)
    elif flt.due == DueFilter.EXPIRING:
        conditions.append(Equipment.next_due >= today)
        conditions.append(Equipment.next_due <= today + timedelta(days=EXPIRING_DAYS))
    text = bounded_text(flt.text, "text", SEARCH_MAX)
    if text:
        conditions.append(
            or_(
                Equipment.code.startswith(text.upper(), autoescape=True),
                Equipment.name.icontains(text, autoescape=True),
                Equipment.place.icontains(text, autoescape=True),
            )
        )
    return conditions


class EquipmentService(StoreService):
    def create(
        self, actor: Actor, data: EquipmentInput, today: date | None = None
    ) -> EquipmentInfo:
        """A new item; a code already registered (or once voided) is refused."""
        actor.require(Module.INSPECTIONS, Action.CREATE)
        day = _today(today)
        clean = clean_equipment(data, day)
        with self._store.write() as session:
            _code_taken(session, clean.code, None)
            row = Equipment(**_values(session, clean))
            EQUIPMENT.create(session, actor, row)
            return _info(row, _unit_code(session, row), day)

    def update(
        self,
        actor: Actor,
        equipment_id: uuid.UUID,
        data: EquipmentInput,
        today: date | None = None,
    ) -> EquipmentInfo:
        """The item as typed again (every field); no audit row when nothing changed."""
        actor.require(Module.INSPECTIONS, Action.UPDATE)
        day = _today(today)
        clean = clean_equipment(data, day)
        with self._store.write() as session:
            row = EQUIPMENT.live(session, equipment_id)
            _code_taken(session, clean.code, row.id)
            EQUIPMENT.update(session, actor, row, _values(session, clean))
            return _info(row, _unit_code(session, row), day)

    def void(self, actor: Actor, equipment_id: uuid.UUID, reason: str) -> None:
        actor.require(Module.INSPECTIONS, Action.VOID)
        with self._store.write() as session:
            row = EQUIPMENT.live(session, equipment_id)
            records.void(session, actor, EQUIPMENT.entity, row, EQUIPMENT.fields, reason)

    def get(
        self, actor: Actor, equipment_id: uuid.UUID, today: date | None = None
    ) -> EquipmentInfo:
        actor.require(Module.INSPECTIONS, Action.VIEW)
        day = _today(today)
        with self._store.read() as session:
            row = EQUIPMENT.live(session, equipment_id)
            return _info(row, _unit_code(session, row), day)

    def page(
        self,
        actor: Actor,
        flt: EquipmentFilter | None = None,
        after: str | None = None,
        limit: int = 100,
        today: date | None = None,
    ) -> EquipmentPage:
        """Live items by code, `limit` at a time from after the code `after`."""
        actor.require(Module.INSPECTIONS, Action.VIEW)
        day = _today(today)
        limit = max(1, min(limit, MAX_PAGE))
        conditions = _conditions(flt or EquipmentFilter(), day)
        if after is not None:
            conditions.append(Equipment.code > bounded_text(after, "after", 30))
        query = (
            select(Equipment, Unit.code)
            .outerjoin(Unit, Equipment.unit_id == Unit.id)
            .where(*conditions)
            .order_by(Equipment.code)
            .limit(limit + 1)
        )
        with self._store.read() as session:
            found = session.execute(query).all()
        rows = [_info(row, unit_code, day) for row, unit_code in found[:limit]]
        more = len(found) > limit
        return EquipmentPage(rows, rows[-1].code if more else None)

    def expiring(self, actor: Actor, today: date | None = None) -> list[EquipmentInfo]:
        """Live items whose next service or expiry falls within EXPIRING_DAYS days of
        `today` (today included), soonest first."""
        return self._due_list(actor, DueFilter.EXPIRING, today)

    def expired(self, actor: Actor, today: date | None = None) -> list[EquipmentInfo]:
        """Live items whose next service or expiry is before `today`, oldest first."""
        return self._due_list(actor, DueFilter.EXPIRED, today)

    def _due_list(self, actor: Actor, due: DueFilter, today: date | None) -> list[EquipmentInfo]:
        actor.require(Module.INSPECTIONS, Action.VIEW)
        day = _today(today)
        query = (
            select(Equipment, Unit.code)
            .outerjoin(Unit, Equipment.unit_id == Unit.id)
            .where(*_conditions(EquipmentFilter(due=due), day))
            .order_by(Equipment.next_due, Equipment.code)
        )
        with self._store.read() as session:
            return [_info(row, unit_code, day) for row, unit_code in session.execute(query)]
