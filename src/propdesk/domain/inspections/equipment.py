"""The equipment register's rules (设施设备档案): kinds, dates and expiry.

Dates are local calendar dates. An expiry date is the last day the item may be used
(a certificate "valid until 2027-03-31" is still good on that day): it is *expired*
from the day after, and *expiring* from `EXPIRING_DAYS` days before to that day.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from propdesk.errors import QT_TRANSLATE_NOOP, ValidationError

EXPIRING_DAYS = 30  # "expiring within 30 days" (issue 19)
MAX_INTERVAL_MONTHS = 10 * 12  # a longer service interval is a typing mistake
MAX_INTERVAL_DAYS = 366

# The ValidationError fields, named as the register's form fields.
FIELD_INSTALLED = "installed_on"
FIELD_EXPIRES = "expires_on"
FIELD_LAST_SERVICE = "last_serviced_on"
FIELD_INTERVAL = "service_interval"


class EquipmentKind(StrEnum):
    EXTINGUISHER = "extinguisher"  # 灭火器
    HYDRANT = "hydrant"  # 消火栓
    ALARM_PANEL = "alarm_panel"  # 火灾报警控制器
    SMOKE_DETECTOR = "smoke_detector"  # 烟感
    SPRINKLER = "sprinkler"  # 喷淋
    EMERGENCY_LIGHT = "emergency_light"  # 应急照明
    EXIT_SIGN = "exit_sign"  # 疏散指示
    FIRE_DOOR = "fire_door"  # 防火门
    LIFT = "lift"  # 电梯
    PUMP = "pump"  # 水泵 (domestic water, fire pump)
    WATER_TANK = "water_tank"  # 水箱
    SWITCHGEAR = "switchgear"  # 配电柜
    GENERATOR = "generator"  # 发电机
    CCTV = "cctv"  # 监控
    OTHER = "other"


# Fire equipment (消防设施): what the "fire equipment intact rate" counts wherever it is
# inspected (domain.inspections.results).
FIRE_EQUIPMENT_KINDS = frozenset(
    {
        EquipmentKind.EXTINGUISHER,
        EquipmentKind.HYDRANT,
        EquipmentKind.ALARM_PANEL,
        EquipmentKind.SMOKE_DETECTOR,
        EquipmentKind.SPRINKLER,
        EquipmentKind.EMERGENCY_LIGHT,
        EquipmentKind.EXIT_SIGN,
        EquipmentKind.FIRE_DOOR,
    }
)


class ExpiryState(StrEnum):
    NO_EXPIRY = "no_expiry"  # nothing recorded: never listed
    VALID = "valid"
    EXPIRING = "expiring"  # within EXPIRING_DAYS, the expiry day included
    EXPIRED = "expired"


@dataclass(frozen=True)
class ServiceInterval:
    """How long from one service to the next: whole months (a yearly check keeps its
    calendar day) and/or days (lifts are serviced every 15 days)."""

    months: int = 0
    days: int = 0

    def __post_init__(self) -> None:
        if (
            not 0 <= self.months <= MAX_INTERVAL_MONTHS
            or not 0 <= self.days <= MAX_INTERVAL_DAYS
            or self.months == self.days == 0
        ):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "A service interval is 1 day to {max_months} months; check it.",
                ),
                field=FIELD_INTERVAL,
                max_months=MAX_INTERVAL_MONTHS,
            )


def check_dates(
    installed_on: date | None,
    expires_on: date | None,
    last_serviced_on: date | None = None,
    *,
    today: date | None = None,
) -> None:
    """Refuses dates that cannot be true together (ValidationError naming the field):
    an expiry or a last service before the install date, a last service after today."""
    if installed_on is not None and expires_on is not None and expires_on < installed_on:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "messages", "The expiry date must not be before the install date ({date})."
            ),
            field=FIELD_EXPIRES,
            date=installed_on.isoformat(),
        )
    if last_serviced_on is None:
        return
    if installed_on is not None and last_serviced_on < installed_on:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "messages", "The last service must not be before the install date ({date})."
            ),
            field=FIELD_LAST_SERVICE,
            date=installed_on.isoformat(),
        )
    if today is not None and last_serviced_on > today:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "The last service cannot be in the future."),
            field=FIELD_LAST_SERVICE,
        )


def expiry_state(
    expires_on: date | None, today: date, *, within_days: int = EXPIRING_DAYS
) -> ExpiryState:
    if expires_on is None:
        return ExpiryState.NO_EXPIRY
    if expires_on < today:
        return ExpiryState.EXPIRED
    if expires_on <= today + timedelta(days=within_days):
        return ExpiryState.EXPIRING
    return ExpiryState.VALID


def is_expired(expires_on: date | None, today: date) -> bool:
    return expiry_state(expires_on, today) is ExpiryState.EXPIRED


def is_expiring(expires_on: date | None, today: date, *, within_days: int = EXPIRING_DAYS) -> bool:
    """Expiring within `within_days` days (today and the expiry day included)."""
    return expiry_state(expires_on, today, within_days=within_days) is ExpiryState.EXPIRING


def add_months(day: date, months: int) -> date:
    """The same day `months` later; the 31st becomes the month's last day."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def next_service(last_serviced_on: date, interval: ServiceInterval) -> date:
    return add_months(last_serviced_on, interval.months) + timedelta(days=interval.days)


def next_deadline(next_service_on: date | None, expires_on: date | None) -> date | None:
    """The register's "next service or expiry" column: whichever comes first."""
    dates = [d for d in (next_service_on, expires_on) if d is not None]
    return min(dates) if dates else None


def service_overdue(next_service_on: date | None, today: date) -> bool:
    """The next service's day has passed without a newer service recorded."""
    return next_service_on is not None and next_service_on < today
