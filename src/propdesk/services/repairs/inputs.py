"""What the forms send to the repair service, and how it is checked before anything is
read or written: texts trimmed and bounded, codes known, phone numbers valid.

Checks that need the database (the unit exists, the resident lives there, the
technician is on the staff) are made by the service inside its transaction. Every
ValidationError names the field of the input dataclass it belongs to.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from enum import StrEnum
from typing import TypeVar

from propdesk.domain.personal_data import validate_phone
from propdesk.domain.repairs.kinds import (
    STAFF_CHANNELS,
    RepairCategory,
    RepairChannel,
    RepairPriority,
    RepairSource,
)
from propdesk.domain.repairs.workflow import RepairState, RepairStep, StepRequest
from propdesk.errors import QT_TRANSLATE_NOOP, ValidationError
from propdesk.services.core.date_window import date_in_window, moment_in_window
from propdesk.services.core.text import AT_MOST, bounded_text, clean_text, storable_text
from propdesk.services.core.typed_times import not_older_than, typed_time
from propdesk.services.repairs.queries import TicketFilter

# A time typed up to this far ahead of the station clock is taken (clocks differ a
# little between stations); further is a typing mistake.
CLOCK_SLACK = timedelta(minutes=5)
# Calls written down on paper at night are entered the next days; older is a mistake.
MAX_REPORT_AGE = timedelta(days=30)

NAME_MAX = 40
PHONE_MAX = 20  # as typed, spaces and dashes included; the digits are checked apart
AREA_MAX = 100
DESCRIPTION_MAX = 500
SOURCE_ID_MAX = 64
# StepRequest text fields and their limits (the columns they are stored in).
STEP_TEXT_MAX = {
    "note": 300,
    "diagnosis": 500,
    "work_done": 500,
    "materials_used": 300,
    "signed_by": 40,
    "comment": 300,
    "reason": 200,
}
SEARCH_MAX = 40  # the filter bar: a number, unit code, name or phone, or their start


@dataclass(frozen=True)
class TicketInput:
    """A new ticket as the clerk (or guard) takes it down.

    Exactly one of `unit_code` (a unit in the register, e.g. "3-2-1502") and
    `common_area` (words: "5 栋 2 单元电梯") says where. `paid` None: a unit's repair is
    paid, a common area's free. `resident_id`: the reporter picked from the register.
    `reported_at` None: now. The reporter's phone may be left empty only on tickets
    staff raise themselves (patrol, inspection).
    """

    reporter_name: str
    reporter_phone: str
    category: RepairCategory
    description: str
    priority: RepairPriority = RepairPriority.NORMAL
    channel: RepairChannel = RepairChannel.HOTLINE
    unit_code: str = ""
    common_area: str = ""
    resident_id: uuid.UUID | None = None
    paid: bool | None = None
    reported_at: datetime | None = None


@dataclass(frozen=True)
class CleanTicket:
    reporter_name: str
    reporter_phone: str  # digits, or "" (staff channels)
    category: RepairCategory
    description: str
    priority: RepairPriority
    channel: RepairChannel
    unit_code: str  # upper case, or "" for a common area
    common_area: str
    resident_id: uuid.UUID | None
    paid: bool
    reported_at: datetime


_E = TypeVar("_E", bound=StrEnum)


def _code(kind: type[_E], value: object, field: str) -> _E:
    """An enum member from itself or its stored text (imports and old forms send text);
    anything else (empty, unknown, None) is refused naming `field`."""
    if isinstance(value, str) and value in kind._value2member_map_:
        return kind(value)
    raise ValidationError(
        QT_TRANSLATE_NOOP("messages", "Choose one of the listed values."), field=field
    )


def _multiline(value: str, field: str, limit: int) -> str:
    """Like bounded_text, but keeps the line breaks of a list (work done, materials)."""
    lines = [clean_text(line) for line in storable_text(value, field).strip().splitlines()]
    text = "\n".join(line for line in lines if line)
    if len(text) > limit:
        raise ValidationError(AT_MOST, field=field, limit=limit)
    return text


def check_time(value: datetime, now: datetime, field: str) -> datetime:
    """A time typed on a form: within the years the console reckons with (checked
    first: year 1 at UTC+8 cannot even be compared), aware (a naive one is read as
    the station's local time), not in the future."""
    future = QT_TRANSLATE_NOOP("messages", "The time cannot be in the future.")
    return typed_time(moment_in_window(value, field), now, field, future, CLOCK_SLACK)


def clean_ticket(data: TicketInput, now: datetime) -> CleanTicket:
    no_reporter = QT_TRANSLATE_NOOP("messages", "Enter who reported the fault.")
    name = bounded_text(data.reporter_name, "reporter_name", NAME_MAX, required=no_reporter)
    channel = _code(RepairChannel, data.channel, "channel")
    phone = bounded_text(data.reporter_phone, "reporter_phone", PHONE_MAX)
    if phone or channel not in STAFF_CHANNELS:
        if not phone:
            raise ValidationError(
                QT_TRANSLATE_NOOP("messages", "Enter a phone number to reach the reporter."),
                field="reporter_phone",
            )
        phone = validate_phone(phone, "reporter_phone")
    unit_code = storable_text(data.unit_code, "unit_code").strip().upper()
    area = bounded_text(data.common_area, "common_area", AREA_MAX)
    if not unit_code and not area:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "Give the unit, or describe the common area."),
            field="unit_code",
        )
    if unit_code and area:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "Give either a unit or a common area, not both."),
            field="common_area",
        )
    category = _code(RepairCategory, data.category, "category")
    no_fault = QT_TRANSLATE_NOOP("messages", "Describe the fault.")
    description = bounded_text(data.description, "description", DESCRIPTION_MAX, required=no_fault)
    priority = _code(RepairPriority, data.priority, "priority")
    reported_at = (
        now if data.reported_at is None else check_time(data.reported_at, now, "reported_at")
    )
    too_old = QT_TRANSLATE_NOOP(
        "messages", "The report time is more than {days} days ago; check the date."
    )
    not_older_than(reported_at, now, MAX_REPORT_AGE, "reported_at", too_old)
    paid = bool(unit_code) if data.paid is None else bool(data.paid)
    return CleanTicket(
        name,
        phone,
        category,
        description,
        priority,
        channel,
        unit_code,
        area,
        data.resident_id,
        paid,
        reported_at,
    )


