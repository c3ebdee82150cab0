"""The slot grid: the moments a patrol round is due on one day of one estate.

Which day owns a slot: every window belongs to the day it opens on, like the office's
shifts. A night window 22:00–06:00 opened on day d gives its slots 22:00 d … 05:30 d+1
to day d, and it runs by the schedule in force on d: a change dated d+1 applies from
the start of d+1, so the night that opened the evening before keeps its old slots to
its end (the new schedule's own windows start on d+1).

Clock changes, for zones with daylight-saving time:

* A window's start and end are local wall times on their days. A time the clocks skip
  (02:30 when they jump from 02:00 to 03:00) is shifted forward to the moment the clocks
  jump to (03:00), so a later wall time never maps to an earlier moment and a window
  never ends before it starts. A window lying wholly in the skipped hour has no slots
  that day: its time did not happen.
* A time that occurs twice (01:30 when the clocks go back) is its first occurrence.
* Slots are spaced by real elapsed minutes from the window's start, not by wall time:
  a guard walks every 30 minutes whatever the clocks say. So a 22:00–06:00 night has
  7 hours of slots when the clocks go forward and 9 when they go back, and 01:00 and
  01:30 each appear twice in the autumn night.

Slots are returned in UTC, sorted: Python compares and subtracts two datetimes sharing
one zone by wall time, ignoring the offset, which would misorder the autumn night's
repeated hour. Convert with `astimezone(tz)` to show them.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, tzinfo

from propdesk.domain.patrol.schedule import PatrolWindow, ScheduleHistory

_ONE_SECOND = timedelta(seconds=1)


def wall_time_instant(wall: datetime, tz: tzinfo) -> datetime:
    """The UTC moment of a naive local wall time in `tz`, by the rules above."""
    first = wall.replace(tzinfo=tz, fold=0)  # fold=0: the first of a repeated time
    instant = first.astimezone(UTC)
    if instant.astimezone(tz).replace(tzinfo=None) == wall:
        return instant
    # A skipped time. The offsets before and after the jump bracket the jump's moment
    # (fold=1 reads the time with the later offset, fold=0 with the earlier one);
    # bisect for the first second that has the later offset.
    low, high = sorted((wall.replace(tzinfo=tz, fold=1).astimezone(UTC), instant))
    old_offset = low.astimezone(tz).utcoffset()
    while high - low > _ONE_SECOND:
        middle = low + (high - low) // 2
        if middle.astimezone(tz).utcoffset() == old_offset:
            low = middle
        else:
            high = middle
    return high


def window_slots(window: PatrolWindow, day: date, tz: tzinfo) -> list[datetime]:
    """The slots (UTC) of `window` opened on `day`: every interval from its start on,
    while before its end."""
    opens = wall_time_instant(datetime.combine(day, window.start), tz)
    end_day = day + timedelta(days=1) if window.crosses_midnight else day
    closes = wall_time_instant(datetime.combine(end_day, window.end), tz)
    step = timedelta(minutes=window.interval_minutes)
    slots = []
    at = opens
    while at < closes:
        slots.append(at)
        at += step  # in UTC: real elapsed minutes
    return slots


def slots_for_day(history: ScheduleHistory, day: date, tz: tzinfo) -> tuple[datetime, ...]:
    """Every slot of the windows opening on `day` (local), by the schedule in force that
    day; none before the first schedule. UTC, sorted."""
    schedule = history.in_force(day)
    if schedule is None:
        return ()
    return tuple(
        sorted(slot for window in schedule.windows for slot in window_slots(window, day, tz))
    )
