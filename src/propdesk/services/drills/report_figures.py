"""The drills' part of the monthly report, read in the report's transaction: the
month's sessions (voided ones left out) and the year's plan as the month ended (or
now, for the running month)."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from propdesk.domain.service_targets import Period
from propdesk.reports.monthly.drills_section import DrillFigures
from propdesk.reports.monthly.drills_values import MonthSession, PlanEntryState
from propdesk.services.core.local_zone import local_zone
from propdesk.services.core.periods import bounds
from propdesk.services.drills.plan import year_plan
from propdesk.store.models.drills import DrillSession


def drill_figures(session: Session, period: Period, now: datetime) -> DrillFigures:
    start, end = bounds(period)
    as_of = min(end, now)
    sessions = tuple(
        MonthSession(
            s.number,
            s.held_at,
            s.kind,
            s.topic,
            s.title,
            s.organiser_name,
            s.staff_count,
            s.residents,
            s.minutes,
            bool(s.problems),
        )
        for s in session.scalars(
            select(DrillSession)
            .where(
                DrillSession.held_at >= start,
                DrillSession.held_at < end,
                DrillSession.voided_at.is_(None),
            )
            .order_by(DrillSession.held_at, DrillSession.id)
        )
    )
    # The plan as the month's last day saw it (its entries due that day still due).
    day = (as_of - timedelta(microseconds=1)).astimezone(local_zone()).date()
    plan = year_plan(session, period.last.year, day)
    entries = tuple(
        PlanEntryState(r.topic.value, r.due_on, r.state.value, r.session_number, r.held_on, r.notes)
        for r in plan.rows
    )
    return DrillFigures(period.last.year, as_of, sessions, entries)


def counted(figures: DrillFigures) -> int:
    return len(figures.sessions)
