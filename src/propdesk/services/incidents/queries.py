"""Reading incidents: one as the detail shows it, a page of the list, and the
conditions of the list's filters (which the dashboard counts with too)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, and_, exists, func, or_, select
from sqlalchemy.orm import Session

from propdesk.domain.incidents.follow_ups import FollowUp, days_overdue, is_overdue
from propdesk.domain.incidents.kinds import IncidentKind, IncidentSource, state_of
from propdesk.errors import QT_TRANSLATE_NOOP, NotFoundError
from propdesk.services.core.paging import Key, Page
from propdesk.services.core.people import display_names
from propdesk.services.core.periods import start_of
from propdesk.services.incidents.views import ActionInfo, IncidentFilter, IncidentInfo, IncidentShow
from propdesk.store.models.incidents import Incident, IncidentAction

MAX_PAGE = 500
_BATCH = 500


def get_incident(session: Session, incident_id: uuid.UUID) -> Incident:
    row = session.get(Incident, incident_id)
    if row is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("messages", "That incident is not on record."))
    return row


def action_info(action: IncidentAction, now: datetime) -> ActionInfo:
    follow_up = FollowUp(action.deadline, action.done_at)
    return ActionInfo(
        action.id,
        action.incident_id,
        action.what,
        action.who,
        action.deadline,
        action.done_at,
        action.done_by,
        action.done_note,
        is_overdue(follow_up, now),
        days_overdue(follow_up, now),
    )


def actions_of(session: Session, incident_id: uuid.UUID) -> list[IncidentAction]:
    return list(
        session.scalars(
            select(IncidentAction)
            .where(IncidentAction.incident_id == incident_id)
            .order_by(IncidentAction.deadline, IncidentAction.id)
        )
    )


def _counts(
    session: Session, ids: Sequence[uuid.UUID], now: datetime
) -> dict[uuid.UUID, tuple[int, int]]:
    """(open, overdue) follow-ups of each incident."""
    a = IncidentAction
    found: dict[uuid.UUID, tuple[int, int]] = {}
    for start in range(0, len(ids), _BATCH):
        rows = session.execute(
            select(a.incident_id, func.count(), func.count().filter(a.deadline < now))
            .where(a.incident_id.in_(ids[start : start + _BATCH]), a.done_at.is_(None))
            .group_by(a.incident_id)
        )
        for incident_id, left, late in rows:
            found[incident_id] = (int(left), int(late))
    return found


def infos(
    session: Session, rows: Sequence[Incident], now: datetime, *, with_actions: bool = False
) -> list[IncidentInfo]:
    counts = _counts(session, [row.id for row in rows], now)
    names = display_names(session, [n for row in rows for n in (row.reported_by, row.closed_by)])
    found = []
    for row in rows:
        actions = (
            tuple(action_info(a, now) for a in actions_of(session, row.id)) if with_actions else ()
        )
        left, late = counts.get(row.id, (0, 0))
        found.append(
            IncidentInfo(
                row.id,
                row.number,
                state_of(row.closed_at is not None, row.voided_at is not None),
                IncidentKind(row.kind),
                row.title,
                row.occurred_at,
                row.place,
                row.what_happened,
                row.responders,
                row.response,
                row.police_called,
                row.police_report,
                row.fire_called,
                row.fire_report,
                row.injuries,
                row.losses,
                row.loss_fen,
                names.get(row.reported_by, row.reported_by),
                IncidentSource(row.source_kind) if row.source_kind else None,
                row.source_number,
                row.closed_at,
                names.get(row.closed_by, row.closed_by) if row.closed_by else "",
                row.close_reason,
                row.voided_at,
                row.void_reason,
                left,
                late,
                actions,
            )
        )
    return found


def info(session: Session, row: Incident, now: datetime) -> IncidentInfo:
    return infos(session, [row], now, with_actions=True)[0]


# -- the list's conditions -----------------------------------------------------------
def counted() -> ColumnElement[bool]:
    """An incident that counts (not voided)."""
    return Incident.voided_at.is_(None)


def open_condition() -> ColumnElement[bool]:
    return and_(counted(), Incident.closed_at.is_(None))


def overdue_condition(now: datetime) -> ColumnElement[bool]:
    """Open, with a follow-up not done past its deadline."""
    a = IncidentAction
    late = exists().where(a.incident_id == Incident.id, a.done_at.is_(None), a.deadline < now)
    return and_(open_condition(), late)


def conditions(flt: IncidentFilter, now: datetime) -> list[ColumnElement[bool]]:
    found: list[ColumnElement[bool]] = []
    if flt.show is IncidentShow.OPEN:
        found.append(open_condition())
    elif flt.show is IncidentShow.OVERDUE:
        found.append(overdue_condition(now))
    elif flt.show is IncidentShow.CLOSED:
        found.append(and_(counted(), Incident.closed_at.is_not(None)))
    if flt.kind is not None:
        found.append(Incident.kind == flt.kind.value)
    if flt.first is not None:
        found.append(Incident.occurred_at >= start_of(flt.first))
    if flt.last is not None:
        found.append(Incident.occurred_at < start_of(flt.last + timedelta(days=1)))
    if flt.text:
        text = flt.text
        found.append(
            or_(
                Incident.number.contains(text.upper(), autoescape=True),
                Incident.title.contains(text, autoescape=True),
                Incident.place.contains(text, autoescape=True),
            )
        )
    return found


def page(
    session: Session, flt: IncidentFilter, now: datetime, before: Key | None, limit: int
) -> Page[IncidentInfo]:
    """Newest first (by when it happened), a page at a time."""
    size = max(1, min(int(limit), MAX_PAGE))
    query = select(Incident).where(*conditions(flt, now))
    if before is not None:
        at, row_id = before
        query = query.where(
            or_(
                Incident.occurred_at < at,
                and_(Incident.occurred_at == at, Incident.id < row_id),
            )
        )
    query = query.order_by(Incident.occurred_at.desc(), Incident.id.desc()).limit(size + 1)
    found = list(session.scalars(query))
    rows = infos(session, found[:size], now)
    more = len(found) > size
    return Page(rows, (rows[-1].occurred_at, rows[-1].id) if more else None)


def count(session: Session, flt: IncidentFilter, now: datetime) -> int:
    return session.scalar(select(func.count(Incident.id)).where(*conditions(flt, now))) or 0
