"""What the office enters for one session, and its checks before anything is written:
the topic is one of the list, the time is neither in the future nor outside the date
window, the duration and the residents' count are sane, the organiser and every
participant are on the staff register (a voided person is refused: they left), and
the texts are storable and within their columns."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from propdesk.domain.drills import rules
from propdesk.domain.drills.kinds import Topic
from propdesk.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from propdesk.services.core.date_window import date_in_window
from propdesk.services.core.text import bounded_text
from propdesk.services.core.typed_times import typed_time
from propdesk.store.models import Department, Staff

FIELD_TOPIC = "topic"
FIELD_TITLE = "title"
FIELD_AT = "held_at"
FIELD_MINUTES = "minutes"
FIELD_PLACE = "place"
FIELD_ORGANISER = "organiser_id"
FIELD_PARTICIPANTS = "participants"
FIELD_RESIDENTS = "residents"
FIELD_PRACTISED = "practised"
FIELD_PROBLEMS = "problems"
FIELD_ACTIONS = "actions"
_SLACK = timedelta(minutes=5)  # a clock a few minutes ahead is no typing mistake
NO_TITLE = QT_TRANSLATE_NOOP("messages", "Enter a title for the session.")
NO_ORGANISER = QT_TRANSLATE_NOOP("messages", "Choose who organised the session.")
NO_PARTICIPANT = QT_TRANSLATE_NOOP("messages", "Choose the staff who took part.")


@dataclass(frozen=True)
class SessionInput:
    topic: Topic
    title: str
    held_at: datetime
    minutes: int
    organiser_id: uuid.UUID | None
    participant_ids: Sequence[uuid.UUID] = field(default_factory=tuple)
    residents: int = 0
    place: str = ""
    practised: str = ""
    problems: str = ""
    actions: str = ""


@dataclass(frozen=True)
class StaffFound:
    id: uuid.UUID
    name: str
    department: str


@dataclass(frozen=True)
class CleanSession:
    topic: Topic
    title: str
    held_at: datetime
    minutes: int
    organiser: StaffFound
    participants: tuple[StaffFound, ...]
    residents: int
    place: str
    practised: str
    problems: str
    actions: str


def clean_topic(value: object, field_name: str = FIELD_TOPIC) -> Topic:
    if isinstance(value, Topic):
        return value
    try:
        return Topic(str(value)) if isinstance(value, str) else _no_topic(field_name)
    except ValueError:
        return _no_topic(field_name)


def _no_topic(field_name: str) -> Topic:
    raise ValidationError(
        QT_TRANSLATE_NOOP("messages", "Choose the drill or training topic."), field=field_name
    )


def _whole(value: object, field_name: str, low: int, high: int, message: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ValidationError(message, field=field_name, low=low, high=high)
    return value


def staff_found(session: Session, staff_id: object, field_name: str, missing: str) -> StaffFound:
    if not isinstance(staff_id, uuid.UUID):
        raise ValidationError(missing, field=field_name)
    row = session.execute(
        select(Staff.id, Staff.name, Staff.voided_at, Department.name.label("department"))
        .join(Department, Department.id == Staff.department_id)
        .where(Staff.id == staff_id)
    ).first()
    if row is None or row.voided_at is not None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("messages", "That person is not on the staff register."),
            field=field_name,
        )
    return StaffFound(row.id, row.name, row.department)


def clean_session(session: Session, data: SessionInput, now: datetime) -> CleanSession:
    """Everything checked, nothing written (the caller writes)."""
    topic = clean_topic(data.topic)
    title = bounded_text(
        data.title if isinstance(data.title, str) else "",
        FIELD_TITLE,
        rules.MAX_TITLE,
        required=NO_TITLE,
    )
    if not isinstance(data.held_at, datetime):
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "Enter when the session was held."), field=FIELD_AT
        )
    date_in_window(data.held_at.date(), FIELD_AT)
    at = typed_time(
        data.held_at,
        now,
        FIELD_AT,
        QT_TRANSLATE_NOOP("messages", "The session's time is in the future; check it."),
        _SLACK,
    )
    date_in_window(at.astimezone().date(), FIELD_AT)
    minutes = _whole(
        data.minutes,
        FIELD_MINUTES,
        rules.MIN_MINUTES,
        rules.MAX_MINUTES,
        QT_TRANSLATE_NOOP("messages", "Enter the duration in minutes, from {low} to {high}."),
    )
    residents = _whole(
        data.residents,
        FIELD_RESIDENTS,
        0,
        rules.MAX_RESIDENTS,
        QT_TRANSLATE_NOOP("messages", "Enter the residents who joined, from {low} to {high}."),
    )
    place = bounded_text(data.place if isinstance(data.place, str) else "", FIELD_PLACE, 60)
    texts = [
        bounded_text(value if isinstance(value, str) else "", name, rules.MAX_TEXT)
        for value, name in (
            (data.practised, FIELD_PRACTISED),
            (data.problems, FIELD_PROBLEMS),
            (data.actions, FIELD_ACTIONS),
        )
    ]
    organiser = staff_found(
        session,
        data.organiser_id,
        FIELD_ORGANISER,
        NO_ORGANISER,
    )
    wanted = list(dict.fromkeys(data.participant_ids or ()))  # each person once
    if len(wanted) > rules.MAX_PARTICIPANTS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "At most {limit} staff can be named."),
            field=FIELD_PARTICIPANTS,
            limit=rules.MAX_PARTICIPANTS,
        )
    participants = tuple(
        staff_found(
            session,
            staff_id,
            FIELD_PARTICIPANTS,
            NO_PARTICIPANT,
        )
        for staff_id in wanted
    )
    if not participants and residents == 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "Name the staff who took part, or count the residents."),
            field=FIELD_PARTICIPANTS,
        )
    return CleanSession(
        topic, title, at, minutes, organiser, participants, residents, place, *texts
    )
