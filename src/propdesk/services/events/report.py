"""The community events' part of the monthly report: the month's events (voided ones
left out), the year's events held per month, and how many are planned for the month
after — read in the report's transaction."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from propdesk.domain.events.kinds import EventState
from propdesk.domain.events.rules import months_of, year_by_month
from propdesk.domain.service_targets import Period
from propdesk.reports.monthly.events_section import EventFigures
from propdesk.reports.monthly.events_values import MonthEvent
from propdesk.services.core.periods import bounds
from propdesk.services.events.target import held_starts
from propdesk.store.models.events import CommunityEvent


def event_figures(session: Session, period: Period, now: datetime) -> EventFigures:
    del now
    e = CommunityEvent
    start, end = bounds(period)
    rows = session.scalars(
        select(e)
        .where(e.voided_at.is_(None), e.starts_at >= start, e.starts_at < end)
        .order_by(e.starts_at, e.id)
    )
    events = tuple(
        MonthEvent(
            r.number,
            r.starts_at,
            r.theme,
            r.place,
            EventState(r.state),
            r.participants,
            r.actual_cost_fen,
        )
        for r in rows
    )
    year = period.last.year
    held = held_starts(session, Period(date(year, 1, 1), date(year, 12, 31)))
    by_month = year_by_month(year, months_of(m.astimezone().date() for m in held))
    following = period.last + timedelta(days=1)
    next_start, next_end = bounds(Period.month(following.year, following.month))
    planned_next = (
        session.scalar(
            select(func.count()).where(
                e.voided_at.is_(None),
                e.state == EventState.PLANNED.value,
                e.starts_at >= next_start,
                e.starts_at < next_end,
            )
        )
        or 0
    )
    return EventFigures(year, period.last.month, events, by_month, planned_next)


def counted(figures: EventFigures) -> int:
    """The records sheet's progress total: the month's events (voided ones aside)."""
    return len(figures.events)
