"""The patrol schedule's settings: windows, intervals, grace minutes, walking time.

A window runs from `start` to `end` local time and has a slot every `interval_minutes`
from its start. An `end` at or before `start` means the window crosses midnight
(22:00–06:00 ends at 06:00 the next morning; 00:00–00:00 is the whole day).

A round started up to `late_after_minutes` after its slot is on time, up to
`missed_after_minutes` late, after that missed (see timing.py). Two checkpoints of a
route visited less than `min_walk_minutes` apart were visited too fast to be true.

A schedule is checked when constructed; ValidationError.field names the form field a
message belongs next to ("windows", "interval", "late_after", "missed_after",
"min_walk_minutes", "effective_from").

Changes are dated (`ScheduleHistory`): a change applies from the start of its date on,
and the schedule in force for a day is the latest change dated on or before it. Days
before a change keep the schedule they had; a change can only be dated today or later.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from itertools import pairwise

from propdesk.errors import QT_TRANSLATE_NOOP, ValidationError

MINUTES_PER_DAY = 24 * 60
MAX_INTERVAL_MINUTES = MINUTES_PER_DAY

FIELD_WINDOWS = "windows"
FIELD_INTERVAL = "interval"
FIELD_LATE_AFTER = "late_after"
FIELD_MISSED_AFTER = "missed_after"
FIELD_MIN_WALK = "min_walk_minutes"
FIELD_EFFECTIVE_FROM = "effective_from"


def _is_int(value: object) -> bool:
    return type(value) is int  # True is an int to isinstance, not a number of minutes


def _minute_of_day(value: time) -> int:
    return value.hour * 60 + value.minute


@dataclass(frozen=True)
class PatrolWindow:
    """Local times in whole minutes; `end <= start` crosses midnight."""

    start: time
    end: time
    interval_minutes: int

    def __post_init__(self) -> None:
        # Form fields give whole minutes in the estate's zone: anything else is a bug.
        for value in (self.start, self.end):
            if value.tzinfo is not None or value.second or value.microsecond:
                raise ValueError(f"window times are naive whole minutes, got {value!r}")
        if not _is_int(self.interval_minutes) or not (
            0 < self.interval_minutes <= MAX_INTERVAL_MINUTES
        ):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "The interval of the {window} window must be a whole number of minutes "
                    "from 1 to {limit}.",
                ),
                field=FIELD_INTERVAL,
                window=self.label,
                limit=MAX_INTERVAL_MINUTES,
            )

    @property
    def crosses_midnight(self) -> bool:
        return self.end <= self.start

    @property
    def span_minutes(self) -> int:
        """Wall-clock length: what the window lasts on a day without a clock change."""
        span = _minute_of_day(self.end) - _minute_of_day(self.start)
        return span if span > 0 else span + MINUTES_PER_DAY

    @property
    def label(self) -> str:
        return f"{self.start:%H:%M}–{self.end:%H:%M}"

    def overlaps(self, other: PatrolWindow) -> bool:
        """Whether the two share a moment on the 24-hour clock face (touching ends do not).

        Each window is [start, start + span) in minutes; the other is also tried a day
        earlier and later, so windows that cross midnight are compared correctly.
        """
        a_start = _minute_of_day(self.start)
        a_end = a_start + self.span_minutes
        b_start = _minute_of_day(other.start)
        b_end = b_start + other.span_minutes
        return any(
            a_start < b_end + shift and b_start + shift < a_end
            for shift in (-MINUTES_PER_DAY, 0, MINUTES_PER_DAY)
        )


DAY_WINDOW = PatrolWindow(time(6, 0), time(22, 0), 60)
NIGHT_WINDOW = PatrolWindow(time(22, 0), time(6, 0), 30)


@dataclass(frozen=True)
class PatrolSchedule:
    """One estate's patrol settings. Checked when constructed."""

    windows: tuple[PatrolWindow, ...] = (DAY_WINDOW, NIGHT_WINDOW)
    late_after_minutes: int = 10
    missed_after_minutes: int = 30
    min_walk_minutes: int = 1

    def __post_init__(self) -> None:
        self._check_windows()
        self._check_graces()
        if not _is_int(self.min_walk_minutes) or self.min_walk_minutes < 0:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "The minimum walking time between two checkpoints must be a whole "
                    "number of minutes, 0 or more.",
                ),
                field=FIELD_MIN_WALK,
            )

    def _check_windows(self) -> None:
        if not self.windows:
            raise ValidationError(
                QT_TRANSLATE_NOOP("messages", "Add at least one patrol window."),
                field=FIELD_WINDOWS,
            )
        for index, window in enumerate(self.windows):
            for other in self.windows[index + 1 :]:
                if window.overlaps(other):
                    raise ValidationError(
                        QT_TRANSLATE_NOOP(
                            "messages",
                            "The patrol windows {first} and {second} overlap; each time of "
                            "day may belong to one window only.",
                        ),
                        field=FIELD_WINDOWS,
                        first=window.label,
                        second=other.label,
                    )

    def _check_graces(self) -> None:
        late, missed = self.late_after_minutes, self.missed_after_minutes
        if not _is_int(late) or late < 0:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "The minutes after which a round counts late must be a whole number, "
                    "0 or more.",
                ),
                field=FIELD_LATE_AFTER,
            )
        self._check_grace_fits(late, FIELD_LATE_AFTER)
        if not _is_int(missed) or missed < late:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "The minutes after which a round counts missed must be a whole number "
                    "of at least {late} (when it counts late).",
                ),
                field=FIELD_MISSED_AFTER,
                late=late,
            )
        self._check_grace_fits(missed, FIELD_MISSED_AFTER)

    def _check_grace_fits(self, grace: int, field_name: str) -> None:
        # A grace longer than the interval would let one round answer two slots.
        shortest = min(self.windows, key=lambda window: window.interval_minutes)
        if grace > shortest.interval_minutes:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "{grace} minutes is longer than the {interval}-minute interval of the "
                    "{window} window.",
                ),
                field=field_name,
                grace=grace,
                interval=shortest.interval_minutes,
                window=shortest.label,
            )


