"""Drill and training sessions (演练记录 / 培训记录): record one, read the list and one
whole, a staff member's history, void with a reason.

Recording checks the role (DRILLS CREATE: clerks and managers), then every input
(services.drills.inputs), and only then writes the session, its participants and the
audit row in one transaction, so a refused call leaves nothing behind.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import Select, and_, insert, or_, select
from sqlalchemy.orm import Session

from propdesk.domain.drills.kinds import SessionKind, Topic
from propdesk.domain.ids import uuid7
from propdesk.domain.roles import Action, Module
from propdesk.domain.service_targets import Period
from propdesk.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from propdesk.services.core import numbering as numbering_service
from propdesk.services.core import records
from propdesk.services.core.actor import Actor
from propdesk.services.core.date_span import span_in_window
from propdesk.services.core.paging import Key, Page
from propdesk.services.core.people import display_name
from propdesk.services.core.periods import bounds
from propdesk.services.core.photos import photo_ref
from propdesk.services.core.store_service import StoreService
from propdesk.services.core.text import bounded_text
from propdesk.services.drills.inputs import CleanSession, SessionInput, clean_session
from propdesk.services.drills.views import (
    HistoryLine,
    Participant,
    SessionDetail,
    SessionFilter,
    SessionRow,
    StaffChoice,
    StaffHistory,
)
from propdesk.store.base import utcnow
from propdesk.store.models import Department, Staff
from propdesk.store.models.drills import DrillAttachment, DrillParticipant, DrillSession

ENTITY = "drill_session"
FIELDS = (
    "number",
    "kind",
    "topic",
    "title",
    "held_at",
    "minutes",
    "place",
    "organiser_id",
    "organiser_name",
    "residents",
    "staff_count",
    "practised",
    "problems",
    "actions",
)
MAX_PAGE = 500
SEARCH_MAX = 40


def session_row(found: DrillSession) -> SessionRow:
    return SessionRow(
        found.id,
        found.number,
        SessionKind(found.kind),
        Topic(found.topic),
        found.title,
        found.held_at,
        found.minutes,
        found.organiser_name,
        found.staff_count,
        found.residents,
        bool(found.problems),
        found.voided_at is not None,
    )


def get_session(session: Session, session_id: uuid.UUID) -> DrillSession:
    found = session.get(DrillSession, session_id) if isinstance(session_id, uuid.UUID) else None
    if found is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("messages", "That session is not on record."))
    return found


def write_session(session: Session, actor: Actor, clean: CleanSession) -> DrillSession:
    """The session and its participants, audited, inside the caller's transaction."""
    row = DrillSession(
        number=numbering_service.allocate(
            session, clean.topic.number_kind, clean.held_at.astimezone().date()
        ),
        kind=clean.topic.session.value,
        topic=clean.topic.value,
        title=clean.title,
        held_at=clean.held_at,
        minutes=clean.minutes,
        place=clean.place,
        organiser_id=clean.organiser.id,
        organiser_name=clean.organiser.name,
        residents=clean.residents,
        staff_count=len(clean.participants),
        practised=clean.practised,
        problems=clean.problems,
        actions=clean.actions,
        recorded_by=actor.username,
    )
    records.create(session, actor, ENTITY, row, FIELDS)
    if clean.participants:
        # One statement for every participant (a whole office is one round trip).
        session.execute(
            insert(DrillParticipant),
            [
                {
                    "id": uuid7(),
                    "session_id": row.id,
                    "staff_id": p.id,
                    "staff_name": p.name,
                    "department_name": p.department,
                }
                for p in clean.participants
            ],
        )
    return row


def load_detail(session: Session, found: DrillSession) -> SessionDetail:
    people = session.scalars(
        select(DrillParticipant)
        .where(DrillParticipant.session_id == found.id)
        .order_by(DrillParticipant.department_name, DrillParticipant.staff_name)
    )
    return SessionDetail(
        session_row(found),
        found.place,
        found.organiser_id,
        tuple(Participant(p.staff_id, p.staff_name, p.department_name) for p in people),
        found.practised,
        found.problems,
        found.actions,
        display_name(session, found.recorded_by),
        found.void_reason,
        tuple(
            photo_ref(row)
            for row in session.scalars(
                select(DrillAttachment)
                .where(DrillAttachment.session_id == found.id)
                .order_by(DrillAttachment.added_at, DrillAttachment.id)
            )
        ),
    )


def _filtered(
    query: Select[tuple[DrillSession]], wanted: SessionFilter
) -> Select[tuple[DrillSession]]:
    if wanted.first is not None and wanted.last is not None:
        span_in_window(wanted.first, wanted.last, "first")
        start, end = bounds(Period(wanted.first, wanted.last))
        query = query.where(DrillSession.held_at >= start, DrillSession.held_at < end)
    if wanted.kind is not None:
        if not isinstance(wanted.kind, SessionKind):
            raise ValidationError(
                QT_TRANSLATE_NOOP("messages", "Choose drills, trainings, or any."), field="kind"
            )
        query = query.where(DrillSession.kind == wanted.kind.value)
    if wanted.topic is not None:
        if not isinstance(wanted.topic, Topic):
            raise ValidationError(
                QT_TRANSLATE_NOOP("messages", "Choose the drill or training topic."),
                field="topic",
            )
        query = query.where(DrillSession.topic == wanted.topic.value)
    if not wanted.include_voided:
        query = query.where(DrillSession.voided_at.is_(None))
    text = bounded_text(wanted.text if isinstance(wanted.text, str) else "", "text", SEARCH_MAX)
    if text:
        query = query.where(
            or_(
                DrillSession.number.startswith(text.upper(), autoescape=True),
                DrillSession.title.contains(text, autoescape=True),
                DrillSession.organiser_name.contains(text, autoescape=True),
            )
        )
    return query


