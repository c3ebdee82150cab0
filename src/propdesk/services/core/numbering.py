"""Allocate human numbers inside the writing transaction.

The counter row is updated in the same transaction as the record that carries the
number, so a number is never handed out twice (the write lock serialises stations
on SQLite; the row lock does on PostgreSQL) and never lost to a rolled-back save.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import update
from sqlalchemy.dialects import postgresql
from sqlalchemy.orm import Session

from propdesk.domain.numbering import NumberKind, format_number, period_of
from propdesk.store.models import NumberCounter


def allocate(session: Session, kind: NumberKind, day: date) -> str:
    period = period_of(day)
    if session.get_bind().dialect.name == "postgresql":
        return format_number(kind, period, _next_on_server(session, kind, period))
    result = session.execute(
        update(NumberCounter)
        .where(NumberCounter.kind == kind.value, NumberCounter.period == period)
        .values(last=NumberCounter.last + 1)
        .returning(NumberCounter.last)
    ).first()
    if result is None:
        session.add(NumberCounter(kind=kind.value, period=period, last=1))
        session.flush()
        seq = 1
    else:
        seq = int(result[0])
    return format_number(kind, period, seq)


def _next_on_server(session: Session, kind: NumberKind, period: str) -> int:
    """The next number as one upsert. Why: on SQLite the write lock taken at BEGIN
    serialises stations, so "update, else insert" is safe; on PostgreSQL two stations
    can both find no counter for a new month and both insert it, and the second save
    would fail on the key. INSERT … ON CONFLICT DO UPDATE takes the row lock instead
    and the second station gets the following number."""
    statement = (
        postgresql.insert(NumberCounter)
        .values(kind=kind.value, period=period, last=1)
        .on_conflict_do_update(
            index_elements=[NumberCounter.kind, NumberCounter.period],
            set_={"last": NumberCounter.last + 1},
        )
        .returning(NumberCounter.last)
    )
    return int(session.execute(statement).scalar_one())
