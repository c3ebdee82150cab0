"""What the forms send to the repair service, and how it is checked before anything is
read or written: texts trimmed and bounded, codes known, phone numbers valid.

Checks that need the database (the unit exists, the resident lives there, the
technician is on the staff) are made by the service inside its transaction. Every
ValidationError names the field of the input dataclass it belongs to.
"""

from __future__ import annotations

import uuid
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
from propdesk.domain.repairs.workflow import RepairStep, StepRequest
from propdesk.errors import QT_TRANSLATE_NOOP, ValidationError
from propdesk.services.core.text import AT_MOST, bounded_text, clean_text
from propdesk.services.core.typed_times import not_older_than, typed_time

# A time typed up to this far ahead of the station clock is taken (clocks differ a
# little between stations); further is a typing mistake.
CLOCK_SLACK = timedelta(minutes=5)
# Calls written down on paper at night are entered the next days; older is a mistake.
MAX_REPORT_AGE = timedelta(days=30)

NAME_MAX = 40
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


def _code(kind: type[_E], value: str, field: str) -> _E:
    """An enum member from itself or its stored text (imports and old forms send text)."""
    try:
        return kind(value)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "Choose one of the listed values."), field=field
        ) from None


def _multiline(value: str, field: str, limit: int) -> str:
    """Like bounded_text, but keeps the line breaks of a list (work done, materials)."""
    lines = [clean_text(line) for line in value.strip().splitlines()]
    text = "\n".join(line for line in lines if line)
    if len(text) > limit:
        raise ValidationError(AT_MOST, field=field, limit=limit)
    return text


def check_time(value: datetime, now: datetime, field: str) -> datetime:
    """A time typed on a form: aware (a naive one is read as the station's local time),
    not in the future."""
    future = QT_TRANSLATE_NOOP("messages", "The time cannot be in the future.")
    return typed_time(value, now, field, future, CLOCK_SLACK)


def clean_ticket(data: TicketInput, now: datetime) -> CleanTicket:
    no_reporter = QT_TRANSLATE_NOOP("messages", "Enter who reported the fault.")
    name = bounded_text(data.reporter_name, "reporter_name", NAME_MAX, required=no_reporter)
    channel = _code(RepairChannel, data.channel, "channel")
    phone = data.reporter_phone.strip()
    if phone or channel not in STAFF_CHANNELS:
        if not phone:
            raise ValidationError(
                QT_TRANSLATE_NOOP("messages", "Enter a phone number to reach the reporter."),
                field="reporter_phone",
            )
        phone = validate_phone(phone, "reporter_phone")
    unit_code = data.unit_code.strip().upper()
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
