"""What a clerk types for a complaint, a step or an inquiry, checked and cleaned before
anything is written; each refusal is a ValidationError naming its form field.

The limits are the columns' (store.models.complaints); forms use the same constants.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from enum import StrEnum
from typing import TypeVar

from propdesk.domain.complaints.kinds import (
    ComplaintCategory,
    ComplaintChannel,
    FollowUpMethod,
    InquiryKind,
    RootCause,
    Severity,
    Verdict,
)
from propdesk.domain.complaints.workflow import ComplaintStep, StepRequest
from propdesk.domain.personal_data import validate_phone
from propdesk.errors import QT_TRANSLATE_NOOP, ValidationError
from propdesk.services.core.date_window import moment_in_window
from propdesk.services.core.text import bounded_text, storable_text
from propdesk.services.core.typed_times import not_older_than, typed_time

CLOCK_SLACK = timedelta(minutes=5)  # stations' clocks differ a little
MAX_RECEIPT_AGE = timedelta(days=30)  # a letter opened late; older is a typing mistake

NAME_MAX = 40
PHONE_MAX = 20
AREA_MAX = 100
DESCRIPTION_MAX = 500
QUESTION_MAX = 500
ANSWER_MAX = 500
SEARCH_MAX = 40
# StepRequest text fields and their limits (the columns they are stored in).
STEP_TEXT_MAX = {
    "note": 300,
    "investigation": 500,
    "resolution": 500,
    "root_cause_text": 300,
    "corrective_action": 500,
    "visitor": 40,
    "result": 300,
    "reason": 200,
}

_E = TypeVar("_E", bound=StrEnum)


def code(kind: type[_E], value: object, field: str) -> _E:
    """An enum member from itself or its stored text; anything else names `field`."""
    if isinstance(value, str) and value in kind._value2member_map_:
        return kind(value)
    raise ValidationError(
        QT_TRANSLATE_NOOP("messages", "Choose one of the listed values."), field=field
    )


def check_time(value: datetime, now: datetime, field: str) -> datetime:
    """A typed time: within the console's years, aware (naive: local), not future."""
    future = QT_TRANSLATE_NOOP("messages", "The time cannot be in the future.")
    return typed_time(moment_in_window(value, field), now, field, future, CLOCK_SLACK)


def check_deadline(value: datetime, field: str) -> datetime:
    """A typed deadline: within the console's years, aware (naive: local)."""
    moment_in_window(value, field)
    return (
        value if value.tzinfo is not None and value.utcoffset() is not None else value.astimezone()
    )


def _place(unit_code: str, common_area: str) -> tuple[str, str]:
    unit = storable_text(unit_code, "unit_code").strip().upper()
    area = bounded_text(common_area, "common_area", AREA_MAX)
    if not unit and not area:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "Give the unit, or describe the common area."),
            field="unit_code",
        )
    if unit and area:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "Give either a unit or a common area, not both."),
            field="common_area",
        )
    return unit, area


def _phone(value: str, field: str) -> str:
    text = bounded_text(value, field, PHONE_MAX)
    return validate_phone(text, field) if text else ""


@dataclass(frozen=True)
class ComplaintInput:
    """A complaint as the clerk takes it down.

    Exactly one of `unit_code` and `common_area` says where. The complainant is a
    resident picked from the register (`resident_id`), or a name and phone, or nobody:
    `anonymous` stores no name and no phone, so giving either is refused.
    `response_due_at` None: from the deadline rules; `received_at` None: now.
    """

    channel: ComplaintChannel
    category: ComplaintCategory
    description: str
    severity: Severity = Severity.NORMAL
    anonymous: bool = False
    complainant_name: str = ""
    complainant_phone: str = ""
    resident_id: uuid.UUID | None = None
    unit_code: str = ""
    common_area: str = ""
    received_at: datetime | None = None
    response_due_at: datetime | None = None


@dataclass(frozen=True)
class CleanComplaint:
    channel: ComplaintChannel
    category: ComplaintCategory
    description: str
    severity: Severity
    anonymous: bool
    complainant_name: str
    complainant_phone: str
    resident_id: uuid.UUID | None
    unit_code: str
    common_area: str
    received_at: datetime
    response_due_at: datetime | None


