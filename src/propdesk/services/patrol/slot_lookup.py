"""Which slot a round answers, and how it is judged, from the stored schedule history
in the station's zone (the domain's rules, given the days around the round's start)."""

from __future__ import annotations

from datetime import datetime, timedelta, tzinfo

from propdesk.domain.patrol.rounds import answering_slot
from propdesk.domain.patrol.schedule import PatrolSchedule, ScheduleHistory
from propdesk.domain.patrol.slots import slots_for_day
from propdesk.domain.patrol.timing import Verdict, judge

_DAY = timedelta(days=1)


def slot_and_verdict(
    history: ScheduleHistory, start: datetime, tz: tzinfo
) -> tuple[datetime | None, Verdict | None, PatrolSchedule | None]:
    """(the slot answered, its verdict, the schedule that judged it) for a round started
    at `start`; (None, None, schedule) for a round outside every slot. The night that
    opened the day before is searched too, and tomorrow's first slot (a round may set
    off a little early)."""
    local_day = start.astimezone(tz).date()
    slots: list[datetime] = []
    for day in (local_day - _DAY, local_day, local_day + _DAY):
        slots.extend(slots_for_day(history, day, tz))
    slots.sort()
    schedule = history.in_force(local_day) or history.in_force(local_day - _DAY)
    if schedule is None:
        return None, None, None
    slot = answering_slot(start, slots, schedule)
    if slot is None:
        return None, None, schedule
    return slot, judge(slot, start, schedule), schedule
