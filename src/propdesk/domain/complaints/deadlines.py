"""The response deadline of a complaint and the inquiry's promised answer.

* **Response deadline**: received time + the hours of its severity (defaults: serious
  4 h, normal 24 h, minor 48 h), shortened by its category's cap where the estate set
  one (default: security 4 h, noise 12 h — a guard or a loud party cannot wait a day).
  Fixed when the complaint is taken, as the repairs' arrival limit is: the promise
  made does not move when the settings do later. A clerk may give an earlier or later
  deadline by hand, never one before the receipt.
* **Answered in time**: the *first* answer at or before the deadline (exactly at it is
  in time). A complaint sent back as "not satisfied" keeps that first answer: the
  deadline is about the response, later rounds are about satisfaction.
* **Overdue**: open, never answered, and now past the deadline.

Only elapsed time counts (instants compared in UTC), so time zones and midnight play
no part.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from types import MappingProxyType

from propdesk.domain.complaints.kinds import ComplaintCategory, Severity
from propdesk.errors import QT_TRANSLATE_NOOP, ValidationError

MAX_HOURS = 30 * 24  # a month: a longer response time is a typing mistake

# The estate-setting keys, which double as ValidationError fields.
FIELD_SERIOUS = "complaint_response_serious_hours"
FIELD_NORMAL = "complaint_response_normal_hours"
FIELD_MINOR = "complaint_response_minor_hours"
FIELD_CATEGORY_CAPS = "complaint_response_category_caps"
SEVERITY_FIELDS = {
    Severity.SERIOUS: FIELD_SERIOUS,
    Severity.NORMAL: FIELD_NORMAL,
    Severity.MINOR: FIELD_MINOR,
}
DEFAULT_CAPS: Mapping[ComplaintCategory, int] = MappingProxyType(
    {ComplaintCategory.SECURITY: 4, ComplaintCategory.NOISE: 12}
)


def _whole(value: object, low: int, high: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high


_HOURS = QT_TRANSLATE_NOOP(
    "messages", "A response time must be a whole number of hours from 1 to {max}."
)


@dataclass(frozen=True)
class DeadlineRules:
    """Response hours per severity and the optional cap per category. Checked when
    constructed (ValidationError naming the setting key)."""

    serious_hours: int = 4
    normal_hours: int = 24
    minor_hours: int = 48
    category_caps: Mapping[ComplaintCategory, int] = field(default_factory=lambda: DEFAULT_CAPS)

    def __post_init__(self) -> None:
        for severity, key in SEVERITY_FIELDS.items():
            if not _whole(self._severity_hours(severity), 1, MAX_HOURS):
                raise ValidationError(_HOURS, field=key, max=MAX_HOURS)
        if not self.serious_hours <= self.normal_hours <= self.minor_hours:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "The response times must not grow with severity: serious ≤ normal ≤ minor.",
                ),
                field=FIELD_NORMAL,
            )
        if not isinstance(self.category_caps, Mapping):
            raise ValidationError(_HOURS, field=FIELD_CATEGORY_CAPS, max=MAX_HOURS)
        for category, hours in self.category_caps.items():
            if not isinstance(category, ComplaintCategory) or not _whole(hours, 1, MAX_HOURS):
                raise ValidationError(_HOURS, field=FIELD_CATEGORY_CAPS, max=MAX_HOURS)
        # Frozen, and no caller's dict can change the rules afterwards.
        object.__setattr__(self, "category_caps", MappingProxyType(dict(self.category_caps)))

    def _severity_hours(self, severity: Severity) -> int:
        return {
            Severity.SERIOUS: self.serious_hours,
            Severity.NORMAL: self.normal_hours,
            Severity.MINOR: self.minor_hours,
        }[severity]

    def hours(self, category: ComplaintCategory, severity: Severity) -> int:
        """The response time: the severity's, or the category's cap when shorter."""
        base = self._severity_hours(severity)
        cap = self.category_caps.get(category)
        return base if cap is None else min(base, cap)

    def due_at(
        self, received_at: datetime, category: ComplaintCategory, severity: Severity
    ) -> datetime:
        _require_aware(received_at, "received_at")
        return received_at + timedelta(hours=self.hours(category, severity))


def _require_aware(value: datetime, name: str) -> None:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{name} must be a timezone-aware datetime, got {value!r}")


def check_due_after(start: datetime, due: datetime, field: str) -> None:
    """A deadline (or promise) before or at the moment it starts from is refused."""
    _require_aware(start, "start")
    _require_aware(due, field)
    if due.astimezone(UTC) <= start.astimezone(UTC):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "messages", "The deadline must be after the time received ({time}); check it."
            ),
            field=field,
            time=start.astimezone().strftime("%Y-%m-%d %H:%M"),
        )


def answered_in_time(due_at: datetime, first_answered_at: datetime | None) -> bool | None:
    """Whether the first answer met the deadline; None while unanswered."""
    if first_answered_at is None:
        return None
    return first_answered_at.astimezone(UTC) <= due_at.astimezone(UTC)


def is_overdue(
    due_at: datetime, first_answered_at: datetime | None, now: datetime, *, open_: bool
) -> bool:
    """Open, never answered, and `now` past the deadline (exactly at it is not late)."""
    return open_ and first_answered_at is None and now.astimezone(UTC) > due_at.astimezone(UTC)
