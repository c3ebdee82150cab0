"""What the patrol forms send, and how it is checked before anything is read or written.

Every ValidationError names the field of the form it belongs next to.
"""

from __future__ import annotations

import re
import unicodedata
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from propdesk.domain.patrol.findings import FindingCategory
from propdesk.errors import QT_TRANSLATE_NOOP, ValidationError
from propdesk.services.core.date_window import moment_in_window
from propdesk.services.core.text import bounded_text, storable_text
from propdesk.services.core.typed_times import not_older_than, typed_time

ROUTE_NAME_MAX = 40
NOTE_MAX = 200
CODE_MAX = 32
CHECKPOINT_NAME_MAX = 40
PLACE_MAX = 100
CHECKLIST_MAX = 400
VISIT_NOTE_MAX = 200
FINDING_TEXT_MAX = 300
PERSON_MAX = 40
REASON_MAX = 200
# Letters, digits and - _ . /: what any label printer and keyboard-wedge reader carry.
_CODE = re.compile(r"^[A-Z0-9][A-Z0-9._/-]*$")
# A time typed a little ahead of this station's clock is another station's clock.
CLOCK_SLACK = timedelta(minutes=5)
# Paper rounds are entered within days; older is a typing mistake.
MAX_PAPER_AGE = timedelta(days=14)

FUTURE = QT_TRANSLATE_NOOP("messages", "The time cannot be in the future.")
TOO_OLD = QT_TRANSLATE_NOOP("messages", "That time is more than {days} days ago; check the date.")


@dataclass(frozen=True)
class RouteInput:
    name: str
    note: str = ""


@dataclass(frozen=True)
class CheckpointInput:
    """`checklist`: what to check there, one item per line."""

    code: str
    name: str
    place: str = ""
    checklist: str = ""


@dataclass(frozen=True)
class FindingInput:
    """An issue seen at a checkpoint: what, and what the guard did about it.
    `escalated_to`: the duty manager told, if any (then `escalated_at`, None: now)."""

    category: FindingCategory
    seen: str
    action: str = ""
    escalated_to: str = ""
    escalated_at: datetime | None = None


@dataclass(frozen=True)
class PaperVisit:
    checkpoint_id: uuid.UUID
    at: datetime
    ok: bool = True
    note: str = ""


@dataclass(frozen=True)
class PaperRound:
    """A round walked with a paper sheet, entered afterwards with its times."""

    route_id: uuid.UUID
    guard_id: uuid.UUID
    started_at: datetime
    finished_at: datetime
    visits: tuple[PaperVisit, ...]


def clean_code(value: str, field: str = "code") -> str:
    """A checkpoint code as stored and compared: trimmed, upper case, and full-width
    characters (typed with a Chinese input method switched on) made ASCII."""
    code = unicodedata.normalize("NFKC", value).strip().upper()
    if not code:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "Enter the checkpoint's code."), field=field
        )
    if len(code) > CODE_MAX or not _CODE.match(code):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "messages",
                "A checkpoint code is 1 to {limit} letters, digits and - _ . / (e.g. XG-E-01).",
            ),
            field=field,
            limit=CODE_MAX,
        )
    return code


def clean_route(data: RouteInput) -> RouteInput:
    return RouteInput(
        name=bounded_text(
            data.name,
            "name",
            ROUTE_NAME_MAX,
            required=QT_TRANSLATE_NOOP("messages", "Enter the route's name."),
        ),
        note=bounded_text(data.note, "note", NOTE_MAX),
    )


def clean_checklist(text: str) -> str:
    """One item per line, each line's spaces cleaned, empty lines dropped."""
    lines = [" ".join(line.split()) for line in storable_text(text, "checklist").splitlines()]
    checklist = "\n".join(line for line in lines if line)
    if len(checklist) > CHECKLIST_MAX:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "At most {limit} characters."),
            field="checklist",
            limit=CHECKLIST_MAX,
        )
    return checklist


def clean_checkpoint(data: CheckpointInput) -> CheckpointInput:
    return CheckpointInput(
        code=clean_code(data.code),
        name=bounded_text(
            data.name,
            "name",
            CHECKPOINT_NAME_MAX,
            required=QT_TRANSLATE_NOOP("messages", "Enter the checkpoint's name."),
        ),
        place=bounded_text(data.place, "place", PLACE_MAX),
        checklist=clean_checklist(data.checklist),
    )


def clean_finding(data: FindingInput, now: datetime) -> FindingInput:
    if not isinstance(data.category, FindingCategory):
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "Choose what kind of issue it is."), field="category"
        )
    escalated_to = bounded_text(data.escalated_to, "escalated_to", PERSON_MAX)
    escalated_at = None
    if escalated_to:
        escalated_at = clean_live_time(data.escalated_at, now, "escalated_at")
    return FindingInput(
        category=data.category,
        seen=bounded_text(
            data.seen,
            "seen",
            FINDING_TEXT_MAX,
            required=QT_TRANSLATE_NOOP("messages", "Say what was seen."),
        ),
        action=bounded_text(data.action, "action", FINDING_TEXT_MAX),
        escalated_to=escalated_to,
        escalated_at=escalated_at,
    )


def clean_reason(reason: str) -> str:
    return bounded_text(
        reason,
        "reason",
        REASON_MAX,
        required=QT_TRANSLATE_NOOP("messages", "Give a reason."),
    )


def clean_live_time(value: datetime | None, now: datetime, field: str) -> datetime:
    """A time given with a live step ("a moment ago"; None: now): within the years the
    console reckons with (checked first: year 1 at UTC+8 cannot even be compared), and
    not in the future."""
    if value is None:
        return now
    return typed_time(moment_in_window(value, field), now, field, FUTURE, CLOCK_SLACK)


def clean_paper_time(value: datetime, now: datetime, field: str) -> datetime:
    at = clean_live_time(value, now, field)
    return not_older_than(at, now, MAX_PAPER_AGE, field, TOO_OLD)


def clean_visit_note(note: str) -> str:
    """A paper visit's note: cleaned, at most VISIT_NOTE_MAX characters."""
    return bounded_text(note, "visits", VISIT_NOTE_MAX)
