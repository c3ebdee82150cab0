"""What a person types for an incident and its follow-up actions, checked field by
field before anything is written: each mistake is a ValidationError naming its field,
so the form shows it there."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from propdesk.domain.incidents.follow_ups import FIELD_DEADLINE, check_deadline
from propdesk.domain.incidents.kinds import IncidentKind
from propdesk.errors import QT_TRANSLATE_NOOP, ValidationError
from propdesk.services.core.date_window import moment_in_window
from propdesk.services.core.text import bounded_text
from propdesk.services.core.typed_times import not_older_than, typed_time

TITLE_MAX = 60
PLACE_MAX = 100
TEXT_MAX = 1000
RESPONDERS_MAX = 100
REPORT_MAX = 40
HARM_MAX = 500
WHAT_MAX = 200
WHO_MAX = 60
NOTE_MAX = 200
NUMBER_MAX = 20
# A loss above this is a typing mistake (ten million yuan), in fen.
MAX_LOSS_FEN = 1_000_000_000
# An incident typed in more than this long after it happened is a mistyped date.
MAX_AGE = timedelta(days=3 * 366)
CLOCK_SLACK = timedelta(minutes=5)  # a station's clock a little behind is no mistake


@dataclass(frozen=True)
class IncidentInput:
    kind: IncidentKind
    title: str
    occurred_at: datetime
    place: str
    what_happened: str
    responders: str = ""
    response: str = ""
    police_called: bool = False
    police_report: str = ""
    fire_called: bool = False
    fire_report: str = ""
    injuries: str = ""
    losses: str = ""
    loss_fen: int = 0


@dataclass(frozen=True)
class ActionInput:
    what: str
    who: str
    deadline: datetime


def clean_kind(value: object, field: str = "kind") -> IncidentKind:
    try:
        return IncidentKind(str(value)) if isinstance(value, str) else IncidentKind("")
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "Choose the kind of incident."), field=field
        ) from None


def clean_moment(value: object, now: datetime, field: str) -> datetime:
    if not isinstance(value, datetime):
        raise ValidationError(QT_TRANSLATE_NOOP("messages", "Give the date and time."), field=field)
    moment = typed_time(
        moment_in_window(value, field),
        now,
        field,
        QT_TRANSLATE_NOOP("messages", "The time is in the future; check it."),
        CLOCK_SLACK,
    )
    return not_older_than(
        moment,
        now,
        MAX_AGE,
        field,
        QT_TRANSLATE_NOOP("messages", "The date is more than {days} days ago; check it."),
    )


def _text(value: object, field: str, limit: int, required: str | None = None) -> str:
    if not isinstance(value, str):
        raise ValidationError(
            required or QT_TRANSLATE_NOOP("messages", "This must be text."), field=field
        )
    return bounded_text(value, field, limit, required=required)


def _flag(value: object, field: str) -> bool:
    if not isinstance(value, bool):
        raise ValidationError(QT_TRANSLATE_NOOP("messages", "Say yes or no."), field=field)
    return value


def _loss(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_LOSS_FEN:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "The loss is an amount in yuan from 0 to 10,000,000."),
            field="loss_fen",
        )
    return value


def clean_incident(data: IncidentInput, now: datetime) -> IncidentInput:
    """The input as it will be stored (texts trimmed, the time aware); a called
    service needs its report number only when given (it often comes later)."""
    kind = clean_kind(data.kind)
    title = _text(
        data.title,
        "title",
        TITLE_MAX,
        QT_TRANSLATE_NOOP("messages", "Give the incident a short title."),
    )
    occurred_at = clean_moment(data.occurred_at, now, "occurred_at")
    place = _text(
        data.place, "place", PLACE_MAX, QT_TRANSLATE_NOOP("messages", "Say where it happened.")
    )
    what = _text(
        data.what_happened,
        "what_happened",
        TEXT_MAX,
        QT_TRANSLATE_NOOP("messages", "Say what happened."),
    )
    police_called = _flag(data.police_called, "police_called")
    fire_called = _flag(data.fire_called, "fire_called")
    police_report = _text(data.police_report, "police_report", REPORT_MAX)
    fire_report = _text(data.fire_report, "fire_report", REPORT_MAX)
    if police_report and not police_called:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "A report number means the police were called."),
            field="police_report",
        )
    if fire_report and not fire_called:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "A report number means the fire brigade was called."),
            field="fire_report",
        )
    return IncidentInput(
        kind=kind,
        title=title,
        occurred_at=occurred_at,
        place=place,
        what_happened=what,
        responders=_text(data.responders, "responders", RESPONDERS_MAX),
        response=_text(data.response, "response", TEXT_MAX),
        police_called=police_called,
        police_report=police_report,
        fire_called=fire_called,
        fire_report=fire_report,
        injuries=_text(data.injuries, "injuries", HARM_MAX),
        losses=_text(data.losses, "losses", HARM_MAX),
        loss_fen=_loss(data.loss_fen),
    )


def clean_action(data: ActionInput, occurred_at: datetime) -> ActionInput:
    what = _text(
        data.what, "what", WHAT_MAX, QT_TRANSLATE_NOOP("messages", "Say what is to be done.")
    )
    who = _text(
        data.who,
        "who",
        WHO_MAX,
        QT_TRANSLATE_NOOP("messages", "Say who (a person or a department) is to do it."),
    )
    if not isinstance(data.deadline, datetime):
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "Give the deadline."), field=FIELD_DEADLINE
        )
    deadline = moment_in_window(data.deadline, FIELD_DEADLINE)
    if deadline.utcoffset() is None:  # typed on a form: the station's local time
        deadline = deadline.astimezone()
    check_deadline(occurred_at, deadline)
    return ActionInput(what, who, deadline)


def clean_note(value: object, field: str, limit: int = NOTE_MAX) -> str:
    return _text(value, field, limit)


def clean_number(value: object) -> str:
    return _text(
        value, "number", NUMBER_MAX, QT_TRANSLATE_NOOP("messages", "Type the incident's number.")
    ).upper()
