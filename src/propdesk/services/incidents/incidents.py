"""Safety incidents (安全事件): record one (also in one step from a patrol finding or a
gate journal entry), complete what is known later, add follow-up actions and mark
them done, close it, void a wrong one; read one, a page of the list, a number.

Rights (Module.INCIDENTS): guards record (they are first on the scene); clerks and
managers also edit, add and finish follow-ups and close; voiding is a manager's.
Every write checks the role, then every input, and only then writes the rows and
their audit entries in one transaction, so a refused call leaves nothing behind.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import asdict
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from propdesk.domain.incidents.follow_ups import FollowUp, check_closing, check_done_at
from propdesk.domain.incidents.kinds import IncidentSource
from propdesk.domain.numbering import NumberKind
from propdesk.domain.roles import Action, Module
from propdesk.errors import QT_TRANSLATE_NOOP, ConflictError, NotFoundError, ValidationError
from propdesk.services.core import numbering as numbering_service
from propdesk.services.core import records
from propdesk.services.core.actor import Actor
from propdesk.services.core.date_window import date_in_window
from propdesk.services.core.handoffs import IncidentRequest, LinkedIncident
from propdesk.services.core.paging import Key, Page
from propdesk.services.core.store_service import StoreService
from propdesk.services.incidents import queries
from propdesk.services.incidents.inputs import (
    WHO_MAX,
    ActionInput,
    IncidentInput,
    clean_action,
    clean_incident,
    clean_moment,
    clean_note,
    clean_number,
)
from propdesk.services.incidents.views import IncidentFilter, IncidentInfo, IncidentShow
from propdesk.store.base import utcnow
from propdesk.store.models.incidents import Incident, IncidentAction

ENTITY = "incident"
ACTION_ENTITY = "incident_action"
FIELDS = (
    "number",
    "kind",
    "title",
    "occurred_at",
    "place",
    "what_happened",
    "responders",
    "response",
    "police_called",
    "police_report",
    "fire_called",
    "fire_report",
    "injuries",
    "losses",
    "loss_fen",
    "reported_by",
    "source_kind",
    "source_id",
    "source_number",
    "closed_at",
    "closed_by",
    "close_reason",
)
ACTION_FIELDS = ("incident_id", "what", "who", "deadline", "done_at", "done_by", "done_note")
_BATCH = 500


def _values(clean: IncidentInput) -> dict[str, object]:
    values = asdict(clean)
    values["kind"] = clean.kind.value
    return values


def _live(row: Incident) -> Incident:
    """An incident that may still change: neither voided nor closed."""
    if row.voided_at is not None:
        raise ConflictError(
            QT_TRANSLATE_NOOP("messages", "This incident is voided: it cannot change.")
        )
    if row.closed_at is not None:
        raise ConflictError(
            QT_TRANSLATE_NOOP("messages", "This incident is closed: it cannot change.")
        )
    return row


def _clean_filter(flt: IncidentFilter) -> IncidentFilter:
    try:
        show = IncidentShow(flt.show)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "Choose which incidents to list."), field="show"
        ) from None
    for day, field in ((flt.first, "first"), (flt.last, "last")):
        if day is not None:
            date_in_window(day, field)
    if flt.first is not None and flt.last is not None and flt.last < flt.first:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "The last day is before the first."), field="last"
        )
    text = clean_note(flt.text, "text", 40)
    return IncidentFilter(show, flt.kind, flt.first, flt.last, text)


class IncidentService(StoreService):
    # -- recording ----------------------------------------------------------------------
    def record(
        self, actor: Actor, data: IncidentInput, *, now: datetime | None = None
    ) -> IncidentInfo:
        """A new incident with its number (SJ202612-0001, by the month it happened)."""
        actor.require(Module.INCIDENTS, Action.CREATE)
        moment = now or utcnow()
        clean = clean_incident(data, moment)
        with self._store.write() as session:
            row = self._add(session, actor, clean)
            return queries.info(session, row, moment)

    @staticmethod
    def _add(session: Session, actor: Actor, clean: IncidentInput, **link: str) -> Incident:
        row = Incident(
            number=numbering_service.allocate(
                session, NumberKind.INCIDENT, clean.occurred_at.astimezone().date()
            ),
            reported_by=actor.username,
            **_values(clean),
            **link,
        )
        records.create(session, actor, ENTITY, row, FIELDS)
        return row

    def open_from(self, actor: Actor, request: IncidentRequest) -> LinkedIncident:
        """An incident from another module's record in one step (the IncidentDesk):
        what the record says, the kind chosen; one per record."""
        actor.require(Module.INCIDENTS, Action.CREATE)
        moment = utcnow()
        try:
            kind = IncidentSource(request.source_kind)
        except ValueError:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "messages", "Incidents are opened from a patrol finding or a gate entry."
                ),
                field="source",
            ) from None
        source_id = clean_note(request.source_id, "source", 40)
        data = IncidentInput(
            kind=request.kind,
            title=request.title[:60],
            occurred_at=request.occurred_at,
            place=request.place[:100],
            what_happened=request.what_happened[:1000],
            responders=request.responders[:100],
            response=request.response[:1000],
        )
        clean = clean_incident(data, moment)
        with self._store.write() as session:
            already = session.scalar(
                select(Incident.number).where(
                    Incident.source_kind == kind.value,
                    Incident.source_id == source_id,
                    Incident.voided_at.is_(None),
                )
            )
            if already is not None:
                raise ConflictError(
                    QT_TRANSLATE_NOOP("messages", "Incident {number} is already on record for it."),
                    number=already,
                )
            row = self._add(
                session,
                actor,
                clean,
                source_kind=kind.value,
                source_id=source_id,
                source_number=request.source_number[:40],
            )
            return LinkedIncident(row.id, row.number, False, row.source_id)

    def update(self, actor: Actor, incident_id: uuid.UUID, data: IncidentInput) -> IncidentInfo:
        """What is known later (the response, the report numbers, the losses)."""
        actor.require(Module.INCIDENTS, Action.UPDATE)
        moment = utcnow()
        clean = clean_incident(data, moment)
        with self._store.write() as session:
            row = _live(queries.get_incident(session, incident_id))
            first_deadline = session.scalar(
                select(IncidentAction.deadline)
                .where(IncidentAction.incident_id == row.id)
                .order_by(IncidentAction.deadline)
                .limit(1)
            )
            if first_deadline is not None and clean.occurred_at >= first_deadline:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "messages", "A follow-up's deadline would be before the incident."
                    ),
                    field="occurred_at",
                )
            records.update(session, actor, ENTITY, row, FIELDS, _values(clean))
            return queries.info(session, row, moment)

    # -- follow-up actions --------------------------------------------------------------
    def add_action(self, actor: Actor, incident_id: uuid.UUID, data: ActionInput) -> IncidentInfo:
        actor.require(Module.INCIDENTS, Action.UPDATE)
        moment = utcnow()
        with self._store.write() as session:
            row = _live(queries.get_incident(session, incident_id))
            clean = clean_action(data, row.occurred_at)
            action = IncidentAction(
                incident_id=row.id,
                what=clean.what,
                who=clean.who,
                deadline=clean.deadline,
                created_by=actor.username,
            )
            records.create(session, actor, ACTION_ENTITY, action, ACTION_FIELDS)
            return queries.info(session, row, moment)

    def complete_action(
        self,
        actor: Actor,
        action_id: uuid.UUID,
        done_by: str,
        note: str = "",
        at: datetime | None = None,
    ) -> IncidentInfo:
        """The action is done: by whom (the person or department), when (None: now)."""
        actor.require(Module.INCIDENTS, Action.UPDATE)
        moment = utcnow()
        who = clean_note(done_by, "done_by", WHO_MAX)
        if not who:
            raise ValidationError(QT_TRANSLATE_NOOP("messages", "Say who did it."), field="done_by")
        text = clean_note(note, "done_note")
        when = clean_moment(at or moment, moment, "done_at")
        with self._store.write() as session:
            action = session.get(IncidentAction, action_id)
            if action is None:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP("messages", "That follow-up action is not on record.")
                )
            row = _live(queries.get_incident(session, action.incident_id))
            if action.done_at is not None:
                raise ConflictError(
                    QT_TRANSLATE_NOOP("messages", "That follow-up action is already done."),
                    field="done_at",
                )
            check_done_at(row.occurred_at, when)
            changes = {"done_at": when, "done_by": who, "done_note": text}
            records.update(session, actor, ACTION_ENTITY, action, ACTION_FIELDS, changes)
            return queries.info(session, row, moment)

    # -- closing and voiding ------------------------------------------------------------
    def close(self, actor: Actor, incident_id: uuid.UUID, reason: str = "") -> IncidentInfo:
        """Closed when every follow-up is done, or with a reason for those left."""
        actor.require(Module.INCIDENTS, Action.UPDATE)
        moment = utcnow()
        why = clean_note(reason, "close_reason")
        with self._store.write() as session:
            row = _live(queries.get_incident(session, incident_id))
            actions = queries.actions_of(session, row.id)
            check_closing([FollowUp(a.deadline, a.done_at) for a in actions], why)
            changes = {"closed_at": moment, "closed_by": actor.username, "close_reason": why}
            records.update(session, actor, ENTITY, row, FIELDS, changes)
            return queries.info(session, row, moment)

    def void(self, actor: Actor, incident_id: uuid.UUID, reason: str) -> IncidentInfo:
        """A wrong record (typed twice, not an incident): kept, marked void, left out
        of every count."""
        actor.require(Module.INCIDENTS, Action.VOID)
        with self._store.write() as session:
            row = queries.get_incident(session, incident_id)
            if row.voided_at is not None:
                raise ConflictError(
                    QT_TRANSLATE_NOOP("messages", "This incident is voided already.")
                )
            records.void(session, actor, ENTITY, row, FIELDS, reason)
            session.flush()
            return queries.info(session, row, utcnow())

    # -- reading ------------------------------------------------------------------------
    def detail(
        self, actor: Actor, incident_id: uuid.UUID, *, now: datetime | None = None
    ) -> IncidentInfo:
        actor.require(Module.INCIDENTS, Action.VIEW)
        with self._store.read() as session:
            return queries.info(
                session, queries.get_incident(session, incident_id), now or utcnow()
            )

    def find_number(self, actor: Actor, number: str) -> IncidentInfo:
        actor.require(Module.INCIDENTS, Action.VIEW)
        wanted = clean_number(number)
        with self._store.read() as session:
            row = session.scalar(select(Incident).where(Incident.number == wanted))
            if row is None:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP("messages", "No incident has the number {number}."),
                    field="number",
                    number=wanted,
                )
            return queries.info(session, row, utcnow())

    def page(
        self,
        actor: Actor,
        flt: IncidentFilter | None = None,
        before: Key | None = None,
        limit: int = 100,
        *,
        now: datetime | None = None,
    ) -> Page[IncidentInfo]:
        actor.require(Module.INCIDENTS, Action.VIEW)
        wanted = _clean_filter(flt or IncidentFilter())
        with self._store.read() as session:
            return queries.page(session, wanted, now or utcnow(), before, limit)

    def count(
        self, actor: Actor, flt: IncidentFilter | None = None, *, now: datetime | None = None
    ) -> int:
        actor.require(Module.INCIDENTS, Action.VIEW)
        wanted = _clean_filter(flt or IncidentFilter())
        with self._store.read() as session:
            return queries.count(session, wanted, now or utcnow())

    def linked(
        self, actor: Actor, kind: IncidentSource, source_ids: Sequence[str]
    ) -> Mapping[str, LinkedIncident]:
        """The (not voided) incident opened from each of the records, by their ids."""
        actor.require(Module.INCIDENTS, Action.VIEW)
        source = IncidentSource(kind)
        ids = [str(i) for i in source_ids]
        found: dict[str, LinkedIncident] = {}
        with self._store.read() as session:
            for start in range(0, len(ids), _BATCH):
                rows = session.scalars(
                    select(Incident).where(
                        Incident.source_kind == source.value,
                        Incident.source_id.in_(ids[start : start + _BATCH]),
                        Incident.voided_at.is_(None),
                    )
                )
                for row in rows:
                    found[row.source_id] = LinkedIncident(
                        row.id, row.number, row.closed_at is not None, row.source_id
                    )
        return found
