"""Quick search over the work logs: an entry by its area, task or the person's name
(a name fragment: Chinese, or two characters or more), newest first. Logs have no
number; the area and the person are what the office asks for ("who swept building 3
last week?").

The three columns hold a few dozen distinct values between them (areas, tasks, staff)
over tens of thousands of entries, and most searches ("3-2-15", "zs", "B12") match
none of them. So the values that hold the text are found first, one index seek per
distinct value (a loose index scan: a recursive query stepping from each value to
the next through the column's index), and only entries with one of them are read;
when none matches, no entry is. A LIKE over every entry's three columns took 30–45 ms
of every quick search on the double estate."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from propdesk.services.core.search import SearchHit, count_capped
from propdesk.services.core.search_query import SearchQuery
from propdesk.store.models.worklogs import WorklogEntry

KIND_ENTRY = "worklog_entry"


def _values_holding(
    session: Session, column: InstrumentedAttribute[str], text: str
) -> Sequence[str]:
    """The column's distinct values that contain `text` (LIKE, as the other searches),
    read through its index without reading the entries."""
    first = select(func.min(column).label("value"))
    walk = first.cte("walk", recursive=True)
    following = (
        select(func.min(column)).where(column > walk.c.value).scalar_subquery().label("value")
    )
    walk = walk.union_all(select(following).where(walk.c.value.is_not(None)))
    return session.scalars(
        select(walk.c.value).where(
            walk.c.value.is_not(None), walk.c.value.contains(text, autoescape=True)
        )
    ).all()


def _where(session: Session, query: SearchQuery) -> ColumnElement[bool] | None:
    """None when there is nothing to read: not a text to look for, or no area, task or
    person holds it."""
    text = query.name_fragment
    if not text:
        return None
    e = WorklogEntry
    matches = [
        column.in_(values)
        for column in (e.area, e.task_name, e.staff_name)
        if (values := _values_holding(session, column, text))
    ]
    return or_(*matches) if matches else None


def search_entries(session: Session, query: SearchQuery, limit: int) -> list[SearchHit]:
    where = _where(session, query)
    if where is None:
        return []
    e = WorklogEntry
    rows = session.execute(
        select(e.id, e.day, e.area, e.task_name, e.staff_name, e.done)
        .where(where, e.voided_at.is_(None))
        .order_by(e.done_at.desc(), e.id.desc())
        .limit(limit)
    ).all()
    return [
        SearchHit(
            KIND_ENTRY,
            row.id,
            f"{row.area} · {row.task_name}",
            " · ".join((row.day.isoformat(), row.staff_name)),
            KIND_ENTRY,
            row.id,
        )
        for row in rows
    ]


def count_entries(session: Session, query: SearchQuery, cap: int) -> int:
    where = _where(session, query)
    if where is None:
        return 0
    e = WorklogEntry
    return count_capped(session, select(e.id).where(where, e.voided_at.is_(None)), cap)
