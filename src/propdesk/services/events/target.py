"""The "at least one community event a month" target's data: the HELD events of each
month of the window (planned, cancelled and voided ones count nowhere), by the local
month the event started in. None when no event was ever recorded: "no data", which
the report says apart from a month with none held."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from propdesk.domain.events.kinds import EventState
from propdesk.domain.events.rules import months_of
from propdesk.domain.service_targets import MonthlyCounts, Period
from propdesk.services.core.periods import bounds
from propdesk.store.models.events import CommunityEvent


def held_starts(session: Session, window: Period) -> list[datetime]:
    """When each event held in the window started (aware)."""
    start, end = bounds(window)
    e = CommunityEvent
    return list(
        session.scalars(
            select(e.starts_at).where(
                e.state == EventState.HELD.value,
                e.voided_at.is_(None),
                e.starts_at >= start,
                e.starts_at < end,
            )
        )
    )


def events_held(session: Session, window: Period, now: datetime) -> MonthlyCounts | None:
    del now
    if not session.scalar(select(exists().where(CommunityEvent.voided_at.is_(None)))):
        return None
    days = [moment.astimezone().date() for moment in held_starts(session, window)]
    return MonthlyCounts(months_of(days))
