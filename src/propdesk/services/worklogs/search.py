"""Quick search over the work logs: an entry by its area, task or the person's name
(a name fragment: Chinese, or two characters or more), newest first. Logs have no
number; the area and the person are what the office asks for ("who swept building 3
last week?"). LIKE scans the entries' three short columns; a year is ~20,000 rows."""

from __future__ import annotations

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import Session

from propdesk.services.core.search import SearchHit, count_capped
from propdesk.services.core.search_query import SearchQuery
from propdesk.store.models.worklogs import WorklogEntry

KIND_ENTRY = "worklog_entry"


def _where(query: SearchQuery) -> ColumnElement[bool] | None:
    text = query.name_fragment
    if not text:
        return None
    e = WorklogEntry
    return or_(
        e.area.contains(text, autoescape=True),
        e.task_name.contains(text, autoescape=True),
        e.staff_name.contains(text, autoescape=True),
    )


def search_entries(session: Session, query: SearchQuery, limit: int) -> list[SearchHit]:
    where = _where(query)
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
    where = _where(query)
    if where is None:
        return 0
    e = WorklogEntry
    return count_capped(session, select(e.id).where(where, e.voided_at.is_(None)), cap)