def clean_source(source_kind: RepairSource, source_id: str) -> tuple[RepairSource, str]:
    kind = _code(RepairSource, source_kind, "source_kind")
    text = bounded_text(
        source_id,
        "source_id",
        SOURCE_ID_MAX,
        required=QT_TRANSLATE_NOOP("messages", "The record the ticket comes from is missing."),
    )
    return kind, text


def clean_step(request: StepRequest, now: datetime) -> StepRequest:
    """The request with its texts trimmed and bounded and its time checked (None: now).
    Whether the step needs them is the workflow's business (domain.repair_workflow)."""
    texts = {
        field: (_multiline if field in ("work_done", "materials_used") else bounded_text)(
            getattr(request, field), field, limit
        )
        for field, limit in STEP_TEXT_MAX.items()
    }
    step = _code(RepairStep, request.step, "step")
    at = now if request.at is None else check_time(request.at, now, "at")
    return replace(
        request,
        step=step,
        at=at,
        note=texts["note"],
        diagnosis=texts["diagnosis"],
        work_done=texts["work_done"],
        materials_used=texts["materials_used"],
        signed_by=texts["signed_by"],
        comment=texts["comment"],
        reason=texts["reason"],
    )


def clean_links(source_kind: RepairSource, source_ids: Sequence[str]) -> list[str]:
    """The kind checked and the records' ids cleaned as `clean_source` keeps them (an id
    that could not have been stored is refused, not looked up)."""
    _code(RepairSource, source_kind, "source_kind")
    return [clean_text(storable_text(source_id, "source_id")) for source_id in source_ids]


def clean_number(number: str) -> str:
    """A ticket number typed or scanned, as stored (upper case); one longer than any
    number is kept as typed, so it is simply not found."""
    return storable_text(number, "number").strip().upper()


def clean_filter(wanted: TicketFilter) -> TicketFilter:
    """The filter bar's values checked: its dates within the years the console reckons
    with (a day after 9999-12-31 cannot be computed), its codes listed ones, its text
    storable and at most SEARCH_MAX characters."""
    for field in ("date_from", "date_to"):
        day = getattr(wanted, field)
        if day is not None:
            date_in_window(day, field)
    states = wanted.states
    if states is not None:
        states = frozenset(_code(RepairState, state, "states") for state in states)
    return replace(
        wanted,
        states=states,
        priority=None
        if wanted.priority is None
        else _code(RepairPriority, wanted.priority, "priority"),
        category=None
        if wanted.category is None
        else _code(RepairCategory, wanted.category, "category"),
        text=bounded_text(wanted.text, "text", SEARCH_MAX),
    )
