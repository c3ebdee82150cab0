"""Quick-search providers of the master-data registers: units, residents, vehicles and
access cards. Registered like any later module's kinds (master_data/module.py).

Every query is plain, portable SQL (LIKE with an escape, equality, CASE ordering) on
the stored, normalised search columns; voided rows never appear. Each kind's conditions
are written once and used by its provider and by its count (`count_…`), so the group's
"of 36" counts exactly what its list would show.
"""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

from sqlalchemy import ColumnElement, case, func, or_, select
from sqlalchemy.orm import Session

from propdesk.services.core.search import TAG_MOVED_OUT, SearchHit, count_capped
from propdesk.services.core.search_query import SearchQuery
from propdesk.store.models import AccessCard, Resident, Unit, Vehicle

KIND_UNIT = "unit"
KIND_RESIDENT = "resident"
KIND_VEHICLE = "vehicle"
KIND_CARD = "card"
CARD_PREFIX_MIN = 3
_SEP = " · "


def mask_phone(phone: str) -> str:
    """13812345678 → 138****5678 (shown in lists; the full number on the record)."""
    if len(phone) < 7:
        return phone
    return phone[:3] + "*" * (len(phone) - 7) + phone[-4:]


def _join(*parts: str) -> str:
    return _SEP.join(p for p in parts if p)


def _moved_out(today: date) -> ColumnElement[bool]:
    return Resident.move_out.is_not(None) & (Resident.move_out <= today)


def _owners_of(session: Session, unit_ids: list[uuid.UUID]) -> dict[uuid.UUID, list[str]]:
    owners: dict[uuid.UUID, list[str]] = {}
    if not unit_ids:
        return owners
    rows = session.execute(
        select(Resident.unit_id, Resident.name)
        .where(
            Resident.unit_id.in_(unit_ids),
            Resident.kind == "owner",
            Resident.voided_at.is_(None),
            ~_moved_out(date.today()),
        )
        .order_by(Resident.unit_id, Resident.name)
    ).all()
    for unit_id, name in rows:
        owners.setdefault(unit_id, []).append(name)
    return owners


def _unit_where(query: SearchQuery) -> list[ColumnElement[bool]]:
    return [Unit.voided_at.is_(None), Unit.code.startswith(query.code, autoescape=True)]


def search_units(session: Session, query: SearchQuery, limit: int) -> list[SearchHit]:
    """Unit code prefix: "3-2-15" finds 3-2-1501 and 3-2-1502."""
    if not query.code:
        return []
    rows = session.execute(
        select(Unit.id, Unit.code, Unit.area_centi_m2)
        .where(*_unit_where(query))
        .order_by(case((Unit.code == query.code, 0), else_=1), func.length(Unit.code), Unit.code)
        .limit(limit)
    ).all()
    owners = _owners_of(session, [r.id for r in rows])
    hits = []
    for row in rows:
        area = f"{Decimal(row.area_centi_m2) / 100:.2f} m²" if row.area_centi_m2 else ""
        subtitle = _join("、".join(owners.get(row.id, [])), area)
        hits.append(SearchHit(KIND_UNIT, row.id, row.code, subtitle, KIND_UNIT, row.id))
    return hits


def count_units(session: Session, query: SearchQuery, cap: int) -> int:
    if not query.code:
        return 0
    return count_capped(session, select(Unit.id).where(*_unit_where(query)), cap)


def _resident_conditions(query: SearchQuery) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if query.name_fragment:
        conditions.append(Resident.name.icontains(query.name_fragment, autoescape=True))
    if query.letters:
        conditions.append(Resident.name_initials.startswith(query.letters, autoescape=True))
        conditions.append(Resident.name_pinyin.startswith(query.letters, autoescape=True))
    if query.phone_tail:
        conditions.append(Resident.phone_tail == query.phone_tail)
    if query.phone_fragment:
        conditions.append(Resident.phone.contains(query.phone_fragment, autoescape=True))
        conditions.append(Resident.phone2.contains(query.phone_fragment, autoescape=True))
    return conditions


def _exact_resident(query: SearchQuery) -> ColumnElement[bool]:
    """Typed in full: the whole name, or all the initials ("zs" for 张三)."""
    exact = Resident.name == query.text
    return or_(exact, Resident.name_initials == query.letters) if query.letters else exact


def _residents_found(conditions: list[ColumnElement[bool]]) -> list[ColumnElement[bool]]:
    """Living in a unit still on the register (the provider joins Unit)."""
    return [Resident.voided_at.is_(None), Unit.voided_at.is_(None), or_(*conditions)]


