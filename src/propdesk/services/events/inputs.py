"""What the event forms send, and how each field is cleaned or refused next to its
form field before anything is written (services.events.events)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from propdesk.domain.events.kinds import EventKind
from propdesk.domain.events.rules import (
    FIELD_BUDGET,
    FIELD_COST,
    FIELD_ENDS,
    FIELD_STARTS,
    check_fen,
    check_participants,
    check_times,
)
from propdesk.errors import QT_TRANSLATE_NOOP, ValidationError
from propdesk.services.core.date_window import moment_in_window
from propdesk.services.core.text import bounded_text

THEME_MAX = 60
PLACE_MAX = 60
CONTENT_MAX = 1000
ORGANISER_MAX = 40
FEEDBACK_MAX = 1000
REASON_MAX = 200
QR_MAX = 200  # the notice's QR text: a sign-up link or a phone number


@dataclass(frozen=True)
class EventPlan:
    """An event as planned (新建 / 修改活动计划)."""

    kind: EventKind | str
    theme: str
    starts_at: datetime
    ends_at: datetime
    place: str
    organiser: str
    content: str = ""
    budget_fen: int = 0


@dataclass(frozen=True)
class HeldRecord:
    """What happened: how many took part, what they said, what it cost."""

    participants: int
    feedback: str = ""
    actual_cost_fen: int = 0


@dataclass(frozen=True)
class CleanPlan:
    kind: EventKind
    theme: str
    starts_at: datetime
    ends_at: datetime
    place: str
    organiser: str
    content: str
    budget_fen: int


def _moment(value: object, field: str, message: str) -> datetime:
    if not isinstance(value, datetime):
        raise ValidationError(message, field=field)
    moment_in_window(value, field)
    if value.tzinfo is None or value.utcoffset() is None:  # typed on a form: local time
        value = value.astimezone()
    return value


def clean_kind(value: object) -> EventKind:
    try:
        return EventKind(value)  # type: ignore[arg-type]  # whatever a caller passes
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "Choose the kind of event."), field="kind"
        ) from None


def clean_plan(data: EventPlan) -> CleanPlan:
    """The plan's fields cleaned, in the form's order; the first bad one refused."""
    kind = clean_kind(data.kind)
    theme = bounded_text(
        data.theme,
        "theme",
        THEME_MAX,
        required=QT_TRANSLATE_NOOP("messages", "Enter the event's theme."),
    )
    starts = _moment(
        data.starts_at, FIELD_STARTS, QT_TRANSLATE_NOOP("messages", "Give the start time.")
    )
    ends = _moment(data.ends_at, FIELD_ENDS, QT_TRANSLATE_NOOP("messages", "Give the end time."))
    check_times(starts, ends)
    place = bounded_text(
        data.place,
        "place",
        PLACE_MAX,
        required=QT_TRANSLATE_NOOP("messages", "Enter where the event takes place."),
    )
    content = bounded_text(data.content, "content", CONTENT_MAX)
    organiser = bounded_text(
        data.organiser,
        "organiser",
        ORGANISER_MAX,
        required=QT_TRANSLATE_NOOP("messages", "Enter who organises it."),
    )
    budget = check_fen(data.budget_fen, FIELD_BUDGET)
    return CleanPlan(kind, theme, starts, ends, place, organiser, content, budget)


def clean_held(data: HeldRecord) -> tuple[int, str, int]:
    participants = check_participants(data.participants)
    feedback = bounded_text(data.feedback, "feedback", FEEDBACK_MAX)
    cost = check_fen(data.actual_cost_fen, FIELD_COST)
    return participants, feedback, cost


def clean_reason(reason: str) -> str:
    return bounded_text(
        reason,
        "reason",
        REASON_MAX,
        required=QT_TRANSLATE_NOOP("messages", "Say why the event is cancelled."),
    )


def clean_qr_text(value: str) -> str:
    """The notice's optional QR text (empty: no QR code)."""
    return bounded_text(value, "qr_text", QR_MAX)
