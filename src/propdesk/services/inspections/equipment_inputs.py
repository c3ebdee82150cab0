"""What a clerk or technician types for an equipment item (设施设备), checked and cleaned
before anything is written; each refusal is a ValidationError naming its form field.

The limits are the columns' (store.models.inspections); forms use the same constants.
The date rules (an expiry before the install date, a last service in the future, the
interval's range) are the domain's (domain.inspections.equipment); this module adds
the types, the console's years and the texts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from propdesk.domain.inspections.equipment import (
    FIELD_EXPIRES,
    FIELD_INSTALLED,
    FIELD_INTERVAL,
    FIELD_LAST_SERVICE,
    EquipmentKind,
    ServiceInterval,
    check_dates,
    next_deadline,
    next_service,
)
from propdesk.errors import QT_TRANSLATE_NOOP, ValidationError
from propdesk.services.core.date_window import date_in_window
from propdesk.services.core.text import bounded_text, filled_text, storable_text

CODE_MAX = 30
NAME_MAX = 60
PLACE_MAX = 100
NOTES_MAX = 300
UNIT_CODE_MAX = 20  # the unit register's code column
SEARCH_MAX = 40
# Letters, digits and the separators labels use (MHQ-3-B1-01, XHS/2/03, P.01).
_CODE = re.compile(r"^[0-9A-Z][0-9A-Z._/-]*\Z")

CHOOSE = QT_TRANSLATE_NOOP("messages", "Choose one of the listed values.")
NOT_A_DATE = QT_TRANSLATE_NOOP("messages", "Enter a date.")


@dataclass(frozen=True)
class EquipmentInput:
    """An equipment item as typed. Where it is: a unit (`unit_code`), a place's text, or
    both (a unit and the cupboard in it). Interval 0 months and 0 days: no regular
    service. The next service is worked out from the last service (or, never serviced,
    from the install date) and the interval."""

    code: str
    kind: EquipmentKind
    name: str
    unit_code: str = ""
    place: str = ""
    installed_on: date | None = None
    last_serviced_on: date | None = None
    service_interval_months: int = 0
    service_interval_days: int = 0
    expires_on: date | None = None
    notes: str = ""


@dataclass(frozen=True)
class CleanEquipment:
    code: str
    kind: EquipmentKind
    name: str
    unit_code: str  # upper case; "" for none
    place: str
    installed_on: date | None
    last_serviced_on: date | None
    service_interval_months: int
    service_interval_days: int
    expires_on: date | None
    next_due: date | None  # the earlier of the next service and the expiry
    notes: str


def equipment_kind(value: object, field: str = "kind") -> EquipmentKind:
    """An equipment kind from itself or its stored text; anything else names `field`."""
    if isinstance(value, str) and value in EquipmentKind._value2member_map_:
        return EquipmentKind(value)
    raise ValidationError(CHOOSE, field=field)


def equipment_code(value: str, field: str = "code") -> str:
    """A label's code, upper case: 1 to CODE_MAX letters, digits, '-', '.', '/', '_'."""
    text = storable_text(value, field).strip().upper()
    if not _CODE.match(text) or len(text) > CODE_MAX:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "messages",
                "Enter the code: 1 to {limit} letters or digits, with - . / _ between them.",
            ),
            field=field,
            limit=CODE_MAX,
        )
    return text


def _day(value: object, field: str) -> date | None:
    if value is None:
        return None
    # A datetime is a date to Python; a time of day here is a caller's mistake.
    if not isinstance(value, date) or isinstance(value, datetime):
        raise ValidationError(NOT_A_DATE, field=field)
    return date_in_window(value, field)


def _interval(months: object, days: object) -> ServiceInterval | None:
    for value in (months, days):
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValidationError(
                QT_TRANSLATE_NOOP("messages", "Enter a whole number here."), field=FIELD_INTERVAL
            )
    assert isinstance(months, int)
    assert isinstance(days, int)
    if months == days == 0:
        return None
    return ServiceInterval(months=months, days=days)  # refuses its own range


def clean_equipment(data: EquipmentInput, today: date) -> CleanEquipment:
    code = equipment_code(data.code)
    kind = equipment_kind(data.kind)
    name = filled_text(
        data.name,
        "name",
        NAME_MAX,
        QT_TRANSLATE_NOOP("messages", "Enter the name (at most {limit} characters)."),
        limit=NAME_MAX,
    )
    unit_code = storable_text(data.unit_code, "unit_code").strip().upper()
    if len(unit_code) > UNIT_CODE_MAX:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "There is no unit {code}."),
            field="unit_code",
            code=unit_code[:UNIT_CODE_MAX] + "…",
        )
    place = bounded_text(data.place, "place", PLACE_MAX)
    if not unit_code and not place:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "Give the unit, or describe the place."),
            field="place",
        )
    installed_on = _day(data.installed_on, FIELD_INSTALLED)
    last_serviced_on = _day(data.last_serviced_on, FIELD_LAST_SERVICE)
    expires_on = _day(data.expires_on, FIELD_EXPIRES)
    interval = _interval(data.service_interval_months, data.service_interval_days)
    check_dates(installed_on, expires_on, last_serviced_on, today=today)
    notes = bounded_text(data.notes, "notes", NOTES_MAX)
    since = last_serviced_on or installed_on
    service_on = next_service(since, interval) if interval and since else None
    return CleanEquipment(
        code=code,
        kind=kind,
        name=name,
        unit_code=unit_code,
        place=place,
        installed_on=installed_on,
        last_serviced_on=last_serviced_on,
        service_interval_months=interval.months if interval else 0,
        service_interval_days=interval.days if interval else 0,
        expires_on=expires_on,
        next_due=next_deadline(service_on, expires_on),
        notes=notes,
    )