def search_residents(session: Session, query: SearchQuery, limit: int) -> list[SearchHit]:
    """Name substring, pinyin initials or full-pinyin prefix, phone tail or fragment.

    People who moved out are found too (history), after those living here, tagged.
    """
    conditions = _resident_conditions(query)
    if not conditions:
        return []
    moved_out = _moved_out(date.today())
    rows = session.execute(
        select(
            Resident.id,
            Resident.name,
            Resident.kind,
            Resident.phone,
            Resident.unit_id,
            Unit.code,
            moved_out.label("moved_out"),
        )
        .join(Unit, Resident.unit_id == Unit.id)
        .where(*_residents_found(conditions))
        .order_by(
            case((moved_out, 1), else_=0),
            case((_exact_resident(query), 0), else_=1),
            Resident.name_pinyin,
            Resident.name,
            Unit.code,
        )
        .limit(limit)
    ).all()
    return [
        SearchHit(
            KIND_RESIDENT,
            row.id,
            row.name,
            _join(row.code, mask_phone(row.phone)),
            KIND_UNIT,
            row.unit_id,
            (row.kind, TAG_MOVED_OUT) if row.moved_out else (row.kind,),
        )
        for row in rows
    ]


def count_residents(session: Session, query: SearchQuery, cap: int) -> int:
    conditions = _resident_conditions(query)
    if not conditions:
        return 0
    matches = (
        select(Resident.id)
        .join(Unit, Resident.unit_id == Unit.id)
        .where(*_residents_found(conditions))
    )
    return count_capped(session, matches, cap)


def _vehicle_where(query: SearchQuery) -> list[ColumnElement[bool]]:
    return [Vehicle.voided_at.is_(None), Vehicle.plate.contains(query.plate, autoescape=True)]


def search_vehicles(session: Session, query: SearchQuery, limit: int) -> list[SearchHit]:
    """Plate fragment, however typed and wherever in the plate: "b 12", "粤b-12", "B12"
    and "234" all find 粤B12345 (the register is a few thousand rows: a scan is cheap)."""
    if not query.plate:
        return []
    rows = session.execute(
        select(Vehicle.id, Vehicle.plate, Resident.name, Unit.id.label("unit_id"), Unit.code)
        .outerjoin(Resident, Vehicle.resident_id == Resident.id)
        .outerjoin(Unit, Resident.unit_id == Unit.id)
        .where(*_vehicle_where(query))
        .order_by(
            case((Vehicle.plate == query.plate, 0), else_=1),
            Vehicle.plate,
        )
        .limit(limit)
    ).all()
    hits = []
    for row in rows:
        opens = (KIND_UNIT, row.unit_id) if row.unit_id else (KIND_VEHICLE, row.id)
        subtitle = _join(row.name or "", row.code or "")
        hits.append(SearchHit(KIND_VEHICLE, row.id, row.plate, subtitle, *opens))
    return hits


def count_vehicles(session: Session, query: SearchQuery, cap: int) -> int:
    if not query.plate:
        return 0
    return count_capped(session, select(Vehicle.id).where(*_vehicle_where(query)), cap)


def _card_prefix(query: SearchQuery) -> str:
    return query.compact if len(query.compact) >= CARD_PREFIX_MIN else ""


def _card_where(number: str) -> ColumnElement[bool]:
    return AccessCard.number.startswith(number, autoescape=True)


def search_cards(session: Session, query: SearchQuery, limit: int) -> list[SearchHit]:
    """Card number prefix (3+ characters); cards not active are tagged with their status."""
    number = _card_prefix(query)
    if not number:
        return []
    rows = session.execute(
        select(
            AccessCard.id,
            AccessCard.number,
            AccessCard.status,
            Resident.name,
            Unit.id.label("unit_id"),
            Unit.code,
        )
        .outerjoin(Resident, AccessCard.resident_id == Resident.id)
        .outerjoin(Unit, Resident.unit_id == Unit.id)
        .where(_card_where(number))
        .order_by(AccessCard.number)
        .limit(limit)
    ).all()
    hits = []
    for row in rows:
        opens = (KIND_UNIT, row.unit_id) if row.unit_id else (KIND_CARD, row.id)
        tags = () if row.status == "active" else (row.status,)
        subtitle = _join(row.name or "", row.code or "")
        hits.append(SearchHit(KIND_CARD, row.id, row.number, subtitle, *opens, tags))
    return hits


def count_cards(session: Session, query: SearchQuery, cap: int) -> int:
    number = _card_prefix(query)
    if not number:
        return 0
    return count_capped(session, select(AccessCard.id).where(_card_where(number)), cap)
