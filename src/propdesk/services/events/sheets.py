"""The community events as a sheet of records: `propdesk export events` (every event
that began in the days given, names of organisers included) and the monthly
workbook's sheet (the month's). Voided events are kept, marked in their own column,
as the other modules' sheets keep theirs. Read newest first in keyset batches, each
its own short read, so an export never holds the database."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import and_, func, or_, select

from propdesk.domain.events.kinds import EventKind, EventState
from propdesk.domain.roles import Action, Module
from propdesk.reports.events.labels import event_text
from propdesk.reports.monthly.record_fields import Field, fields_sheet
from propdesk.reports.table_columns import ColumnKind, TableSheet
from propdesk.services.core.module_spec import SheetRequest
from propdesk.services.core.people import display_names
from propdesk.services.core.periods import bounds
from propdesk.store.models.events import CommunityEvent, CommunityEventPhoto
from propdesk.store.unit_of_work import Store

K = ColumnKind
BATCH = 2000


@dataclass(frozen=True)
class EventRecord:
    id: uuid.UUID
    number: str
    state: EventState
    kind: EventKind
    theme: str
    starts_at: datetime
    ends_at: datetime
    place: str
    content: str
    organiser: str
    budget_fen: int
    participants: int | None
    actual_cost_fen: int | None
    feedback: str
    cancel_reason: str
    planned_by: str
    photos: int
    voided_at: datetime | None
    void_reason: str


def iter_events(
    store: Store, start: datetime, end: datetime, batch: int = BATCH
) -> Iterator[EventRecord]:
    """The events that began in [start, end), newest first, voided ones included."""
    e = CommunityEvent
    before: tuple[datetime, uuid.UUID] | None = None
    while True:
        query = select(e).where(e.starts_at >= start, e.starts_at < end)
        if before is not None:
            at, last = before
            query = query.where(or_(e.starts_at < at, and_(e.starts_at == at, e.id < last)))
        with store.read() as session:
            rows = list(
                session.scalars(query.order_by(e.starts_at.desc(), e.id.desc()).limit(batch))
            )
            ids = [r.id for r in rows]
            photos = (
                dict(
                    session.execute(
                        select(CommunityEventPhoto.event_id, func.count())
                        .where(CommunityEventPhoto.event_id.in_(ids))
                        .group_by(CommunityEventPhoto.event_id)
                    )
                    .tuples()
                    .all()
                )
                if ids
                else {}
            )
            names = display_names(session, {r.planned_by for r in rows})
            found = [
                EventRecord(
                    r.id,
                    r.number,
                    EventState(r.state),
                    EventKind(r.kind),
                    r.theme,
                    r.starts_at,
                    r.ends_at,
                    r.place,
                    r.content,
                    r.organiser,
                    r.budget_fen,
                    r.participants,
                    r.actual_cost_fen,
                    r.feedback,
                    r.cancel_reason,
                    names.get(r.planned_by, r.planned_by),
                    photos.get(r.id, 0),
                    r.voided_at,
                    r.void_reason,
                )
                for r in rows
            ]
        yield from found
        if len(found) < batch:
            return
        before = (found[-1].starts_at, found[-1].id)


def _void_note(row: EventRecord, lang: str) -> str:
    if row.voided_at is None:
        return ""
    at = row.voided_at.astimezone().strftime("%Y-%m-%d %H:%M")
    return event_text("void_note", lang, reason=row.void_reason, at=at)


EVENT_FIELDS: tuple[Field[EventRecord], ...] = (
    Field("col.number", K.TEXT, lambda r, _: r.number),
    Field("col.state", K.TEXT, lambda r, lang: event_text(f"state.{r.state.value}", lang)),
    Field("col.kind", K.TEXT, lambda r, lang: event_text(f"kind.{r.kind.value}", lang)),
    Field("col.theme", K.TEXT, lambda r, _: r.theme),
    Field("col.starts", K.DATETIME, lambda r, _: r.starts_at),
    Field("col.ends", K.DATETIME, lambda r, _: r.ends_at),
    Field("col.place", K.TEXT, lambda r, _: r.place),
    Field("col.content", K.TEXT, lambda r, _: r.content),
    Field("col.organiser", K.TEXT, lambda r, _: r.organiser),
    Field("col.budget", K.MONEY, lambda r, _: r.budget_fen),
    Field("col.participants", K.INT, lambda r, _: r.participants),
    Field("col.cost", K.MONEY, lambda r, _: r.actual_cost_fen),
    Field("col.feedback", K.TEXT, lambda r, _: r.feedback),
    Field("col.cancel_reason", K.TEXT, lambda r, _: r.cancel_reason),
    # Who typed it in: a person's name, left out of the committee's workbook.
    Field("col.planned_by", K.TEXT, lambda r, _: r.planned_by, personal=True),
    Field("col.photos", K.INT, lambda r, _: r.photos),
    Field("col.voided", K.TEXT, _void_note),
)


def event_sheet(door: object, request: SheetRequest) -> TableSheet:
    """The events that began in the request's days, newest first."""
    del door  # the rows are read here, straight from the store
    request.actor.require(Module.EVENTS, Action.EXPORT)  # now, not at the first row
    rows = iter_events(request.store, *bounds(request.period))
    return fields_sheet(
        event_text("sheet.events", request.lang),
        EVENT_FIELDS,
        rows,
        request.lang,
        personal=request.personal,
        total=request.expected(CommunityEvent.starts_at),
        heading=event_text,
    )
