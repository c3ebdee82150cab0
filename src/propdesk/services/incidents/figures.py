"""The incidents' section of the monthly report, read in the report's transaction:
the month's incidents (voided ones left out) in time order, the year's count up to
the month's end (the safety target's own count, services.incidents.target) and the
year's count by kind."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from propdesk.domain.incidents.kinds import IncidentKind
from propdesk.domain.service_targets import Period
from propdesk.reports.monthly.incidents_section import IncidentFigures
from propdesk.reports.monthly.incidents_values import IncidentLine
from propdesk.services.core.periods import bounds
from propdesk.services.incidents import queries
from propdesk.services.incidents.target import incidents_in
from propdesk.store.models.incidents import Incident, IncidentAction


def incident_figures(session: Session, period: Period, now: datetime) -> IncidentFigures:
    start, end = bounds(period)
    rows = list(
        session.scalars(
            select(Incident)
            .where(Incident.occurred_at >= start, Incident.occurred_at < end, queries.counted())
            .order_by(Incident.occurred_at, Incident.id)
        )
    )
    infos = queries.infos(session, rows, now)
    lines = tuple(
        IncidentLine(
            i.number,
            i.occurred_at,
            i.kind.value,
            i.place,
            i.title,
            i.what_happened,
            i.police_report,
            i.fire_report,
            i.police_called or i.fire_called,
            i.state.value,
            i.actions_open,
            i.actions_overdue,
        )
        for i in infos
    )
    year = Period(date(period.last.year, 1, 1), period.last)
    year_start, year_end = bounds(year)
    kinds: dict[str, int] = {
        kind: int(n)
        for kind, n in session.execute(
            select(Incident.kind, func.count())
            .where(
                Incident.occurred_at >= year_start,
                Incident.occurred_at < year_end,
                queries.counted(),
            )
            .group_by(Incident.kind)
        ).tuples()
    }
    a = IncidentAction
    overdue = (
        session.scalar(
            select(func.count())
            .select_from(a)
            .join(Incident, Incident.id == a.incident_id)
            .where(queries.open_condition(), a.done_at.is_(None), a.deadline < now)
        )
        or 0
    )
    return IncidentFigures(
        as_of=now,
        month_count=len(lines),
        year_count=incidents_in(session, year),
        open_count=sum(1 for line in lines if line.state == "open"),
        overdue_actions=overdue,
        called=sum(1 for line in lines if line.called),
        by_kind=tuple((k.value, int(kinds[k.value])) for k in IncidentKind if kinds.get(k.value)),
        lines=lines,
    )