DEFAULT_SCHEDULE = PatrolSchedule()


@dataclass(frozen=True)
class ScheduleChange:
    effective_from: date
    schedule: PatrolSchedule


@dataclass(frozen=True)
class ScheduleHistory:
    """An estate's schedules, each in force from its date; dates strictly increasing."""

    changes: tuple[ScheduleChange, ...] = ()

    def __post_init__(self) -> None:
        dates = [change.effective_from for change in self.changes]
        if any(later <= earlier for earlier, later in pairwise(dates)):
            raise ValueError(f"schedule changes must be in strictly increasing date order: {dates}")

    def in_force(self, day: date) -> PatrolSchedule | None:
        """The latest schedule dated on or before `day`; None before the first one."""
        found = None
        for change in self.changes:
            if change.effective_from > day:
                break
            found = change.schedule
        return found

    def with_change(
        self, effective_from: date, schedule: PatrolSchedule, *, today: date
    ) -> ScheduleHistory:
        """This history plus a schedule in force from `effective_from` (today or later).

        A change on the same date as one already planned replaces it; changes dated
        after it stay, so a later planned change still takes over on its own date.
        """
        if effective_from < today:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "A schedule change can start today or later; past days keep the "
                    "schedule they had.",
                ),
                field=FIELD_EFFECTIVE_FROM,
            )
        kept = tuple(c for c in self.changes if c.effective_from != effective_from)
        changes = sorted((*kept, ScheduleChange(effective_from, schedule)), key=_date_of)
        return ScheduleHistory(tuple(changes))


def _date_of(change: ScheduleChange) -> date:
    return change.effective_from
