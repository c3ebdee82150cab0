"""The slots the demo rounds answer: the default schedule's grid (day every 60 minutes,
night every 30) in the station's zone — the zone the console judges rounds in — from
the first day of the demo to now, with what the planner needs of each slot.

No schedule is stored: with none, the default applies to every day, as here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, tzinfo

from propdesk.domain.patrol.rounds import answering_slot
from propdesk.domain.patrol.schedule import DEFAULT_SCHEDULE, ScheduleChange, ScheduleHistory
from propdesk.domain.patrol.slots import slots_for_day
from propdesk.domain.patrol.timing import judge

HOUR = 3600
SHIFT = 12 * HOUR
SHIFT_START = 8 * HOUR  # the gate's shifts: 08:00–20:00 and 20:00–08:00 local
HISTORY = ScheduleHistory((ScheduleChange(date.min, DEFAULT_SCHEDULE),))
SCHEDULE = DEFAULT_SCHEDULE


@dataclass
class DemoSlots:
    """Parallel lists, one entry per slot, in time order."""

    times: list[int] = field(default_factory=list)  # UTC, whole seconds
    hours: list[int] = field(default_factory=list)  # local hour
    halves: list[int] = field(default_factory=list)  # local half hour of the day, 0–47
    teams: list[int] = field(default_factory=list)  # the patrol team on shift
    days: list[int] = field(default_factory=list)  # local date as an ordinal
    # Every slot of the days around, before `start` and after `now` too: what a round
    # answers is judged against the whole grid, as the console does.
    grid: list[datetime] = field(default_factory=list)

    def answer(self, start: int) -> tuple[int | None, str]:
        """(the slot a round started at `start` answers, its verdict), by the domain's
        rules; (None, "") outside every slot."""
        moment = datetime.fromtimestamp(start, UTC)
        slot = answering_slot(moment, self.grid, SCHEDULE)
        if slot is None:
            return None, ""
        return int(slot.timestamp()), judge(slot, moment, SCHEDULE).value


def local_day(ts: int, tz: tzinfo) -> date:
    return datetime.fromtimestamp(ts, UTC).astimezone(tz).date()


def team_on_shift(ts: int, tz: tzinfo, teams: int) -> int:
    """The team whose 12-hour shift (local wall clock) `ts` falls in."""
    local = datetime.fromtimestamp(ts, UTC).astimezone(tz)
    offset = local.utcoffset() or timedelta()
    return int((ts + offset.total_seconds() - SHIFT_START) // SHIFT) % teams


def plan_slots(start: int, now: int, tz: tzinfo, teams: int) -> DemoSlots:
    """Every slot from `start` to `now` (both included)."""
    slots = DemoSlots()
    day = local_day(start, tz) - timedelta(days=1)  # its night runs into the first day
    last = local_day(now, tz) + timedelta(days=1)
    while day <= last:
        for moment in slots_for_day(HISTORY, day, tz):
            slots.grid.append(moment)
            ts = int(moment.timestamp())
            if not start <= ts <= now:
                continue
            local = moment.astimezone(tz)
            slots.times.append(ts)
            slots.hours.append(local.hour)
            slots.halves.append(local.hour * 2 + local.minute // 30)
            slots.teams.append(team_on_shift(ts, tz, teams))
            slots.days.append(local.date().toordinal())
        day += timedelta(days=1)
    return slots
