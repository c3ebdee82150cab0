"""A rectification notice (整改通知单) from a failed inspection item, and its rules.

    OPEN ──fixed──▶ FIXED ──passing re-inspection by someone else──▶ CLOSED
      ▲               │
      └──failing re-inspection (the fix did not hold)
    OPEN / FIXED ──void (with a reason)──▶ VOIDED

The loop closes only on evidence: a re-inspection of *that item* (same key) that
passes, recorded by someone other than the person who reported the fix, no earlier
than the fix. Closing any other way is refused (ValidationError naming the field).
A notice is overdue while it is not closed or voided and its deadline has passed —
a fix reported but not yet verified is still overdue, the owners see the same.

People are the text the service identifies a user by (their user id as text), compared
exactly. Times are timezone-aware datetimes; the messages show them as given, so the
service hands them over in the station's zone.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime
from enum import StrEnum

from propdesk.domain.inspections.kinds import ItemResult
from propdesk.errors import QT_TRANSLATE_NOOP, ConflictError, ValidationError

MAX_VOID_REASON = 200
FIELD_DEADLINE = "deadline"
FIELD_FIXED_AT = "fixed_at"
FIELD_REINSPECTION = "reinspection"
FIELD_VOID_REASON = "void_reason"


class RectificationState(StrEnum):
    OPEN = "open"
    FIXED = "fixed"  # reported fixed, awaiting a re-inspection
    CLOSED = "closed"  # verified by a passing re-inspection
    VOIDED = "voided"


LIVE_STATES = frozenset({RectificationState.OPEN, RectificationState.FIXED})


class NoticeSource(StrEnum):
    """Where a notice came from: an inspection's failed item, or a spot check of a
    department's monthly assessment (lent through services.core.handoffs)."""

    INSPECTION = "inspection"
    ASSESSMENT = "assessment"


@dataclass(frozen=True)
class ReInspection:
    """The re-inspection of one item: what the service read back from the inspection."""

    item_key: str
    result: ItemResult
    recorded_by: str
    at: datetime


@dataclass(frozen=True)
class Rectification:
    item_key: str
    issued_at: datetime
    deadline: datetime
    state: RectificationState = RectificationState.OPEN
    fixed_by: str | None = None
    fixed_at: datetime | None = None
    verified_by: str | None = None  # who recorded the passing re-inspection
    closed_at: datetime | None = None
    void_reason: str = ""

    def __post_init__(self) -> None:
        _require_aware(self.issued_at, "issued_at")
        _require_aware(self.deadline, "deadline")
        check_deadline(self.issued_at, self.deadline)
        fixed = self.fixed_by is not None and self.fixed_at is not None
        closed = self.verified_by is not None and self.closed_at is not None
        if (self.state is RectificationState.FIXED and not fixed) or (
            self.state is RectificationState.CLOSED and not closed
        ):
            raise ValueError(f"a {self.state} notice lacks who and when: {self!r}")


def _require_aware(value: datetime, name: str) -> None:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{name} must be a timezone-aware datetime, got {value!r}")


def _wall(value: datetime) -> str:
    return value.strftime("%Y-%m-%d %H:%M")


def check_deadline(issued_at: datetime, deadline: datetime) -> None:
    """A deadline at or before the notice's own time is refused."""
    if deadline.astimezone(UTC) <= issued_at.astimezone(UTC):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "messages", "The deadline must be after the notice's time ({time}); check it."
            ),
            field=FIELD_DEADLINE,
            time=_wall(issued_at),
        )


def _wrong_state(notice: Rectification) -> ConflictError:
    if notice.state is RectificationState.FIXED:
        return ConflictError(
            QT_TRANSLATE_NOOP("messages", "The fix of this notice is already reported.")
        )
    return ConflictError(
        QT_TRANSLATE_NOOP(
            "messages", "This rectification notice is closed or voided: it cannot change."
        )
    )


def mark_fixed(notice: Rectification, by: str, at: datetime) -> Rectification:
    """The department reports the fix; the notice waits for its re-inspection."""
    _require_aware(at, "at")
    if notice.state is not RectificationState.OPEN:
        raise _wrong_state(notice)
    if at.astimezone(UTC) < notice.issued_at.astimezone(UTC):
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "The fix cannot be before the notice's time ({time})."),
            field=FIELD_FIXED_AT,
            time=_wall(notice.issued_at),
        )
    return replace(notice, state=RectificationState.FIXED, fixed_by=by, fixed_at=at)


def record_reinspection(notice: Rectification, check: ReInspection) -> Rectification:
    """A passing re-inspection closes the notice; a failing one opens it again.
    Refused: a notice not reported fixed, another item, a re-inspection before the
    fix, one recorded by the person who fixed it, a result that is neither pass nor
    fail (n.a. proves nothing)."""
    _require_aware(check.at, "at")
    if notice.state is not RectificationState.FIXED:
        if notice.state is RectificationState.OPEN:
            raise ValidationError(
                QT_TRANSLATE_NOOP("messages", "Report the fix before recording its re-inspection."),
                field=FIELD_REINSPECTION,
            )
        raise _wrong_state(notice)
    if notice.fixed_at is None:  # __post_init__ makes this impossible
        raise ValueError(f"a fixed notice without its fix time: {notice!r}")
    if check.item_key != notice.item_key:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "messages", "The re-inspection must be of the item {item} this notice is for."
            ),
            field=FIELD_REINSPECTION,
            item=notice.item_key,
        )
    if check.at.astimezone(UTC) < notice.fixed_at.astimezone(UTC):
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "The re-inspection cannot be before the fix ({time})."),
            field=FIELD_REINSPECTION,
            time=_wall(notice.fixed_at),
        )
    if check.recorded_by == notice.fixed_by:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "messages",
                "The re-inspection must be recorded by someone other than who fixed it.",
            ),
            field=FIELD_REINSPECTION,
        )
    if check.result is ItemResult.FAIL:
        return replace(notice, state=RectificationState.OPEN, fixed_by=None, fixed_at=None)
    if check.result is not ItemResult.PASS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "A re-inspection must pass or fail the item."),
            field=FIELD_REINSPECTION,
        )
    return replace(
        notice,
        state=RectificationState.CLOSED,
        verified_by=check.recorded_by,
        closed_at=check.at,
    )


def void(notice: Rectification, reason: str) -> Rectification:
    if notice.state not in LIVE_STATES:
        raise _wrong_state(notice)
    cleaned = reason.strip()
    if not cleaned or len(cleaned) > MAX_VOID_REASON:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "Give a reason of 1 to {limit} characters."),
            field=FIELD_VOID_REASON,
            limit=MAX_VOID_REASON,
        )
    return replace(notice, state=RectificationState.VOIDED, void_reason=cleaned)


def is_overdue(notice: Rectification, now: datetime) -> bool:
    """Past its deadline and neither closed nor voided."""
    _require_aware(now, "now")
    return notice.state in LIVE_STATES and now.astimezone(UTC) > notice.deadline.astimezone(UTC)
