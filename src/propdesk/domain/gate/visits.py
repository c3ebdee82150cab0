"""When a visitor still inside is overdue (逾时未离).

The office sets an hour of the day (say 22:00). A visitor who came in today is
overdue once the local clock passes that hour; one who came in on an earlier day is
overdue at once, whatever the time now. Local wall-clock dates decide "today",
because that is how the guard reads the rule.
"""

from __future__ import annotations

from datetime import datetime, time

HOURS_PER_DAY = 24


def is_overdue(entered_at: datetime, now: datetime, overdue_hour: int) -> bool:
    """Both datetimes aware; they are compared in the station's local time."""
    if not 0 <= overdue_hour < HOURS_PER_DAY:
        raise ValueError(f"overdue_hour must be 0..23, got {overdue_hour}")
    entered_local = entered_at.astimezone()
    now_local = now.astimezone()
    if now_local.date() > entered_local.date():
        return True
    deadline = datetime.combine(entered_local.date(), time(overdue_hour), entered_local.tzinfo)
    # Someone who came in after the hour has not overstayed yet: the limit is for the
    # day they came, and a late arrival is flagged from midnight on.
    return entered_local < deadline <= now_local
