"""Allocate human numbers inside the writing transaction.

The counter row is updated in the same transaction as the record that carries the
number, so a number is never handed out twice (the write lock serialises stations
on SQLite; the row lock does on PostgreSQL) and never lost to a rolled-back save.

A station working on its own copy (issue 22) counts in counter rows of its own
("WXB" for station B) and puts its letter into the number (WX202612-B0001): it cannot
ask the server while offline, and the letter keeps its numbers apart from every other
station's. A database written directly has no letter and numbers as before.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import update
from sqlalchemy.dialects import postgresql
from sqlalchemy.orm import Session

from propdesk.domain.numbering import NumberKind, counter_kind, format_number, period_of
from propdesk.store.models import NumberCounter
from propdesk.store.sync.identity import station_letter


def allocate(session: Session, kind: NumberKind, day: date) -> str:
    period = period_of(day)
    letter = station_letter(session)  # one primary-key read
    counter = counter_kind(kind, letter)
    if session.get_bind().dialect.name == "postgresql":
        return format_number(kind, period, _next_on_server(session, counter, period), letter)
    result = session.execute(
        update(NumberCounter)
        .where(NumberCounter.kind == counter, NumberCounter.period == period)
        .values(last=NumberCounter.last + 1)
        .returning(NumberCounter.last)
    ).first()
    if result is None:
        session.add(NumberCounter(kind=counter, period=period, last=1))
        session.flush()
        seq = 1
    else:
        seq = int(result[0])
    return format_number(kind, period, seq, letter)


def _next_on_server(session: Session, counter: str, period: str) -> int:
    """The next number as one upsert. Why: on SQLite the write lock taken at BEGIN
    serialises stations, so "update, else insert" is safe; on PostgreSQL two stations
    can both find no counter for a new month and both insert it, and the second save
    would fail on the key. INSERT … ON CONFLICT DO UPDATE takes the row lock instead
    and the second station gets the following number."""
    statement = (
        postgresql.insert(NumberCounter)
        .values(kind=counter, period=period, last=1)
        .on_conflict_do_update(
            index_elements=[NumberCounter.kind, NumberCounter.period],
            set_={"last": NumberCounter.last + 1},
        )
        .returning(NumberCounter.last)
    )
    return int(session.execute(statement).scalar_one())
