"""What an inspector enters for one inspection, and its checks before anything is
written: the area is one the template covers, the time is not in the future nor
outside the date window, the inspector is on the staff register, an equipment code
named on an item is registered (of the kind the item inspects), the answers are
judged whole by domain.inspections.results (a missing result, a reading outside the
sane range, … refused naming the item's row)."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from propdesk.domain.inspections.results import Answer, InspectionOutcome, all_pass, judge
from propdesk.domain.inspections.templates import Template, item_field
from propdesk.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from propdesk.services.core.date_window import date_in_window
from propdesk.services.core.text import bounded_text, storable_text
from propdesk.services.core.typed_times import typed_time
from propdesk.store.models import Equipment, Staff

MAX_NOTES = 500
MAX_AREA = 60
FIELD_AREA = "area"
FIELD_AT = "inspected_at"
FIELD_INSPECTOR = "inspector_id"
FIELD_NOTES = "notes"
# A clock a few minutes ahead of the station's is no typing mistake.
_SLACK = timedelta(minutes=5)


@dataclass(frozen=True)
class InspectionInput:
    template_id: uuid.UUID  # the version shown on the form
    area: str
    answers: Mapping[str, Answer] = field(default_factory=dict)
    # "All pass, then the exceptions": every check item not answered passes.
    all_pass: bool = False
    inspected_at: datetime | None = None  # None: now
    inspector_id: uuid.UUID | None = None  # None: the logged-in user
    equipment: Mapping[str, str] = field(default_factory=dict)  # item key -> its code
    notes: str = ""
    # A re-inspection of this notice's item (services.inspections.rectifications).
    rectification_id: uuid.UUID | None = None


@dataclass(frozen=True)
class CleanInspection:
    area: str
    inspected_at: datetime
    inspector_id: uuid.UUID | None
    inspector_name: str
    outcome: InspectionOutcome
    equipment: Mapping[str, Equipment]
    notes: str


def clean_area(template: Template, area: str) -> str:
    text = bounded_text(
        area if isinstance(area, str) else "",
        FIELD_AREA,
        MAX_AREA,
        required=QT_TRANSLATE_NOOP("messages", "Choose the area inspected."),
    )
    if text not in template.areas:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "The checklist does not cover the area {area}."),
            field=FIELD_AREA,
            area=text,
        )
    return text


def _inspector(session: Session, staff_id: uuid.UUID | None, fallback: str) -> str:
    if staff_id is None:
        return fallback
    staff = session.get(Staff, staff_id)
    if staff is None or staff.voided_at is not None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("messages", "That inspector is not on the staff register."),
            field=FIELD_INSPECTOR,
        )
    return staff.name


def _equipment(
    session: Session, template: Template, codes: Mapping[str, str]
) -> dict[str, Equipment]:
    found: dict[str, Equipment] = {}
    for key, raw in codes.items():
        item = template.item(key)
        if item is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("messages", "This checklist has no item {item}."),
                field=item_field(key),
                item=key,
            )
        code = " ".join(storable_text(raw, item_field(key)).split()).upper() if raw else ""
        if not code:
            continue
        row = session.scalars(select(Equipment).where(Equipment.code == code)).first()
        if row is None or row.voided_at is not None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "messages", "Item “{item}”: no equipment {code} in the register."
                ),
                field=item_field(key),
                item=item.text,
                code=code,
            )
        if item.equipment_kind is not None and row.kind != item.equipment_kind.value:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "messages", "Item “{item}”: {code} is not the kind of equipment it inspects."
                ),
                field=item_field(key),
                item=item.text,
                code=code,
            )
        found[key] = row
    return found


def _answers(data: InspectionInput, template: Template) -> dict[str, Answer]:
    answers = dict(data.answers)
    for key, answer in answers.items():
        if not isinstance(answer, Answer):
            raise TypeError(f"an Answer for {key}, got {answer!r}")
        for text in (answer.text, answer.note):
            storable_text(text, item_field(key))
        if isinstance(answer.value, str):
            storable_text(answer.value, item_field(key))
    return all_pass(template, answers) if data.all_pass else answers


def clean_inspection(
    session: Session,
    data: InspectionInput,
    template: Template,
    now: datetime,
    logged_in_name: str,
) -> CleanInspection:
    """Everything checked, nothing written (the caller writes)."""
    area = clean_area(template, data.area)
    at = now if data.inspected_at is None else data.inspected_at
    at = typed_time(
        at,
        now,
        FIELD_AT,
        QT_TRANSLATE_NOOP("messages", "The inspection time is in the future; check it."),
        _SLACK,
    )
    date_in_window(at.astimezone().date(), FIELD_AT)
    name = _inspector(session, data.inspector_id, logged_in_name)
    notes = bounded_text(data.notes if isinstance(data.notes, str) else "", FIELD_NOTES, MAX_NOTES)
    outcome = judge(template, _answers(data, template))
    equipment = _equipment(session, template, data.equipment)
    return CleanInspection(area, at, data.inspector_id, name, outcome, equipment, notes)
