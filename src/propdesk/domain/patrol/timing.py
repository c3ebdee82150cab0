"""How a round is judged against its slot, and checkpoints visited too fast.

Only elapsed time counts: instants are compared in UTC, so clock changes and stations
in other zones do not matter.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from enum import StrEnum

from propdesk.domain.patrol.schedule import PatrolSchedule


class Verdict(StrEnum):
    ON_TIME = "on_time"
    LATE = "late"
    MISSED = "missed"


def _require_aware(value: datetime, name: str) -> None:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{name} must be a timezone-aware datetime, got {value!r}")


def judge(slot_start: datetime, round_start: datetime, schedule: PatrolSchedule) -> Verdict:
    """On time when the round started at most `late_after_minutes` after the slot, late
    up to `missed_after_minutes`, missed after that (both limits inclusive, to the
    second). A round started before its slot is on time: which slot a round answers is
    the caller's choice, and setting off a minute early misses nothing."""
    _require_aware(slot_start, "slot_start")
    _require_aware(round_start, "round_start")
    delay = round_start.astimezone(UTC) - slot_start.astimezone(UTC)
    if delay <= timedelta(minutes=schedule.late_after_minutes):
        return Verdict.ON_TIME
    if delay <= timedelta(minutes=schedule.missed_after_minutes):
        return Verdict.LATE
    return Verdict.MISSED


def too_fast(visit_times: Sequence[datetime], minimum_walk_minutes: int) -> list[int]:
    """Indexes of the visits reached less than `minimum_walk_minutes` after the one
    before, in route order. A visit recorded before the previous one (a station's clock
    was wrong) is flagged too: nobody walks back in time."""
    for index, visit in enumerate(visit_times):
        _require_aware(visit, f"visit_times[{index}]")
    minimum = timedelta(minutes=minimum_walk_minutes)
    return [
        index
        for index in range(1, len(visit_times))
        if visit_times[index].astimezone(UTC) - visit_times[index - 1].astimezone(UTC) < minimum
    ]
