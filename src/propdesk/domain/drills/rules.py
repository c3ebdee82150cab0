"""The limits of a session's record: how long it may last, how many residents may be
counted, how many staff may be named. What the form checks and the service refuses."""

from __future__ import annotations

MIN_MINUTES = 5
MAX_MINUTES = 12 * 60  # a whole day's training at most
MAX_RESIDENTS = 5000  # more than an estate's residents would turn out
MAX_PARTICIPANTS = 300  # the staff of an office, several times over
MAX_TITLE = 60
MAX_PLACE = 60
MAX_TEXT = 500  # what was practised, problems found, actions
MAX_PLAN_NOTE = 100


def minutes_ok(minutes: int) -> bool:
    return MIN_MINUTES <= minutes <= MAX_MINUTES


def residents_ok(count: int) -> bool:
    return 0 <= count <= MAX_RESIDENTS
