"""A round's life and the rules of walking it: its states, which slot it answers, and
how a checkpoint reached is judged (in order or not).

Slots are estate-wide: each slot wants one round, of any route (a night's slots may
alternate between the east and the west route). A second round of the same route in
the same slot is refused; a round of another route in that slot is an extra round,
and the slot is judged by its best round.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta
from enum import StrEnum

from propdesk.domain.patrol.schedule import PatrolSchedule
from propdesk.domain.patrol.timing import Verdict


class RoundState(StrEnum):
    OPEN = "open"  # started, checkpoints being reached
    FINISHED = "finished"
    ABANDONED = "abandoned"  # given up with a reason; answers no slot


class RoundSource(StrEnum):
    LIVE = "live"  # scanned or ticked at the station as it happened
    PAPER = "paper"  # walked with a paper sheet, entered later by a clerk
    WAND = "wand"  # imported from a patrol wand's file


class VisitHow(StrEnum):
    SCAN = "scan"  # the label's code typed by a keyboard-wedge reader
    TICK = "tick"  # ticked by hand in the list
    PAPER = "paper"
    WAND = "wand"


class RefusalReason(StrEnum):
    UNKNOWN = "unknown"  # no checkpoint has that code
    OTHER_ROUTE = "other_route"  # a checkpoint of another route
    VOIDED = "voided"  # a checkpoint taken out of service
    NO_ROUND = "no_round"  # nothing open to tick
    REPEATED = "repeated"  # already reached in this round


def answering_slot(
    start: datetime, slots: Sequence[datetime], schedule: PatrolSchedule
) -> datetime | None:
    """The slot a round started at `start` answers, among `slots` (UTC, sorted).

    A round may set off up to `late_after_minutes` before a slot (it then answers that
    slot, on time); otherwise it answers the latest slot at or before its start, if it
    started no more than `missed_after_minutes` after it. Later than that it answers
    none: that slot was missed and the round is an extra one."""
    early = timedelta(minutes=schedule.late_after_minutes)
    index = bisect_right(slots, start)
    if index < len(slots) and slots[index] - start <= early:
        return slots[index]
    if index > 0 and start - slots[index - 1] <= timedelta(minutes=schedule.missed_after_minutes):
        return slots[index - 1]
    return None


def slot_verdict(verdicts: Iterable[Verdict]) -> Verdict:
    """A slot is judged by its best round; no round at all is missed."""
    best = Verdict.MISSED
    for verdict in verdicts:
        if verdict is Verdict.ON_TIME:
            return verdict
        if verdict is Verdict.LATE:
            best = verdict
    return best


def is_out_of_order(position: int, reached: Iterable[int]) -> bool:
    """Whether reaching the checkpoint at `position` now breaks the route's order: a
    checkpoint later in the route was already reached."""
    return any(earlier > position for earlier in reached)


def skipped_positions(total: int, reached: Iterable[int]) -> list[int]:
    """The route's positions (1 … total) no visit reached."""
    seen = set(reached)
    return [position for position in range(1, total + 1) if position not in seen]
