"""The incidents and their follow-up actions as sheets of records: `propdesk export
incidents|incident-actions` (every incident that happened in the days given, and the
follow-ups of those incidents) and the monthly workbook's two sheets (the month's).

Voided incidents are kept, marked in their own column with the reason, as the other
modules' sheets mark theirs; their follow-ups are listed with them. Whether a
follow-up is overdue is judged at the request's moment (the report's, for the
workbook). The register is small (a few incidents a year), so each sheet is one read.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from propdesk.domain.incidents.follow_ups import FollowUp, is_overdue
from propdesk.domain.roles import Action, Module
from propdesk.reports.incidents.labels import incident_heading, incident_label
from propdesk.reports.monthly.record_fields import Field, fields_sheet
from propdesk.reports.table_columns import ColumnKind, TableSheet
from propdesk.services.core.module_spec import SheetRequest
from propdesk.services.core.periods import bounds
from propdesk.services.incidents import queries
from propdesk.services.incidents.views import IncidentInfo
from propdesk.store.base import utcnow
from propdesk.store.models.incidents import Incident, IncidentAction

K = ColumnKind


def _yes_no(value: bool, lang: str) -> str:
    return incident_label("yes" if value else "no", lang)


def _source(row: IncidentInfo, lang: str) -> str:
    if row.source_kind is None:
        return ""
    return incident_label(f"source.{row.source_kind.value}", lang, number=row.source_number)


def _voided(row: IncidentInfo, lang: str) -> str:
    if row.voided_at is None:
        return ""
    at = row.voided_at.astimezone().strftime("%Y-%m-%d %H:%M")
    return incident_label("void_note", lang, reason=row.void_reason, at=at)


INCIDENT_FIELDS: tuple[Field[IncidentInfo], ...] = (
    Field("col.number", K.TEXT, lambda r, _: r.number),
    Field("col.occurred_at", K.DATETIME, lambda r, _: r.occurred_at),
    Field("col.kind", K.TEXT, lambda r, lang: incident_label(f"kind.{r.kind.value}", lang)),
    Field("col.title", K.TEXT, lambda r, _: r.title),
    Field("col.place", K.TEXT, lambda r, _: r.place),
    Field("col.summary", K.TEXT, lambda r, _: r.what_happened),
    Field("col.responders", K.TEXT, lambda r, _: r.responders, personal=True),
    Field("col.response", K.TEXT, lambda r, _: r.response),
    Field("col.police_called", K.TEXT, lambda r, lang: _yes_no(r.police_called, lang)),
    Field("col.police_report", K.TEXT, lambda r, _: r.police_report),
    Field("col.fire_called", K.TEXT, lambda r, lang: _yes_no(r.fire_called, lang)),
    Field("col.fire_report", K.TEXT, lambda r, _: r.fire_report),
    Field("col.injuries", K.TEXT, lambda r, _: r.injuries),
    Field("col.losses", K.TEXT, lambda r, _: r.losses),
    Field("col.loss_yuan", K.MONEY, lambda r, _: r.loss_fen),
    Field("col.state", K.TEXT, lambda r, lang: incident_label(f"state.{r.state.value}", lang)),
    Field("col.actions_open", K.INT, lambda r, _: r.actions_open),
    Field("col.source", K.TEXT, _source),
    Field("col.reported_by", K.TEXT, lambda r, _: r.reported_by, personal=True),
    Field("col.closed_at", K.DATETIME, lambda r, _: r.closed_at),
    Field("col.close_reason", K.TEXT, lambda r, _: r.close_reason),
    Field("col.voided", K.TEXT, _voided),
)


@dataclass(frozen=True)
class ActionRecord:
    number: str  # the incident's
    what: str
    who: str
    deadline: datetime
    done_at: datetime | None
    done_by: str
    done_note: str
    overdue: bool


ACTION_FIELDS: tuple[Field[ActionRecord], ...] = (
    Field("col.number", K.TEXT, lambda r, _: r.number),
    Field("col.action", K.TEXT, lambda r, _: r.what),
    Field("col.who", K.TEXT, lambda r, _: r.who),
    Field("col.deadline", K.DATETIME, lambda r, _: r.deadline),
    Field("col.done_at", K.DATETIME, lambda r, _: r.done_at),
    Field("col.done_by", K.TEXT, lambda r, _: r.done_by),
    Field("col.done_note", K.TEXT, lambda r, _: r.done_note),
    Field("col.overdue", K.TEXT, lambda r, lang: _yes_no(r.overdue, lang)),
)


def _incidents(request: SheetRequest, now: datetime) -> list[IncidentInfo]:
    start, end = bounds(request.period)
    with request.store.read() as session:
        rows = session.scalars(
            select(Incident)
            .where(Incident.occurred_at >= start, Incident.occurred_at < end)
            .order_by(Incident.occurred_at.desc(), Incident.id.desc())
        )
        return queries.infos(session, list(rows), now)


def incident_sheet(door: object, request: SheetRequest) -> TableSheet:
    """The incidents that happened in the request's days, newest first."""
    del door  # read here, straight from the store
    request.actor.require(Module.INCIDENTS, Action.EXPORT)
    rows = _incidents(request, request.now or utcnow())
    return fields_sheet(
        incident_label("sheet.incidents", request.lang),
        INCIDENT_FIELDS,
        rows,
        request.lang,
        personal=request.personal,
        total=len(rows),
        heading=incident_heading,
    )


def action_sheet(door: object, request: SheetRequest) -> TableSheet:
    """The follow-up actions of those incidents, by incident (newest first), each by
    deadline."""
    del door
    request.actor.require(Module.INCIDENTS, Action.EXPORT)
    now = request.now or utcnow()
    start, end = bounds(request.period)
    with request.store.read() as session:
        found = session.execute(
            select(IncidentAction, Incident.number)
            .join(Incident, Incident.id == IncidentAction.incident_id)
            .where(Incident.occurred_at >= start, Incident.occurred_at < end)
            .order_by(Incident.occurred_at.desc(), Incident.id.desc(), IncidentAction.deadline)
        ).tuples()
        rows = [
            ActionRecord(
                number,
                a.what,
                a.who,
                a.deadline,
                a.done_at,
                a.done_by,
                a.done_note,
                is_overdue(FollowUp(a.deadline, a.done_at), now),
            )
            for a, number in found
        ]
    return fields_sheet(
        incident_label("sheet.actions", request.lang),
        ACTION_FIELDS,
        rows,
        request.lang,
        personal=request.personal,
        total=len(rows),
        heading=incident_heading,
    )
