"""Allocate human numbers inside the writing transaction.

The counter row is updated in the same transaction as the record that carries the
number, so a number is never handed out twice (the write lock serialises stations
on SQLite; the row lock does on PostgreSQL) and never lost to a rolled-back save.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import update
from sqlalchemy.orm import Session

from propdesk.domain.numbering import NumberKind, format_number, period_of
from propdesk.store.models import NumberCounter


def allocate(session: Session, kind: NumberKind, day: date) -> str:
    period = period_of(day)
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
