"""Quick search over the inspections: an inspection by its number (XJ…), a
rectification notice by its number (ZG…), a piece of equipment by its code's start
(MHQ-3-…) — each through the column's unique index, newest first."""

from __future__ import annotations

from sqlalchemy import ColumnElement, and_, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from propdesk.domain.numbering import NumberKind
from propdesk.services.core.search import SearchHit, count_capped
from propdesk.services.core.search_query import SearchQuery
from propdesk.store.models import Equipment, Inspection, Rectification

KIND_INSPECTION = "inspection"
KIND_RECTIFICATION = "rectification"
KIND_EQUIPMENT = "equipment"
NUMBER_PREFIX_MIN = 4  # "XJ20": fewer would list every inspection
CODE_MIN = 2  # "MH": a code's start
MAX_CHAR = "\U0010ffff"  # x <= value < x + MAX_CHAR is "starts with x", through an index
TAG_FAILED = "failed"


def _starts(column: InstrumentedAttribute[str], prefix: str) -> ColumnElement[bool]:
    return and_(column >= prefix, column < prefix + MAX_CHAR)


def _number(query: SearchQuery, kind: NumberKind) -> str:
    code = query.code
    return code if code.startswith(kind.value) and len(code) >= NUMBER_PREFIX_MIN else ""


def _inspection_where(query: SearchQuery) -> ColumnElement[bool] | None:
    number = _number(query, NumberKind.INSPECTION)
    return _starts(Inspection.number, number) if number else None


def search_inspections(session: Session, query: SearchQuery, limit: int) -> list[SearchHit]:
    where = _inspection_where(query)
    if where is None:
        return []
    rows = session.execute(
        select(
            Inspection.id,
            Inspection.number,
            Inspection.template_name,
            Inspection.area,
            Inspection.inspector_name,
            Inspection.passed,
        )
        .where(where, Inspection.voided_at.is_(None))
        .order_by(Inspection.number.desc())
        .limit(limit)
    ).all()
    return [
        SearchHit(
            KIND_INSPECTION,
            row.id,
            row.number,
            " · ".join(p for p in (row.template_name, row.area, row.inspector_name) if p),
            KIND_INSPECTION,
            row.id,
            () if row.passed else (TAG_FAILED,),
        )
        for row in rows
    ]


def count_inspections(session: Session, query: SearchQuery, cap: int) -> int:
    where = _inspection_where(query)
    if where is None:
        return 0
    return count_capped(
        session, select(Inspection.id).where(where, Inspection.voided_at.is_(None)), cap
    )


def search_rectifications(session: Session, query: SearchQuery, limit: int) -> list[SearchHit]:
    number = _number(query, NumberKind.RECTIFICATION)
    if not number:
        return []
    rows = session.execute(
        select(
            Rectification.id,
            Rectification.number,
            Rectification.area,
            Rectification.item_text,
            Rectification.department_name,
        )
        .where(_starts(Rectification.number, number))
        .order_by(Rectification.number.desc())
        .limit(limit)
    ).all()
    return [
        SearchHit(
            KIND_RECTIFICATION,
            row.id,
            row.number,
            " · ".join(p for p in (row.area, row.item_text[:30], row.department_name) if p),
            KIND_RECTIFICATION,
            row.id,
        )
        for row in rows
    ]


def search_equipment(session: Session, query: SearchQuery, limit: int) -> list[SearchHit]:
    code = query.code
    if len(code) < CODE_MIN or query.digits == code:
        return []  # a plain number is a phone's or a card's, not a label's
    rows = session.execute(
        select(Equipment.id, Equipment.code, Equipment.name, Equipment.place)
        .where(_starts(Equipment.code, code), Equipment.voided_at.is_(None))
        .order_by(Equipment.code)
        .limit(limit)
    ).all()
    return [
        SearchHit(
            KIND_EQUIPMENT,
            row.id,
            row.code,
            " · ".join(p for p in (row.name, row.place) if p),
            KIND_EQUIPMENT,
            row.id,
        )
        for row in rows
    ]
