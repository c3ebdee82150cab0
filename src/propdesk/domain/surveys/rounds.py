"""A survey round: its name, the days it runs, and its state.

A round is OPEN (taking responses) until it is closed; a voided round counts nowhere.
It counts as *held* ("≥ 2 satisfaction surveys a year") on its last day, once that
day has come or the round was closed, provided somebody answered: a round planned and
never carried out was not held. The same rule picks the rounds whose answers feed the
satisfaction target of a window (services.surveys.target).
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from propdesk.errors import QT_TRANSLATE_NOOP, ValidationError

NAME_MAX = 60
MAX_DAYS = 183  # a round of half a year at most: two a year is the plan


class RoundState(StrEnum):
    OPEN = "open"
    CLOSED = "closed"
    VOIDED = "voided"


def state_of(closed: bool, voided: bool) -> RoundState:
    if voided:
        return RoundState.VOIDED
    return RoundState.CLOSED if closed else RoundState.OPEN


def check_days(opens_on: date, closes_on: date) -> None:
    """The round's days: the last on or after the first, at most MAX_DAYS."""
    if closes_on < opens_on:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "The last day comes on or after the first."),
            field="closes_on",
        )
    if (closes_on - opens_on).days + 1 > MAX_DAYS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "A round runs at most {days} days."),
            field="closes_on",
            days=MAX_DAYS,
        )


def is_held(closes_on: date, closed: bool, voided: bool, responses: int, today: date) -> bool:
    """Held on `closes_on`: not voided, answered, and closed or its last day come."""
    return not voided and responses > 0 and (closed or closes_on <= today)
