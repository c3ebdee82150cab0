"""The complaint list: a filtered page newest first, by keyset on (received_at, id) as
the repair list pages, so the hundredth page costs what the first does; the same rows
for export, page after page. Each filter is
a condition an index of store.models.complaints answers. The search text is read as a
complaint number or its start (TS2026…), a unit code, a phone's last digits or a
name's start; an anonymous complaint has no name or phone to be found by."""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Row, and_, false, literal, or_, select, tuple_
from sqlalchemy.orm import Session

from propdesk.domain.complaints.deadlines import is_overdue
from propdesk.domain.complaints.kinds import (
    ComplaintCategory,
    ComplaintChannel,
    Severity,
    Verdict,
)
from propdesk.domain.complaints.workflow import (
    OPEN_STATES,
    RATINGS,
    UNANSWERED_STATES,
    ComplaintState,
)
from propdesk.domain.personal_data import phone_digits
from propdesk.errors import QT_TRANSLATE_NOOP, ValidationError
from propdesk.services.complaints.detail import shown_phone
from propdesk.services.complaints.inputs import SEARCH_MAX, code
from propdesk.services.core.actor import Actor
from propdesk.services.core.date_window import date_in_window
from propdesk.services.core.paging import Key, Page
from propdesk.services.core.text import bounded_text
from propdesk.store.models import Complaint, Staff, Unit

MAX_PAGE = 500
EXPORT_BATCH = MAX_PAGE  # complaint_page reads at most this many at a time anyway
MAX_CHAR = "\U0010ffff"
_NUMBER = re.compile(r"^TS[0-9]*(?:-[A-Z]{0,2}[0-9]*)?$")  # TS202612-B…: a station's letters
_PHONE_TAIL = re.compile(r"^\d{4}$")


@dataclass(frozen=True)
class ComplaintFilter:
    states: frozenset[ComplaintState] | None = None  # None: every state
    category: ComplaintCategory | None = None
    overdue_only: bool = False  # open, never answered, past the deadline
    date_from: date | None = None  # local dates received, both inclusive
    date_to: date | None = None
    text: str = ""  # number, unit code, phone's last four digits, name (or their start)
    # What the analysis links its figures to (services.complaints.analysis); each
    # None or empty: not filtered.
    answered_in_time: bool | None = None  # first answer at or before the deadline, or after
    unit_id: uuid.UUID | None = None  # the place: a unit …
    common_area: str = ""  # … or a common area (exactly as written, spaces aside)
    resident_id: uuid.UUID | None = None  # the complainant: a resident …
    complainant_phone: str = ""  # … or a phone (digits); never finds an anonymous one
    department_id: uuid.UUID | None = None
    unassigned: bool = False  # no department yet
    verdict: Verdict | None = None  # the latest verdict
    sent_back: bool | None = None  # ever "not satisfied" (round > 1), or never
    rating: int | None = None  # the follow-up's rating 1–5


@dataclass(frozen=True)
class ComplaintRow:
    id: uuid.UUID
    number: str
    state: ComplaintState
    round: int
    channel: ComplaintChannel
    category: ComplaintCategory
    severity: Severity
    anonymous: bool
    complainant_name: str
    complainant_phone: str  # in full or masked, by the reader's role
    unit_code: str
    common_area: str
    description: str
    handler_name: str
    received_at: datetime
    response_due_at: datetime
    first_answered_at: datetime | None
    closed_at: datetime | None
    overdue: bool

    @property
    def key(self) -> Key:
        return (self.received_at, self.id)

    @property
    def location(self) -> str:
        return self.unit_code or self.common_area


ComplaintPage = Page[ComplaintRow]


def clean_filter(wanted: ComplaintFilter) -> ComplaintFilter:
    for field in ("date_from", "date_to"):
        day = getattr(wanted, field)
        if day is not None:
            date_in_window(day, field)
    states = wanted.states
    if states is not None:
        states = frozenset(code(ComplaintState, state, "states") for state in states)
    category = (
        None if wanted.category is None else code(ComplaintCategory, wanted.category, "category")
    )
    text = bounded_text(wanted.text, "text", SEARCH_MAX)
    verdict = None if wanted.verdict is None else code(Verdict, wanted.verdict, "verdict")
    if wanted.rating is not None and wanted.rating not in RATINGS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "The rating must be a whole number from 1 to 5."),
            field="rating",
        )
    return replace(
        wanted,
        states=states,
        category=category,
        overdue_only=bool(wanted.overdue_only),
        text=text,
        common_area=bounded_text(wanted.common_area, "common_area", SEARCH_MAX).strip(),
        complainant_phone=phone_digits(
            bounded_text(wanted.complainant_phone, "complainant_phone", SEARCH_MAX)
        ),
        unassigned=bool(wanted.unassigned),
        verdict=verdict,
    )


def _start_of(day: date) -> datetime:
    return datetime.combine(day, time()).astimezone()


