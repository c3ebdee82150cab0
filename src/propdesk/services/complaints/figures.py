"""The complaint figures of a period for the monthly report, read in the report's
session.

Most of them are the analysis view's (services.complaints.analysis: read_period, then
analyse in Python — a month is a few dozen complaints): the Pareto chart, answers in
time and satisfaction of the complaints received in the period, so the report, the
analysis view and the complaints-in-time target say the same. Repeat places look at
the 90 days up to the period's end, as a repeat is defined (three times in 90 days):
a month alone would hide most of them. The complaints open at the period's end are
read as the repairs read theirs: the oldest few with the state each was in then, from
its timeline.
"""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session

from propdesk.domain.complaints.analysis import REPEAT_DAYS
from propdesk.domain.complaints.kinds import ComplaintCategory, Severity
from propdesk.domain.complaints.workflow import ComplaintState
from propdesk.domain.service_targets import Period
from propdesk.reports.monthly.complaints_section import ComplaintFigures
from propdesk.reports.monthly.complaints_values import OpenComplaint, RepeatPlace
from propdesk.services.complaints.target import period_analysis
from propdesk.services.core.periods import bounds
from propdesk.store.models import Complaint, ComplaintStepRecord, Staff, Unit

OPEN_ITEMS = 30

C = Complaint


def open_as_of(period: Period, now: datetime) -> datetime:
    """The period's end, or now while the period is still running."""
    return min(bounds(period)[1], now)


def _open_at(moment: datetime) -> ColumnElement[bool]:
    """Received before `moment`, and neither closed nor voided by then."""
    return and_(
        C.received_at < moment,
        or_(C.closed_at.is_(None), C.closed_at >= moment),
        or_(C.voided_at.is_(None), C.voided_at >= moment),
    )


def _states_at(
    session: Session, ids: list[uuid.UUID], moment: datetime
) -> dict[uuid.UUID, ComplaintState]:
    """Each complaint's state at `moment`: the target state of its last step before it."""
    if not ids:
        return {}
    s = ComplaintStepRecord
    states: dict[uuid.UUID, ComplaintState] = {}
    for complaint_id, to_state in session.execute(
        select(s.complaint_id, s.to_state)
        .where(s.complaint_id.in_(ids), s.at < moment)
        .order_by(s.complaint_id, s.at, s.id)
    ):
        states[complaint_id] = ComplaintState(to_state)  # the last one wins
    return states


def _open_items(session: Session, as_of: datetime) -> tuple[int, list[OpenComplaint]]:
    total = session.scalar(select(func.count()).where(_open_at(as_of))) or 0
    rows = session.execute(
        select(C, Unit.code, Staff.name)
        .outerjoin(Unit, C.unit_id == Unit.id)
        .outerjoin(Staff, C.handler_id == Staff.id)
        .where(_open_at(as_of))
        .order_by(C.received_at, C.id)
        .limit(OPEN_ITEMS)
    ).all()
    states = _states_at(session, [complaint.id for complaint, _, _ in rows], as_of)
    items = [
        OpenComplaint(
            number=complaint.number,
            received_at=complaint.received_at,
            place=unit_code or complaint.common_area,
            category=ComplaintCategory(complaint.category),
            severity=Severity(complaint.severity),
            state=states.get(complaint.id, ComplaintState.RECEIVED),
            # The handler assigned now: one assigned after as_of is left out.
            handler=(handler or "")
            if complaint.assigned_at is not None and complaint.assigned_at < as_of
            else "",
            due_at=complaint.response_due_at,
            overdue=(complaint.first_answered_at is None or complaint.first_answered_at >= as_of)
            and complaint.response_due_at < as_of,
        )
        for complaint, unit_code, handler in rows
    ]
    return total, items


def _repeat_places(session: Session, period: Period, now: datetime) -> list[RepeatPlace]:
    """Places complained about three times or more within the 90 days up to the
    period's end (the period itself when it is longer)."""
    first = min(period.first, period.last - timedelta(days=REPEAT_DAYS - 1))
    analysis = period_analysis(session, Period(first, period.last), now)
    return [
        RepeatPlace(r.place, r.repeat.count, r.repeat.first, r.repeat.last, r.repeat.total)
        for r in analysis.repeat_places
    ]


def complaint_figures(session: Session, period: Period, now: datetime) -> ComplaintFigures:
    analysis = period_analysis(session, period, now)
    as_of = open_as_of(period, now)
    open_total, open_items = _open_items(session, as_of)
    return ComplaintFigures(
        received=analysis.received,
        pareto=tuple(line.bar for line in analysis.pareto),
        pareto_chart=analysis.pareto_chart,
        compliance=analysis.compliance.figures,
        satisfaction=analysis.satisfaction.figures,
        repeat_places=tuple(_repeat_places(session, period, now)),
        open_as_of=as_of,
        open_total=open_total,
        open_items=tuple(open_items),
    )