def clean_complaint(data: ComplaintInput, now: datetime) -> CleanComplaint:
    channel = code(ComplaintChannel, data.channel, "channel")
    category = code(ComplaintCategory, data.category, "category")
    severity = code(Severity, data.severity, "severity")
    if not isinstance(data.anonymous, bool):
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "Choose one of the listed values."), field="anonymous"
        )
    name = bounded_text(data.complainant_name, "complainant_name", NAME_MAX)
    phone = _phone(data.complainant_phone, "complainant_phone")
    if data.anonymous:
        anonymous_has = QT_TRANSLATE_NOOP(
            "messages", "An anonymous complaint keeps no name or phone: leave it empty."
        )
        for field, value in (("complainant_name", name), ("complainant_phone", phone)):
            if value:
                raise ValidationError(anonymous_has, field=field)
        if data.resident_id is not None:
            raise ValidationError(anonymous_has, field="resident_id")
    elif not name and data.resident_id is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "Enter who complains, or mark the complaint anonymous."),
            field="complainant_name",
        )
    unit, area = _place(data.unit_code, data.common_area)
    description = bounded_text(
        data.description,
        "description",
        DESCRIPTION_MAX,
        required=QT_TRANSLATE_NOOP("messages", "Describe the complaint."),
    )
    received_at = (
        now if data.received_at is None else check_time(data.received_at, now, "received_at")
    )
    too_old = QT_TRANSLATE_NOOP(
        "messages", "The time received is more than {days} days ago; check the date."
    )
    not_older_than(received_at, now, MAX_RECEIPT_AGE, "received_at", too_old)
    due = (
        None
        if data.response_due_at is None
        else check_deadline(data.response_due_at, "response_due_at")
    )
    return CleanComplaint(
        channel,
        category,
        description,
        severity,
        data.anonymous,
        name,
        phone,
        data.resident_id,
        unit,
        area,
        received_at,
        due,
    )


def clean_step(request: StepRequest, now: datetime) -> StepRequest:
    """The request with its texts trimmed and bounded, its codes checked and its time
    checked (None: now). Whether the step needs them is the workflow's business."""
    texts = {
        field: bounded_text(getattr(request, field), field, limit)
        for field, limit in STEP_TEXT_MAX.items()
    }
    step = code(ComplaintStep, request.step, "step")
    at = now if request.at is None else check_time(request.at, now, "at")
    verdict = None if request.verdict is None else code(Verdict, request.verdict, "verdict")
    root = None if request.root_cause is None else code(RootCause, request.root_cause, "root_cause")
    method = None if request.method is None else code(FollowUpMethod, request.method, "method")
    t = texts
    return replace(
        request,
        step=step,
        at=at,
        verdict=verdict,
        root_cause=root,
        method=method,
        note=t["note"],
        investigation=t["investigation"],
        resolution=t["resolution"],
        root_cause_text=t["root_cause_text"],
        corrective_action=t["corrective_action"],
        visitor=t["visitor"],
        result=t["result"],
        reason=t["reason"],
    )


@dataclass(frozen=True)
class InquiryInput:
    """An inquiry or suggestion at reception: answered on the spot (`answer`) or an
    answer promised by `promised_by`. Name, phone and unit are optional."""

    question: str
    kind: InquiryKind = InquiryKind.QUESTION
    channel: ComplaintChannel = ComplaintChannel.VISIT
    answer: str = ""
    promised_by: datetime | None = None
    asker_name: str = ""
    asker_phone: str = ""
    unit_code: str = ""
    asked_at: datetime | None = None


@dataclass(frozen=True)
class CleanInquiry:
    question: str
    kind: InquiryKind
    channel: ComplaintChannel
    answer: str
    promised_by: datetime | None
    asker_name: str
    asker_phone: str
    unit_code: str
    asked_at: datetime


def clean_inquiry(data: InquiryInput, now: datetime) -> CleanInquiry:
    question = bounded_text(
        data.question,
        "question",
        QUESTION_MAX,
        required=QT_TRANSLATE_NOOP("messages", "Enter the question or suggestion."),
    )
    kind = code(InquiryKind, data.kind, "kind")
    channel = code(ComplaintChannel, data.channel, "channel")
    answer = bounded_text(data.answer, "answer", ANSWER_MAX)
    promised = None if data.promised_by is None else check_deadline(data.promised_by, "promised_by")
    name = bounded_text(data.asker_name, "asker_name", NAME_MAX)
    phone = _phone(data.asker_phone, "asker_phone")
    unit = storable_text(data.unit_code, "unit_code").strip().upper()
    asked_at = now if data.asked_at is None else check_time(data.asked_at, now, "asked_at")
    too_old = QT_TRANSLATE_NOOP(
        "messages", "The time asked is more than {days} days ago; check the date."
    )
    not_older_than(asked_at, now, MAX_RECEIPT_AGE, "asked_at", too_old)
    return CleanInquiry(question, kind, channel, answer, promised, name, phone, unit, asked_at)


def clean_answer(answer: str) -> str:
    return bounded_text(
        answer,
        "answer",
        ANSWER_MAX,
        required=QT_TRANSLATE_NOOP("messages", "Enter the answer given."),
    )


def clean_number(number: str) -> str:
    """A number typed or scanned, as stored (upper case)."""
    return storable_text(number, "number").strip().upper()