def _readings(session: Session, text: str) -> list[ColumnElement[bool]]:
    c = Complaint
    upper = text.upper()
    readings: list[ColumnElement[bool]] = []
    if _NUMBER.match(upper):
        readings.append(and_(c.number >= upper, c.number < upper + MAX_CHAR))
    unit_ids = list(session.scalars(select(Unit.id).where(Unit.code == upper)))
    if unit_ids:
        readings.append(c.unit_id.in_(unit_ids))
    digits = phone_digits(text)
    if _PHONE_TAIL.match(digits[-4:] if len(digits) >= 4 else ""):
        readings.append(c.complainant_phone_tail == digits[-4:])
    # A name's start; anonymous complaints have an empty name, never matched.
    readings.append(and_(c.complainant_name >= text, c.complainant_name < text + MAX_CHAR))
    return readings


_COLUMNS = [
    *(
        getattr(Complaint, name).label(name)
        for name in ComplaintRow.__dataclass_fields__
        if name not in ("unit_code", "handler_name", "overdue")
    ),
    Unit.code.label("unit_code"),
    Staff.name.label("handler_name"),
]


def complaint_page(
    session: Session,
    actor: Actor,
    flt: ComplaintFilter,
    now: datetime,
    before: Key | None,
    limit: int,
) -> ComplaintPage:
    c = Complaint
    limit = max(1, min(limit, MAX_PAGE))
    conditions: list[ColumnElement[bool]] = []
    states = flt.states
    if flt.overdue_only:
        states = UNANSWERED_STATES & states if states is not None else UNANSWERED_STATES
        conditions += [c.first_answered_at.is_(None), c.response_due_at < now]
    if states is not None:
        conditions.append(c.state.in_(sorted(s.value for s in states)) if states else false())
    if flt.category is not None:
        conditions.append(c.category == flt.category.value)
    if flt.date_from is not None:
        conditions.append(c.received_at >= _start_of(flt.date_from))
    if flt.date_to is not None:
        conditions.append(c.received_at < _start_of(flt.date_to + timedelta(days=1)))
    if flt.text:
        conditions.append(or_(*_readings(session, flt.text)))
    conditions += _analysis_conditions(flt)
    if before is not None:
        at, row_id = before
        conditions.append(
            tuple_(c.received_at, c.id)
            < tuple_(literal(at, c.received_at.type), literal(row_id, c.id.type))
        )
    found = session.execute(
        select(*_COLUMNS)
        .outerjoin(Unit, c.unit_id == Unit.id)
        .outerjoin(Staff, c.handler_id == Staff.id)
        .where(*conditions)
        .order_by(c.received_at.desc(), c.id.desc())
        .limit(limit + 1)
    ).all()
    rows = [_row(r, actor, now) for r in found[:limit]]
    return ComplaintPage(rows, rows[-1].key if len(found) > limit else None)


def iter_rows(
    read: Callable[[], AbstractContextManager[Session]],
    actor: Actor,
    flt: ComplaintFilter,
    now: datetime,
    batch: int,
) -> Iterator[ComplaintRow]:
    """Every matching complaint, newest first, in keyset batches of complaint_page;
    `read` opens one short read session per batch (a Store.read), so an export never
    holds the database."""
    before: Key | None = None
    while True:
        with read() as session:
            page = complaint_page(session, actor, flt, now, before, batch)
        yield from page.rows
        if page.next_before is None:
            return
        before = page.next_before


def _analysis_conditions(flt: ComplaintFilter) -> list[ColumnElement[bool]]:
    """The conditions of the fields the analysis links by."""
    c = Complaint
    found: list[ColumnElement[bool]] = []
    if flt.answered_in_time is not None:
        found.append(c.first_answered_at.is_not(None))
        in_time = c.first_answered_at <= c.response_due_at
        found.append(in_time if flt.answered_in_time else c.first_answered_at > c.response_due_at)
    if flt.unit_id is not None:
        found.append(c.unit_id == flt.unit_id)
    if flt.common_area:
        found += [c.unit_id.is_(None), c.common_area == flt.common_area]
    if flt.resident_id is not None:
        found += [c.anonymous.is_(False), c.resident_id == flt.resident_id]
    if flt.complainant_phone:
        found += [c.anonymous.is_(False), c.complainant_phone == flt.complainant_phone]
    if flt.department_id is not None:
        found.append(c.department_id == flt.department_id)
    if flt.unassigned:
        found.append(c.department_id.is_(None))
    if flt.verdict is not None:
        found.append(c.verdict == flt.verdict.value)
    if flt.sent_back is not None:
        found.append(c.round > 1 if flt.sent_back else c.round == 1)
    if flt.rating is not None:
        found.append(c.follow_up_rating == flt.rating)
    return found


def _row(r: Row[Any], actor: Actor, now: datetime) -> ComplaintRow:
    m = r._mapping
    state = ComplaintState(m["state"])
    return ComplaintRow(
        **{
            **m,
            "state": state,
            "channel": ComplaintChannel(m["channel"]),
            "category": ComplaintCategory(m["category"]),
            "severity": Severity(m["severity"]),
            "complainant_phone": shown_phone(m["complainant_phone"], actor),
            "unit_code": m["unit_code"] or "",
            "handler_name": m["handler_name"] or "",
            "overdue": is_overdue(
                m["response_due_at"], m["first_answered_at"], now, open_=state in OPEN_STATES
            ),
        }
    )
