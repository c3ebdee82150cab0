"""Follow-up actions (整改/后续措施) of an incident: what is to be done, by whom, by
when. One is overdue while it is not done and its deadline has passed; an incident
closes only when every action is done, or with a stated reason (a manager closes it
knowing what is left)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from propdesk.errors import QT_TRANSLATE_NOOP, ValidationError

FIELD_DEADLINE = "deadline"
# A deadline more than this after the incident is a typing mistake (a year typed wrong).
MAX_DEADLINE_AHEAD = timedelta(days=366)
DAY = timedelta(days=1)


@dataclass(frozen=True)
class FollowUp:
    deadline: datetime  # aware
    done_at: datetime | None = None

    @property
    def done(self) -> bool:
        return self.done_at is not None


def is_overdue(action: FollowUp, now: datetime) -> bool:
    """Not done and past its deadline."""
    return action.done_at is None and action.deadline < now


def days_overdue(action: FollowUp, now: datetime) -> int:
    """Whole days past the deadline (0 on the day it passed, or when not overdue)."""
    if not is_overdue(action, now):
        return 0
    return (now - action.deadline) // DAY


def check_deadline(occurred_at: datetime, deadline: datetime, field: str = FIELD_DEADLINE) -> None:
    """A deadline after the incident, and within a year of it."""
    if deadline <= occurred_at:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "The deadline must be after the incident."),
            field=field,
        )
    if deadline - occurred_at > MAX_DEADLINE_AHEAD:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "messages", "The deadline is more than a year after the incident; check it."
            ),
            field=field,
        )


def check_done_at(occurred_at: datetime, done_at: datetime, field: str = "done_at") -> None:
    """An action is done after the incident happened."""
    if done_at < occurred_at:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "The action cannot be done before the incident."),
            field=field,
        )


def open_actions(actions: Sequence[FollowUp]) -> int:
    return sum(1 for action in actions if not action.done)


def check_closing(actions: Sequence[FollowUp], reason: str, field: str = "close_reason") -> None:
    """Closing needs every action done, or a reason given for closing with some open."""
    left = open_actions(actions)
    if left and not reason.strip():
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "messages",
                "{n} follow-up actions are not done; finish them or give a reason for closing now.",
            ),
            field=field,
            n=left,
        )
