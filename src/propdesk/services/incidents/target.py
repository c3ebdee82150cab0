"""The incidents' data for the "zero safety incidents" target (SPEC: incidents
recorded in the year): how many incidents happened in the target's window (the year
so far, Window.YEAR_TO_DATE), every kind — theft, intrusion, fight, fire, natural
disaster, accident and other alike. What the office records in this register is a
safety incident; a matter that is none (a noise complaint, a stray dog) belongs in
another register and, recorded here by mistake, is voided with a reason. Voided
records count nowhere.

Zero is data, not "no data": with the module installed, a year with no incident on
record has met the target.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from propdesk.domain.service_targets import Period
from propdesk.services.core.periods import bounds
from propdesk.store.models.incidents import Incident


def incidents_in(session: Session, window: Period) -> int:
    start, end = bounds(window)
    return (
        session.scalar(
            select(func.count()).where(
                Incident.occurred_at >= start,
                Incident.occurred_at < end,
                Incident.voided_at.is_(None),
            )
        )
        or 0
    )


def safety_incidents(session: Session, window: Period, now: datetime) -> int:
    del now
    return incidents_in(session, window)
