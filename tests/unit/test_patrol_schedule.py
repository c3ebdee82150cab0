"""The patrol schedule's settings, its slot grid and how rounds are judged against it."""

from __future__ import annotations

import math
from datetime import UTC, date, datetime, time, timedelta
from itertools import pairwise
from zoneinfo import ZoneInfo

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from propdesk.domain.patrol.schedule import (
    DEFAULT_SCHEDULE,
    PatrolSchedule,
    PatrolWindow,
    ScheduleChange,
    ScheduleHistory,
)
from propdesk.domain.patrol.slots import slots_for_day, wall_time_instant, window_slots
from propdesk.domain.patrol.timing import Verdict, judge, too_fast
from propdesk.errors import ValidationError

SHANGHAI = ZoneInfo("Asia/Shanghai")
NEW_YORK = ZoneInfo("America/New_York")
ZONES = [
    SHANGHAI,
    NEW_YORK,
    ZoneInfo("Europe/Berlin"),
    ZoneInfo("Australia/Lord_Howe"),  # its clocks move by 30 minutes
    ZoneInfo("UTC"),
]
# Small runs keep the suite fast; no example database, so nothing is written to disk.
PROPERTY = settings(max_examples=150, deadline=None, database=None)

SINCE_2020 = ScheduleHistory((ScheduleChange(date(2020, 1, 1), DEFAULT_SCHEDULE),))


def window(start: str, end: str, interval: int) -> PatrolWindow:
    return PatrolWindow(time.fromisoformat(start), time.fromisoformat(end), interval)


def local(slots: tuple[datetime, ...] | list[datetime], tz: ZoneInfo) -> list[str]:
    return [slot.astimezone(tz).strftime("%m-%d %H:%M %Z") for slot in slots]


def schedule(*windows: PatrolWindow, late: int = 5, missed: int = 15) -> PatrolSchedule:
    return PatrolSchedule(windows, late_after_minutes=late, missed_after_minutes=missed)


# ---- settings and their checks --------------------------------------------------------


def test_defaults_are_the_documented_schedule() -> None:
    assert DEFAULT_SCHEDULE.windows == (window("06:00", "22:00", 60), window("22:00", "06:00", 30))
    assert (
        DEFAULT_SCHEDULE.late_after_minutes,
        DEFAULT_SCHEDULE.missed_after_minutes,
        DEFAULT_SCHEDULE.min_walk_minutes,
    ) == (10, 30, 1)


@pytest.mark.parametrize("interval", [0, -30, 1441, 1.5, True])
def test_an_interval_must_be_1_to_1440_whole_minutes(interval: object) -> None:
    with pytest.raises(ValidationError) as caught:
        PatrolWindow(time(6), time(22), interval)  # type: ignore[arg-type]
    assert caught.value.field == "interval"
    assert "06:00–22:00" in caught.value.message


def test_window_times_are_whole_minutes() -> None:
    with pytest.raises(ValueError, match="whole minutes"):
        PatrolWindow(time(6, 0, 30), time(22), 60)


def test_a_window_ending_at_or_before_its_start_crosses_midnight() -> None:
    assert window("22:00", "06:00", 30).span_minutes == 8 * 60
    assert window("00:00", "00:00", 60).span_minutes == 24 * 60
    assert not window("06:00", "22:00", 60).crosses_midnight


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (("06:00", "22:00"), ("21:00", "07:00")),
        (("22:00", "06:00"), ("05:00", "08:00")),
        (("22:00", "06:00"), ("23:00", "01:00")),
        (("00:00", "00:00"), ("12:00", "13:00")),
        (("08:00", "09:00"), ("08:00", "09:00")),
    ],
)
def test_overlapping_windows_are_refused(first: tuple[str, str], second: tuple[str, str]) -> None:
    with pytest.raises(ValidationError) as caught:
        schedule(window(*first, 60), window(*second, 60))
    assert caught.value.field == "windows"
    assert caught.value.params == {
        "first": f"{first[0]}–{first[1]}",
        "second": f"{second[0]}–{second[1]}",
    }


def test_windows_that_touch_do_not_overlap() -> None:
    touching = schedule(window("22:00", "06:00", 30), window("06:00", "12:00", 60))
    assert len(touching.windows) == 2
    assert schedule(window("00:00", "00:00", 60)).windows[0].span_minutes == 1440