class SessionService(StoreService):
    def record(
        self, actor: Actor, data: SessionInput, *, now: datetime | None = None
    ) -> SessionDetail:
        actor.require(Module.DRILLS, Action.CREATE)
        moment = now or utcnow()
        with self._store.write() as session:
            clean = clean_session(session, data, moment)
            row = write_session(session, actor, clean)
            return SessionDetail(
                session_row(row),
                row.place,
                row.organiser_id,
                tuple(Participant(p.id, p.name, p.department) for p in clean.participants),
                row.practised,
                row.problems,
                row.actions,
                actor.display_name or actor.username,
            )

    def detail(self, actor: Actor, session_id: uuid.UUID) -> SessionDetail:
        actor.require(Module.DRILLS, Action.VIEW)
        with self._store.read() as session:
            return load_detail(session, get_session(session, session_id))

    def find_number(self, actor: Actor, number: str) -> SessionDetail:
        actor.require(Module.DRILLS, Action.VIEW)
        text = bounded_text(number if isinstance(number, str) else "", "number", 20).upper()
        with self._store.read() as session:
            found = session.scalars(select(DrillSession).where(DrillSession.number == text)).first()
            if found is None:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP("messages", "No session {number}."),
                    field="number",
                    number=text,
                )
            return load_detail(session, found)

    def rows(
        self,
        actor: Actor,
        wanted: SessionFilter,
        *,
        before: Key | None = None,
        limit: int = 200,
    ) -> Page[SessionRow]:
        """Newest first, a page at a time (pass `next_before` for the next)."""
        actor.require(Module.DRILLS, Action.VIEW)
        size = max(1, min(int(limit), MAX_PAGE))
        query = _filtered(select(DrillSession), wanted)
        if before is not None:
            at, row_id = before
            query = query.where(
                or_(
                    DrillSession.held_at < at,
                    and_(DrillSession.held_at == at, DrillSession.id < row_id),
                )
            )
        query = query.order_by(DrillSession.held_at.desc(), DrillSession.id.desc()).limit(size + 1)
        with self._store.read() as session:
            found = list(session.scalars(query))
        more = len(found) > size
        rows = [session_row(f) for f in found[:size]]
        return Page(rows, (rows[-1].held_at, rows[-1].id) if more else None)

    def void(self, actor: Actor, session_id: uuid.UUID, reason: str) -> None:
        """A wrong entry voided with a reason (managers): it no longer answers the plan."""
        actor.require(Module.DRILLS, Action.VOID)
        with self._store.write() as session:
            found = get_session(session, session_id)
            if found.voided_at is not None:
                return
            records.void(session, actor, ENTITY, found, FIELDS, reason)

    # -- the staff ---------------------------------------------------------------------
    def staff_choices(self, actor: Actor, *, include_left: bool = False) -> list[StaffChoice]:
        """The staff register as the form offers it (department, then name); with
        `include_left`, people voided in the register too (their history stays)."""
        actor.require(Module.DRILLS, Action.VIEW)
        query = select(Staff.id, Staff.name, Staff.voided_at, Department.name.label("dept")).join(
            Department, Department.id == Staff.department_id
        )
        if not include_left:
            query = query.where(Staff.voided_at.is_(None))
        with self._store.read() as session:
            rows = session.execute(query.order_by(Department.id, Staff.name, Staff.id)).all()
        return [StaffChoice(r.id, r.name, r.dept, r.voided_at is not None) for r in rows]

    def staff_history(self, actor: Actor, staff_id: uuid.UUID) -> StaffHistory:
        """Every session the person took part in or organised, newest first (voided
        sessions left out: they did not happen as recorded)."""
        actor.require(Module.DRILLS, Action.VIEW)
        with self._store.read() as session:
            person = session.execute(
                select(Staff.id, Staff.name, Staff.voided_at, Department.name.label("dept"))
                .join(Department, Department.id == Staff.department_id)
                .where(Staff.id == staff_id)
            ).first()
            if person is None:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP("messages", "That person is not on the staff register."),
                    field="staff",
                )
            took_part = select(DrillParticipant.session_id).where(
                DrillParticipant.staff_id == staff_id
            )
            found = session.scalars(
                select(DrillSession)
                .where(
                    DrillSession.voided_at.is_(None),
                    or_(DrillSession.id.in_(took_part), DrillSession.organiser_id == staff_id),
                )
                .order_by(DrillSession.held_at.desc(), DrillSession.id.desc())
            ).all()
            lines = tuple(HistoryLine(session_row(f), f.organiser_id == staff_id) for f in found)
        choice = StaffChoice(person.id, person.name, person.dept, person.voided_at is not None)
        return StaffHistory(choice, lines)
