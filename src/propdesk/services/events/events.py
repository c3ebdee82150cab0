"""Community events (社区活动) through their life: planned, then held (participants,
feedback, actual cost) or cancelled with a reason; a mistake voided with a reason.
Held events are the archive: read-only records, listed by year with their photos.

Rights: planning and editing a plan are EVENTS CREATE / UPDATE, recording it held or
cancelled UPDATE, voiding VOID (managers). Every write checks the input first, then
writes the row and its audit entry in one transaction.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import datetime, timedelta

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.orm import Session

from propdesk.domain.events.kinds import EventKind, EventState
from propdesk.domain.events.rules import check_held, check_planned_time, require_planned
from propdesk.domain.numbering import NumberKind
from propdesk.domain.roles import Action, Module
from propdesk.errors import QT_TRANSLATE_NOOP, ConflictError, NotFoundError, ValidationError
from propdesk.services.core import numbering as numbering_service
from propdesk.services.core import records
from propdesk.services.core.actor import Actor
from propdesk.services.core.date_window import date_in_window
from propdesk.services.core.paging import Key, Page
from propdesk.services.core.people import display_names
from propdesk.services.core.periods import start_of
from propdesk.services.core.photos import photo_ref
from propdesk.services.core.store_service import StoreService
from propdesk.services.core.text import bounded_text
from propdesk.services.events.inputs import (
    EventPlan,
    HeldRecord,
    clean_held,
    clean_plan,
    clean_reason,
)
from propdesk.services.events.views import EventDetail, EventFilter, EventRow
from propdesk.store.base import utcnow
from propdesk.store.models.events import CommunityEvent, CommunityEventPhoto

ENTITY = "community_event"
FIELDS = (
    "number",
    "state",
    "kind",
    "theme",
    "starts_at",
    "ends_at",
    "place",
    "content",
    "organiser",
    "budget_fen",
    "participants",
    "feedback",
    "actual_cost_fen",
    "closed_by",
    "closed_at",
    "cancel_reason",
    "void_reason",
)
MAX_PAGE = 500
FILTER_TEXT_MAX = 40
MAX_CHAR = "\U0010ffff"  # x <= value < x + MAX_CHAR is "starts with x", through an index


def get_event(session: Session, event_id: uuid.UUID) -> CommunityEvent:
    row = session.get(CommunityEvent, event_id) if isinstance(event_id, uuid.UUID) else None
    if row is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("messages", "That event is not on record."))
    return row


def _live(session: Session, event_id: uuid.UUID) -> CommunityEvent:
    """The event a change is for: on record, not voided, still planned."""
    row = get_event(session, event_id)
    if row.voided_at is not None:
        raise ConflictError(
            QT_TRANSLATE_NOOP("messages", "This event was voided: it cannot change.")
        )
    require_planned(EventState(row.state))
    return row


def _photo_counts(session: Session, ids: list[uuid.UUID]) -> dict[uuid.UUID, int]:
    if not ids:
        return {}
    found = (
        session.execute(
            select(CommunityEventPhoto.event_id, func.count())
            .where(CommunityEventPhoto.event_id.in_(ids))
            .group_by(CommunityEventPhoto.event_id)
        )
        .tuples()
        .all()
    )
    return dict(found)


def _row(found: CommunityEvent, photos: int) -> EventRow:
    return EventRow(
        found.id,
        found.number,
        EventState(found.state),
        EventKind(found.kind),
        found.theme,
        found.starts_at,
        found.ends_at,
        found.place,
        found.organiser,
        found.budget_fen,
        found.participants,
        found.actual_cost_fen,
        photos,
        found.voided_at is not None,
    )


def load_detail(session: Session, found: CommunityEvent) -> EventDetail:
    photos = tuple(
        photo_ref(row)
        for row in session.scalars(
            select(CommunityEventPhoto)
            .where(CommunityEventPhoto.event_id == found.id)
            .order_by(CommunityEventPhoto.added_at, CommunityEventPhoto.id)
        )
    )
    names = display_names(session, (found.planned_by, found.closed_by or ""))
    return EventDetail(
        _row(found, len(photos)),
        found.content,
        names.get(found.planned_by, found.planned_by),
        found.feedback,
        names.get(found.closed_by, found.closed_by) if found.closed_by else "",
        found.closed_at,
        found.cancel_reason,
        found.void_reason,
        found.created_at,
        photos,
    )


def _filtered(
    query: Select[tuple[CommunityEvent]], wanted: EventFilter
) -> Select[tuple[CommunityEvent]]:
    e = CommunityEvent
    if not isinstance(wanted, EventFilter):
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "Choose which events to list."), field="filter"
        )
    if wanted.first is not None:
        date_in_window(wanted.first, "first")
        query = query.where(e.starts_at >= start_of(wanted.first))
    if wanted.last is not None:
        date_in_window(wanted.last, "last")
        if wanted.first is not None and wanted.last < wanted.first:
            raise ValidationError(
                QT_TRANSLATE_NOOP("messages", "The last day comes before the first."), field="last"
            )
        query = query.where(e.starts_at < start_of(wanted.last + timedelta(days=1)))
    if wanted.state is not None:
        try:
            state = EventState(wanted.state)
        except ValueError:
            raise ValidationError(
                QT_TRANSLATE_NOOP("messages", "Choose which events to list."), field="state"
            ) from None
        query = query.where(e.state == state.value)
    if wanted.kind is not None:
        try:
            kind = EventKind(wanted.kind)
        except ValueError:
            raise ValidationError(
                QT_TRANSLATE_NOOP("messages", "Choose the kind of event."), field="kind"
            ) from None
        query = query.where(e.kind == kind.value)
    if not wanted.include_voided:
        query = query.where(e.voided_at.is_(None))
    text = bounded_text(wanted.text, "text", FILTER_TEXT_MAX)
    if text:
        code = text.upper()
        query = query.where(
            or_(
                and_(e.number >= code, e.number < code + MAX_CHAR),
                e.theme.contains(text, autoescape=True),
                e.place.contains(text, autoescape=True),
                e.organiser.contains(text, autoescape=True),
            )
        )
    return query


class EventService(StoreService):
    # -- writing --------------------------------------------------------------------
    def plan(self, actor: Actor, data: EventPlan, *, now: datetime | None = None) -> EventDetail:
        """A new planned event, numbered HD<month it starts>-NNNN."""
        actor.require(Module.EVENTS, Action.CREATE)
        moment = now or utcnow()
        plan = clean_plan(data)
        check_planned_time(plan.starts_at, moment)
        with self._store.write() as session:
            row = CommunityEvent(
                number=numbering_service.allocate(
                    session, NumberKind.EVENT, plan.starts_at.astimezone().date()
                ),
                state=EventState.PLANNED.value,
                kind=plan.kind.value,
                theme=plan.theme,
                starts_at=plan.starts_at,
                ends_at=plan.ends_at,
                place=plan.place,
                content=plan.content,
                organiser=plan.organiser,
                budget_fen=plan.budget_fen,
                planned_by=actor.username,
            )
            records.create(session, actor, ENTITY, row, FIELDS)
            return load_detail(session, row)

    def edit(
        self, actor: Actor, event_id: uuid.UUID, data: EventPlan, *, now: datetime | None = None
    ) -> EventDetail:
        """A planned event's plan changed (its number stays)."""
        actor.require(Module.EVENTS, Action.UPDATE)
        moment = now or utcnow()
        plan = clean_plan(data)
        with self._store.write() as session:
            row = _live(session, event_id)
            if plan.starts_at != row.starts_at:
                check_planned_time(plan.starts_at, moment)
            records.update(
                session,
                actor,
                ENTITY,
                row,
                FIELDS,
                {
                    "kind": plan.kind.value,
                    "theme": plan.theme,
                    "starts_at": plan.starts_at,
                    "ends_at": plan.ends_at,
                    "place": plan.place,
                    "content": plan.content,
                    "organiser": plan.organiser,
                    "budget_fen": plan.budget_fen,
                },
            )
            return load_detail(session, row)

    def record_held(
        self, actor: Actor, event_id: uuid.UUID, data: HeldRecord, *, now: datetime | None = None
    ) -> EventDetail:
        """The event took place: participants, feedback, actual cost. From then on the
        record is archived (read-only)."""
        actor.require(Module.EVENTS, Action.UPDATE)
        moment = now or utcnow()
        participants, feedback, cost = clean_held(data)
        with self._store.write() as session:
            row = _live(session, event_id)
            check_held(row.starts_at, moment)
            records.update(
                session,
                actor,
                ENTITY,
                row,
                FIELDS,
                {
                    "state": EventState.HELD.value,
                    "participants": participants,
                    "feedback": feedback,
                    "actual_cost_fen": cost,
                    "closed_by": actor.username,
                    "closed_at": moment,
                },
            )
            return load_detail(session, row)

    def cancel(
        self, actor: Actor, event_id: uuid.UUID, reason: str, *, now: datetime | None = None
    ) -> EventDetail:
        actor.require(Module.EVENTS, Action.UPDATE)
        moment = now or utcnow()
        why = clean_reason(reason)
        with self._store.write() as session:
            row = _live(session, event_id)
            records.update(
                session,
                actor,
                ENTITY,
                row,
                FIELDS,
                {
                    "state": EventState.CANCELLED.value,
                    "cancel_reason": why,
                    "closed_by": actor.username,
                    "closed_at": moment,
                },
            )
            return load_detail(session, row)

    def void(self, actor: Actor, event_id: uuid.UUID, reason: str) -> EventDetail:
        """A mistake (entered twice, the wrong estate's): kept, struck out of every list
        and count."""
        actor.require(Module.EVENTS, Action.VOID)
        with self._store.write() as session:
            row = get_event(session, event_id)
            if row.voided_at is not None:
                raise ConflictError(
                    QT_TRANSLATE_NOOP("messages", "This event was voided: it cannot change.")
                )
            records.void(session, actor, ENTITY, row, FIELDS, reason)
            session.flush()
            return load_detail(session, row)

    # -- reading --------------------------------------------------------------------
    def detail(self, actor: Actor, event_id: uuid.UUID) -> EventDetail:
        actor.require(Module.EVENTS, Action.VIEW)
        with self._store.read() as session:
            return load_detail(session, get_event(session, event_id))

    def find_number(self, actor: Actor, number: str) -> EventDetail:
        actor.require(Module.EVENTS, Action.VIEW)
        text = bounded_text(number, "number", 20).upper()
        with self._store.read() as session:
            row = session.scalars(
                select(CommunityEvent).where(CommunityEvent.number == text)
            ).first()
            if row is None:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP("messages", "No event {number}."), number=text
                )
            return load_detail(session, row)

    def page(
        self,
        actor: Actor,
        wanted: EventFilter,
        before: Key | None = None,
        limit: int = 100,
    ) -> Page[EventRow]:
        """The events the filter finds, latest start first, a page at a time."""
        actor.require(Module.EVENTS, Action.VIEW)
        size = max(1, min(int(limit), MAX_PAGE))
        e = CommunityEvent
        query = _filtered(select(e), wanted)
        if before is not None:
            at, row_id = before
            query = query.where(or_(e.starts_at < at, and_(e.starts_at == at, e.id < row_id)))
        query = query.order_by(e.starts_at.desc(), e.id.desc())
        with self._store.read() as session:
            found = list(session.scalars(query.limit(size + 1)))
            photos = _photo_counts(session, [r.id for r in found[:size]])
            rows = [_row(r, photos.get(r.id, 0)) for r in found[:size]]
        more = len(found) > size
        return Page(rows, (rows[-1].starts_at, rows[-1].id) if more else None)

    def years(self, actor: Actor) -> list[int]:
        """The years with an event on record, latest first: the archive's choice."""
        actor.require(Module.EVENTS, Action.VIEW)
        with self._store.read() as session:
            first, last = session.execute(
                select(func.min(CommunityEvent.starts_at), func.max(CommunityEvent.starts_at))
            ).one()
        if first is None or last is None:
            return []
        return list(range(last.astimezone().year, first.astimezone().year - 1, -1))

    def iter_rows(self, actor: Actor, wanted: EventFilter, batch: int = 500) -> Iterator[EventRow]:
        """Every event the filter finds, in the list's order, a batch per short read
        (Export to Excel of the whole filtered list)."""
        actor.require(Module.EVENTS, Action.EXPORT)
        before: Key | None = None
        while True:
            page = self.page(actor, wanted, before, batch)
            yield from page.rows
            if page.next_before is None:
                return
            before = page.next_before