def test_a_schedule_needs_a_window() -> None:
    with pytest.raises(ValidationError) as caught:
        PatrolSchedule(())
    assert caught.value.field == "windows"


@pytest.mark.parametrize(
    ("late", "missed", "field"),
    [
        (-1, 30, "late_after"),
        (31, 31, "late_after"),  # longer than the night's 30-minute interval
        (10, 9, "missed_after"),
        (10, 31, "missed_after"),
        (10, None, "missed_after"),
    ],
)
def test_grace_minutes_are_checked(late: int, missed: int | None, field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        PatrolSchedule(late_after_minutes=late, missed_after_minutes=missed)  # type: ignore[arg-type]
    assert caught.value.field == field


def test_a_grace_longer_than_the_interval_names_the_window() -> None:
    with pytest.raises(ValidationError) as caught:
        schedule(window("06:00", "22:00", 60), window("22:00", "06:00", 20), late=5, missed=25)
    assert caught.value.message == (
        "25 minutes is longer than the 20-minute interval of the 22:00–06:00 window."
    )


def test_graces_equal_to_the_interval_and_to_each_other_are_allowed() -> None:
    assert PatrolSchedule(late_after_minutes=30, missed_after_minutes=30).late_after_minutes == 30


@pytest.mark.parametrize("walk", [-1, 2.5, None])
def test_the_minimum_walk_is_whole_minutes_from_zero(walk: object) -> None:
    with pytest.raises(ValidationError) as caught:
        PatrolSchedule(min_walk_minutes=walk)  # type: ignore[arg-type]
    assert caught.value.field == "min_walk_minutes"
    assert PatrolSchedule(min_walk_minutes=0).min_walk_minutes == 0


# ---- the dated history -------------------------------------------------------------


def test_the_schedule_in_force_is_the_latest_dated_on_or_before_the_day() -> None:
    later = schedule(window("08:00", "20:00", 60))
    history = SINCE_2020.with_change(date(2026, 6, 1), later, today=date(2026, 5, 20))
    assert history.in_force(date(2019, 12, 31)) is None
    assert history.in_force(date(2020, 1, 1)) is DEFAULT_SCHEDULE
    assert history.in_force(date(2026, 5, 31)) is DEFAULT_SCHEDULE
    assert history.in_force(date(2026, 6, 1)) is later
    assert history.in_force(date(2030, 1, 1)) is later


def test_no_schedule_means_no_slots() -> None:
    assert slots_for_day(ScheduleHistory(), date(2026, 1, 1), SHANGHAI) == ()
    assert slots_for_day(SINCE_2020, date(2019, 12, 31), SHANGHAI) == ()


def test_a_change_cannot_be_dated_in_the_past() -> None:
    with pytest.raises(ValidationError) as caught:
        SINCE_2020.with_change(date(2026, 5, 19), DEFAULT_SCHEDULE, today=date(2026, 5, 20))
    assert caught.value.field == "effective_from"
    today = SINCE_2020.with_change(date(2026, 5, 20), DEFAULT_SCHEDULE, today=date(2026, 5, 20))
    assert len(today.changes) == 2


def test_a_change_on_the_same_date_replaces_the_planned_one_and_keeps_later_ones() -> None:
    a, b, c = (schedule(window(f"0{h}:00", "20:00", 60)) for h in (6, 7, 8))
    today = date(2026, 5, 1)
    history = SINCE_2020.with_change(date(2026, 7, 1), c, today=today)
    history = history.with_change(date(2026, 6, 1), a, today=today)
    history = history.with_change(date(2026, 6, 1), b, today=today)
    assert [(ch.effective_from, ch.schedule) for ch in history.changes] == [
        (date(2020, 1, 1), DEFAULT_SCHEDULE),
        (date(2026, 6, 1), b),
        (date(2026, 7, 1), c),
    ]


def test_history_dates_must_increase() -> None:
    with pytest.raises(ValueError, match="increasing"):
        ScheduleHistory(
            (
                ScheduleChange(date(2026, 2, 1), DEFAULT_SCHEDULE),
                ScheduleChange(date(2026, 1, 1), DEFAULT_SCHEDULE),
            )
        )


# ---- the slot grid: examples ----------------------------------------------------------


def test_default_day_has_16_day_and_16_night_slots() -> None:
    slots = slots_for_day(SINCE_2020, date(2026, 5, 20), SHANGHAI)
    assert len(slots) == 32
    shown = local(slots, SHANGHAI)
    assert shown[:2] == ["05-20 06:00 CST", "05-20 07:00 CST"]
    assert shown[15:18] == ["05-20 21:00 CST", "05-20 22:00 CST", "05-20 22:30 CST"]
    # The night belongs to the day it started on.
    assert shown[-1] == "05-21 05:30 CST"
    assert all(slot.tzinfo is UTC for slot in slots)


def test_shanghai_has_32_slots_every_day_of_a_year() -> None:
    day = date(2026, 1, 1)
    while day.year == 2026:
        assert len(slots_for_day(SINCE_2020, day, SHANGHAI)) == 32, day
        day += timedelta(days=1)


def test_a_change_applies_from_its_date() -> None:
    new = schedule(window("07:00", "19:00", 60), window("19:00", "07:00", 60))
    history = SINCE_2020.with_change(date(2026, 6, 1), new, today=date(2026, 5, 20))
    before = slots_for_day(history, date(2026, 5, 31), SHANGHAI)
    assert before == slots_for_day(SINCE_2020, date(2026, 5, 31), SHANGHAI)
    on = local(slots_for_day(history, date(2026, 6, 1), SHANGHAI), SHANGHAI)
    assert len(on) == 24
    assert (on[0], on[11], on[12], on[-1]) == (
        "06-01 07:00 CST",
        "06-01 18:00 CST",
        "06-01 19:00 CST",
        "06-02 06:00 CST",
    )


def test_a_change_during_the_night_keeps_the_night_that_started_before_it() -> None:
    """The change applies from its date's start: the old night window that opened the
    evening before keeps its half-hourly slots to 05:30, and the new day window's first
    slot follows at 07:00."""
    new = schedule(window("07:00", "19:00", 60), window("19:00", "07:00", 60))
    history = SINCE_2020.with_change(date(2026, 6, 1), new, today=date(2026, 5, 20))
    eve = local(slots_for_day(history, date(2026, 5, 31), SHANGHAI), SHANGHAI)
    assert eve[-2:] == ["06-01 05:00 CST", "06-01 05:30 CST"]
    assert local(slots_for_day(history, date(2026, 6, 1), SHANGHAI), SHANGHAI)[0] == (
        "06-01 07:00 CST"
    )


@pytest.mark.parametrize(
    ("day", "last"),
    [
        (date(2028, 2, 28), "02-29 05:30 CST"),
        (date(2028, 2, 29), "03-01 05:30 CST"),
        (date(2027, 2, 28), "03-01 05:30 CST"),
    ],
)
def test_leap_days(day: date, last: str) -> None:
    slots = slots_for_day(SINCE_2020, day, SHANGHAI)
    assert len(slots) == 32
    assert local(slots, SHANGHAI)[-1] == last


def test_spring_forward_night_is_an_hour_shorter() -> None:
    """New York, 2026-03-08 02:00 EST → 03:00 EDT, inside the night opened on the 7th."""
    slots = local(slots_for_day(SINCE_2020, date(2026, 3, 7), NEW_YORK), NEW_YORK)
    assert len(slots) == 16 + 14
    assert slots[-7:-5] == ["03-08 01:30 EST", "03-08 03:00 EDT"]
    assert slots[-1] == "03-08 05:30 EDT"
    # The change day's own windows open after the jump: a full grid.
    assert len(slots_for_day(SINCE_2020, date(2026, 3, 8), NEW_YORK)) == 32


def test_fall_back_night_is_an_hour_longer_and_repeats_one_and_half_past_one() -> None:
    """New York, 2026-11-01 02:00 EDT → 01:00 EST, inside the night opened on 31 Oct."""
    slots = local(slots_for_day(SINCE_2020, date(2026, 10, 31), NEW_YORK), NEW_YORK)
    assert len(slots) == 16 + 18
    assert slots[22:27] == [
        "11-01 01:00 EDT",
        "11-01 01:30 EDT",
        "11-01 01:00 EST",
        "11-01 01:30 EST",
        "11-01 02:00 EST",
    ]
    assert len(slots_for_day(SINCE_2020, date(2026, 11, 1), NEW_YORK)) == 32


def test_a_skipped_start_is_shifted_forward_to_the_jump() -> None:
    assert wall_time_instant(datetime(2026, 3, 8, 2, 30), NEW_YORK) == datetime(
        2026, 3, 8, 7, 0, tzinfo=UTC
    )
    starts_in_gap = window_slots(window("02:30", "04:00", 30), date(2026, 3, 8), NEW_YORK)
    assert local(starts_in_gap, NEW_YORK) == ["03-08 03:00 EDT", "03-08 03:30 EDT"]
    # A window wholly inside the skipped hour did not happen.
    assert window_slots(window("02:00", "02:45", 15), date(2026, 3, 8), NEW_YORK) == []


def test_a_repeated_start_is_its_first_occurrence() -> None:
    assert wall_time_instant(datetime(2026, 11, 1, 1, 30), NEW_YORK) == datetime(
        2026, 11, 1, 5, 30, tzinfo=UTC
    )
    slots = window_slots(window("01:30", "02:00", 30), date(2026, 11, 1), NEW_YORK)
    # 01:30 EDT to 02:00 EST is 90 real minutes.
    assert local(slots, NEW_YORK) == ["11-01 01:30 EDT", "11-01 01:00 EST", "11-01 01:30 EST"]


# ---- judging rounds and walks -------------------------------------------------------

SLOT = datetime(2026, 5, 20, 22, 0, tzinfo=SHANGHAI)


@pytest.mark.parametrize(
    ("delay", "verdict"),
    [
        (timedelta(minutes=-5), Verdict.ON_TIME),
        (timedelta(0), Verdict.ON_TIME),
        (timedelta(minutes=10), Verdict.ON_TIME),
        (timedelta(minutes=10, seconds=1), Verdict.LATE),
        (timedelta(minutes=30), Verdict.LATE),
        (timedelta(minutes=30, seconds=1), Verdict.MISSED),
    ],
)
def test_judge_by_the_round_start(delay: timedelta, verdict: Verdict) -> None:
    assert judge(SLOT, SLOT + delay, DEFAULT_SCHEDULE) is verdict


def test_judge_counts_elapsed_time_across_zones_and_clock_changes() -> None:
    slot = datetime(2026, 11, 1, 1, 30, tzinfo=NEW_YORK)  # 01:30 EDT, the first one
    second_half_past_one = datetime(2026, 11, 1, 1, 30, fold=1, tzinfo=NEW_YORK)
    assert judge(slot, second_half_past_one, DEFAULT_SCHEDULE) is Verdict.MISSED
    assert judge(SLOT, SLOT.astimezone(UTC) + timedelta(minutes=11), DEFAULT_SCHEDULE) is (
        Verdict.LATE
    )
    with pytest.raises(ValueError, match="aware"):
        judge(SLOT, datetime(2026, 5, 20, 22, 5), DEFAULT_SCHEDULE)


def test_too_fast_flags_visits_closer_than_the_minimum_walk() -> None:
    start = datetime(2026, 5, 20, 22, 0, tzinfo=SHANGHAI)
    gaps = [0, 3, 1, 2, -1, 5]  # minutes after the visit before
    times = []
    at = start
    for gap in gaps:
        at += timedelta(minutes=gap)
        times.append(at)
    assert too_fast(times, 2) == [2, 4]
    assert too_fast(times, 0) == [4]  # a visit before the one before: a clock was wrong
    assert too_fast([], 2) == []
    assert too_fast([start], 2) == []


# ---- properties -----------------------------------------------------------------------


@st.composite
def schedules(draw: st.DrawFn) -> PatrolSchedule:
    """Windows cut from the 24-hour clock face (some gaps left out), any intervals, and
    graces that fit the shortest interval."""
    cuts = sorted(draw(st.sets(st.integers(0, 1439), min_size=1, max_size=5)))
    pieces = list(zip(cuts, [*cuts[1:], cuts[0]], strict=True))
    kept = draw(st.lists(st.sampled_from(pieces), min_size=1, unique=True))
    windows = tuple(
        PatrolWindow(time(*divmod(start, 60)), time(*divmod(end, 60)), draw(st.integers(1, 240)))
        for start, end in kept
    )
    shortest = min(w.interval_minutes for w in windows)
    late = draw(st.integers(0, shortest))
    return PatrolSchedule(
        windows,
        late_after_minutes=late,
        missed_after_minutes=draw(st.integers(late, shortest)),
        min_walk_minutes=draw(st.integers(0, 10)),
    )


days = st.dates(min_value=date(2000, 1, 1), max_value=date(2040, 12, 31))
zones = st.sampled_from(ZONES)


def history_of(*schedules: PatrolSchedule) -> ScheduleHistory:
    return ScheduleHistory(
        tuple(ScheduleChange(date(1999, 1, 1 + i), s) for i, s in enumerate(schedules))
    )


def clocks_steady(day: date, tz: ZoneInfo) -> bool:
    """No clock change from the day's start to the end of the next day (a window opened
    on `day` ends by then)."""
    start = datetime.combine(day, time(0), tzinfo=UTC) - timedelta(days=1)
    offsets = {(start + timedelta(hours=h)).astimezone(tz).utcoffset() for h in range(4 * 24)}
    return len(offsets) == 1


@PROPERTY
@given(schedules(), days, zones)
def test_slots_strictly_increase(plan: PatrolSchedule, day: date, tz: ZoneInfo) -> None:
    slots = slots_for_day(history_of(plan), day, tz)
    assert all(a < b for a, b in pairwise(slots))
    assert all(slot.tzinfo is UTC for slot in slots)


@PROPERTY
@given(schedules(), days, zones)
def test_every_slot_lies_in_its_window(plan: PatrolSchedule, day: date, tz: ZoneInfo) -> None:
    steady = clocks_steady(day, tz)
    for w in plan.windows:
        opens = wall_time_instant(datetime.combine(day, w.start), tz)
        # Clocks move by at most an hour, so no window outlasts its wall span by more.
        closes = opens + timedelta(minutes=w.span_minutes + 60)
        for slot in window_slots(w, day, tz):
            assert opens <= slot < closes
            assert (slot - opens) % timedelta(minutes=w.interval_minutes) == timedelta(0)
            if steady:
                wall = slot.astimezone(tz).replace(tzinfo=None)
                minutes = (wall - datetime.combine(day, w.start)) // timedelta(minutes=1)
                assert 0 <= minutes < w.span_minutes


@PROPERTY
@given(schedules(), days, zones)
def test_slot_count_without_a_clock_change(plan: PatrolSchedule, day: date, tz: ZoneInfo) -> None:
    assume(clocks_steady(day, tz))
    expected = sum(math.ceil(w.span_minutes / w.interval_minutes) for w in plan.windows)
    assert len(slots_for_day(history_of(plan), day, tz)) == expected


@PROPERTY
@given(
    st.dictionaries(st.integers(-60, 60), schedules(), min_size=1, max_size=3),
    schedules(),
    days,
    st.integers(1, 10),
    zones,
)
def test_a_change_never_alters_a_day_before_its_date(
    planned: dict[int, PatrolSchedule],
    new: PatrolSchedule,
    change_day: date,
    days_before: int,
    tz: ZoneInfo,
) -> None:
    """Whatever was planned before and after it (a change on the same date replaced)."""
    history = ScheduleHistory(
        tuple(
            ScheduleChange(change_day + timedelta(days=offset), planned[offset])
            for offset in sorted(planned)
        )
    )
    changed = history.with_change(change_day, new, today=change_day)
    day = change_day - timedelta(days=days_before)
    assert slots_for_day(changed, day, tz) == slots_for_day(history, day, tz)
    assert changed.in_force(change_day) is new


@PROPERTY
@given(
    schedules(),
    st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2040, 1, 1), timezones=zones),
    st.integers(-3 * 3600, 3 * 3600),
    st.integers(0, 3 * 3600),
)
def test_judge_is_monotonic_in_the_round_start(
    plan: PatrolSchedule, slot: datetime, offset: int, later_by: int
) -> None:
    rank = {Verdict.ON_TIME: 0, Verdict.LATE: 1, Verdict.MISSED: 2}
    earlier = slot + timedelta(seconds=offset)
    later = earlier.astimezone(UTC) + timedelta(seconds=later_by)
    assert rank[judge(slot, earlier, plan)] <= rank[judge(slot, later, plan)]
